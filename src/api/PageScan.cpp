#include "PageScan.h"

#include "ApiDate.h"

#include <cstring>

namespace {
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    bool failed() const { return m_failed; }

    void ws()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    char peek()
    {
        ws();
        return m_p < m_end ? *m_p : 0;
    }
    bool fail()
    {
        m_failed = true;
        return false;
    }
    // A string's raw content, escapes left as they are.
    bool string(QByteArrayView *out)
    {
        if (peek() != '"')
            return fail();
        const char *start = ++m_p;
        for (;;) {
            const void *quote = std::memchr(m_p, '"', size_t(m_end - m_p));
            if (!quote)
                return fail();
            const char *q = static_cast<const char *>(quote);
            int backslashes = 0;
            for (const char *b = q - 1; b >= start && *b == '\\'; --b)
                ++backslashes;
            m_p = q + 1;
            if (backslashes % 2 == 0) {
                if (out)
                    *out = QByteArrayView(start, q - start);
                return true;
            }
        }
    }
    bool expect(char c)
    {
        if (peek() != c)
            return fail();
        ++m_p;
        return true;
    }
    template <typename OnMember> bool object(OnMember onMember)
    {
        if (!expect('{'))
            return false;
        if (peek() == '}') {
            ++m_p;
            return true;
        }
        for (;;) {
            QByteArrayView key;
            if (!string(&key) || !expect(':') || !onMember(key))
                return fail();
            const char c = peek();
            ++m_p;
            if (c == '}')
                return true;
            if (c != ',')
                return fail();
        }
    }
    template <typename OnElement> bool array(OnElement onElement)
    {
        if (!expect('['))
            return false;
        if (peek() == ']') {
            ++m_p;
            return true;
        }
        for (;;) {
            if (!onElement())
                return fail();
            const char c = peek();
            ++m_p;
            if (c == ']')
                return true;
            if (c != ',')
                return fail();
        }
    }
    bool skip(int depth = 0)
    {
        if (depth > 64)
            return fail();
        switch (peek()) {
        case '"':
            return string(nullptr);
        case '{':
            return object([this, depth](QByteArrayView) { return skip(depth + 1); });
        case '[':
            return array([this, depth] { return skip(depth + 1); });
        case 0:
            return fail();
        default:
            // A number or a literal: up to the next delimiter.
            const char *start = m_p;
            while (m_p < m_end && !std::strchr(",}] \t\r\n", *m_p))
                ++m_p;
            return m_p > start || fail();
        }
    }

private:
    const char *m_p;
    const char *m_end;
    bool m_failed = false;
};
} // namespace

PageScan PageScan::scan(QByteArrayView body)
{
    PageScan result;
    Scanner s(body);
    QDateTime previous;
    const bool ok = s.object([&](QByteArrayView key) {
        if (key != "results")
            return s.skip();
        if (s.peek() == 'n')
            return s.skip(); // "results": null
        return s.array([&] {
            ++result.count;
            QDateTime modified;
            if (s.peek() != '{')
                return s.skip();
            const bool read = s.object([&](QByteArrayView field) {
                if (field != "lastModifiedDate" || s.peek() != '"')
                    return s.skip();
                QByteArrayView text;
                if (!s.string(&text))
                    return false;
                modified = ApiDate::parseDateTime(QString::fromLatin1(text));
                return true;
            });
            if (!modified.isValid() || (previous.isValid() && modified < previous))
                result.ordered = false;
            previous = modified;
            result.last = modified;
            return read;
        });
    });
    result.ok = ok && !s.failed();
    return result;
}
