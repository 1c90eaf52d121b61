#pragma once

#include "ApplicantField.h"

#include <QHash>
#include <QString>
#include <QStringList>

// Which column of an applicant list holds which field. Guessed from the header names, then
// corrected by the person importing the list.
class ColumnMapping final
{
public:
    ColumnMapping() = default;

    // Matches header names case- and punctuation-insensitively against the usual names and
    // synonyms in English and the application's other languages ("TRF", "TRF number", "Test
    // Report Form", "Surname", "Last name", "Given name", "DOB", "Overall band", "L", ...).
    static ColumnMapping guess(const QStringList &headers);

    // -1 when the field has no column.
    int column(ApplicantField field) const { return m_columns.value(field, -1); }
    // A column holds at most one field: assigning it here removes it from another field.
    // -1 clears the field.
    void setColumn(ApplicantField field, int column);
    bool isMapped(ApplicantField field) const { return column(field) >= 0; }
    // The field a column holds, or false.
    bool fieldOf(int column, ApplicantField *field) const;

    // Translated reasons the mapping cannot be used ("No column holds the TRF number.").
    QStringList problems() const;
    bool isUsable() const { return problems().isEmpty(); }

    friend bool operator==(const ColumnMapping &, const ColumnMapping &) = default;

private:
    QHash<ApplicantField, int> m_columns;
};
