#include "BatchPdfReport.h"

#include "ExportMonitor.h"
#include "PdfSupport.h"
#include "PhotoThumbnail.h"
#include "ResultColumns.h"

#include <QFontMetricsF>
#include <QIODevice>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

#include <algorithm>

namespace {
using namespace PdfSupport;
using Reconciliation::Entry;
using Reconciliation::Outcome;
using Status = ExportOutcome::Status;

constexpr double padding = 1.8 * dot;
constexpr double blockGap = 6 * dot;
constexpr double iconSize = 11 * dot;
constexpr QSizeF photoPoints(54, 72);
constexpr double photoPixelsPerPoint = 3; // decoded sharper than shown
constexpr int maxTextLines = 6;           // a block always fits on a page

const QColor differsFill(0xFC, 0xE4, 0xD6);

QColor outcomeColor(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return {0x1E, 0x7B, 0x34};
    case Outcome::Mismatch:
        return {0xC0, 0x5A, 0x00};
    case Outcome::NotFound:
        return {0x8A, 0x6D, 0x00};
    case Outcome::NotReleased:
        return {0x5B, 0x3F, 0x9A};
    case Outcome::Error:
        return warningColor;
    }
    return Qt::black;
}

// The compared fields in the order a reader checks them.
const QList<ApplicantField> &comparedFields()
{
    static const QList<ApplicantField> fields = {
        ApplicantField::FamilyName, ApplicantField::FirstName, ApplicantField::DateOfBirth,
        ApplicantField::Listening,  ApplicantField::Reading,   ApplicantField::Writing,
        ApplicantField::Speaking,   ApplicantField::Overall};
    return fields;
}

QString claimed(const Applicant &a, ApplicantField field)
{
    switch (field) {
    case ApplicantField::FamilyName:
        return a.familyName;
    case ApplicantField::FirstName:
        return a.firstName;
    case ApplicantField::DateOfBirth:
        return a.dateOfBirthText;
    case ApplicantField::Listening:
        return a.listening.toString();
    case ApplicantField::Reading:
        return a.reading.toString();
    case ApplicantField::Writing:
        return a.writing.toString();
    case ApplicantField::Speaking:
        return a.speaking.toString();
    case ApplicantField::Overall:
        return a.overall.toString();
    case ApplicantField::Trf:
        return a.trf;
    case ApplicantField::ApplicantId:
        return a.applicantId;
    }
    return {};
}

QString actual(const CandidateResult &r, ApplicantField field)
{
    switch (field) {
    case ApplicantField::FamilyName:
        return ResultColumns::text(r, ResultColumns::FamilyName);
    case ApplicantField::FirstName:
        return ResultColumns::text(r, ResultColumns::FirstName);
    case ApplicantField::DateOfBirth:
        return ResultColumns::text(r, ResultColumns::DateOfBirth);
    case ApplicantField::Listening:
        return ResultColumns::text(r, ResultColumns::Listening);
    case ApplicantField::Reading:
        return ResultColumns::text(r, ResultColumns::Reading);
    case ApplicantField::Writing:
        return ResultColumns::text(r, ResultColumns::Writing);
    case ApplicantField::Speaking:
        return ResultColumns::text(r, ResultColumns::Speaking);
    case ApplicantField::Overall:
        return ResultColumns::text(r, ResultColumns::Overall);
    case ApplicantField::Trf:
        return r.trfNumber();
    case ApplicantField::ApplicantId:
        break;
    }
    return {};
}

