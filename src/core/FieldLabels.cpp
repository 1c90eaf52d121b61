#include "FieldLabels.h"

#include "ApiDate.h"
#include "BandScore.h"
#include "Countries.h"

#include <QCoreApplication>
#include <QHash>

namespace FieldLabels {

namespace {
struct Known
{
    const char16_t *name;
    const char *label;
};

// QT_TRANSLATE_NOOP marks the labels for translation; they are translated where they are shown.
constexpr Known knownFields[] = {
    {u"roName", QT_TRANSLATE_NOOP("FieldLabels", "Recognising organisation")},
    {u"roId", QT_TRANSLATE_NOOP("FieldLabels", "Recognising organisation ID")},
    {u"candidateId", QT_TRANSLATE_NOOP("FieldLabels", "Candidate ID (identity document)")},
    {u"idType", QT_TRANSLATE_NOOP("FieldLabels", "Identity document type")},
    {u"centreNumber", QT_TRANSLATE_NOOP("FieldLabels", "Test centre")},
    {u"candidateNumber", QT_TRANSLATE_NOOP("FieldLabels", "Candidate number")},
    {u"testDate", QT_TRANSLATE_NOOP("FieldLabels", "Test date")},
    {u"module", QT_TRANSLATE_NOOP("FieldLabels", "Module")},
    {u"familyName", QT_TRANSLATE_NOOP("FieldLabels", "Family name")},
    {u"firstName", QT_TRANSLATE_NOOP("FieldLabels", "First name")},
    {u"dateOfBirth", QT_TRANSLATE_NOOP("FieldLabels", "Date of birth")},
    {u"gender", QT_TRANSLATE_NOOP("FieldLabels", "Gender")},
    {u"listeningScore", QT_TRANSLATE_NOOP("FieldLabels", "Listening")},
    {u"readingScore", QT_TRANSLATE_NOOP("FieldLabels", "Reading")},
    {u"writingScore", QT_TRANSLATE_NOOP("FieldLabels", "Writing")},
    {u"speakingScore", QT_TRANSLATE_NOOP("FieldLabels", "Speaking")},
    {u"overallBandScore", QT_TRANSLATE_NOOP("FieldLabels", "Overall band score")},
    {u"trfNumber", QT_TRANSLATE_NOOP("FieldLabels", "TRF number")},
    {u"telephone", QT_TRANSLATE_NOOP("FieldLabels", "Telephone")},
    {u"postalAddress", QT_TRANSLATE_NOOP("FieldLabels", "Postal address")},
    {u"addressLine1", QT_TRANSLATE_NOOP("FieldLabels", "Address line 1")},
    {u"addressLine2", QT_TRANSLATE_NOOP("FieldLabels", "Address line 2")},
    {u"addressLine3", QT_TRANSLATE_NOOP("FieldLabels", "Address line 3")},
    {u"addressLine4", QT_TRANSLATE_NOOP("FieldLabels", "Address line 4")},
    {u"region", QT_TRANSLATE_NOOP("FieldLabels", "Region")},
    {u"town", QT_TRANSLATE_NOOP("FieldLabels", "Town")},
    {u"postCode", QT_TRANSLATE_NOOP("FieldLabels", "Postcode")},
    {u"country", QT_TRANSLATE_NOOP("FieldLabels", "Country (as sent)")},
    {u"countryCode", QT_TRANSLATE_NOOP("FieldLabels", "Country")},
    {u"candidateEmail", QT_TRANSLATE_NOOP("FieldLabels", "Email")},
    {u"photo", QT_TRANSLATE_NOOP("FieldLabels", "Photo")},
    {u"photoMediaType", QT_TRANSLATE_NOOP("FieldLabels", "Photo format")},
    {u"status", QT_TRANSLATE_NOOP("FieldLabels", "Status")},
    {u"lastModifiedDate", QT_TRANSLATE_NOOP("FieldLabels", "Last modified (UTC)")},
};

const char *knownLabel(QStringView name)
{
    for (const Known &known : knownFields) {
        if (name == QStringView(known.name))
            return known.label;
    }
    return nullptr;
}

// "osrOriginalTrfNumber" -> "Osr original trf number": readable enough for a field nobody
// documented, and never lost.
QString fromSpelling(QStringView name)
{
    QString out;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        if (c == u'_' || c == u'-') {
            out.append(u' ');
        } else if (c.isUpper() && i > 0 && !name.at(i - 1).isUpper()) {
            out.append(u' ');
            out.append(c.toLower());
        } else {
            out.append(c);
        }
    }
    if (!out.isEmpty())
        out[0] = out.at(0).toUpper();
    return out;
}
} // namespace

QString labelFor(QStringView fieldName)
{
    if (const char *label = knownLabel(fieldName))
        return QCoreApplication::translate("FieldLabels", label);
    return fromSpelling(fieldName);
}

QString displayValue(QStringView fieldName, const QString &value)
{
    if (fieldName == u"testDate" || fieldName == u"dateOfBirth" || fieldName.endsWith(u"Date")) {
        const QDate date = ApiDate::parseDate(value);
        if (date.isValid())
            return date.toString(Qt::ISODate);
    }
    if (fieldName.endsWith(u"Score")) {
        const BandScore score = BandScore::parse(value);
        if (score.isValid())
            return score.toString();
    }
    if (fieldName == u"countryCode" && !value.isEmpty()) {
        const QString name = Countries::nameFor(value);
        return name == value ? value : QStringLiteral("%1 (%2)").arg(name, value);
    }
    if (fieldName == u"lastModifiedDate") {
        const QDateTime instant = ApiDate::parseDateTime(value);
        if (instant.isValid())
            return instant.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return value;
}

} // namespace FieldLabels
