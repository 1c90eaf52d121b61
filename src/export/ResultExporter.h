#pragma once

#include "ExportOptions.h"
#include "ExportRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class ExportMonitor;
class StagedFile;

// Runs one export of results in any format: the format's writer, a temporary file renamed into
// place only at the end (so a failure or a cancel leaves no file and an existing file is replaced
// only when the options say the user agreed), and an outcome in plain words. Pure and blocking:
// safe on a worker thread, and what the window and the command line both use.
class ResultExporter final
{
    Q_DECLARE_TR_FUNCTIONS(ResultExporter)

public:
    static ExportOutcome run(const ExportContent &content, const ExportOptions &options,
                             ExportMonitor &monitor);
    // Finishes a staged export after its writer returned `status` (with `error` when it failed):
    // discards the file when canceled (also when canceled after the last row) or failed, or
    // moves it into place. True when the file is in place, with outcome's status and path set;
    // false with outcome's status and message set.
    static bool conclude(StagedFile &file, ExportOutcome::Status status, QString error,
                         const ExportMonitor &monitor, ExportOutcome *outcome);

    // The columns a format writes, from the columns as arranged: the Photo column only in Excel
    // and PDF with photos (where it was arranged, or first when it was hidden). JSON and the
    // photos folder do not use columns.
    static QList<ResultColumns::Column>
    columnsFor(ExportFormat format, QList<ResultColumns::Column> arranged, bool includePhotos);
    // "csv", "xlsx", "pdf", "json"; empty for the photos folder.
    static QString suffix(ExportFormat format);
    // A translated name ("Excel workbook").
    static QString formatName(ExportFormat format);
    // A translated file dialog filter ("Excel workbook (*.xlsx)"); empty for the photos folder.
    static QString fileFilter(ExportFormat format);
    static bool writesFolder(ExportFormat format) { return format == ExportFormat::PhotosFolder; }
    static bool supportsPhotoOption(ExportFormat format)
    {
        return format == ExportFormat::Xlsx || format == ExportFormat::Pdf;
    }
};
