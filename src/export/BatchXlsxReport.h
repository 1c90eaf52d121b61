#pragma once

#include "BatchReport.h"

#include <QCoreApplication>
#include <QString>

class ExportMonitor;

// A reconciliation report as an Excel workbook: a "Reconciliation" sheet with one row an
// applicant (the outcome filled in a colour of its own as well as named, the result's scores as
// numbers and dates as dates, text never as a formula, the header bold, frozen and filtered) and a
// "Summary" sheet with the counts per outcome, the requirements and where the report came from.
class BatchXlsxReport final
{
    Q_DECLARE_TR_FUNCTIONS(BatchXlsxReport)

public:
    // Writes to `path` (created or truncated); a failure has a translated reason in `error`.
    static ExportOutcome::Status write(const QString &path, const BatchReportContent &content,
                                       ExportMonitor &monitor, QString *error);
};
