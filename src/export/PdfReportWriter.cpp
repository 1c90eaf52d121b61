#include "PdfReportWriter.h"

#include "ExportMonitor.h"
#include "PdfSupport.h"
#include "PhotoThumbnail.h"

#include <QFontMetricsF>
#include <QIODevice>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

namespace {
using ResultColumns::Column;
using namespace PdfSupport;

constexpr double padding = 2.5 * dot;
constexpr QSizeF thumbnailPoints(27, 36);
constexpr double thumbnailPixelsPerPoint = 3; // decoded sharper than shown
constexpr double minFlexibleWidth = 40 * dot;
constexpr int widthSampleRows = 3000;

bool isFlexible(Column column)
{
    switch (column) {
    case ResultColumns::FamilyName:
    case ResultColumns::FirstName:
    case ResultColumns::Country:
    case ResultColumns::Module:
    case ResultColumns::Status:
    case ResultColumns::Centre:
        return true;
    default:
        return false;
    }
}

bool isRightAligned(Column column)
{
    return ResultColumns::isScore(column);
}

struct TableColumn
{
    Column column;
    double x = 0;
    double width = 0;
    double natural = 0;
};

class Report final
{
public:
    Report(QPdfWriter &writer, const ExportContent &content)
        : m_writer(writer)
        , m_content(content)
        , m_bodyFont(makeFont(7.5))
        , m_boldFont(makeFont(7.5, true))
        , m_body(m_bodyFont, &writer)
        , m_bold(m_boldFont, &writer)
    {}

    static double naturalWidth(Column column, const QList<CandidateResult> &records,
                               const QFontMetricsF &body, const QFontMetricsF &bold)
    {
        if (column == ResultColumns::Photo)
            return thumbnailPoints.width() * dot + 2 * padding;
        double width = 0;
        // The header wraps between words, so its longest word is what it needs.
        const QStringList words = ResultColumns::title(column).split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words)
            width = std::max(width, bold.horizontalAdvance(word));
        // TRF numbers are what a reader looks for: measured on every row, never cut.
        const qsizetype sample = column == ResultColumns::TrfNumber
                                     ? records.size()
                                     : std::min<qsizetype>(records.size(), widthSampleRows);
        for (qsizetype i = 0; i < sample; ++i)
            width = std::max(width, body.horizontalAdvance(
                                        singleLine(ResultColumns::text(records.at(i), column))));
        return width + 2 * padding;
    }

    void layOut(const QList<double> &naturals)
    {
        const QRectF page = m_writer.pageLayout().paintRectPixels(resolution);
        m_pageWidth = page.width();
        m_pageHeight = page.height();

        for (qsizetype i = 0; i < m_content.columns.size(); ++i) {
            TableColumn c;
            c.column = m_content.columns.at(i);
            c.natural = naturals.at(i);
            c.width = c.natural;
            m_columns.append(c);
        }
        fitColumns();
        double x = 0;
        for (TableColumn &c : m_columns) {
            c.x = x;
            x += c.width;
        }

        m_hasPhotos = m_content.columns.contains(ResultColumns::Photo);
        const double lineHeight = m_body.height();
        m_rowHeight =
            (m_hasPhotos ? std::max(lineHeight, thumbnailPoints.height() * dot) : lineHeight) +
            2 * padding;
        double headerLines = 1;
        for (const TableColumn &c : std::as_const(m_columns)) {
            const QRectF bounds =
                m_bold.boundingRect(QRectF(0, 0, std::max(1.0, c.width - 2 * padding), 1e6),
                                    Qt::TextWordWrap, ResultColumns::title(c.column));
            headerLines = std::max(headerLines, std::round(bounds.height() / m_bold.lineSpacing()));
        }
        m_headerHeight = std::min(headerLines, 3.0) * m_bold.lineSpacing() + 2 * padding;
        const QFontMetricsF small(makeFont(7), &m_writer);
        m_runningHeight = small.height() + 4 * dot;
        m_footerHeight = small.height() + 4 * dot;
        m_titleHeight = drawTitleBlock(nullptr);

        const double firstSpace = m_pageHeight - m_titleHeight - m_headerHeight - m_footerHeight;
        const double otherSpace = m_pageHeight - m_runningHeight - m_headerHeight - m_footerHeight;
        m_rowsFirst = std::max(0, int(firstSpace / m_rowHeight));
        m_rowsOther = std::max(1, int(otherSpace / m_rowHeight));
        const qsizetype n = m_content.records.size();
        m_pageCount =
            n <= m_rowsFirst ? 1 : 1 + int((n - m_rowsFirst + m_rowsOther - 1) / m_rowsOther);
    }

