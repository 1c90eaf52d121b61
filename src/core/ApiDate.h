#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

// The date and time formats of the API: dates as YYYYMMDD, instants as YYYY-MM-DDThh:mm:ss in UTC.
namespace ApiDate {
inline constexpr QStringView dateTimeFormat = u"yyyy-MM-ddTHH:mm:ss";

// "20030414" -> 14 April 2003; anything else -> an invalid date.
QDate parseDate(QStringView text);
// "2019-08-10T09:08:57" (UTC, no zone) -> that instant in UTC; also accepts fractional seconds
// and a trailing "Z". Anything else -> an invalid date-time.
QDateTime parseDateTime(QStringView text);
// An instant as the API wants it: UTC, exactly YYYY-MM-DDThh:mm:ss.
QString formatDateTime(const QDateTime &utc);
} // namespace ApiDate
