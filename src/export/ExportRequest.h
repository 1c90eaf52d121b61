#pragma once

#include "CandidateResult.h"
#include "ResultColumns.h"

#include <QDateTime>
#include <QList>
#include <QString>

// Where exported results came from, for the headers of reports and workbooks.
struct ReportContext
{
    QString profileName;     // the institution's connection profile
    QString environmentName; // "Production", "Sandbox", "Offline demo", ...
    bool isTestData = false; // sandbox or demo data: marked unmistakably in every export
    QString queryDescription;
    QDateTime retrievedAt; // when the results were pulled
    QString applicationVersion;
};

enum class ExportScope
{
    All,
    FilteredView,
    Selected
};

// The rows and columns one export writes, in order.
struct ExportContent
{
    QList<CandidateResult> records;
    QList<ResultColumns::Column> columns; // as the user arranged them; Photo where it was shown
    ReportContext context;
};

// Everything the results window hands to an export: every record, which of them each scope holds,
// and the columns as the user arranged them.
struct ExportRequest
{
    QList<CandidateResult> records;       // every result, in the model's order ("all")
    QList<int> filteredRows;              // indexes into records, as the view shows them
    QList<int> selectedRows;              // indexes into records, in view order
    QList<ResultColumns::Column> columns; // visible columns in visual order; empty means all
    ReportContext context;

    // Indexes into records for a scope; out-of-range indexes are dropped.
    QList<int> rows(ExportScope scope) const;
    qsizetype count(ExportScope scope) const;
    // Whether any record of the scope has a photo.
    bool hasPhotos(ExportScope scope) const;
    ExportContent content(ExportScope scope) const;
};