    ExportOutcome::Status render(ExportMonitor &monitor, int *unreadablePhotos, QString *error)
    {
        QPainter painter;
        if (!painter.begin(&m_writer)) {
            *error = PdfReportWriter::tr("The PDF file could not be started.");
            return ExportOutcome::Status::Failed;
        }
        m_painter = &painter;
        int page = 1;
        drawTitleBlock(&painter);
        double y = m_titleHeight;
        drawTableHeader(y);
        y += m_headerHeight;
        int rowsOnPage = 0;
        int capacity = m_rowsFirst;

        const QList<CandidateResult> &records = m_content.records;
        if (records.isEmpty()) {
            painter.setFont(makeFont(9));
            painter.setPen(quietColor);
            painter.drawText(QPointF(0, y + m_rowHeight), PdfReportWriter::tr("No results."));
        }
        for (qsizetype i = 0; i < records.size(); ++i) {
            if (rowsOnPage >= capacity) {
                drawFooter(page);
                if (!m_writer.newPage()) {
                    *error = PdfReportWriter::tr("The PDF file could not be written.");
                    painter.end();
                    return ExportOutcome::Status::Failed;
                }
                ++page;
                drawRunningHeader();
                y = m_runningHeight;
                drawTableHeader(y);
                y += m_headerHeight;
                rowsOnPage = 0;
                capacity = m_rowsOther;
            }
            drawRow(records.at(i), y, i % 2 == 1, unreadablePhotos);
            y += m_rowHeight;
            ++rowsOnPage;
            if (!monitor.advance(i + 1)) {
                painter.end();
                return ExportOutcome::Status::Canceled;
            }
        }
        drawFooter(page);
        painter.end();
        m_painter = nullptr;
        return ExportOutcome::Status::Succeeded;
    }

    int pageCount() const { return m_pageCount; }

private:
    void fitColumns()
    {
        double total = 0, flexible = 0;
        for (const TableColumn &c : std::as_const(m_columns)) {
            total += c.width;
            if (isFlexible(c.column))
                flexible += c.width;
        }
        if (total > m_pageWidth) {
            // Narrow the columns of names and places first, down to a readable minimum.
            double surplus = 0;
            for (const TableColumn &c : std::as_const(m_columns)) {
                if (isFlexible(c.column))
                    surplus += std::max(0.0, c.width - minFlexibleWidth);
            }
            const double excess = total - m_pageWidth;
            const double share = surplus > 0 ? std::min(1.0, excess / surplus) : 0;
            total = 0;
            for (TableColumn &c : m_columns) {
                if (isFlexible(c.column))
                    c.width -= std::max(0.0, c.width - minFlexibleWidth) * share;
                total += c.width;
            }
            if (total > m_pageWidth) {
                const double factor = m_pageWidth / total;
                for (TableColumn &c : m_columns)
                    c.width *= factor;
            }
        } else if (total < m_pageWidth && total > 0) {
            // Spread the spare width over the text columns so the table spans the page.
            const double spare = m_pageWidth - total;
            for (TableColumn &c : m_columns) {
                if (flexible > 0)
                    c.width += isFlexible(c.column) ? spare * c.width / flexible : 0;
                else
                    c.width += spare * c.width / total;
            }
        }
    }

    // Draws the first page's header, or only measures it when `painter` is null. Returns its
    // height.
    double drawTitleBlock(QPainter *painter)
    {
        const ReportContext &c = m_content.context;
        const QFont title = makeFont(15, true);
        const QFont info = makeFont(8.5);
        const QFont warning = makeFont(10, true);
        double y = 0;
        auto block = [&](const QFont &font, const QColor &color, const QString &text,
                         int maxLines) {
            const QFontMetricsF fm(font, &m_writer);
            const double maxHeight = maxLines * fm.lineSpacing();
            QRectF rect(0, y, m_pageWidth, maxHeight);
            QRectF bounds = fm.boundingRect(QRectF(0, 0, m_pageWidth, 1e6), Qt::TextWordWrap, text);
            rect.setHeight(std::min(bounds.height(), maxHeight));
            if (painter) {
                painter->setFont(font);
                painter->setPen(color);
                painter->drawText(rect, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, text);
            }
            y += rect.height() + 1.5 * dot;
        };
        block(title, Qt::black, PdfReportWriter::tr("IELTS results"), 2);
        if (c.isTestData)
            block(warning, warningColor,
                  PdfReportWriter::tr("TEST DATA (%1): these are not real IELTS results.")
                      .arg(c.environmentName),
                  3);
        const QString profile =
            c.environmentName.isEmpty()
                ? c.profileName
                : PdfReportWriter::tr("%1 (%2)").arg(c.profileName, c.environmentName);
        block(info, Qt::black, PdfReportWriter::tr("Institution profile: %1").arg(profile), 2);
        block(info, Qt::black, PdfReportWriter::tr("Query: %1").arg(c.queryDescription), 3);
        block(info, Qt::black,
              PdfReportWriter::tr("Retrieved: %1 UTC").arg(timestamp(c.retrievedAt)), 1);
        block(info, Qt::black,
              PdfReportWriter::tr("Results in this report: %1")
                  .arg(QLocale().toString(m_content.records.size())),
              1);
        block(makeFont(7), quietColor,
              PdfReportWriter::tr("Produced %1 UTC by IELTS Result Verifier %2")
                  .arg(timestamp(QDateTime::currentDateTimeUtc()), c.applicationVersion),
              2);
        return y + 3 * dot;
    }

