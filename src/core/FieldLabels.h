#pragma once

#include <QString>
#include <QStringView>

// Readable, translated names for the fields of a result record ("dateOfBirth" -> "Date of
// birth"). A field the application does not know is still named, from its own spelling.
namespace FieldLabels {
QString labelFor(QStringView fieldName);
// A field's value as a person reads it: dates YYYYMMDD as ISO dates, scores without trailing
// zeros; anything else as sent.
QString displayValue(QStringView fieldName, const QString &value);
} // namespace FieldLabels
