#include "BatchXlsxReport.h"

#include "BatchReportTable.h"
#include "ExportMonitor.h"
#include "XlsxSupport.h"

#include <QHash>

#include <algorithm>

namespace {
using namespace XlsxSupport;
using Reconciliation::Outcome;
using Status = ExportOutcome::Status;
using Kind = BatchReportTable::Kind;

constexpr int widthSampleRows = 2000;

struct Formats
{
    lxw_format *header = nullptr;
    ValueFormats values;
    lxw_format *label = nullptr;
    lxw_format *warning = nullptr;
    lxw_format *count = nullptr;
    QHash<int, lxw_format *> outcome;
};

// Light fills that keep black text readable, printed or on screen.
lxw_color_t outcomeFill(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return 0xD8EDD2;
    case Outcome::Mismatch:
        return 0xFAD7B5;
    case Outcome::NotFound:
        return 0xFFF0B3;
    case Outcome::NotReleased:
        return 0xDCD6EA;
    case Outcome::Error:
        return 0xF4B6B6;
    }
    return LXW_COLOR_WHITE;
}

Formats makeFormats(lxw_workbook *workbook)
{
    Formats f;
    f.header = workbook_add_format(workbook);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_pattern(f.header, LXW_PATTERN_SOLID);
    format_set_bg_color(f.header, 0xE8ECF2);
    f.values.score = workbook_add_format(workbook);
    format_set_num_format(f.values.score, "0.0");
    f.values.date = workbook_add_format(workbook);
    format_set_num_format(f.values.date, "yyyy-mm-dd");
    f.values.dateTime = workbook_add_format(workbook);
    format_set_num_format(f.values.dateTime, "yyyy-mm-dd hh:mm:ss");
    f.label = workbook_add_format(workbook);
    format_set_bold(f.label);
    format_set_align(f.label, LXW_ALIGN_VERTICAL_TOP);
    f.warning = workbook_add_format(workbook);
    format_set_bold(f.warning);
    format_set_font_color(f.warning, LXW_COLOR_RED);
    f.count = workbook_add_format(workbook);
    format_set_num_format(f.count, "0");
    for (Outcome outcome : Reconciliation::allOutcomes()) {
        lxw_format *format = workbook_add_format(workbook);
        format_set_pattern(format, LXW_PATTERN_SOLID);
        format_set_bg_color(format, outcomeFill(outcome));
        format_set_bold(format);
        f.outcome.insert(int(outcome), format);
    }
    return f;
}

double columnWidth(const BatchReportTable &table, const BatchReportTable::Column &column,
                   const QList<Reconciliation::Entry> &entries)
{
    // Room for the header and the filter button, then for the values.
    int width = displayWidth(column.header) + 3;
    if (column.kind == Kind::Result) {
        const auto result = ResultColumns::Column(column.index);
        if (ResultColumns::isScore(result))
            return std::max(width, 6);
        if (result == ResultColumns::LastModified)
            return std::max(width, 20);
        if (ResultColumns::isDate(result))
            width = std::max(width, 11);
    }
    const qsizetype sample = std::min<qsizetype>(entries.size(), widthSampleRows);
    for (qsizetype i = 0; i < sample; ++i)
        width = std::max(width, displayWidth(table.text(entries.at(i), column)) + 1);
    return std::min(width, 60);
}

