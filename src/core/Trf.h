#pragma once

#include <QString>
#include <QStringView>

// Test Report Form numbers: normalisation and validation of what people type or paste.
namespace Trf {
inline constexpr int maxLength = 20;

struct Check
{
    QString normalised;
    QString error;   // set when the number cannot be sent; translated, plain language
    QString warning; // set when it can be sent but does not look like a TRF number
    bool isAcceptable() const { return error.isEmpty(); }
};

// Trims, removes inner white space and upper-cases.
QString normalise(QStringView input);
// Normalises, then checks 1 to 20 letters and digits; warns when it does not fit the
// 18-character pattern (year, centre letters, candidate number, name letters, centre digits,
// module).
Check check(QStringView input);
// True when the normalised number fits the 18-character pattern.
bool fitsPattern(QStringView normalised);
} // namespace Trf
