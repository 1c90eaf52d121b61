#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

// Comparison of the names an applicant gave with the names on the result, forgiving what does not
// make a different person: case, diacritics, extra or missing spaces, hyphens and apostrophes,
// and given and family names written the other way round.
namespace NameMatch {

enum Forgiven : unsigned {
    None = 0,
    Case = 1u << 0,
    Diacritics = 1u << 1,
    Spacing = 1u << 2,
    Punctuation = 1u << 3, // hyphens and apostrophes
    Swapped = 1u << 4,     // given and family names exchanged
};

// Case-folded, without diacritics, spaces, hyphens or apostrophes: "O’Brien-Núñez " -> "obriennunez".
QString key(QStringView name);

struct Comparison
{
    bool familyMatches = true; // true when no family name was claimed
    bool firstMatches = true;  // true when no first name was claimed
    unsigned forgiven = None;
    bool matches() const { return familyMatches && firstMatches; }
};

// Compares the claimed names (either may be empty: not claimed) with the actual ones.
Comparison compare(QStringView claimedFamily, QStringView claimedFirst, QStringView actualFamily,
                   QStringView actualFirst);

// Translated, one phrase per forgiven difference: "letter case", "accents", ...
QStringList describe(unsigned forgiven);

} // namespace NameMatch
