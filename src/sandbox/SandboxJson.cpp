#include "SandboxJson.h"

#include <utility>

namespace SandboxJson {

QByteArray quoted(QStringView text)
{
    const QByteArray utf8 = text.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + 2);
    out.append('"');
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static constexpr char hex[] = "0123456789abcdef";
                out.append("\\u00");
                out.append(hex[(c >> 4) & 0xf]);
                out.append(hex[c & 0xf]);
            } else {
                out.append(c);
            }
        }
    }
    out.append('"');
    return out;
}

void ObjectWriter::name(QStringView name)
{
    if (!m_empty)
        m_text.append(',');
    m_empty = false;
    m_text.append(quoted(name));
    m_text.append(':');
}

void ObjectWriter::add(const char *name, QStringView value)
{
    add(QString::fromLatin1(name), value);
}

void ObjectWriter::add(QStringView name, QStringView value)
{
    this->name(name);
    m_text.append(quoted(value));
}

void ObjectWriter::addRaw(const char *name, const QByteArray &json)
{
    addRaw(QString::fromLatin1(name), json);
}

void ObjectWriter::addRaw(QStringView name, const QByteArray &json)
{
    this->name(name);
    m_text.append(json);
}

QByteArray ObjectWriter::finish()
{
    m_text.append('}');
    m_empty = true;
    return std::exchange(m_text, QByteArray("{"));
}

} // namespace SandboxJson
