#pragma once

#include "CandidateResult.h"
#include "ExportRequest.h"

#include <QDateTime>
#include <QImage>
#include <QString>

class QPagedPaintDevice;

// The one-page verification record of a candidate: who checked what, when, against which
// service, with the photo and every field the service sent. For a file or for the printer.
namespace VerificationRecord {

// Who checked what, when and where: the same context as every other export.
using Context = ReportContext;

// Lays the record out on one page of `device`. A null photo prints a placeholder.
bool render(QPagedPaintDevice *device, const CandidateResult &result, const QImage &photo,
            const Context &context, QString *error);
// A PDF file, written to a temporary name and renamed at the end.
bool writePdf(const QString &path, const CandidateResult &result, const QImage &photo,
              const Context &context, QString *error);
// The HTML of the record, for tests and previews.
QString html(const CandidateResult &result, bool hasPhoto, const Context &context);

} // namespace VerificationRecord
