#pragma once

#include <QPageSize>
#include <QString>

enum class ExportFormat
{
    Csv,
    Xlsx,
    Pdf,
    Json,
    PhotosFolder
};

// How one export is written.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Csv;
    QString targetPath;         // a file; the folder for PhotosFolder
    bool includePhotos = false; // Excel and PDF; JSON always keeps the photos it received
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    bool replaceExisting = false; // the user agreed to replace an existing file at targetPath
};

// What an export did, for people (message) and for callers that show the details.
struct ExportOutcome
{
    enum class Status
    {
        Succeeded,
        Canceled,
        Failed
    };
    Status status = Status::Failed;
    QString message; // translated, in plain words
    QString path;    // the file or folder written; empty when nothing was
    qint64 records = 0;
    // Photos folder: files written, of which under a new name because the name was taken,
    // records without a photo, and photos that could not be written.
    int photosWritten = 0;
    int photosRenamed = 0;
    int withoutPhoto = 0;
    int photosFailed = 0;
    // Excel and PDF: photos that could not be decoded and were left out.
    int unreadablePhotos = 0;

    bool succeeded() const { return status == Status::Succeeded; }
};
