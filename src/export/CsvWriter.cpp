#include "CsvWriter.h"

#include <QIODevice>

CsvWriter::CsvWriter(QIODevice *device)
    : m_device(device)
{}

bool CsvWriter::write(const QByteArray &bytes)
{
    if (m_ok && m_device->write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

bool CsvWriter::writeHeader(const QStringList &columns)
{
    if (m_device->pos() == 0 && !write(byteOrderMark()))
        return false;
    return writeRow(columns);
}

bool CsvWriter::writeRow(const QStringList &values)
{
    return write(formatRow(values));
}

QByteArray CsvWriter::formatRow(const QStringList &values)
{
    QString line;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            line += u',';
        line += formatField(values.at(i));
    }
    line += QStringLiteral("\r\n");
    return line.toUtf8();
}

QString CsvWriter::neutralise(QStringView value)
{
    if (!value.isEmpty()) {
        const QChar first = value.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
            first == u'\r')
            return u'\'' + value.toString();
    }
    return value.toString();
}

QString CsvWriter::formatField(QStringView value)
{
    QString field = neutralise(value);
    const bool needsQuotes =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\r') ||
        field.contains(u'\n') ||
        (!field.isEmpty() && (field.front().isSpace() || field.back().isSpace()));
    if (!needsQuotes)
        return field;
    field.replace(u'"', QStringLiteral("\"\""));
    return u'"' + field + u'"';
}

void CsvWriter::appendField(QByteArray &row, QByteArrayView utf8, bool first)
{
    if (!first)
        row.append(',');
    // memchr-based searches: a field may be a photo of tens of kilobytes.
    const bool quote = (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' ')) ||
                       utf8.contains(',') || utf8.contains('"') || utf8.contains('\r') ||
                       utf8.contains('\n');
    const bool formula =
        !utf8.isEmpty() && (utf8.front() == '=' || utf8.front() == '+' || utf8.front() == '-' ||
                            utf8.front() == '@' || utf8.front() == '\t' || utf8.front() == '\r');
    if (quote)
        row.append('"');
    if (formula)
        row.append('\'');
    if (quote) {
        for (const char c : utf8) {
            if (c == '"')
                row.append('"');
            row.append(c);
        }
        row.append('"');
    } else {
        row.append(utf8);
    }
}
