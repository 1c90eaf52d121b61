#include "ProgrammeRequirements.h"

#include "CandidateResult.h"

#include <QCoreApplication>

namespace {

enum class Part
{
    Overall,
    Listening,
    Reading,
    Writing,
    Speaking
};

// Whole sentences per part rather than a label pasted into one sentence, so that translations
// can decline the names.
QString belowRequired(Part part)
{
    switch (part) {
    case Part::Overall:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "Overall %1 is below the required %2.");
    case Part::Listening:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "Listening %1 is below the required %2.");
    case Part::Reading:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "Reading %1 is below the required %2.");
    case Part::Writing:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "Writing %1 is below the required %2.");
    case Part::Speaking:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "Speaking %1 is below the required %2.");
    }
    return {};
}

QString missingScore(Part part)
{
    switch (part) {
    case Part::Overall:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "No overall score to compare with the required %1.");
    case Part::Listening:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "No listening score to compare with the required %1.");
    case Part::Reading:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "No reading score to compare with the required %1.");
    case Part::Writing:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "No writing score to compare with the required %1.");
    case Part::Speaking:
        return QCoreApplication::translate("ProgrammeRequirements",
                                           "No speaking score to compare with the required %1.");
    }
    return {};
}

QString atLeast(Part part)
{
    switch (part) {
    case Part::Overall:
        return QCoreApplication::translate("ProgrammeRequirements", "Overall at least %1");
    case Part::Listening:
        return QCoreApplication::translate("ProgrammeRequirements", "Listening at least %1");
    case Part::Reading:
        return QCoreApplication::translate("ProgrammeRequirements", "Reading at least %1");
    case Part::Writing:
        return QCoreApplication::translate("ProgrammeRequirements", "Writing at least %1");
    case Part::Speaking:
        return QCoreApplication::translate("ProgrammeRequirements", "Speaking at least %1");
    }
    return {};
}

void checkScore(Part part, const BandScore &minimum, const BandScore &actual, QStringList *failures)
{
    if (!minimum.isValid())
        return;
    if (!actual.isValid())
        failures->append(missingScore(part).arg(minimum.toString()));
    else if (actual < minimum)
        failures->append(belowRequired(part).arg(actual.toString(), minimum.toString()));
}

} // namespace

bool ProgrammeRequirements::isEmpty() const
{
    return !minOverall.isValid() && !minListening.isValid() && !minReading.isValid() &&
           !minWriting.isValid() && !minSpeaking.isValid() && maxAgeYears <= 0;
}

QString ProgrammeRequirements::describe() const
{
    if (isEmpty())
        return QCoreApplication::translate("ProgrammeRequirements", "No requirements");
    QStringList parts;
    if (minOverall.isValid())
        parts.append(atLeast(Part::Overall).arg(minOverall.toString()));
    const bool sameForEverySkill = minListening.isValid() && minListening == minReading &&
                                   minListening == minWriting && minListening == minSpeaking;
    if (sameForEverySkill) {
        parts.append(QCoreApplication::translate("ProgrammeRequirements", "no skill below %1")
                         .arg(minListening.toString()));
    } else {
        const std::pair<Part, const BandScore *> skills[] = {{Part::Listening, &minListening},
                                                             {Part::Reading, &minReading},
                                                             {Part::Writing, &minWriting},
                                                             {Part::Speaking, &minSpeaking}};
        for (const auto &[part, minimum] : skills) {
            if (minimum->isValid())
                parts.append(atLeast(part).arg(minimum->toString()));
        }
    }
    if (maxAgeYears > 0)
        parts.append(QCoreApplication::translate("ProgrammeRequirements", "test within %n year(s)",
                                                 nullptr, maxAgeYears));
    //: Separates the parts of a programme's requirements: "Overall at least 6.5, no skill below 6"
    return parts.join(QCoreApplication::translate("ProgrammeRequirements", ", "));
}

QStringList ProgrammeRequirements::failures(const CandidateResult &result, const QDate &today) const
{
    QStringList failures;
    checkScore(Part::Overall, minOverall, result.overall(), &failures);
    checkScore(Part::Listening, minListening, result.listening(), &failures);
    checkScore(Part::Reading, minReading, result.reading(), &failures);
    checkScore(Part::Writing, minWriting, result.writing(), &failures);
    checkScore(Part::Speaking, minSpeaking, result.speaking(), &failures);
    if (maxAgeYears > 0 && today.isValid()) {
        const QDate testDate = result.testDate();
        if (!testDate.isValid()) {
            failures.append(QCoreApplication::translate(
                "ProgrammeRequirements", "No test date to check against the limit of %n year(s).",
                nullptr, maxAgeYears));
        } else if (today.addYears(-maxAgeYears) > testDate) {
            failures.append(QCoreApplication::translate(
                                "ProgrammeRequirements",
                                "Test taken on %1, more than %n year(s) ago.", nullptr, maxAgeYears)
                                .arg(testDate.toString(Qt::ISODate)));
        }
    }
    return failures;
}