// A shape for each outcome, so that it reads without colour: a tick in a circle, a triangle, a
// question mark in a circle, a square with a bar, a cross in a circle.
void drawIcon(QPainter *p, Outcome outcome, const QRectF &box)
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->setPen(QPen(outcomeColor(outcome), 1.3 * dot, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p->setBrush(Qt::NoBrush);
    const QRectF r = box.adjusted(dot, dot, -dot, -dot);
    const double w = r.width(), h = r.height();
    auto at = [&r, w, h](double fx, double fy) {
        return QPointF(r.x() + fx * w, r.y() + fy * h);
    };
    switch (outcome) {
    case Outcome::Verified:
        p->drawEllipse(r);
        p->drawPolyline(QPolygonF{at(0.27, 0.52), at(0.44, 0.70), at(0.74, 0.32)});
        break;
    case Outcome::Mismatch:
        p->drawPolygon(QPolygonF{at(0.5, 0.02), at(0.98, 0.95), at(0.02, 0.95)});
        p->drawLine(at(0.5, 0.35), at(0.5, 0.65));
        p->drawPoint(at(0.5, 0.80));
        break;
    case Outcome::NotFound: {
        p->drawEllipse(r);
        QPainterPath hook;
        hook.moveTo(at(0.36, 0.38));
        hook.cubicTo(at(0.36, 0.18), at(0.66, 0.18), at(0.64, 0.40));
        hook.cubicTo(at(0.62, 0.52), at(0.5, 0.52), at(0.5, 0.62));
        p->drawPath(hook);
        p->drawPoint(at(0.5, 0.78));
        break;
    }
    case Outcome::NotReleased:
        p->drawRect(r);
        p->drawLine(at(0.25, 0.5), at(0.75, 0.5));
        break;
    case Outcome::Error:
        p->drawEllipse(r);
        p->drawLine(at(0.32, 0.32), at(0.68, 0.68));
        p->drawLine(at(0.68, 0.32), at(0.32, 0.68));
        break;
    }
    p->restore();
}

class Report final
{
public:
    Report(QPdfWriter &writer, const BatchReportContent &content, bool photos)
        : m_writer(writer)
        , m_content(content)
        , m_photos(photos)
        , m_bodyFont(makeFont(8.5))
        , m_boldFont(makeFont(8.5, true))
        , m_smallFont(makeFont(7))
        , m_outcomeFont(makeFont(11, true))
        , m_body(m_bodyFont, &writer)
        , m_bold(m_boldFont, &writer)
        , m_small(m_smallFont, &writer)
        , m_outcome(m_outcomeFont, &writer)
    {
        const QRectF page = writer.pageLayout().paintRectPixels(resolution);
        m_width = page.width();
        m_height = page.height();
        m_runningHeight = m_small.height() + 4 * dot;
        m_footerHeight = m_small.height() + 4 * dot;
    }

    // Measures every block and decides the page breaks; false when canceled.
    bool paginate(ExportMonitor &monitor)
    {
        m_titleHeight = drawTitle(nullptr);
        double y = m_titleHeight;
        double bottom = m_height - m_footerHeight;
        m_pageStarts = {0};
        for (qsizetype i = 0; i < m_content.entries.size(); ++i) {
            const double h = drawBlock(m_content.entries.at(i), nullptr, 0, nullptr);
            if (y + h > bottom && y > m_runningHeight) {
                m_pageStarts.append(i);
                y = m_runningHeight;
            }
            y += h + blockGap;
            if (monitor.isCanceled())
                return false;
        }
        return true;
    }

    Status render(ExportMonitor &monitor, int *unreadablePhotos, QString *error)
    {
        QPainter painter;
        if (!painter.begin(&m_writer)) {
            *error = BatchPdfReport::tr("The PDF file could not be started.");
            return Status::Failed;
        }
        m_painter = &painter;
        const int pages = int(m_pageStarts.size());
        const QList<Entry> &entries = m_content.entries;
        drawTitle(&painter);
        if (entries.isEmpty()) {
            painter.setFont(m_bodyFont);
            painter.setPen(quietColor);
            painter.drawText(QPointF(0, m_titleHeight + m_body.ascent()),
                             BatchPdfReport::tr("The list has no applicants."));
        }
        for (int page = 0; page < pages; ++page) {
            if (page > 0) {
                if (!m_writer.newPage()) {
                    *error = BatchPdfReport::tr("The PDF file could not be written.");
                    return Status::Failed;
                }
                drawRunningHeader();
            }
            double y = page == 0 ? m_titleHeight : m_runningHeight;
            const qsizetype end = page + 1 < pages ? m_pageStarts.at(page + 1) : entries.size();
            for (qsizetype i = m_pageStarts.at(page); i < end; ++i) {
                y += drawBlock(entries.at(i), &painter, y, unreadablePhotos) + blockGap;
                if (!monitor.advance(i + 1))
                    return Status::Canceled;
            }
            drawFooter(page + 1, pages);
        }
        painter.end();
        m_painter = nullptr;
        return Status::Succeeded;
    }

private:
    // Wrapped text at `y`, at most `maxLines` lines; drawn when `painter` is set. Returns the
    // height it takes.
    double paragraph(QPainter *painter, double x, double y, double width, const QFont &font,
                     const QColor &color, const QString &text, int maxLines = maxTextLines)
    {
        const QFontMetricsF fm(font, &m_writer);
        const QRectF bounds = fm.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text);
        const double height = std::min(bounds.height(), maxLines * fm.lineSpacing());
        if (painter) {
            painter->setFont(font);
            painter->setPen(color);
            painter->drawText(QRectF(x, y, width, height),
                              Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
        }
        return height;
    }

    double drawTitle(QPainter *painter)
    {
        const ReportContext &c = m_content.context;
        double y = 0;
        auto line = [&](const QFont &font, const QColor &color, const QString &text, int lines) {
            y += paragraph(painter, 0, y, m_width, font, color, text, lines) + 1.5 * dot;
        };
        line(makeFont(15, true), Qt::black, BatchPdfReport::tr("IELTS batch verification"), 2);
        if (c.isTestData)
            line(makeFont(10, true), warningColor,
                 BatchPdfReport::tr("TEST DATA (%1): these are not real IELTS results.")
                     .arg(c.environmentName),
                 3);
        const QFont info = makeFont(8.5);
        const QString profile =
            c.environmentName.isEmpty()
                ? c.profileName
                : BatchPdfReport::tr("%1 (%2)").arg(c.profileName, c.environmentName);
        line(info, Qt::black, BatchPdfReport::tr("Institution profile: %1").arg(profile), 2);
        line(info, Qt::black, BatchPdfReport::tr("Applicant list: %1").arg(m_content.sourceName),
             2);
        line(info, Qt::black,
             BatchPdfReport::tr("Requirements: %1")
                 .arg(m_content.requirements.isEmpty() ? BatchPdfReport::tr("none set")
                                                       : m_content.requirements.describe()),
             3);
        if (c.retrievedAt.isValid())
            line(info, Qt::black,
                 BatchPdfReport::tr("Checked: %1 UTC").arg(timestamp(c.retrievedAt)), 1);
        line(makeFont(7), quietColor,
             BatchPdfReport::tr("Generated %1 UTC by IELTS Result Verifier %2")
                 .arg(timestamp(QDateTime::currentDateTimeUtc()), c.applicationVersion),
             2);
        y += 2 * dot;
        const Reconciliation::Summary summary = Reconciliation::summarise(m_content.entries);
        // describe() already counts the applicants below the requirements.
        const QString summaryText =
            BatchPdfReport::tr("Summary of %n applicant(s): %1", nullptr, summary.total())
                .arg(Reconciliation::describe(summary));
        line(makeFont(10, true), Qt::black, summaryText, 3);
        if (painter) {
            painter->setPen(QPen(Qt::black, 0.6 * dot));
            painter->drawLine(QPointF(0, y + dot), QPointF(m_width, y + dot));
        }
        return y + 5 * dot;
    }

    void drawRunningHeader()
    {
        const ReportContext &c = m_content.context;
        m_painter->setFont(m_smallFont);
        m_painter->setPen(quietColor);
        const QString left = BatchPdfReport::tr("IELTS batch verification · %1 · %2")
                                 .arg(m_content.sourceName, c.profileName);
        double right = m_width;
        if (c.isTestData) {
            const QString mark = BatchPdfReport::tr("TEST DATA");
            const QFont bold = makeFont(7, true);
            right -= QFontMetricsF(bold, &m_writer).horizontalAdvance(mark);
            m_painter->setFont(bold);
            m_painter->setPen(warningColor);
            m_painter->drawText(QPointF(right, m_small.ascent()), mark);
            m_painter->setFont(m_smallFont);
            m_painter->setPen(quietColor);
            right -= 6 * dot;
        }
        m_painter->drawText(QPointF(0, m_small.ascent()),
                            m_small.elidedText(left, Qt::ElideRight, right));
    }

    void drawFooter(int page, int pages)
    {
        const double baseline = m_height - m_small.descent();
        const QString number = BatchPdfReport::tr("Page %1 of %2").arg(page).arg(pages);
        const double numberWidth = m_small.horizontalAdvance(number);
        m_painter->setFont(m_smallFont);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QPointF(m_width - numberWidth, baseline), number);
        if (m_content.context.isTestData) {
            m_painter->setPen(warningColor);
            m_painter->setFont(makeFont(7, true));
            m_painter->drawText(QPointF(0, baseline),
                                BatchPdfReport::tr("TEST DATA: not real IELTS results"));
        }
    }

    // One applicant, drawn at `y` when `painter` is set; returns the block's height.
    double drawBlock(const Entry &entry, QPainter *painter, double top, int *unreadablePhotos)
    {
        const Reconciliation::Verdict &v = entry.verdict;
        const Applicant &a = entry.applicant;
        double y = top + padding;

        // The outcome in words beside its shape.
        const double headHeight = std::max(iconSize, m_outcome.height());
        if (painter) {
            drawIcon(painter, v.outcome,
                     QRectF(0, y + (headHeight - iconSize) / 2, iconSize, iconSize));
            painter->setFont(m_outcomeFont);
            painter->setPen(Qt::black);
            const double baseline = y + (headHeight - m_outcome.height()) / 2 + m_outcome.ascent();
            painter->drawText(QPointF(iconSize + 3 * dot, baseline),
                              Reconciliation::outcomeLabel(v.outcome));
            if (a.sourceLine > 0) {
                const QString line = BatchPdfReport::tr("Line %1").arg(a.sourceLine);
                painter->setFont(m_smallFont);
                painter->setPen(quietColor);
                painter->drawText(QPointF(m_width - m_small.horizontalAdvance(line), baseline),
                                  line);
            }
        }
        y += headHeight + padding;

        QStringList who;
        if (!a.applicantId.isEmpty())
            who << BatchPdfReport::tr("Applicant ID: %1").arg(a.applicantId);
        const QString name = QStringList{a.firstName, a.familyName}.join(u' ').trimmed();
        if (!name.isEmpty())
            who << BatchPdfReport::tr("Name: %1").arg(name);
        who << BatchPdfReport::tr("TRF: %1").arg(a.trf.isEmpty() ? QStringLiteral("—") : a.trf);
        y += paragraph(painter, 0, y, m_width, m_boldFont, Qt::black,
                       singleLine(who.join(QStringLiteral("   "))), 2) +
             padding;

        // The claim beside the result, the photo to the right.
        const bool photo = m_photos && entry.actual && !entry.actual->photo().isEmpty();
        const QSizeF photoBox = photoPoints * dot;
        const double tableWidth = m_width - (m_photos ? photoBox.width() + 6 * dot : 0);
        const double tableTop = y;
        y = drawComparison(entry, painter, y, tableWidth);
        if (photo) {
            if (painter)
                drawPhoto(*entry.actual,
                          QRectF(QPointF(m_width - photoBox.width(), tableTop), photoBox),
                          unreadablePhotos);
            y = std::max(y, tableTop + photoBox.height());
        }
        y += padding;

        if (v.outcome == Outcome::Error && !v.errorReason.isEmpty())
            y += paragraph(painter, 0, y, m_width, m_bodyFont, warningColor,
                           BatchPdfReport::tr("Could not be checked: %1").arg(v.errorReason)) +
                 padding;
        if (!v.notes.isEmpty())
            y +=
                paragraph(painter, 0, y, m_width, m_bodyFont, Qt::black,
                          BatchPdfReport::tr("Notes: %1").arg(v.notes.join(QStringLiteral("; ")))) +
                padding;
        if (!m_content.requirements.isEmpty()) {
            QString text;
            if (!v.requirementsChecked)
                text = BatchPdfReport::tr("Requirements: not checked (no released result)");
            else if (v.requirementFailures.isEmpty())
                text = BatchPdfReport::tr("Requirements: met");
            else
                text = BatchPdfReport::tr("Requirements not met: %1")
                           .arg(v.requirementFailures.join(QStringLiteral(" ")));
            const bool failing = v.requirementsChecked && !v.requirementFailures.isEmpty();
            y += paragraph(painter, 0, y, m_width, failing ? m_boldFont : m_bodyFont, Qt::black,
                           text) +
                 padding;
        }
        if (painter) {
            painter->setPen(QPen(ruleColor, 0.5 * dot));
            painter->drawLine(QPointF(0, y), QPointF(m_width, y));
        }
        return y - top;
    }

    double drawComparison(const Entry &entry, QPainter *painter, double y, double width)
    {
        const double rowHeight = m_body.height() + 2 * padding;
        const double fieldWidth = width * 0.24, markWidth = width * 0.16;
        const double valueWidth = (width - fieldWidth - markWidth) / 2;
        const double xs[] = {0, fieldWidth, fieldWidth + valueWidth, fieldWidth + 2 * valueWidth};
        const double widths[] = {fieldWidth, valueWidth, valueWidth, markWidth};
        auto row = [&](const QStringList &cells, bool header, bool differs) {
            if (painter) {
                if (header || differs)
                    painter->fillRect(QRectF(0, y, width, rowHeight),
                                      header ? headerFill : differsFill);
                painter->setFont(header || differs ? m_boldFont : m_bodyFont);
                painter->setPen(Qt::black);
                const QFontMetricsF &fm = header || differs ? m_bold : m_body;
                for (int c = 0; c < 4; ++c) {
                    const double room = widths[c] - 2 * padding;
                    painter->drawText(
                        QPointF(xs[c] + padding, y + padding + fm.ascent()),
                        fm.elidedText(singleLine(cells.value(c)), Qt::ElideRight, room));
                }
                painter->setPen(QPen(ruleColor, 0.3 * dot));
                painter->drawLine(QPointF(0, y + rowHeight), QPointF(width, y + rowHeight));
            }
            y += rowHeight;
        };
        row({BatchPdfReport::tr("Field"), BatchPdfReport::tr("Claimed"),
             BatchPdfReport::tr("Result"), QString()},
            true, false);
        for (ApplicantField field : comparedFields()) {
            const auto difference = std::find_if(
                entry.verdict.differences.cbegin(), entry.verdict.differences.cend(),
                [field](const Reconciliation::Difference &d) { return d.field == field; });
            const bool differs = difference != entry.verdict.differences.cend();
            const QString claim = differs ? difference->claimed : claimed(entry.applicant, field);
            const QString result = differs        ? difference->actual
                                   : entry.actual ? actual(*entry.actual, field)
                                                  : QString();
            row({ApplicantFields::label(field), claim, result,
                 differs ? BatchPdfReport::tr("≠ differs") : QString()},
                false, differs);
        }
        return y;
    }

    void drawPhoto(const CandidateResult &r, const QRectF &box, int *unreadablePhotos)
    {
        const QImage image =
            PhotoThumbnail::decode(r.photo(), (photoPoints * photoPixelsPerPoint).toSize());
        if (image.isNull()) {
            ++*unreadablePhotos;
            m_painter->setPen(QPen(ruleColor, 0.5 * dot));
            m_painter->drawRect(box);
            m_painter->setFont(m_smallFont);
            m_painter->setPen(quietColor);
            m_painter->drawText(box, Qt::AlignCenter | Qt::TextWordWrap,
                                BatchPdfReport::tr("Photo unreadable"));
            return;
        }
        const QSizeF shown = QSizeF(image.size()).scaled(box.size(), Qt::KeepAspectRatio);
        m_painter->drawImage(QRectF(box.x() + (box.width() - shown.width()) / 2, box.y(),
                                    shown.width(), shown.height()),
                             image);
    }

    QPdfWriter &m_writer;
    const BatchReportContent &m_content;
    bool m_photos;
    QFont m_bodyFont, m_boldFont, m_smallFont, m_outcomeFont;
    QFontMetricsF m_body, m_bold, m_small, m_outcome;
    QPainter *m_painter = nullptr;
    double m_width = 0, m_height = 0;
    double m_titleHeight = 0, m_runningHeight = 0, m_footerHeight = 0;
    QList<qsizetype> m_pageStarts; // the first entry of each page
};
} // namespace

ExportOutcome::Status BatchPdfReport::write(QIODevice *device, const BatchReportContent &content,
                                            const ExportOptions &options, ExportMonitor &monitor,
                                            int *unreadablePhotos, QString *error)
{
    *unreadablePhotos = 0;
    monitor.setTotal(content.entries.size());
    QPdfWriter writer(device);
    writer.setResolution(resolution);
    writer.setCreator(QStringLiteral("IELTS Result Verifier"));
    writer.setTitle(content.context.isTestData ? tr("IELTS batch verification (TEST DATA)")
                                               : tr("IELTS batch verification"));
    writer.setPageLayout(QPageLayout(QPageSize(options.pageSize), QPageLayout::Portrait,
                                     QMarginsF(marginMm, marginMm, marginMm, marginMm),
                                     QPageLayout::Millimeter));
    Report report(writer, content, options.includePhotos);
    if (!report.paginate(monitor))
        return Status::Canceled;
    return report.render(monitor, unreadablePhotos, error);
}