lxw_error writeSummary(lxw_worksheet *sheet, const BatchReportContent &content,
                       const Formats &formats)
{
    const ReportContext &c = content.context;
    const Reconciliation::Summary summary = Reconciliation::summarise(content.entries);
    worksheet_set_column(sheet, 0, 0, 30, formats.label);
    worksheet_set_column(sheet, 1, 1, 80, nullptr);
    lxw_row_t row = 0;
    lxw_error e = LXW_NO_ERROR;
    auto line = [&](const QString &label, const QString &value) {
        if (e == LXW_NO_ERROR)
            e = writeText(sheet, row, 0, label, formats.label);
        if (e == LXW_NO_ERROR)
            e = writeText(sheet, row, 1, value);
        ++row;
    };
    auto count = [&](const QString &label, int value, lxw_format *labelFormat) {
        if (e == LXW_NO_ERROR)
            e = writeText(sheet, row, 0, label, labelFormat);
        if (e == LXW_NO_ERROR)
            e = worksheet_write_number(sheet, row, 1, value, formats.count);
        ++row;
    };

    if (c.isTestData) {
        e = writeText(sheet, row++, 0,
                      BatchXlsxReport::tr("TEST DATA (%1): these are not real IELTS results.")
                          .arg(c.environmentName),
                      formats.warning);
    }
    line(BatchXlsxReport::tr("Applicant list"), content.sourceName);
    line(BatchXlsxReport::tr("Institution profile"), c.profileName);
    line(BatchXlsxReport::tr("Service"), c.environmentName);
    line(BatchXlsxReport::tr("Checked (UTC)"),
         c.retrievedAt.isValid()
             ? c.retrievedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
             : QString());
    line(BatchXlsxReport::tr("Report written (UTC)"),
         QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    line(BatchXlsxReport::tr("Requirements"), content.requirements.isEmpty()
                                                  ? BatchXlsxReport::tr("None set")
                                                  : content.requirements.describe());
    line(BatchXlsxReport::tr("Summary"), Reconciliation::describe(summary));
    line(BatchXlsxReport::tr("Produced by"),
         BatchXlsxReport::tr("IELTS Result Verifier %1").arg(c.applicationVersion));
    ++row;

    // The outcome words exactly as the Outcome column has them, so a filter there matches.
    if (e == LXW_NO_ERROR)
        e = writeText(sheet, row, 0, QStringLiteral("Outcome"), formats.header);
    if (e == LXW_NO_ERROR)
        e = writeText(sheet, row, 1, BatchXlsxReport::tr("Applicants"), formats.header);
    ++row;
    const QList<std::pair<Outcome, int>> counts = {{Outcome::Verified, summary.verified},
                                                   {Outcome::Mismatch, summary.mismatches},
                                                   {Outcome::NotFound, summary.notFound},
                                                   {Outcome::NotReleased, summary.notReleased},
                                                   {Outcome::Error, summary.errors}};
    for (const auto &[outcome, n] : counts)
        count(Reconciliation::outcomeKey(outcome), n, formats.outcome.value(int(outcome)));
    count(BatchXlsxReport::tr("Total"), summary.total(), formats.label);
    if (!content.requirements.isEmpty())
        count(BatchXlsxReport::tr("Not meeting the requirements"), summary.failingRequirements,
              formats.label);
    return e;
}

QString failure(lxw_error error)
{
    return BatchXlsxReport::tr("The Excel file could not be written: %1")
        .arg(QString::fromUtf8(lxw_strerror(error)));
}
} // namespace

ExportOutcome::Status BatchXlsxReport::write(const QString &path, const BatchReportContent &content,
                                             ExportMonitor &monitor, QString *error)
{
    const QList<Reconciliation::Entry> &entries = content.entries;
    monitor.setTotal(entries.size());
    // Rows go to disk as they are written: no photos here, so the sheet never needs to be whole
    // in memory.
    Workbook workbook(path, true);
    if (!workbook.get()) {
        *error = tr("The Excel file could not be started (out of memory or no temporary space).");
        return Status::Failed;
    }
    lxw_workbook *wb = workbook.get();
    const Formats formats = makeFormats(wb);
    // Stable sheet names, as the column "Outcome" is: scripts find them whatever the language.
    lxw_worksheet *sheet = workbook_add_worksheet(wb, "Reconciliation");
    lxw_worksheet *summary = workbook_add_worksheet(wb, "Summary");
    if (!sheet || !summary) {
        *error = tr("The Excel file could not be started.");
        return Status::Failed;
    }

    describeWorkbook(wb, content.context, tr("IELTS batch verification"), content.sourceName,
                     {sheet, summary}, sheet);

    const BatchReportTable table(content);
    const QList<BatchReportTable::Column> &columns = table.columns();
    for (qsizetype c = 0; c < columns.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c),
                             columnWidth(table, columns.at(c), entries), nullptr);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, lxw_row_t(std::max<qsizetype>(entries.size(), 1)),
                         lxw_col_t(columns.size() - 1));
    for (qsizetype c = 0; c < columns.size(); ++c) {
        if (lxw_error e = writeText(sheet, 0, lxw_col_t(c), columns.at(c).header, formats.header)) {
            *error = failure(e);
            return Status::Failed;
        }
    }

    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Reconciliation::Entry &entry = entries.at(i);
        const lxw_row_t row = lxw_row_t(i + 1);
        for (qsizetype c = 0; c < columns.size(); ++c) {
            const BatchReportTable::Column &column = columns.at(c);
            lxw_error e = LXW_NO_ERROR;
            if (column.kind == Kind::Result) {
                if (entry.actual)
                    e = writeResultCell(sheet, row, lxw_col_t(c), *entry.actual,
                                        ResultColumns::Column(column.index), formats.values);
            } else {
                lxw_format *format = column.kind == Kind::Outcome
                                         ? formats.outcome.value(int(entry.verdict.outcome))
                                         : nullptr;
                e = writeText(sheet, row, lxw_col_t(c), table.text(entry, column), format);
            }
            if (e != LXW_NO_ERROR) {
                *error = failure(e);
                return Status::Failed;
            }
        }
        if (!monitor.advance(i + 1))
            return Status::Canceled;
    }

    if (lxw_error e = writeSummary(summary, content, formats)) {
        *error = failure(e);
        return Status::Failed;
    }
    worksheet_activate(sheet);
    if (monitor.isCanceled())
        return Status::Canceled;
    if (lxw_error e = workbook.close()) {
        *error = failure(e);
        return Status::Failed;
    }
    return Status::Succeeded;
}
