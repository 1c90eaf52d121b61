#pragma once

#include "../support/TestCsv.h"
#include "SandboxDataSet.h"
#include "Trf.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// Reads SandboxDataSet::sampleApplicantList() back and works out, from the data set's own
// records, what batch verification must say about each row. Written independently of the
// application's matching code, so the tests compare two readings of the same ground truth.
namespace SampleApplicants {

using TestCsv::readCsv;

enum class Kind
{
    NoTrf,
    Malformed,
    Duplicate,
    NotFound,
    NotReleased,
    Released,
};

// How far a claimed name had to be normalised to equal the real one.
enum class NameLevel
{
    Exact,
    Case,
    Diacritics,
    Spacing,
    Punctuation,
    Different,
};

struct Row
{
    QStringList cells;
    Kind kind = Kind::Released;
    const SandboxRecord *record = nullptr;
    NameLevel nameLevel = NameLevel::Different;
    bool swapped = false;
    bool dobDiffers = false;
    QStringList scoresDiffering; // "overall", "listening", ...
    QString expectedOutcome;     // exactly as the reports' Outcome column says it
};

inline QString stripMarks(const QString &text)
{
    QString plain;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            plain.append(c);
    }
    return plain;
}

inline QString stage(const QString &name, NameLevel level)
{
    QString text = name;
    if (level >= NameLevel::Case)
        text = text.toCaseFolded();
    if (level >= NameLevel::Diacritics)
        text = stripMarks(text);
    if (level >= NameLevel::Spacing)
        text = text.simplified();
    if (level >= NameLevel::Punctuation) {
        for (const QChar c : {u'-', u'\'', u'\u2019', u' '})
            text.remove(c);
    }
    return text;
}

inline NameLevel levelOf(const QString &claimedFamily, const QString &claimedFirst,
                         const QString &family, const QString &first)
{
    for (int l = 0; l <= int(NameLevel::Punctuation); ++l) {
        const auto level = NameLevel(l);
        if (stage(claimedFamily, level) == stage(family, level) &&
            stage(claimedFirst, level) == stage(first, level))
            return level;
    }
    return NameLevel::Different;
}

inline QDate parseDob(const QString &text)
{
    for (const QString &format :
         {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd/MM/yyyy"), QStringLiteral("yyyyMMdd")}) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

inline const QStringList &scoreFields()
{
    static const QStringList fields = {
        QStringLiteral("overallBandScore"), QStringLiteral("listeningScore"),
        QStringLiteral("readingScore"), QStringLiteral("writingScore"),
        QStringLiteral("speakingScore")};
    return fields;
}

// Columns of the sample list.
enum Column
{
    ApplicantId,
    TrfNumber,
    FamilyName,
    FirstName,
    DateOfBirth,
    Overall,
    Listening,
    Reading,
    Writing,
    Speaking,
    Programme,
    ColumnCount
};

inline QList<Row> classify(const SandboxDataSet &data, const QList<QStringList> &dataRows)
{
    QList<Row> rows;
    QSet<QString> seen;
    for (const QStringList &cells : dataRows) {
        Row row;
        row.cells = cells;
        const QString trfText = cells.value(TrfNumber);
        const Trf::Check check = Trf::check(trfText);
        if (trfText.trimmed().isEmpty()) {
            row.kind = Kind::NoTrf;
        } else if (!check.isAcceptable()) {
            row.kind = Kind::Malformed;
        } else if (seen.contains(check.normalised)) {
            row.kind = Kind::Duplicate;
        } else {
            seen.insert(check.normalised);
            row.record = data.find(check.normalised);
            if (!row.record)
                row.kind = Kind::NotFound;
            else if (row.record->value(u"status") != u"RELEASED")
                row.kind = Kind::NotReleased;
        }
        if (row.record) {
            const QString family = row.record->value(u"familyName");
            const QString first = row.record->value(u"firstName");
            row.nameLevel = levelOf(cells.value(FamilyName), cells.value(FirstName), family, first);
            if (row.nameLevel == NameLevel::Different) {
                row.nameLevel =
                    levelOf(cells.value(FirstName), cells.value(FamilyName), family, first);
                row.swapped = row.nameLevel != NameLevel::Different;
            }
            if (!cells.value(DateOfBirth).isEmpty()) {
                row.dobDiffers = parseDob(cells.value(DateOfBirth)) !=
                                 QDate::fromString(row.record->value(u"dateOfBirth"),
                                                   QStringLiteral("yyyyMMdd"));
            }
            for (int i = 0; i < 5; ++i) {
                const QString claimed = cells.value(Overall + i);
                if (claimed.isEmpty())
                    continue;
                const QString actual = row.record->value(scoreFields().at(i));
                if (actual.isEmpty() || claimed.toDouble() != actual.toDouble())
                    row.scoresDiffering << scoreFields().at(i);
            }
        }
        switch (row.kind) {
        case Kind::NoTrf:
        case Kind::Malformed:
        case Kind::Duplicate:
            row.expectedOutcome = QStringLiteral("Error");
            break;
        case Kind::NotFound:
            row.expectedOutcome = QStringLiteral("Not found");
            break;
        case Kind::NotReleased:
            row.expectedOutcome = QStringLiteral("Not released");
            break;
        case Kind::Released:
            row.expectedOutcome = row.nameLevel == NameLevel::Different || row.dobDiffers ||
                                          !row.scoresDiffering.isEmpty()
                                      ? QStringLiteral("Mismatch")
                                      : QStringLiteral("Verified");
            break;
        }
        rows.append(row);
    }
    return rows;
}

} // namespace SampleApplicants
