#pragma once

#include "ExportRequest.h"
#include "ResultColumns.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <xlsxwriter.h>

// What every workbook this application writes shares: a libxlsxwriter workbook owned RAII-style,
// cell text cut to Excel's limit, dates as real dates, and a result's column as a typed cell.
namespace XlsxSupport {

// Excel's limit on the text of a cell, in characters.
inline constexpr int maxCellLength = 32767;

class Workbook final
{
public:
    Workbook(const QString &path, bool constantMemory);
    ~Workbook();
    Workbook(const Workbook &) = delete;
    Workbook &operator=(const Workbook &) = delete;

    lxw_workbook *get() const { return m_workbook; }
    lxw_error close();

private:
    QByteArray m_path;
    QByteArray m_tmpdir; // must outlive the workbook
    lxw_workbook *m_workbook = nullptr;
};

// The number formats a result's typed cells use.
struct ValueFormats
{
    lxw_format *score = nullptr;
    lxw_format *date = nullptr;
    lxw_format *dateTime = nullptr;
};

QByteArray cellText(const QString &text);
// Roughly how many character widths a text takes in a spreadsheet cell.
int displayWidth(const QString &text);
// A name Excel accepts for a sheet.
QString sheetName(QString name);
lxw_datetime excelDate(const QDate &date);
lxw_datetime excelDateTime(const QDateTime &utc);
// Excel's calendar starts in 1900; anything earlier stays text.
bool isExcelDate(const QDate &date);
// Text as a string cell, never a formula; nothing for an empty text.
lxw_error writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text,
                    lxw_format *format = nullptr);
// A result's column: scores as numbers, dates as dates, the rest as text.
lxw_error writeResultCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                          const CandidateResult &result, ResultColumns::Column column,
                          const ValueFormats &formats);
// Sets the workbook's document properties from where its data came from. Test data is marked
// unmistakably: in the title and comments, with red tabs on `sheets`, and in the printed page
// header of `printedSheet`.
void describeWorkbook(lxw_workbook *workbook, const ReportContext &context, const QString &title,
                      const QString &subject, const QList<lxw_worksheet *> &sheets,
                      lxw_worksheet *printedSheet);

} // namespace XlsxSupport
