#include "Reconciliation.h"

#include "NameMatch.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Reconciliation {
namespace {

// "letter case, accents and spacing"
QString joinPhrases(const QStringList &phrases)
{
    if (phrases.size() < 2)
        return phrases.value(0);
    //: Joins the last two items of a list: "letter case and accents"
    return QCoreApplication::translate("Reconciliation", "%1 and %2")
        .arg(phrases.mid(0, phrases.size() - 1)
                 .join(QCoreApplication::translate("Reconciliation", ", ")),
             phrases.last());
}

QString forgivenNote(const QString &what, unsigned forgiven)
{
    //: %1 is a field ("Family name"), %2 what was forgiven ("letter case and accents")
    return QCoreApplication::translate("Reconciliation", "%1: forgave %2.")
        .arg(what, joinPhrases(NameMatch::describe(forgiven)));
}

void compareNames(const Applicant &applicant, const CandidateResult &actual, Verdict *verdict)
{
    const QString actualFamily = actual.familyName();
    const QString actualFirst = actual.firstName();
    const NameMatch::Comparison both =
        NameMatch::compare(applicant.familyName, applicant.firstName, actualFamily, actualFirst);
    if (both.forgiven & NameMatch::Swapped) {
        verdict->notes.append(forgivenNote(
            QCoreApplication::translate("Reconciliation", "Family and first name"), both.forgiven));
        return;
    }
    // Each name on its own, so that a note says which one was forgiven what.
    const NameMatch::Comparison family =
        NameMatch::compare(applicant.familyName, {}, actualFamily, {});
    if (!family.familyMatches)
        verdict->differences.append(
            {ApplicantField::FamilyName, applicant.familyName, actualFamily});
    else if (family.forgiven != NameMatch::None)
        verdict->notes.append(
            forgivenNote(ApplicantFields::label(ApplicantField::FamilyName), family.forgiven));

    const NameMatch::Comparison first =
        NameMatch::compare({}, applicant.firstName, {}, actualFirst);
    if (!first.firstMatches)
        verdict->differences.append({ApplicantField::FirstName, applicant.firstName, actualFirst});
    else if (first.forgiven != NameMatch::None)
        verdict->notes.append(
            forgivenNote(ApplicantFields::label(ApplicantField::FirstName), first.forgiven));
}

void compareDateOfBirth(const Applicant &applicant, const CandidateResult &actual, Verdict *verdict)
{
    if (!applicant.dateOfBirth.isValid())
        return;
    const QDate actualDate = actual.dateOfBirth();
    if (applicant.dateOfBirthAmbiguous) {
        QString note =
            QCoreApplication::translate("Reconciliation",
                                        "Date of birth %1 read as %2 (day first).")
                .arg(applicant.dateOfBirthText, ApplicantDate::describe(applicant.dateOfBirth));
        const QDate monthFirst(applicant.dateOfBirth.year(), applicant.dateOfBirth.day(),
                               applicant.dateOfBirth.month());
        if (actualDate != applicant.dateOfBirth && monthFirst == actualDate)
            note += u' ' +
                    QCoreApplication::translate("Reconciliation", "Read month first, it matches.");
        verdict->notes.append(note);
    }
    if (actualDate != applicant.dateOfBirth)
        verdict->differences.append({ApplicantField::DateOfBirth, applicant.dateOfBirthText,
                                     actualDate.toString(Qt::ISODate)});
}

void compareScore(ApplicantField field, const BandScore &claimed, const BandScore &actual,
                  Verdict *verdict)
{
    if (claimed.isValid() && claimed != actual)
        verdict->differences.append({field, claimed.toString(), actual.toString()});
}

} // namespace

QList<Outcome> allOutcomes()
{
    return {Outcome::Verified, Outcome::Mismatch, Outcome::NotFound, Outcome::NotReleased,
            Outcome::Error};
}

QString outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return u"Verified"_s;
    case Outcome::Mismatch:
        return u"Mismatch"_s;
    case Outcome::NotFound:
        return u"Not found"_s;
    case Outcome::NotReleased:
        return u"Not released"_s;
    case Outcome::Error:
        return u"Error"_s;
    }
    return {};
}

bool outcomeFromKey(const QString &key, Outcome *outcome)
{
    const QString wanted = key.trimmed();
    for (Outcome candidate : allOutcomes()) {
        if (outcomeKey(candidate).compare(wanted, Qt::CaseInsensitive) == 0) {
            if (outcome)
                *outcome = candidate;
            return true;
        }
    }
    return false;
}

