#include "ResultColumns.h"

#include "Countries.h"

#include <QCoreApplication>

namespace ResultColumns {

QList<Column> all()
{
    QList<Column> columns;
    for (int c = 0; c < Count; ++c)
        columns.append(Column(c));
    return columns;
}

QString title(Column column)
{
    switch (column) {
    case Photo:
        return QCoreApplication::translate("ResultColumns", "Photo");
    case TrfNumber:
        return QCoreApplication::translate("ResultColumns", "TRF number");
    case FamilyName:
        return QCoreApplication::translate("ResultColumns", "Family name");
    case FirstName:
        return QCoreApplication::translate("ResultColumns", "First name");
    case DateOfBirth:
        return QCoreApplication::translate("ResultColumns", "Date of birth");
    case Module:
        return QCoreApplication::translate("ResultColumns", "Module");
    case TestDate:
        return QCoreApplication::translate("ResultColumns", "Test date");
    case Listening:
        return QCoreApplication::translate("ResultColumns", "Listening");
    case Reading:
        return QCoreApplication::translate("ResultColumns", "Reading");
    case Writing:
        return QCoreApplication::translate("ResultColumns", "Writing");
    case Speaking:
        return QCoreApplication::translate("ResultColumns", "Speaking");
    case Overall:
        return QCoreApplication::translate("ResultColumns", "Overall");
    case Country:
        return QCoreApplication::translate("ResultColumns", "Country");
    case Centre:
        return QCoreApplication::translate("ResultColumns", "Centre");
    case Status:
        return QCoreApplication::translate("ResultColumns", "Status");
    case LastModified:
        return QCoreApplication::translate("ResultColumns", "Last modified (UTC)");
    case Count:
        break;
    }
    return {};
}

QString key(Column column)
{
    switch (column) {
    case Photo:
        return QStringLiteral("photo");
    case TrfNumber:
        return QStringLiteral("trfNumber");
    case FamilyName:
        return QStringLiteral("familyName");
    case FirstName:
        return QStringLiteral("firstName");
    case DateOfBirth:
        return QStringLiteral("dateOfBirth");
    case Module:
        return QStringLiteral("module");
    case TestDate:
        return QStringLiteral("testDate");
    case Listening:
        return QStringLiteral("listeningScore");
    case Reading:
        return QStringLiteral("readingScore");
    case Writing:
        return QStringLiteral("writingScore");
    case Speaking:
        return QStringLiteral("speakingScore");
    case Overall:
        return QStringLiteral("overallBandScore");
    case Country:
        return QStringLiteral("country");
    case Centre:
        return QStringLiteral("centreNumber");
    case Status:
        return QStringLiteral("status");
    case LastModified:
        return QStringLiteral("lastModifiedDate");
    case Count:
        break;
    }
    return {};
}

bool isScore(Column column)
{
    return column == Listening || column == Reading || column == Writing || column == Speaking ||
           column == Overall;
}

bool isDate(Column column)
{
    return column == DateOfBirth || column == TestDate || column == LastModified;
}

namespace {
BandScore scoreOf(const CandidateResult &r, Column column)
{
    switch (column) {
    case Listening:
        return r.listening();
    case Reading:
        return r.reading();
    case Writing:
        return r.writing();
    case Speaking:
        return r.speaking();
    case Overall:
        return r.overall();
    default:
        return {};
    }
}

QString dateText(const QDate &date, const QString &raw)
{
    // A malformed date still shows what the API sent rather than nothing.
    return date.isValid() ? date.toString(Qt::ISODate) : raw;
}
} // namespace

QString text(const CandidateResult &r, Column column)
{
    switch (column) {
    case Photo:
        return {};
    case TrfNumber:
        return r.trfNumber();
    case FamilyName:
        return r.familyName();
    case FirstName:
        return r.firstName();
    case DateOfBirth:
        return dateText(r.dateOfBirth(), r.text(u"dateOfBirth"));
    case Module:
        return r.module();
    case TestDate:
        return dateText(r.testDate(), r.text(u"testDate"));
    case Listening:
    case Reading:
    case Writing:
    case Speaking:
    case Overall:
        return scoreOf(r, column).toString();
    case Country:
        return Countries::nameFor(r.countryCode());
    case Centre:
        return r.centreNumber();
    case Status:
        return r.status();
    case LastModified: {
        const QDateTime modified = r.lastModified();
        return modified.isValid() ? modified.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                  : r.text(u"lastModifiedDate");
    }
    case Count:
        break;
    }
    return {};
}

QVariant sortKey(const CandidateResult &r, Column column)
{
    if (isScore(column)) {
        const BandScore score = scoreOf(r, column);
        return score.isValid() ? score.value() : -1.0; // no score sorts first
    }
    switch (column) {
    case DateOfBirth:
        return r.dateOfBirth().isValid() ? r.dateOfBirth().toJulianDay() : qint64(0);
    case TestDate:
        return r.testDate().isValid() ? r.testDate().toJulianDay() : qint64(0);
    case LastModified:
        return r.lastModified().isValid() ? r.lastModified().toSecsSinceEpoch() : qint64(0);
    case Photo:
        return r.hasPhoto() ? 1 : 0;
    default:
        return text(r, column).toCaseFolded();
    }
}

} // namespace ResultColumns
