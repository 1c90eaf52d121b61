#pragma once

#include "ExportOptions.h"
#include "ExportRequest.h"
#include "ProgrammeRequirements.h"
#include "Reconciliation.h"

#include <QList>
#include <QString>
#include <QStringList>

// A finished batch as the reconciliation reports write it: every applicant of the list (rows
// that could not be sent included, as Error with their reason), in the order given.
struct BatchReportContent
{
    QStringList applicantHeaders; // the list's own column names, in file order
    QList<Reconciliation::Entry> entries;
    ProgrammeRequirements requirements;
    QString sourceName; // the applicant list's file name
    ReportContext context;
};

// Writes a reconciliation report in one of ExportFormat::Csv, Xlsx, Json or Pdf (PDF with photos
// when options.includePhotos), through a temporary file renamed only on success. Every format
// has, in this order: "Outcome" (exactly Reconciliation::outcomeKey), "Mismatched fields" (the
// differing fields' keys), the details of the differences or the error, the requirements result,
// the notes, then the applicant's own columns as read, then the result's fields from the service.
// JSON: {"summary": {...}, "requirements": {...}, "applicants": [{"outcome": ...,
// "mismatchedFields": [...], "differences": [...], "notes": [...], "requirements": {...},
// "applicant": {header: cell, ...}, "result": {the record as the service sent it, or null}}]}.
namespace BatchReport {

// `progress(done, total)` may be null; `cancelled()` is polled between rows and may be null.
ExportOutcome write(const BatchReportContent &content, const ExportOptions &options,
                    const std::function<void(qint64, qint64)> &progress = {},
                    const std::function<bool()> &cancelled = {});

} // namespace BatchReport
