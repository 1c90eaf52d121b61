#include "BatchPreparation.h"

#include "Trf.h"

#include <QCoreApplication>
#include <QHash>

namespace {

QString cell(const QStringList &cells, const ColumnMapping &mapping, ApplicantField field)
{
    const int column = mapping.column(field);
    return column >= 0 && column < cells.size() ? cells.at(column).trimmed() : QString();
}

// Whole sentences per field, so that translations can decline the names.
QString notABandScore(ApplicantField field, const QString &text)
{
    switch (field) {
    case ApplicantField::Overall:
        return QCoreApplication::translate("BatchPreparation",
                                           "The overall score “%1” is not a band score.")
            .arg(text);
    case ApplicantField::Listening:
        return QCoreApplication::translate("BatchPreparation",
                                           "The listening score “%1” is not a band score.")
            .arg(text);
    case ApplicantField::Reading:
        return QCoreApplication::translate("BatchPreparation",
                                           "The reading score “%1” is not a band score.")
            .arg(text);
    case ApplicantField::Writing:
        return QCoreApplication::translate("BatchPreparation",
                                           "The writing score “%1” is not a band score.")
            .arg(text);
    case ApplicantField::Speaking:
        return QCoreApplication::translate("BatchPreparation",
                                           "The speaking score “%1” is not a band score.")
            .arg(text);
    default:
        return {};
    }
}

BandScore *scoreOf(Applicant &applicant, ApplicantField field)
{
    switch (field) {
    case ApplicantField::Overall:
        return &applicant.overall;
    case ApplicantField::Listening:
        return &applicant.listening;
    case ApplicantField::Reading:
        return &applicant.reading;
    case ApplicantField::Writing:
        return &applicant.writing;
    case ApplicantField::Speaking:
        return &applicant.speaking;
    default:
        return nullptr;
    }
}

} // namespace

PreparedBatch prepareBatch(const ApplicantTable &table, const ColumnMapping &mapping,
                           ApplicantDate::Order dateOrder)
{
    PreparedBatch batch;
    QHash<QString, int> firstLineOf; // normalised TRF -> the line that used it first
    int ambiguousDates = 0;
    QString firstAmbiguous;
    int unusualTrfs = 0;

    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &cells = table.rows.at(row);
        // Without source lines, count as a file with one header line would.
        const int sourceLine = table.sourceLines.value(row, row + 2);
        const QString trfText = cell(cells, mapping, ApplicantField::Trf);
        const auto reject = [&](const QString &reason) {
            batch.rejected.append({row, sourceLine, trfText, reason});
        };

        if (trfText.isEmpty()) {
            reject(QCoreApplication::translate("BatchPreparation", "No TRF number."));
            continue;
        }
        const Trf::Check check = Trf::check(trfText);
        if (!check.isAcceptable()) {
            reject(check.error);
            continue;
        }
        if (const auto earlier = firstLineOf.constFind(check.normalised);
            earlier != firstLineOf.cend()) {
            reject(QCoreApplication::translate("BatchPreparation", "Same TRF number as line %1.")
                       .arg(earlier.value()));
            continue;
        }
        // Registered before the rest of the row is read: a TRF number belongs to one applicant,
        // whether or not this row can be verified.
        firstLineOf.insert(check.normalised, sourceLine);

        Applicant applicant;
        applicant.row = row;
        applicant.sourceLine = sourceLine;
        applicant.cells = cells;
        applicant.trf = check.normalised;
        applicant.applicantId = cell(cells, mapping, ApplicantField::ApplicantId);
        applicant.familyName = cell(cells, mapping, ApplicantField::FamilyName);
        applicant.firstName = cell(cells, mapping, ApplicantField::FirstName);

        QString problem;
        for (ApplicantField field : ApplicantFields::all()) {
            if (!ApplicantFields::isScore(field))
                continue;
            const QString text = cell(cells, mapping, field);
            const BandScore score = BandScore::parse(text);
            if (!text.isEmpty() && !score.isValid()) {
                problem = notABandScore(field, text);
                break;
            }
            *scoreOf(applicant, field) = score;
        }
        if (!problem.isEmpty()) {
            reject(problem);
            continue;
        }

        applicant.dateOfBirthText = cell(cells, mapping, ApplicantField::DateOfBirth);
        const ApplicantDate::Parsed date =
            ApplicantDate::parse(applicant.dateOfBirthText, dateOrder);
        if (!date.error.isEmpty()) {
            reject(QCoreApplication::translate("BatchPreparation", "Date of birth: %1")
                       .arg(date.error));
            continue;
        }
        applicant.dateOfBirth = date.date;
        applicant.dateOfBirthAmbiguous = date.ambiguous;
        if (date.ambiguous && ambiguousDates++ == 0)
            firstAmbiguous = applicant.dateOfBirthText;

        if (!check.warning.isEmpty())
            ++unusualTrfs;
        batch.distinctTrfs.append(applicant.trf);
        batch.applicants.append(applicant);
    }

    if (dateOrder == ApplicantDate::Order::Undetermined && ambiguousDates > 0) {
        batch.warnings.append(
            QCoreApplication::translate(
                "BatchPreparation",
                "%n date(s) of birth, such as %1, could be day first or month first; they were "
                "read day first. Choose the date order if the list writes the month first.",
                nullptr, ambiguousDates)
                .arg(firstAmbiguous));
    }
    if (unusualTrfs > 0) {
        batch.warnings.append(QCoreApplication::translate(
            "BatchPreparation",
            "%n TRF number(s) do not look like IELTS TRF numbers (18 "
            "characters, such as 17UZ010772RAKN025A); they will be searched "
            "as written.",
            nullptr, unusualTrfs));
    }
    return batch;
}
