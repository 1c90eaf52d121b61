#pragma once

#include "Applicant.h"
#include "ApplicantField.h"
#include "CandidateResult.h"
#include "ProgrammeRequirements.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// How one applicant's claim compares with what the service holds.
namespace Reconciliation {

enum class Outcome {
    Verified,    // every field given matches a released result
    Mismatch,    // a released result exists, but some field given differs
    NotFound,    // the service has no result for the TRF number
    NotReleased, // the result's status is not RELEASED (mismatches are still listed)
    Error,       // the TRF number could not be checked
};

QList<Outcome> allOutcomes();
// Exactly "Verified", "Mismatch", "Not found", "Not released" or "Error", never translated:
// what every report's Outcome column holds.
QString outcomeKey(Outcome outcome);
bool outcomeFromKey(const QString &key, Outcome *outcome);
// Translated, for the table and the summary.
QString outcomeLabel(Outcome outcome);

struct Difference
{
    ApplicantField field;
    QString claimed; // as the applicant wrote it
    QString actual;  // as the result has it ("7.5", "1990-04-03", the names as sent)
};

struct Verdict
{
    Outcome outcome = Outcome::Error;
    QList<Difference> differences;   // for Mismatch and NotReleased
    QStringList notes;               // translated: forgiven name differences, how a date was read
    QString errorReason;             // translated, for Error
    QStringList requirementFailures; // translated; only checked for a released result
    bool requirementsChecked = false;

    bool meetsRequirements() const { return requirementsChecked && requirementFailures.isEmpty(); }
    // "familyName; overall": the keys of the differing fields, for the reports' column.
    QString mismatchedFieldKeys() const;
    // Translated: "Overall: claimed 7.5, actual 6.5; Family name: claimed Smith, actual Smyth".
    QString differenceText() const;
};

// Compares an applicant's claim with the result the service returned for the TRF number
// (nullptr: none was found). `requirements` may be empty.
Verdict verify(const Applicant &applicant, const CandidateResult *actual,
               const ProgrammeRequirements &requirements, const QDate &today);
Verdict error(const QString &reason);

// One line of a finished batch: the applicant, the verdict, and the result when there was one.
struct Entry
{
    Applicant applicant;
    Verdict verdict;
    std::optional<CandidateResult> actual;
};

struct Summary
{
    int verified = 0;
    int mismatches = 0;
    int notFound = 0;
    int notReleased = 0;
    int errors = 0;
    int failingRequirements = 0;
    int total() const { return verified + mismatches + notFound + notReleased + errors; }
    bool allVerified() const { return total() == verified && failingRequirements == 0; }
};
Summary summarise(const QList<Entry> &entries);
// Translated: "412 verified, 9 mismatches, 3 not found" (zero counts left out, plurals right).
QString describe(const Summary &summary);

} // namespace Reconciliation
