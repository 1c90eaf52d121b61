#include "ApplicantDate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace ApplicantDate {
namespace {

// Spreadsheets append a time of day to dates ("03/04/1990 00:00", "1990-04-03T00:00:00",
// "4/3/1990 12:00:00 AM"); it says nothing about the date and is dropped.
QString withoutTime(QStringView text)
{
    static const QRegularExpression time(
        QStringLiteral("(?:[ "
                       "T]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[AaPp][Mm])?(?:Z|[+-]\\d{"
                       "2}:?\\d{2})?)$"));
    QString date = text.trimmed().toString();
    const QRegularExpressionMatch match = time.match(date);
    if (match.hasMatch())
        date.truncate(match.capturedStart());
    return date.trimmed();
}

// Day and month in either order with the year last: 3/4/1990, 03-04-1990, 03.04.1990.
const QRegularExpression &dayMonthYear()
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})$"));
    return pattern;
}

struct Parts
{
    int first = 0;
    int second = 0;
    int year = 0;
    bool dotted = false;
};

bool splitDayMonthYear(const QString &text, Parts *parts)
{
    const QRegularExpressionMatch match = dayMonthYear().match(text);
    if (!match.hasMatch())
        return false;
    parts->first = match.capturedView(1).toInt();
    parts->second = match.capturedView(3).toInt();
    parts->year = match.capturedView(4).toInt();
    // Dots are a day-first convention (German, Russian, Turkish...); nobody writes month first
    // with them, so they never depend on the column's order.
    parts->dotted = match.capturedView(2) == u".";
    return true;
}

QString notADate(QStringView text)
{
    return QCoreApplication::translate("ApplicantDate",
                                       "“%1” is not a date; write it as YYYY-MM-DD or DD/MM/YYYY.")
        .arg(text.trimmed());
}

QString impossibleDate(QStringView text)
{
    return QCoreApplication::translate("ApplicantDate", "“%1” is not a day of the calendar.")
        .arg(text.trimmed());
}

} // namespace

Parsed parse(QStringView text, Order order)
{
    Parsed result;
    if (text.trimmed().isEmpty()) {
        result.isEmpty = true;
        return result;
    }
    const QString date = withoutTime(text);

    int year = 0;
    int month = 0;
    int day = 0;
    static const QRegularExpression yearFirst(
        QStringLiteral("^(\\d{4})([/.\\-])(\\d{1,2})\\2(\\d{1,2})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    Parts parts;
    if (const auto iso = yearFirst.match(date); iso.hasMatch()) {
        year = iso.capturedView(1).toInt();
        month = iso.capturedView(3).toInt();
        day = iso.capturedView(4).toInt();
    } else if (const auto digits = compact.match(date); digits.hasMatch()) {
        year = digits.capturedView(1).toInt();
        month = digits.capturedView(2).toInt();
        day = digits.capturedView(3).toInt();
    } else if (splitDayMonthYear(date, &parts)) {
        year = parts.year;
        const bool monthFirst = order == Order::MonthFirst && !parts.dotted;
        day = monthFirst ? parts.second : parts.first;
        month = monthFirst ? parts.first : parts.second;
        result.ambiguous = order == Order::Undetermined && !parts.dotted && parts.first <= 12 &&
                           parts.second <= 12 && parts.first != parts.second;
    } else {
        result.error = notADate(text);
        return result;
    }

    const QDate parsed(year, month, day);
    if (!parsed.isValid()) {
        result.ambiguous = false;
        result.error = impossibleDate(text);
        return result;
    }
    result.date = parsed;
    return result;
}

Order guessOrder(const QStringList &values)
{
    bool dayFirst = false;
    bool monthFirst = false;
    for (const QString &value : values) {
        Parts parts;
        if (!splitDayMonthYear(withoutTime(value), &parts) || parts.dotted)
            continue;
        if (parts.first > 12 && parts.second <= 12)
            dayFirst = true;
        else if (parts.second > 12 && parts.first <= 12)
            monthFirst = true;
    }
    if (dayFirst == monthFirst)
        return Order::Undetermined;
    return dayFirst ? Order::DayFirst : Order::MonthFirst;
}

QString describe(const QDate &date)
{
    //: How a date of birth read from an applicant list is spelled out, in QDate format
    //: characters: d day, MMMM month name, yyyy year.
    const QString format = QCoreApplication::translate("ApplicantDate", "d MMMM yyyy");
    return QLocale().toString(date, format);
}

} // namespace ApplicantDate
