#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// An applicant list as read from a file, before any meaning is given to its columns: the header
// names and every data row as text, with where each row came from for messages.
struct ApplicantTable
{
    QStringList headers;     // as written in the file, trimmed; a blank header becomes "Column N"
    QList<QStringList> rows; // every row has exactly headers.size() cells
    QList<int> sourceLines;  // per row: the 1-based line (CSV) or row (XLSX) it starts on
    QString sourceName;      // the file name, for reports
    QString format;          // how it was read: "CSV (UTF-8, comma)", "XLSX (sheet 'Applicants')"

    qsizetype rowCount() const { return rows.size(); }
    qsizetype columnCount() const { return headers.size(); }
};
