#include "CsvRecordParser.h"

namespace {

constexpr QChar quote = u'"';
constexpr QChar cr = u'\r';
constexpr QChar lf = u'\n';

} // namespace

QChar CsvRecordParser::guessSeparator(QStringView text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool inQuotes = false;
    bool atCellStart = true;
    bool lineHasText = false;
    for (const QChar c : text) {
        if (inQuotes) {
            // A doubled quote closes and reopens, which leaves the count right.
            if (c == quote)
                inQuotes = false;
            continue;
        }
        if (c == cr || c == lf) {
            // Leading blank lines do not count as the header line.
            if (lineHasText)
                break;
            atCellStart = true;
            continue;
        }
        if (c == quote && atCellStart) {
            inQuotes = true;
            lineHasText = true;
            atCellStart = false;
            continue;
        }
        if (c == u',' || c == u';' || c == u'\t') {
            commas += c == u',';
            semicolons += c == u';';
            tabs += c == u'\t';
            lineHasText = true;
            atCellStart = true;
            continue;
        }
        if (c != u' ') {
            lineHasText = true;
            atCellStart = false;
        }
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

CsvRecordParser::CsvRecordParser(QStringView text, QChar separator)
    : m_text(text)
    , m_separator(separator)
{}

bool CsvRecordParser::atLineEnd() const
{
    return m_pos < m_text.size() && (m_text[m_pos] == cr || m_text[m_pos] == lf);
}

void CsvRecordParser::skipLineEnd()
{
    if (m_text[m_pos] == cr && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == lf)
        ++m_pos;
    ++m_pos;
    ++m_line;
}

CsvRecordParser::Status CsvRecordParser::next(QStringList &cells)
{
    cells.clear();
    if (m_pos >= m_text.size())
        return Status::End;
    m_recordLine = m_line;
    QString cell;
    while (true) {
        // Spaces before an opening quote are allowed: people write `a; "b"`.
        qsizetype start = m_pos;
        while (start < m_text.size() && m_text[start] == u' ')
            ++start;
        if (start < m_text.size() && m_text[start] == quote) {
            const int quoteLine = m_line;
            m_pos = start + 1;
            bool closed = false;
            while (m_pos < m_text.size()) {
                const QChar c = m_text[m_pos];
                if (c == quote) {
                    if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == quote) {
                        cell += quote;
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == cr || c == lf) {
                    skipLineEnd();
                    cell += lf;
                    continue;
                }
                cell += c;
                ++m_pos;
            }
            if (!closed) {
                m_recordLine = quoteLine;
                return Status::UnclosedQuote;
            }
        }
        // Unquoted text, or whatever follows a closing quote, runs to the separator or line end
        // and is kept as written (as spreadsheets do).
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != m_separator && !atLineEnd())
            ++m_pos;
        cell += m_text.sliced(from, m_pos - from);
        cells.append(cell);
        cell.clear();

        if (m_pos >= m_text.size())
            return Status::Record;
        if (atLineEnd()) {
            skipLineEnd();
            return Status::Record;
        }
        ++m_pos; // the separator
    }
}
