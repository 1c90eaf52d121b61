#pragma once

#include "CandidateResult.h"

#include <QList>
#include <QString>
#include <QVariant>

// The columns people see for a result, shared by the results table, the clipboard and the exports
// so that what is exported is exactly what was on screen.
namespace ResultColumns {

enum Column {
    Photo,
    TrfNumber,
    FamilyName,
    FirstName,
    DateOfBirth,
    Module,
    TestDate,
    Listening,
    Reading,
    Writing,
    Speaking,
    Overall,
    Country,
    Centre,
    Status,
    LastModified,
    Count
};

QList<Column> all();
// The translated header ("Family name").
QString title(Column column);
// A stable untranslated key ("familyName"), for settings and machine-readable exports.
QString key(Column column);
// The value as shown: band scores as "6.5", dates as YYYY-MM-DD, the country by name, the last
// modification as "YYYY-MM-DD hh:mm:ss" UTC. Photo: empty.
QString text(const CandidateResult &result, Column column);
// A value that sorts right: numbers for scores, dates for dates, text folded for the rest.
QVariant sortKey(const CandidateResult &result, Column column);
bool isScore(Column column);
bool isDate(Column column);

} // namespace ResultColumns
