#pragma once

#include <QList>
#include <QString>

// The columns of an applicant list that batch verification understands. Any other column is
// kept as it is and carried into every report.
enum class ApplicantField {
    Trf,
    FamilyName,
    FirstName,
    DateOfBirth,
    Overall,
    Listening,
    Reading,
    Writing,
    Speaking,
    ApplicantId,
};

namespace ApplicantFields {
QList<ApplicantField> all();
// Translated, for the mapping dialog and messages ("Family name").
QString label(ApplicantField field);
// Stable and untranslated, for reports, JSON and the command line ("familyName").
QString key(ApplicantField field);
// The field for a key() value, case-insensitively; false when there is none.
bool fromKey(const QString &key, ApplicantField *field);
bool isScore(ApplicantField field);
} // namespace ApplicantFields
