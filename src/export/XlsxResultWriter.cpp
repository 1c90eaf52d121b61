#include "XlsxResultWriter.h"

#include "ExportMonitor.h"
#include "PhotoThumbnail.h"
#include "XlsxSupport.h"

#include <algorithm>

namespace {
using ResultColumns::Column;
using namespace XlsxSupport;

// The photo is shown in a box of this many pixels, from an image of twice the resolution so
// that it stays sharp when zoomed or printed.
constexpr int photoWidth = 72;
constexpr int photoHeight = 96;
constexpr int photoMargin = 4;
constexpr double photoRowHeight = (photoHeight + 2 * photoMargin) * 0.75; // points
constexpr double photoColumnWidth = 12.0;                                 // characters
constexpr int widthSampleRows = 2000;

struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *score = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
    lxw_format *label = nullptr;
    lxw_format *warning = nullptr;
    lxw_format *wrapped = nullptr;
};

Formats makeFormats(lxw_workbook *workbook)
{
    Formats f;
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_pattern(f.header, LXW_PATTERN_SOLID);
    format_set_bg_color(f.header, 0xE8ECF2);
    f.score = workbook_add_format(workbook);
    format_set_num_format(f.score, "0.0");
    f.date = workbook_add_format(workbook);
    format_set_num_format(f.date, "yyyy-mm-dd");
    f.dateTime = workbook_add_format(workbook);
    format_set_num_format(f.dateTime, "yyyy-mm-dd hh:mm:ss");
    f.label = workbook_add_format(workbook);
    format_set_bold(f.label);
    format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
    f.warning = workbook_add_format(workbook);
    format_set_bold(f.warning);
    format_set_font_color(f.warning, LXW_COLOR_RED);
    f.wrapped = workbook_add_format(workbook);
    format_set_text_wrap(f.wrapped);
    format_set_align(f.wrapped, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

double columnWidth(Column column, const QList<CandidateResult> &records)
{
    // Room for the header and the filter button, then for the values.
    int width = displayWidth(ResultColumns::title(column)) + 3;
    if (column == ResultColumns::Photo)
        return photoColumnWidth;
    if (ResultColumns::isScore(column))
        return std::max(width, 6);
    if (column == ResultColumns::LastModified)
        return std::max(width, 20);
    if (ResultColumns::isDate(column))
        width = std::max(width, 11);
    const qsizetype sample = std::min<qsizetype>(records.size(), widthSampleRows);
    for (qsizetype i = 0; i < sample; ++i)
        width = std::max(width, displayWidth(ResultColumns::text(records.at(i), column)) + 1);
    return std::min(width, 50);
}

lxw_error writePhoto(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const CandidateResult &r,
                     int *unreadable)
{
    if (r.photo().isEmpty())
        return LXW_NO_ERROR;
    const QImage decoded = PhotoThumbnail::decode(r.photo(), QSize(photoWidth, photoHeight) * 2);
    const QByteArray image = PhotoThumbnail::toJpeg(decoded);
    if (image.isEmpty()) {
        ++*unreadable;
        const QByteArray note = XlsxResultWriter::tr("(photo unreadable)").toUtf8();
        return worksheet_write_string(sheet, row, col, note.constData(), nullptr);
    }
    const double scale =
        std::min(double(photoWidth) / decoded.width(), double(photoHeight) / decoded.height());
    QByteArray description = XlsxResultWriter::tr("Photo of %1").arg(r.trfNumber()).toUtf8();
    lxw_image_options options = {};
    options.x_offset = photoMargin;
    options.y_offset = photoMargin;
    options.x_scale = scale;
    options.y_scale = scale;
    options.object_position = LXW_OBJECT_MOVE_AND_SIZE;
    options.description = description.data();
    return worksheet_insert_image_buffer_opt(
        sheet, row, col, reinterpret_cast<const unsigned char *>(image.constData()),
        size_t(image.size()), &options);
}

lxw_error writeAboutSheet(lxw_worksheet *sheet, const ExportContent &content,
                          const Formats &formats)
{
    const ReportContext &c = content.context;
    QList<std::pair<QString, QString>> lines;
    lines.append({XlsxResultWriter::tr("Institution profile"), c.profileName});
    lines.append({XlsxResultWriter::tr("Service"), c.environmentName});
    lines.append({XlsxResultWriter::tr("Query"), c.queryDescription});
    lines.append({XlsxResultWriter::tr("Retrieved (UTC)"),
                  c.retrievedAt.isValid()
                      ? c.retrievedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                      : QString()});
    lines.append({XlsxResultWriter::tr("Results"), QString::number(content.records.size())});
    lines.append({XlsxResultWriter::tr("Exported (UTC)"),
                  QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
    lines.append({XlsxResultWriter::tr("Produced by"),
                  XlsxResultWriter::tr("IELTS Result Verifier %1").arg(c.applicationVersion)});

    worksheet_set_column(sheet, 0, 0, 22, formats.label);
    worksheet_set_column(sheet, 1, 1, 80, formats.wrapped);
    lxw_row_t row = 0;
    if (c.isTestData) {
        const QByteArray warning =
            XlsxResultWriter::tr("TEST DATA (%1): these are not real IELTS results.")
                .arg(c.environmentName)
                .toUtf8();
        if (lxw_error e =
                worksheet_write_string(sheet, row++, 0, warning.constData(), formats.warning))
            return e;
    }
    for (const auto &[label, value] : std::as_const(lines)) {
        const QByteArray l = cellText(label), v = cellText(value);
        if (lxw_error e = worksheet_write_string(sheet, row, 0, l.constData(), formats.label))
            return e;
        if (!v.isEmpty()) {
            if (lxw_error e = worksheet_write_string(sheet, row, 1, v.constData(), nullptr))
                return e;
        }
        ++row;
    }
    return LXW_NO_ERROR;
}

QString failure(lxw_error error)
{
    return XlsxResultWriter::tr("The Excel file could not be written: %1")
        .arg(QString::fromUtf8(lxw_strerror(error)));
}
} // namespace

ExportOutcome::Status XlsxResultWriter::write(const QString &path, const ExportContent &content,
                                              ExportMonitor &monitor, int *unreadablePhotos,
                                              QString *error)
{
    const QList<Column> &columns = content.columns;
    const QList<CandidateResult> &records = content.records;
    const bool photos = columns.contains(ResultColumns::Photo);
    *unreadablePhotos = 0;
    monitor.setTotal(records.size());

    // Constant memory writes each row to disk as soon as the next one starts; images and row
    // heights need the whole sheet in memory, so a workbook with photos is built normally.
    Workbook workbook(path, !photos);
    if (!workbook.get()) {
        *error = tr("The Excel file could not be started (out of memory or no temporary space).");
        return ExportOutcome::Status::Failed;
    }
    lxw_workbook *wb = workbook.get();
    const Formats formats = makeFormats(wb);
    const QByteArray resultsName = sheetName(tr("Results")).toUtf8();
    const QByteArray aboutName = sheetName(tr("About")).toUtf8();
    lxw_worksheet *sheet = workbook_add_worksheet(wb, resultsName.constData());
    lxw_worksheet *about =
        workbook_add_worksheet(wb, aboutName == resultsName ? nullptr : aboutName.constData());
    if (!sheet || !about) {
        *error = tr("The Excel file could not be started.");
        return ExportOutcome::Status::Failed;
    }

    describeWorkbook(wb, content.context, tr("IELTS results"), content.context.queryDescription,
                     {sheet, about}, sheet);

    const lxw_col_t lastCol = lxw_col_t(std::max<qsizetype>(columns.size(), 1) - 1);
    for (qsizetype c = 0; c < columns.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columnWidth(columns[c], records),
                             nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max<qsizetype>(records.size(), 1)), lastCol);

    for (qsizetype c = 0; c < columns.size(); ++c) {
        const QByteArray header = cellText(ResultColumns::title(columns[c]));
        if (lxw_error e = worksheet_write_string(sheet, 0, lxw_col_t(c), header.constData(),
                                                 formats.header)) {
            *error = failure(e);
            return ExportOutcome::Status::Failed;
        }
    }

    for (qsizetype i = 0; i < records.size(); ++i) {
        const CandidateResult &r = records.at(i);
        const lxw_row_t row = lxw_row_t(i + 1);
        if (photos)
            worksheet_set_row(sheet, row, photoRowHeight, nullptr);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const Column column = columns[c];
            const lxw_error e =
                column == ResultColumns::Photo
                    ? writePhoto(sheet, row, lxw_col_t(c), r, unreadablePhotos)
                    : writeResultCell(sheet, row, lxw_col_t(c), r, column,
                                      {formats.score, formats.date, formats.dateTime});
            if (e != LXW_NO_ERROR) {
                *error = failure(e);
                return ExportOutcome::Status::Failed;
            }
        }
        if (!monitor.advance(i + 1))
            return ExportOutcome::Status::Canceled;
    }

    if (lxw_error e = writeAboutSheet(about, content, formats)) {
        *error = failure(e);
        return ExportOutcome::Status::Failed;
    }
    worksheet_activate(sheet);
    if (monitor.isCanceled())
        return ExportOutcome::Status::Canceled;
    if (lxw_error e = workbook.close()) {
        *error = failure(e);
        return ExportOutcome::Status::Failed;
    }
    return ExportOutcome::Status::Succeeded;
}