    void drawRunningHeader()
    {
        const ReportContext &c = m_content.context;
        const QFont font = makeFont(7);
        const QFontMetricsF fm(font, &m_writer);
        m_painter->setFont(font);
        m_painter->setPen(quietColor);
        QString left = PdfReportWriter::tr("IELTS results · %1 · retrieved %2 UTC")
                           .arg(c.profileName, timestamp(c.retrievedAt));
        double right = m_pageWidth;
        if (c.isTestData) {
            const QString mark = PdfReportWriter::tr("TEST DATA");
            m_painter->setFont(makeFont(7, true));
            const QFontMetricsF boldMetrics(m_painter->font(), &m_writer);
            right -= boldMetrics.horizontalAdvance(mark);
            m_painter->setPen(warningColor);
            m_painter->drawText(QPointF(right, fm.ascent()), mark);
            m_painter->setFont(font);
            m_painter->setPen(quietColor);
            right -= 6 * dot;
        }
        m_painter->drawText(QPointF(0, fm.ascent()), fm.elidedText(left, Qt::ElideRight, right));
    }

    void drawFooter(int page)
    {
        const ReportContext &c = m_content.context;
        const QFont font = makeFont(7);
        const QFontMetricsF fm(font, &m_writer);
        const double baseline = m_pageHeight - fm.descent();
        m_painter->setFont(font);
        const QString number = PdfReportWriter::tr("Page %1 of %2").arg(page).arg(m_pageCount);
        const double numberWidth = fm.horizontalAdvance(number);
        m_painter->setPen(Qt::black);
        m_painter->drawText(QPointF(m_pageWidth - numberWidth, baseline), number);
        if (c.isTestData) {
            m_painter->setPen(warningColor);
            m_painter->setFont(makeFont(7, true));
            m_painter->drawText(QPointF(0, baseline),
                                PdfReportWriter::tr("TEST DATA: not real IELTS results"));
        } else {
            m_painter->setPen(quietColor);
            m_painter->drawText(
                QPointF(0, baseline),
                fm.elidedText(c.profileName, Qt::ElideRight, m_pageWidth - numberWidth - 10 * dot));
        }
    }

