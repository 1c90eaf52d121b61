#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Splits CSV text into records as RFC 4180 describes, leniently: CRLF, LF or CR line ends,
// quoted cells may hold separators, doubled quotes and line breaks (kept as "\n"). Knows the
// line each record starts on, for messages that point into the file.
class CsvRecordParser final
{
public:
    // The separator of the first non-blank line: the most frequent of ',' ';' '\t' outside
    // quotes, a tie going to the comma (so does a line with none of them).
    static QChar guessSeparator(QStringView text);

    CsvRecordParser(QStringView text, QChar separator);

    enum class Status
    {
        Record,
        End,
        UnclosedQuote
    };
    // Reads the next record into `cells`; on UnclosedQuote, line() is where the quote opened.
    Status next(QStringList &cells);
    // The 1-based line the last record (or the unclosed quote) started on.
    int line() const { return m_recordLine; }

private:
    bool atLineEnd() const;
    void skipLineEnd();

    QStringView m_text;
    QChar m_separator;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordLine = 1;
};
