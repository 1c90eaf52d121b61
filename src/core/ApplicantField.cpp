#include "ApplicantField.h"

#include <QCoreApplication>

namespace ApplicantFields {

QList<ApplicantField> all()
{
    return {ApplicantField::Trf,         ApplicantField::FamilyName, ApplicantField::FirstName,
            ApplicantField::DateOfBirth, ApplicantField::Overall,    ApplicantField::Listening,
            ApplicantField::Reading,     ApplicantField::Writing,    ApplicantField::Speaking,
            ApplicantField::ApplicantId};
}

QString label(ApplicantField field)
{
    switch (field) {
    case ApplicantField::Trf:
        return QCoreApplication::translate("ApplicantField", "TRF number");
    case ApplicantField::FamilyName:
        return QCoreApplication::translate("ApplicantField", "Family name");
    case ApplicantField::FirstName:
        return QCoreApplication::translate("ApplicantField", "First name");
    case ApplicantField::DateOfBirth:
        return QCoreApplication::translate("ApplicantField", "Date of birth");
    case ApplicantField::Overall:
        return QCoreApplication::translate("ApplicantField", "Overall");
    case ApplicantField::Listening:
        return QCoreApplication::translate("ApplicantField", "Listening");
    case ApplicantField::Reading:
        return QCoreApplication::translate("ApplicantField", "Reading");
    case ApplicantField::Writing:
        return QCoreApplication::translate("ApplicantField", "Writing");
    case ApplicantField::Speaking:
        return QCoreApplication::translate("ApplicantField", "Speaking");
    case ApplicantField::ApplicantId:
        return QCoreApplication::translate("ApplicantField", "Applicant ID");
    }
    return {};
}

QString key(ApplicantField field)
{
    using namespace Qt::StringLiterals;
    switch (field) {
    case ApplicantField::Trf:
        return u"trf"_s;
    case ApplicantField::FamilyName:
        return u"familyName"_s;
    case ApplicantField::FirstName:
        return u"firstName"_s;
    case ApplicantField::DateOfBirth:
        return u"dateOfBirth"_s;
    case ApplicantField::Overall:
        return u"overall"_s;
    case ApplicantField::Listening:
        return u"listening"_s;
    case ApplicantField::Reading:
        return u"reading"_s;
    case ApplicantField::Writing:
        return u"writing"_s;
    case ApplicantField::Speaking:
        return u"speaking"_s;
    case ApplicantField::ApplicantId:
        return u"applicantId"_s;
    }
    return {};
}

bool fromKey(const QString &text, ApplicantField *field)
{
    const QString wanted = text.trimmed();
    for (ApplicantField candidate : all()) {
        if (key(candidate).compare(wanted, Qt::CaseInsensitive) == 0) {
            if (field)
                *field = candidate;
            return true;
        }
    }
    return false;
}

bool isScore(ApplicantField field)
{
    switch (field) {
    case ApplicantField::Overall:
    case ApplicantField::Listening:
    case ApplicantField::Reading:
    case ApplicantField::Writing:
    case ApplicantField::Speaking:
        return true;
    default:
        return false;
    }
}

} // namespace ApplicantFields
