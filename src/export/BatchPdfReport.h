#pragma once

#include "BatchReport.h"

#include <QCoreApplication>
#include <QString>

class ExportMonitor;
class QIODevice;

// A reconciliation report for a committee: the context (profile, service, test data, applicant
// list, requirements, time) and the summary, then one block an applicant with the outcome in
// words and a shape, the claim beside the result for every compared field (differences marked),
// notes, requirement failures and, when asked for, the result's photo. Blocks never split across
// pages; every page says "Page N of M".
class BatchPdfReport final
{
    Q_DECLARE_TR_FUNCTIONS(BatchPdfReport)

public:
    // Writes the PDF to `device` (open for writing), on options.pageSize, with photos when
    // options.includePhotos. `unreadablePhotos` counts photos that could not be decoded.
    static ExportOutcome::Status write(QIODevice *device, const BatchReportContent &content,
                                       const ExportOptions &options, ExportMonitor &monitor,
                                       int *unreadablePhotos, QString *error);
};
