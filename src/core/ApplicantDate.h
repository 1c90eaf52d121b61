#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QStringView>

// Dates as applicants and admissions systems write them: YYYY-MM-DD, DD/MM/YYYY (or with dots or
// hyphens), YYYYMMDD, and "DD/MM/YYYY hh:mm[:ss]" as spreadsheets export them.
namespace ApplicantDate {

enum class Order {
    Undetermined, // nothing in the values tells day-first from month-first
    DayFirst,     // 03/04/1990 is 3 April 1990
    MonthFirst,   // 03/04/1990 is 4 March 1990
};

struct Parsed
{
    QDate date;         // invalid when the text is not a date
    bool ambiguous = false; // a slashed date with both parts <= 12 and different
    QString error;      // translated, when the text is not empty and not a date
    bool isEmpty = false;
};

// Reads one date. Slashed forms follow `order` (Undetermined reads day first and sets ambiguous
// when the reading depends on the order).
Parsed parse(QStringView text, Order order);
// Looks at every value of a column: a first part above 12 proves day-first, a second part above
// 12 proves month-first. Undetermined when neither occurs or both do.
Order guessOrder(const QStringList &values);
// "3 April 1990", for notes that say how an ambiguous date was read.
QString describe(const QDate &date);

} // namespace ApplicantDate
