#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

class QIODevice;

// CSV that spreadsheets open safely: UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line
// ends, and every value that a spreadsheet would evaluate as a formula (starting with =, +, -, @,
// tab or carriage return) neutralised with a leading apostrophe.
class CsvWriter final
{
public:
    explicit CsvWriter(QIODevice *device);

    // The byte-order mark (at the start of the device only) and the header row.
    bool writeHeader(const QStringList &columns);
    bool writeRow(const QStringList &values);
    // False once a write has failed.
    bool isOk() const { return m_ok; }

    static QByteArray byteOrderMark() { return QByteArrayLiteral("\xEF\xBB\xBF"); }
    // One row as UTF-8, CRLF-terminated.
    static QByteArray formatRow(const QStringList &values);
    // A value neutralised and, when it holds a comma, quote, CR or LF (or leading/trailing
    // spaces), quoted with inner quotes doubled.
    static QString formatField(QStringView value);
    // Appends a field (UTF-8), neutralised and quoted like formatField(), with the separating comma
    // unless `first`; for callers that build rows of large values without a UTF-16 round trip.
    static void appendField(QByteArray &row, QByteArrayView utf8, bool first);
    static void endRow(QByteArray &row) { row.append("\r\n"); }
    // The value with an apostrophe in front when a spreadsheet would evaluate it.
    static QString neutralise(QStringView value);

private:
    bool write(const QByteArray &bytes);

    QIODevice *m_device;
    bool m_ok = true;
};
