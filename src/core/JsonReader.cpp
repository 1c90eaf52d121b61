#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cstdlib>
#include <cstring>

namespace {
constexpr int maxDepth = 128;

// Whether any byte in [begin, end) is below 0x20, eight bytes at a time: a word has such a byte
// exactly when subtracting 0x20 from every byte borrows into a byte whose top bit was clear.
bool hasControlCharacter(const char *begin, const char *end)
{
    constexpr quint64 ones = 0x0101010101010101ULL;
    const char *p = begin;
    for (; end - p >= 8; p += 8) {
        quint64 word;
        std::memcpy(&word, p, sizeof word);
        if ((word - ones * 0x20) & ~word & (ones * 0x80))
            return true;
    }
    for (; p < end; ++p) {
        if (static_cast<unsigned char>(*p) < 0x20)
            return true;
    }
    return false;
}

bool isWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void appendUtf8(QByteArray *out, char32_t cp)
{
    if (cp < 0x80) {
        out->append(char(cp));
    } else if (cp < 0x800) {
        out->append(char(0xC0 | (cp >> 6)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
        out->append(char(0xE0 | (cp >> 12)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    } else {
        out->append(char(0xF0 | (cp >> 18)));
        out->append(char(0x80 | ((cp >> 12) & 0x3F)));
        out->append(char(0x80 | ((cp >> 6) & 0x3F)));
        out->append(char(0x80 | (cp & 0x3F)));
    }
}
} // namespace

JsonReader::JsonReader(QByteArrayView text)
    : m_begin(text.data())
    , m_pos(text.data())
    , m_end(text.data() + text.size())
{}

bool JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty()) {
        m_error = message;
        m_errorOffset = m_pos - m_begin;
    }
    m_pos = m_end;
    return false;
}

void JsonReader::skipWhitespace()
{
    while (m_pos < m_end && isWhitespace(*m_pos))
        ++m_pos;
}

bool JsonReader::atEnd()
{
    skipWhitespace();
    return m_pos == m_end;
}

char JsonReader::peekType()
{
    if (hasError())
        return 0;
    skipWhitespace();
    if (m_pos == m_end)
        return 0;
    const char c = *m_pos;
    if (c == '-' || (c >= '0' && c <= '9'))
        return '0';
    return c;
}

bool JsonReader::expectLiteral(const char *literal)
{
    const auto length = qsizetype(std::strlen(literal));
    if (m_end - m_pos < length || std::memcmp(m_pos, literal, size_t(length)) != 0)
        return fail(QStringLiteral("invalid literal"));
    m_pos += length;
    return true;
}

bool JsonReader::readObject(const std::function<bool(const QString &)> &onMember)
{
    if (peekType() != '{')
        return fail(QStringLiteral("object expected"));
    if (++m_depth > maxDepth)
        return fail(QStringLiteral("nesting too deep"));
    ++m_pos;
    skipWhitespace();
    if (m_pos < m_end && *m_pos == '}') {
        ++m_pos;
        --m_depth;
        return true;
    }
    for (;;) {
        QString name;
        if (peekType() != '"')
            return fail(QStringLiteral("member name expected"));
        if (!readString(&name))
            return false;
        skipWhitespace();
        if (m_pos == m_end || *m_pos != ':')
            return fail(QStringLiteral("':' expected"));
        ++m_pos;
        if (!onMember(name) || hasError())
            return fail(QStringLiteral("invalid member value"));
        skipWhitespace();
        if (m_pos == m_end)
            return fail(QStringLiteral("unterminated object"));
        if (*m_pos == ',') {
            ++m_pos;
            continue;
        }
        if (*m_pos == '}') {
            ++m_pos;
            --m_depth;
            return true;
        }
        return fail(QStringLiteral("',' or '}' expected"));
    }
}

bool JsonReader::readArray(const std::function<bool()> &onElement)
{
    if (peekType() != '[')
        return fail(QStringLiteral("array expected"));
    if (++m_depth > maxDepth)
        return fail(QStringLiteral("nesting too deep"));
    ++m_pos;
    skipWhitespace();
    if (m_pos < m_end && *m_pos == ']') {
        ++m_pos;
        --m_depth;
        return true;
    }
    for (;;) {
        if (!onElement() || hasError())
            return fail(QStringLiteral("invalid array element"));
        skipWhitespace();
        if (m_pos == m_end)
            return fail(QStringLiteral("unterminated array"));
        if (*m_pos == ',') {
            ++m_pos;
            continue;
        }
        if (*m_pos == ']') {
            ++m_pos;
            --m_depth;
            return true;
        }
        return fail(QStringLiteral("',' or ']' expected"));
    }
}

bool JsonReader::readPlainString(QByteArrayView *out)
{
    if (peekType() != '"')
        return false;
    // Two memchr passes and a word-at-a-time check beat one byte loop on large strings (base64
    // images are most of a page).
    const char *start = m_pos + 1;
    const auto *quote = static_cast<const char *>(std::memchr(start, '"', size_t(m_end - start)));
    if (!quote || std::memchr(start, '\\', size_t(quote - start)))
        return false;
    if (hasControlCharacter(start, quote))
        return false;
    *out = QByteArrayView(start, quote - start);
    m_pos = quote + 1;
    return true;
}

bool JsonReader::readStringBytes(QByteArray *out)
{
    if (peekType() != '"')
        return fail(QStringLiteral("string expected"));
    ++m_pos;
    // Fast path: no escapes, which is every base64 image and nearly every value.
    const char *start = m_pos;
    const char *scan = start;
    while (scan < m_end && *scan != '"' && *scan != '\\') {
        if (static_cast<unsigned char>(*scan) < 0x20)
            return fail(QStringLiteral("control character in string"));
        ++scan;
    }
    if (scan == m_end)
        return fail(QStringLiteral("unterminated string"));
    QByteArray result(start, scan - start);
    m_pos = scan;
    while (*m_pos != '"') {
        // *m_pos is a backslash here.
        if (++m_pos == m_end)
            return fail(QStringLiteral("unterminated escape"));
        const char e = *m_pos++;
        switch (e) {
        case '"':
            result.append('"');
            break;
        case '\\':
            result.append('\\');
            break;
        case '/':
            result.append('/');
            break;
        case 'b':
            result.append('\b');
            break;
        case 'f':
            result.append('\f');
            break;
        case 'n':
            result.append('\n');
            break;
        case 'r':
            result.append('\r');
            break;
        case 't':
            result.append('\t');
            break;
        case 'u': {
            auto readHex4 = [this](char32_t *value) {
                if (m_end - m_pos < 4)
                    return false;
                char32_t v = 0;
                for (int i = 0; i < 4; ++i) {
                    const int h = hexValue(m_pos[i]);
                    if (h < 0)
                        return false;
                    v = (v << 4) | char32_t(h);
                }
                m_pos += 4;
                *value = v;
                return true;
            };
            char32_t cp = 0;
            if (!readHex4(&cp))
                return fail(QStringLiteral("invalid \\u escape"));
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                char32_t low = 0;
                if (m_end - m_pos >= 6 && m_pos[0] == '\\' && m_pos[1] == 'u') {
                    m_pos += 2;
                    if (!readHex4(&low))
                        return fail(QStringLiteral("invalid \\u escape"));
                    if (low >= 0xDC00 && low <= 0xDFFF)
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    else
                        cp = 0xFFFD;
                } else {
                    cp = 0xFFFD;
                }
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                cp = 0xFFFD;
            }
            appendUtf8(&result, cp);
            break;
        }
        default:
            return fail(QStringLiteral("invalid escape"));
        }
        while (m_pos < m_end && *m_pos != '"' && *m_pos != '\\') {
            if (static_cast<unsigned char>(*m_pos) < 0x20)
                return fail(QStringLiteral("control character in string"));
            result.append(*m_pos++);
        }
        if (m_pos == m_end)
            return fail(QStringLiteral("unterminated string"));
    }
    ++m_pos; // closing quote
    *out = std::move(result);
    return true;
}

bool JsonReader::readString(QString *out)
{
    QByteArray bytes;
    if (!readStringBytes(&bytes))
        return false;
    *out = QString::fromUtf8(bytes);
    return true;
}

bool JsonReader::readNumber(double *out)
{
    const char *start = m_pos;
    const char *p = m_pos;
    if (p < m_end && *p == '-')
        ++p;
    if (p == m_end || !(*p >= '0' && *p <= '9'))
        return fail(QStringLiteral("invalid number"));
    while (p < m_end && ((*p >= '0' && *p <= '9') || *p == '.' || *p == 'e' || *p == 'E' ||
                         *p == '+' || *p == '-'))
        ++p;
    const QByteArray text(start, p - start);
    char *parsedEnd = nullptr;
    const double value = std::strtod(text.constData(), &parsedEnd);
    if (parsedEnd != text.constData() + text.size())
        return fail(QStringLiteral("invalid number"));
    m_pos = p;
    *out = value;
    return true;
}

QJsonValue JsonReader::readValue()
{
    return readValueAt(0);
}

QJsonValue JsonReader::readValueAt(int depth)
{
    if (depth > maxDepth) {
        fail(QStringLiteral("nesting too deep"));
        return {};
    }
    switch (peekType()) {
    case '{': {
        QJsonObject object;
        readObject([&](const QString &name) {
            object.insert(name, readValueAt(depth + 1));
            return !hasError();
        });
        return object;
    }
    case '[': {
        QJsonArray array;
        readArray([&] {
            array.append(readValueAt(depth + 1));
            return !hasError();
        });
        return array;
    }
    case '"': {
        QString s;
        readString(&s);
        return s;
    }
    case 'n':
        expectLiteral("null");
        return QJsonValue(QJsonValue::Null);
    case 't':
        expectLiteral("true");
        return true;
    case 'f':
        expectLiteral("false");
        return false;
    case '0': {
        double d = 0;
        readNumber(&d);
        return d;
    }
    default:
        fail(QStringLiteral("value expected"));
        return {};
    }
}

bool JsonReader::skipValue()
{
    readValue();
    return !hasError();
}
