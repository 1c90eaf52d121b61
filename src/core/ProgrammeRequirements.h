#pragma once

#include "BandScore.h"

#include <QDate>
#include <QString>
#include <QStringList>

class CandidateResult;

// What a programme asks of a result, separately from whether the result is genuine. Any part may
// be absent (an invalid score, zero years).
struct ProgrammeRequirements
{
    BandScore minOverall;
    BandScore minListening;
    BandScore minReading;
    BandScore minWriting;
    BandScore minSpeaking;
    int maxAgeYears = 0; // the test date no older than this many years before the reference date

    bool isEmpty() const;
    // Translated, one line: "Overall at least 6.5, no skill below 6, test within 2 years".
    QString describe() const;
    // Translated reasons `result` falls short ("Writing 5.5 is below the required 6."); empty when
    // it meets every requirement. `today` is the reference date for the test's age.
    QStringList failures(const CandidateResult &result, const QDate &today) const;

    friend bool operator==(const ProgrammeRequirements &, const ProgrammeRequirements &) = default;
};
