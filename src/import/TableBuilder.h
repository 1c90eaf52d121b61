#pragma once

#include "ApplicantTable.h"
#include "Result.h"

#include <QString>
#include <QStringList>

// Turns the records read from a CSV file or a worksheet into an ApplicantTable with the same
// rules for both: cells trimmed, blank rows skipped, the first row as headers, blank or repeated
// headers made unique, short rows padded, and the row and cell limits enforced.
class TableBuilder final
{
public:
    // Beyond this many cells (rows times columns) a file is refused: a few commas or one stray
    // far-away spreadsheet cell must not make the reader allocate gigabytes.
    static constexpr qsizetype maxCells = 5'000'000;

    explicit TableBuilder(QString sourceName);

    // Returns false (and error() says why) once a limit is passed; stop reading then.
    bool addRecord(QStringList cells, int sourceLine);
    const QString &error() const { return m_error; }

    // `emptyMessage` is used when no header row was seen at all.
    Result<ApplicantTable, QString> finish(const QString &format, const QString &emptyMessage);

private:
    void makeHeadersUnique();

    ApplicantTable m_table;
    bool m_haveHeader = false;
    qsizetype m_width = 0; // columns up to the last one holding anything
    qsizetype m_cells = 0;
    QString m_error;
};
