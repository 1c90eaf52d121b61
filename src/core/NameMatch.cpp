#include "NameMatch.h"

#include <QCoreApplication>

namespace NameMatch {
namespace {

// The normalisation steps of key(), each of which can be left out to find out whether it was
// needed to make two names equal.
enum Step : unsigned
{
    FoldCase = 1u << 0,
    DropMarks = 1u << 1,
    DropSpaces = 1u << 2,
    DropPunctuation = 1u << 3,
    AllSteps = FoldCase | DropMarks | DropSpaces | DropPunctuation,
};

bool isNamePunctuation(char16_t c)
{
    switch (c) {
    case u'-':
    case u'\u2010': // hyphen
    case u'\u2011': // non-breaking hyphen
    case u'\u2013': // en dash
    case u'\'':
    case u'\u2019': // right single quotation mark, the usual typographic apostrophe
    case u'\u2018':
    case u'\u02BC': // modifier letter apostrophe, common in transliterations
    case u'`':
    case u'\u00B4': // acute accent typed as an apostrophe
    case u'.':
        return true;
    default:
        return false;
    }
}

bool isMark(QChar c)
{
    // Spacing combining marks are left alone: in Indic scripts they are vowels, and dropping them
    // would make different names equal.
    const QChar::Category category = c.category();
    return category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing;
}

// Letters that carry their "accent" in the letter itself and so do not decompose.
QStringView transliteration(char16_t c)
{
    switch (c) {
    case u'ß':
        return u"ss";
    case u'\u1E9E': // capital sharp s
        return u"SS";
    case u'æ':
        return u"ae";
    case u'Æ':
        return u"AE";
    case u'ø':
        return u"o";
    case u'Ø':
        return u"O";
    case u'đ':
    case u'ð':
        return u"d";
    case u'Đ':
    case u'Ð':
        return u"D";
    case u'ł':
        return u"l";
    case u'Ł':
        return u"L";
    case u'þ':
        return u"th";
    case u'Þ':
        return u"TH";
    case u'œ':
        return u"oe";
    case u'Œ':
        return u"OE";
    case u'ı':
        return u"i";
    default:
        return {};
    }
}

QString normalised(QStringView name, unsigned steps)
{
    const QString decomposed = name.trimmed().toString().normalized(QString::NormalizationForm_D);
    QString text;
    text.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if ((steps & DropMarks) && isMark(c))
            continue;
        if (steps & DropMarks) {
            const QStringView replacement = transliteration(c.unicode());
            if (!replacement.isEmpty()) {
                text.append(replacement);
                continue;
            }
        }
        text.append(c);
    }
    if (steps & FoldCase)
        text = text.toCaseFolded();

    QString result;
    result.reserve(text.size());
    bool pendingSpace = false;
    for (QChar c : std::as_const(text)) {
        if (c.isSpace()) {
            // When spaces are kept, runs of them still count as one: a doubled space is a typing
            // slip, not a different spelling.
            pendingSpace = !(steps & DropSpaces);
            continue;
        }
        if ((steps & DropPunctuation) && isNamePunctuation(c.unicode()))
            continue;
        if (pendingSpace && !result.isEmpty())
            result.append(u' ');
        pendingSpace = false;
        result.append(c);
    }
    return result;
}

struct Single
{
    bool matches = true;
    unsigned forgiven = None;
};

Single compareOne(QStringView claimed, QStringView actual)
{
    Single result;
    if (claimed.trimmed().isEmpty())
        return result;
    if (key(claimed) != key(actual)) {
        result.matches = false;
        return result;
    }
    // A difference was forgiven when the names differ with that one step left out.
    const auto neededStep = [&](unsigned step) {
        const unsigned steps = AllSteps & ~step;
        return normalised(claimed, steps) != normalised(actual, steps);
    };
    if (neededStep(FoldCase))
        result.forgiven |= Case;
    if (neededStep(DropMarks))
        result.forgiven |= Diacritics;
    if (neededStep(DropSpaces))
        result.forgiven |= Spacing;
    if (neededStep(DropPunctuation))
        result.forgiven |= Punctuation;
    return result;
}

} // namespace

QString key(QStringView name)
{
    return normalised(name, AllSteps);
}

Comparison compare(QStringView claimedFamily, QStringView claimedFirst, QStringView actualFamily,
                   QStringView actualFirst)
{
    const Single family = compareOne(claimedFamily, actualFamily);
    const Single first = compareOne(claimedFirst, actualFirst);
    Comparison result;
    result.familyMatches = family.matches;
    result.firstMatches = first.matches;
    result.forgiven = family.forgiven | first.forgiven;
    if (result.matches() || claimedFamily.trimmed().isEmpty() || claimedFirst.trimmed().isEmpty())
        return result;

    const Single crossedFamily = compareOne(claimedFamily, actualFirst);
    const Single crossedFirst = compareOne(claimedFirst, actualFamily);
    if (crossedFamily.matches && crossedFirst.matches) {
        result.familyMatches = true;
        result.firstMatches = true;
        result.forgiven = Swapped | crossedFamily.forgiven | crossedFirst.forgiven;
    }
    return result;
}

QStringList describe(unsigned forgiven)
{
    QStringList phrases;
    if (forgiven & Case)
        phrases.append(QCoreApplication::translate("NameMatch", "letter case"));
    if (forgiven & Diacritics)
        phrases.append(QCoreApplication::translate("NameMatch", "accents"));
    if (forgiven & Spacing)
        phrases.append(QCoreApplication::translate("NameMatch", "spacing"));
    if (forgiven & Punctuation)
        phrases.append(QCoreApplication::translate("NameMatch", "hyphens or apostrophes"));
    if (forgiven & Swapped)
        phrases.append(QCoreApplication::translate("NameMatch", "given and family names swapped"));
    return phrases;
}

} // namespace NameMatch
