#pragma once

#include "ExportOptions.h"
#include "ExportRequest.h"

#include <QCoreApplication>
#include <QString>

class ExportMonitor;

// Results as an Excel workbook, through libxlsxwriter: one row a record in the given columns,
// scores as numbers, dates as real dates, text always as text (never a formula), the header row
// bold, frozen and filtered. A Photo column gets the photos embedded at a readable size; without
// one the workbook streams row by row in constant memory. A second sheet says where the results
// came from.
class XlsxResultWriter final
{
    Q_DECLARE_TR_FUNCTIONS(XlsxResultWriter)

public:
    // Writes to `path` (created or truncated). `unreadablePhotos` counts photos that could not
    // be decoded and were left out. A failure has a translated reason in `error`.
    static ExportOutcome::Status write(const QString &path, const ExportContent &content,
                                       ExportMonitor &monitor, int *unreadablePhotos,
                                       QString *error);

    // Excel's limit on the text of a cell, in characters.
    static constexpr int maxCellLength = 32767;
};