    void drawTableHeader(double y)
    {
        const double width = m_columns.isEmpty() ? 0 : m_columns.last().x + m_columns.last().width;
        m_painter->fillRect(QRectF(0, y, width, m_headerHeight), headerFill);
        m_painter->setFont(m_boldFont);
        m_painter->setPen(Qt::black);
        for (const TableColumn &c : std::as_const(m_columns)) {
            const QRectF cell(c.x + padding, y + padding, std::max(1.0, c.width - 2 * padding),
                              m_headerHeight - 2 * padding);
            const Qt::Alignment align =
                (isRightAligned(c.column) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignBottom;
            m_painter->drawText(cell, int(align) | Qt::TextWordWrap,
                                ResultColumns::title(c.column));
        }
        m_painter->setPen(QPen(Qt::black, 0.6 * dot));
        m_painter->drawLine(QPointF(0, y + m_headerHeight), QPointF(width, y + m_headerHeight));
    }

    void drawRow(const CandidateResult &r, double y, bool striped, int *unreadablePhotos)
    {
        const double width = m_columns.last().x + m_columns.last().width;
        if (striped)
            m_painter->fillRect(QRectF(0, y, width, m_rowHeight), stripeColor);
        const double baseline = y + (m_rowHeight - m_body.height()) / 2 + m_body.ascent();
        m_painter->setFont(m_bodyFont);
        for (const TableColumn &c : std::as_const(m_columns)) {
            if (c.column == ResultColumns::Photo) {
                drawPhoto(r, c, y, unreadablePhotos);
                continue;
            }
            const QString text = singleLine(ResultColumns::text(r, c.column));
            if (text.isEmpty())
                continue;
            const double room = c.width - 2 * padding;
            double advance = m_body.horizontalAdvance(text);
            QString shown = text;
            if (advance > room) {
                shown = m_body.elidedText(text, Qt::ElideRight, room);
                advance = m_body.horizontalAdvance(shown);
            }
            const double x =
                isRightAligned(c.column) ? c.x + c.width - padding - advance : c.x + padding;
            const bool warn = c.column == ResultColumns::Status && !r.isReleased();
            m_painter->setPen(warn ? warningColor : Qt::black);
            m_painter->drawText(QPointF(x, baseline), shown);
        }
        m_painter->setPen(QPen(ruleColor, 0.3 * dot));
        m_painter->drawLine(QPointF(0, y + m_rowHeight), QPointF(width, y + m_rowHeight));
    }

    void drawPhoto(const CandidateResult &r, const TableColumn &c, double y, int *unreadablePhotos)
    {
        if (r.photo().isEmpty())
            return;
        const QSizeF box = thumbnailPoints * dot;
        const QRectF cell(c.x + (c.width - box.width()) / 2, y + (m_rowHeight - box.height()) / 2,
                          box.width(), box.height());
        const QImage image =
            PhotoThumbnail::decode(r.photo(), (thumbnailPoints * thumbnailPixelsPerPoint).toSize());
        if (image.isNull()) {
            ++*unreadablePhotos;
            m_painter->setPen(QPen(ruleColor, 0.5 * dot));
            m_painter->drawRect(cell);
            m_painter->setPen(quietColor);
            m_painter->drawText(cell, Qt::AlignCenter, QStringLiteral("?"));
            return;
        }
        const QSizeF shown = QSizeF(image.size()).scaled(box, Qt::KeepAspectRatio);
        const QRectF target(cell.x() + (box.width() - shown.width()) / 2,
                            cell.y() + (box.height() - shown.height()) / 2, shown.width(),
                            shown.height());
        m_painter->drawImage(target, image);
    }

    QPdfWriter &m_writer;
    const ExportContent &m_content;
    QFont m_bodyFont;
    QFont m_boldFont;
    QFontMetricsF m_body;
    QFontMetricsF m_bold;
    QPainter *m_painter = nullptr;
    QList<TableColumn> m_columns;
    bool m_hasPhotos = false;
    double m_pageWidth = 0, m_pageHeight = 0;
    double m_rowHeight = 0, m_headerHeight = 0, m_titleHeight = 0;
    double m_runningHeight = 0, m_footerHeight = 0;
    int m_rowsFirst = 0, m_rowsOther = 1, m_pageCount = 1;
};
} // namespace

ExportOutcome::Status PdfReportWriter::write(QIODevice *device, const ExportContent &content,
                                             const Options &options, ExportMonitor &monitor,
                                             int *unreadablePhotos, QString *error)
{
    *unreadablePhotos = 0;
    monitor.setTotal(content.records.size());
    QPdfWriter writer(device);
    writer.setResolution(resolution);
    writer.setCreator(QStringLiteral("IELTS Result Verifier"));
    writer.setTitle(content.context.isTestData ? tr("IELTS results (TEST DATA)")
                                               : tr("IELTS results"));
    const QPageSize pageSize(options.pageSize);
    writer.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait,
                                     QMarginsF(marginMm, marginMm, marginMm, marginMm),
                                     QPageLayout::Millimeter));

    // Measure the columns once; turn the page when they do not fit across it upright.
    const QFontMetricsF body(makeFont(7.5), &writer);
    const QFontMetricsF bold(makeFont(7.5, true), &writer);
    QList<double> naturals;
    double total = 0;
    for (Column column : content.columns) {
        naturals.append(Report::naturalWidth(column, content.records, body, bold));
        total += naturals.last();
        if (monitor.isCanceled())
            return ExportOutcome::Status::Canceled;
    }
    const bool landscape = total > writer.pageLayout().paintRectPixels(resolution).width();
    if (landscape)
        writer.setPageOrientation(QPageLayout::Landscape);

    Report report(writer, content);
    report.layOut(naturals);
    return report.render(monitor, unreadablePhotos, error);
}
