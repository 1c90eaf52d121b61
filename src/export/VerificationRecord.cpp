#include "VerificationRecord.h"

#include "FieldLabels.h"
#include "ResultColumns.h"

#include <QCoreApplication>
#include <QDir>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace VerificationRecord {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("VerificationRecord", text);
}

const QUrl photoUrl(QStringLiteral("record://photo"));
} // namespace

QString html(const CandidateResult &r, bool hasPhoto, const Context &context)
{
    auto esc = [](const QString &s) {
        return s.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
    };
    QString out;
    out += QStringLiteral("<html><body style='font-family: sans-serif;'>");
    out += QStringLiteral("<h2 style='margin:0'>%1</h2>")
               .arg(esc(tr("IELTS result verification record")));
    if (context.isTestData)
        out +=
            QStringLiteral("<p style='color:#b00020; font-weight:bold; font-size:large'>%1</p>")
                .arg(esc(
                    tr("TEST DATA (%1): not a real IELTS result.").arg(context.environmentName)));
    out +=
        QStringLiteral("<p>%1<br>%2<br>%3</p>")
            .arg(esc(tr("Checked by: %1 (%2)").arg(context.profileName, context.environmentName)),
                 esc(tr("Retrieved: %1 UTC")
                         .arg(context.retrievedAt.toUTC().toString(
                             QStringLiteral("yyyy-MM-dd HH:mm:ss")))),
                 esc(tr("Status: %1").arg(r.status().isEmpty() ? tr("(none)") : r.status())));
    if (!r.isReleased())
        out += QStringLiteral("<p style='color:#b00020; font-weight:bold'>⚠ %1</p>")
                   .arg(esc(tr("This result is not released. Do not rely on it until its status is "
                               "RELEASED.")));

    out += QStringLiteral("<table cellspacing='0' cellpadding='4'><tr><td valign='top'>");
    if (hasPhoto)
        out += QStringLiteral("<img src='%1' width='180'>").arg(photoUrl.toString());
    else
        out += QStringLiteral("<div style='border:1px solid #888; padding:40px'>%1</div>")
                   .arg(esc(tr("No photo")));
    out += QStringLiteral("</td><td valign='top'><table cellspacing='0' cellpadding='3' border='1' "
                          "style='border-collapse:collapse'>");
    using namespace ResultColumns;
    for (Column c : {TrfNumber, FamilyName, FirstName, DateOfBirth, Module, TestDate, Listening,
                     Reading, Writing, Speaking, Overall, Country, Centre, LastModified}) {
        out += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                   .arg(esc(title(c)), esc(text(r, c)));
    }
    out += QStringLiteral("</table></td></tr></table>");

    out +=
        QStringLiteral("<h3>%1</h3><table cellspacing='0' cellpadding='2' style='font-size:small'>")
            .arg(esc(tr("Every field the service sent")));
    for (const CandidateResult::Field &field : r.fields()) {
        QString value = field.name == u"photo"
                            ? (r.hasPhoto() ? tr("%1 bytes").arg(r.photo().size()) : tr("(none)"))
                            : FieldLabels::displayValue(field.name, r.text(field.name));
        out += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                   .arg(esc(FieldLabels::labelFor(field.name)), esc(value));
    }
    out += QStringLiteral("</table>");
    out += QStringLiteral("<p style='font-size:small; color:#555'>%1</p>")
               .arg(esc(tr("Produced by IELTS Result Verifier %1 from the answer of the IELTS "
                           "result-verification service.")
                            .arg(context.applicationVersion)));
    out += QStringLiteral("</body></html>");
    return out;
}

bool render(QPagedPaintDevice *device, const CandidateResult &result, const QImage &photo,
            const Context &context, QString *error)
{
    QTextDocument document;
    document.setDocumentMargin(0);
    if (!photo.isNull())
        document.addResource(QTextDocument::ImageResource, photoUrl, photo);
    document.setHtml(html(result, !photo.isNull(), context));

    QPainter painter;
    if (!painter.begin(device)) {
        *error = tr("The page could not be prepared for printing.");
        return false;
    }
    const QRectF page = device->pageLayout().paintRectPixels(device->logicalDpiX());
    // Lay out at a readable width in points, then scale to the device; shrink until it fits.
    const double pointsPerPixel = 72.0 / device->logicalDpiX();
    const QSizeF pagePoints(page.width() * pointsPerPixel, page.height() * pointsPerPixel);
    double scale = 1.0;
    for (int i = 0; i < 8; ++i) {
        document.setPageSize(QSizeF(pagePoints.width() / scale, pagePoints.height() / scale));
        if (document.pageCount() <= 1)
            break;
        scale *= 0.9;
    }
    document.setPageSize(QSizeF(pagePoints.width() / scale, 1e9));
    const double toDevice = scale / pointsPerPixel;
    painter.scale(toDevice, toDevice);
    document.drawContents(&painter,
                          QRectF(0, 0, pagePoints.width() / scale, pagePoints.height() / scale));
    painter.end();
    return true;
}

bool writePdf(const QString &path, const CandidateResult &result, const QImage &photo,
              const Context &context, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error =
            tr("Could not create %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("IELTS verification %1").arg(result.trfNumber()));
        writer.setCreator(QStringLiteral("IELTS Result Verifier"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        if (!render(&writer, result, photo, context, error)) {
            file.cancelWriting();
            return false;
        }
    }
    if (!file.commit()) {
        *error =
            tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace VerificationRecord
