#pragma once

#include <QString>
#include <QStringView>

#include <optional>

// How a spreadsheet cell's stored value becomes the text a person sees: which number formats
// show dates, date serial numbers as YYYY-MM-DD, numbers as their shortest text.
namespace XlsxCellFormat {

// Built-in format ids Excel shows as dates or times.
bool isBuiltInDateFormat(int numFmtId);
// A custom format code showing a date: d, m or y outside quoted text and [brackets].
bool isDateFormatCode(QStringView code);
// A date serial number as YYYY-MM-DD; nothing for serials no calendar day matches.
std::optional<QString> serialToIsoDate(double serial, bool date1904);
// "7" for 7.0, "6.5", "447700900123": never an exponent for whole numbers a person would type.
QString numberText(double value);
// Undoes the _xHHHH_ escapes Office writes for control characters in strings.
QString unescapeXString(const QString &text);

} // namespace XlsxCellFormat
