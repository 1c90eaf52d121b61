#include "ResultExporter.h"

#include "CsvWriter.h"
#include "ExportMonitor.h"
#include "JsonResultWriter.h"
#include "PdfReportWriter.h"
#include "PhotoFolderWriter.h"
#include "StagedFile.h"
#include "XlsxResultWriter.h"

#include <QDir>
#include <QFile>

namespace {
using ResultColumns::Column;
using Status = ExportOutcome::Status;

Status writeCsv(QIODevice *device, const ExportContent &content, ExportMonitor &monitor)
{
    CsvWriter csv(device);
    QStringList header;
    for (Column column : content.columns)
        header << ResultColumns::title(column);
    if (!csv.writeHeader(header))
        return Status::Failed;
    QStringList values;
    for (qsizetype i = 0; i < content.records.size(); ++i) {
        values.clear();
        for (Column column : content.columns)
            values << ResultColumns::text(content.records.at(i), column);
        if (!csv.writeRow(values))
            return Status::Failed;
        if (!monitor.advance(i + 1))
            return Status::Canceled;
    }
    return Status::Succeeded;
}

Status writeJson(QIODevice *device, const ExportContent &content, ExportMonitor &monitor)
{
    // Every field as the service sent it, photos included when they came.
    JsonResultWriter json(device, true);
    if (!json.begin())
        return Status::Failed;
    for (qsizetype i = 0; i < content.records.size(); ++i) {
        if (!json.add(content.records.at(i)))
            return Status::Failed;
        if (!monitor.advance(i + 1))
            return Status::Canceled;
    }
    return json.finish() ? Status::Succeeded : Status::Failed;
}
} // namespace

QList<Column> ResultExporter::columnsFor(ExportFormat format, QList<Column> arranged,
                                         bool includePhotos)
{
    if (arranged.isEmpty())
        arranged = ResultColumns::all();
    const bool photos = includePhotos && supportsPhotoOption(format);
    if (!photos)
        arranged.removeAll(ResultColumns::Photo);
    else if (!arranged.contains(ResultColumns::Photo))
        arranged.prepend(ResultColumns::Photo);
    if (arranged.isEmpty()) // only the photo was shown
        arranged = {ResultColumns::TrfNumber};
    return arranged;
}

QString ResultExporter::suffix(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Xlsx:
        return QStringLiteral("xlsx");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::PhotosFolder:
        break;
    }
    return {};
}

QString ResultExporter::formatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return tr("CSV (comma-separated values)");
    case ExportFormat::Xlsx:
        return tr("Excel workbook");
    case ExportFormat::Pdf:
        return tr("PDF report");
    case ExportFormat::Json:
        return tr("JSON (every field as received)");
    case ExportFormat::PhotosFolder:
        return tr("Photos folder");
    }
    return {};
}

QString ResultExporter::fileFilter(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv:
        return tr("CSV files (*.csv)");
    case ExportFormat::Xlsx:
        return tr("Excel workbooks (*.xlsx)");
    case ExportFormat::Pdf:
        return tr("PDF documents (*.pdf)");
    case ExportFormat::Json:
        return tr("JSON files (*.json)");
    case ExportFormat::PhotosFolder:
        break;
    }
    return {};
}

ExportOutcome ResultExporter::run(const ExportContent &content, const ExportOptions &options,
                                  ExportMonitor &monitor)
{
    if (options.format == ExportFormat::PhotosFolder)
        return PhotoFolderWriter::write(options.targetPath, content.records, monitor);

    ExportOutcome outcome;
    ExportContent table = content;
    table.columns = columnsFor(options.format, content.columns, options.includePhotos);

    StagedFile file(options.targetPath, options.replaceExisting);
    QString error;
    if (!file.open(&error)) {
        outcome.message = error;
        return outcome;
    }

    Status status = Status::Failed;
    switch (options.format) {
    case ExportFormat::Csv:
        status = writeCsv(file.device(), table, monitor);
        break;
    case ExportFormat::Json:
        status = writeJson(file.device(), table, monitor);
        break;
    case ExportFormat::Xlsx:
        // libxlsxwriter writes the file by name.
        file.closeDevice();
        status = XlsxResultWriter::write(file.stagingPath(), table, monitor,
                                         &outcome.unreadablePhotos, &error);
        break;
    case ExportFormat::Pdf: {
        PdfReportWriter::Options pdf;
        pdf.pageSize = options.pageSize;
        status = PdfReportWriter::write(file.device(), table, pdf, monitor,
                                        &outcome.unreadablePhotos, &error);
        break;
    }
    case ExportFormat::PhotosFolder:
        break;
    }
    if (!conclude(file, status, error, monitor, &outcome))
        return outcome;

    outcome.records = content.records.size();
    outcome.message = tr("Exported %n result(s) to \"%1\".", nullptr, int(outcome.records))
                          .arg(QDir::toNativeSeparators(outcome.path));
    if (outcome.unreadablePhotos > 0)
        outcome.message += u' ' + tr("%n photo(s) could not be read and were left out.", nullptr,
                                     outcome.unreadablePhotos);
    return outcome;
}

bool ResultExporter::conclude(StagedFile &file, ExportOutcome::Status status, QString error,
                              const ExportMonitor &monitor, ExportOutcome *outcome)
{
    // A cancel that arrives while the last rows are written still wins: nothing is kept.
    if (status == Status::Succeeded && monitor.isCanceled())
        status = Status::Canceled;

    if (status == Status::Canceled) {
        file.discard();
        outcome->status = Status::Canceled;
        outcome->message = tr("The export was canceled; no file was written.");
        return false;
    }
    if (status == Status::Failed) {
        if (error.isEmpty()) {
            const QFile *device = file.device();
            error = tr("Writing \"%1\" failed: %2")
                        .arg(QDir::toNativeSeparators(file.targetPath()),
                             device ? device->errorString() : tr("unknown error"));
        }
        file.discard();
        outcome->status = Status::Failed;
        outcome->message = error;
        return false;
    }
    if (!file.commit(&error)) {
        outcome->status = Status::Failed;
        outcome->message = error;
        return false;
    }
    outcome->status = Status::Succeeded;
    outcome->path = file.targetPath();
    return true;
}
