#include "TableBuilder.h"

#include "ApplicantListReader.h"

#include <QCoreApplication>
#include <QSet>

namespace {

QString columnName(qsizetype index)
{
    return QCoreApplication::translate("ApplicantListReader", "Column %1").arg(index + 1);
}

// Trailing blank cells (a trailing separator, a formatted but empty spreadsheet cell) carry
// nothing and must not invent columns.
qsizetype usedWidth(const QStringList &cells)
{
    qsizetype width = cells.size();
    while (width > 0 && cells.at(width - 1).isEmpty())
        --width;
    return width;
}

} // namespace

TableBuilder::TableBuilder(QString sourceName)
{
    m_table.sourceName = std::move(sourceName);
}

bool TableBuilder::addRecord(QStringList cells, int sourceLine)
{
    for (QString &cell : cells)
        cell = cell.trimmed();
    const qsizetype width = usedWidth(cells);
    if (width == 0)
        return true;
    cells.resize(width);
    m_width = std::max(m_width, width);
    m_cells += width;

    if (!m_haveHeader) {
        m_table.headers = std::move(cells);
        m_haveHeader = true;
        return true;
    }
    if (m_table.rows.size() >= ApplicantListReader::maxRows) {
        m_error = QCoreApplication::translate(
            "ApplicantListReader",
            "The file has more than %n applicants. Split it into smaller lists.", nullptr,
            ApplicantListReader::maxRows);
        return false;
    }
    if (m_cells > maxCells || m_width * (m_table.rows.size() + 2) > maxCells) {
        m_error = QCoreApplication::translate(
            "ApplicantListReader",
            "The file has too many cells to read. Remove unused columns or split the list.");
        return false;
    }
    m_table.rows.append(std::move(cells));
    m_table.sourceLines.append(sourceLine);
    return true;
}

Result<ApplicantTable, QString> TableBuilder::finish(const QString &format,
                                                     const QString &emptyMessage)
{
    if (!m_haveHeader)
        return emptyMessage;
    if (m_table.rows.isEmpty()) {
        return QCoreApplication::translate("ApplicantListReader",
                                           "The file has a header row but no applicants.");
    }
    m_table.headers.resize(m_width);
    for (QStringList &row : m_table.rows)
        row.resize(m_width);
    makeHeadersUnique();
    m_table.format = format;
    return std::move(m_table);
}

void TableBuilder::makeHeadersUnique()
{
    QStringList &headers = m_table.headers;
    // Column mapping compares names without regard to case, so uniqueness does too.
    QSet<QString> taken;
    for (const QString &header : std::as_const(headers)) {
        if (!header.isEmpty())
            taken.insert(header.toCaseFolded());
    }
    QSet<QString> seen;
    for (qsizetype i = 0; i < headers.size(); ++i) {
        QString &header = headers[i];
        if (header.isEmpty()) {
            QString name = columnName(i);
            for (int n = 2; taken.contains(name.toCaseFolded()); ++n) {
                name = QCoreApplication::translate("ApplicantListReader", "%1 (%2)",
                                                   "a repeated column name and its number")
                           .arg(columnName(i))
                           .arg(n);
            }
            header = name;
            taken.insert(name.toCaseFolded());
            seen.insert(name.toCaseFolded());
            continue;
        }
        if (!seen.contains(header.toCaseFolded())) {
            seen.insert(header.toCaseFolded());
            continue;
        }
        QString name;
        for (int n = 2;; ++n) {
            name = QCoreApplication::translate("ApplicantListReader", "%1 (%2)",
                                               "a repeated column name and its number")
                       .arg(header)
                       .arg(n);
            if (!taken.contains(name.toCaseFolded()))
                break;
        }
        header = name;
        taken.insert(name.toCaseFolded());
        seen.insert(name.toCaseFolded());
    }
}
