#pragma once

#include "ExportOptions.h"
#include "ExportRequest.h"

#include <QCoreApplication>
#include <QPageSize>

class ExportMonitor;
class QIODevice;

// A printable report of results: a header saying which institution profile pulled what and when
// (test data marked on every page), then a table in the given columns, its header repeated on
// every page, with photo thumbnails in a Photo column and "Page N of M" at the foot. Drawn
// directly with QPainter, page by page, so that tens of thousands of rows stay fast; the page
// turns to landscape when the columns need it.
class PdfReportWriter final
{
    Q_DECLARE_TR_FUNCTIONS(PdfReportWriter)

public:
    struct Options
    {
        QPageSize::PageSizeId pageSize = QPageSize::A4;
    };

    // Writes the PDF to `device` (open for writing). `unreadablePhotos` counts photos that could
    // not be decoded; they show as a placeholder.
    static ExportOutcome::Status write(QIODevice *device, const ExportContent &content,
                                       const Options &options, ExportMonitor &monitor,
                                       int *unreadablePhotos, QString *error);
};
