#include "Trf.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace Trf {

QString normalise(QStringView input)
{
    QString result;
    result.reserve(input.size());
    for (QChar c : input) {
        if (!c.isSpace())
            result.append(c.toUpper());
    }
    return result;
}

bool fitsPattern(QStringView normalised)
{
    // Year, centre letters, candidate number, name letters, centre digits, module (A or G).
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9]{2}[A-Z]{2}[0-9]{6}[A-Z]{4}[0-9]{3}[AG]$"));
    return pattern.match(normalised.toString()).hasMatch();
}

Check check(QStringView input)
{
    Check result;
    result.normalised = normalise(input);
    const QString &trf = result.normalised;
    if (trf.isEmpty()) {
        result.error = QCoreApplication::translate("Trf", "Enter a TRF number.");
        return result;
    }
    QString invalid;
    for (QChar c : trf) {
        const bool asciiLetterOrDigit = (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9');
        if (!asciiLetterOrDigit && !invalid.contains(c))
            invalid.append(c);
    }
    if (!invalid.isEmpty()) {
        result.error = QCoreApplication::translate(
                           "Trf", "A TRF number has only letters A–Z and digits; remove “%1”.")
                           .arg(invalid);
        return result;
    }
    if (trf.size() > maxLength) {
        result.error =
            QCoreApplication::translate(
                "Trf", "A TRF number has at most %1 letters and digits; this one has %2.")
                .arg(maxLength)
                .arg(trf.size());
        return result;
    }
    if (!fitsPattern(trf)) {
        result.warning = QCoreApplication::translate(
            "Trf", "This does not look like an IELTS TRF number (18 characters, such as "
                   "17UZ010772RAKN025A). It will be searched as typed.");
    }
    return result;
}

} // namespace Trf