QString outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Verified:
        return QCoreApplication::translate("Reconciliation", "Verified");
    case Outcome::Mismatch:
        return QCoreApplication::translate("Reconciliation", "Mismatch");
    case Outcome::NotFound:
        return QCoreApplication::translate("Reconciliation", "Not found");
    case Outcome::NotReleased:
        return QCoreApplication::translate("Reconciliation", "Not released");
    case Outcome::Error:
        return QCoreApplication::translate("Reconciliation", "Error");
    }
    return {};
}

QString Verdict::mismatchedFieldKeys() const
{
    QStringList keys;
    for (const Difference &difference : differences)
        keys.append(ApplicantFields::key(difference.field));
    return keys.join(u"; "_s);
}

QString Verdict::differenceText() const
{
    QStringList parts;
    for (const Difference &difference : differences) {
        const QString label = ApplicantFields::label(difference.field);
        if (difference.actual.isEmpty())
            parts.append(
                QCoreApplication::translate("Reconciliation", "%1: claimed %2, none on the result")
                    .arg(label, difference.claimed));
        else
            parts.append(QCoreApplication::translate("Reconciliation", "%1: claimed %2, actual %3")
                             .arg(label, difference.claimed, difference.actual));
    }
    //: Separates the differences of one applicant
    return parts.join(QCoreApplication::translate("Reconciliation", "; "));
}

Verdict verify(const Applicant &applicant, const CandidateResult *actual,
               const ProgrammeRequirements &requirements, const QDate &today)
{
    Verdict verdict;
    if (!actual) {
        verdict.outcome = Outcome::NotFound;
        return verdict;
    }
    compareNames(applicant, *actual, &verdict);
    compareDateOfBirth(applicant, *actual, &verdict);
    compareScore(ApplicantField::Overall, applicant.overall, actual->overall(), &verdict);
    compareScore(ApplicantField::Listening, applicant.listening, actual->listening(), &verdict);
    compareScore(ApplicantField::Reading, applicant.reading, actual->reading(), &verdict);
    compareScore(ApplicantField::Writing, applicant.writing, actual->writing(), &verdict);
    compareScore(ApplicantField::Speaking, applicant.speaking, actual->speaking(), &verdict);

    if (!actual->isReleased()) {
        // Requirements say whether a result is good enough; a result that is not released is not
        // a result yet.
        verdict.outcome = Outcome::NotReleased;
        return verdict;
    }
    verdict.outcome = verdict.differences.isEmpty() ? Outcome::Verified : Outcome::Mismatch;
    if (!requirements.isEmpty()) {
        verdict.requirementsChecked = true;
        verdict.requirementFailures = requirements.failures(*actual, today);
    }
    return verdict;
}

Verdict error(const QString &reason)
{
    Verdict verdict;
    verdict.outcome = Outcome::Error;
    verdict.errorReason = reason;
    return verdict;
}

Summary summarise(const QList<Entry> &entries)
{
    Summary summary;
    for (const Entry &entry : entries) {
        switch (entry.verdict.outcome) {
        case Outcome::Verified:
            ++summary.verified;
            break;
        case Outcome::Mismatch:
            ++summary.mismatches;
            break;
        case Outcome::NotFound:
            ++summary.notFound;
            break;
        case Outcome::NotReleased:
            ++summary.notReleased;
            break;
        case Outcome::Error:
            ++summary.errors;
            break;
        }
        if (entry.verdict.requirementsChecked && !entry.verdict.requirementFailures.isEmpty())
            ++summary.failingRequirements;
    }
    return summary;
}

QString describe(const Summary &summary)
{
    if (summary.total() == 0)
        return QCoreApplication::translate("Reconciliation", "No applicants");
    QStringList parts;
    if (summary.verified)
        parts.append(QCoreApplication::translate("Reconciliation", "%n verified", nullptr,
                                                 summary.verified));
    if (summary.mismatches)
        parts.append(QCoreApplication::translate("Reconciliation", "%n mismatch(es)", nullptr,
                                                 summary.mismatches));
    if (summary.notFound)
        parts.append(QCoreApplication::translate("Reconciliation", "%n not found", nullptr,
                                                 summary.notFound));
    if (summary.notReleased)
        parts.append(QCoreApplication::translate("Reconciliation", "%n not released", nullptr,
                                                 summary.notReleased));
    if (summary.errors)
        parts.append(
            QCoreApplication::translate("Reconciliation", "%n error(s)", nullptr, summary.errors));
    if (summary.failingRequirements)
        parts.append(QCoreApplication::translate("Reconciliation",
                                                 "%n below the programme's requirements", nullptr,
                                                 summary.failingRequirements));
    //: Separates the counts of a batch summary: "412 verified, 9 mismatches"
    return parts.join(QCoreApplication::translate("Reconciliation", ", "));
}

} // namespace Reconciliation
