#pragma once

#include <QByteArray>
#include <QString>

// Turns the bytes of a CSV file into text, guessing the encoding the way spreadsheet users'
// files demand: a byte order mark first, then UTF-16 recognised by its zero bytes, then UTF-8 if
// the bytes are valid UTF-8, and Windows-1252 (what Excel writes on Western Windows) otherwise.
class CsvTextDecoder final
{
public:
    enum class Encoding
    {
        Utf8,
        Utf8Bom,
        Utf16LeBom,
        Utf16BeBom,
        Utf16Le,
        Utf16Be,
        Windows1252,
    };

    struct Decoded
    {
        QString text;
        Encoding encoding = Encoding::Utf8;
    };

    static Decoded decode(const QByteArray &bytes);
    static Encoding detect(const QByteArray &bytes);
    // Translated, for the table's format line: "UTF-8 with byte order mark".
    static QString describe(Encoding encoding);
    static QString decodeWindows1252(QByteArrayView bytes);
};
