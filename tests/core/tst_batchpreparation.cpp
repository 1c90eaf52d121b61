#include "BatchPreparation.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Order = ApplicantDate::Order;

namespace {

const QStringList headers = {u"Student ID"_s, u"TRF"_s,     u"Surname"_s, u"Given name"_s,
                             u"DOB"_s,        u"Overall"_s, u"Writing"_s, u"Programme"_s};

// One applicant row in the order of `headers`.
QStringList row(const QString &trf, const QString &dob = u"1990-04-03"_s,
                const QString &overall = u"7"_s, const QString &writing = QString())
{
    return {u"S1"_s, trf, u"Smith"_s, u"Anna"_s, dob, overall, writing, u"MSc"_s};
}

ApplicantTable table(const QList<QStringList> &rows)
{
    ApplicantTable t;
    t.headers = headers;
    t.rows = rows;
    for (int i = 0; i < rows.size(); ++i)
        t.sourceLines.append(i + 2);
    return t;
}

} // namespace

class TestBatchPreparation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsAnApplicant()
    {
        const ApplicantTable t =
            table({row(u" 17uz010772 rakn025a "_s, u"23/04/1990"_s, u"7.0"_s, u"6.5"_s)});
        const PreparedBatch batch = prepareBatch(t, ColumnMapping::guess(headers), Order::DayFirst);
        QVERIFY(batch.rejected.isEmpty());
        QVERIFY(batch.warnings.isEmpty());
        QCOMPARE(batch.applicants.size(), 1);
        const Applicant &a = batch.applicants.first();
        QCOMPARE(a.row, 0);
        QCOMPARE(a.sourceLine, 2);
        QCOMPARE(a.cells, t.rows.first());
        QCOMPARE(a.trf, u"17UZ010772RAKN025A"_s);
        QCOMPARE(a.applicantId, u"S1"_s);
        QCOMPARE(a.familyName, u"Smith"_s);
        QCOMPARE(a.firstName, u"Anna"_s);
        QCOMPARE(a.dateOfBirthText, u"23/04/1990"_s);
        QCOMPARE(a.dateOfBirth, QDate(1990, 4, 23));
        QVERIFY(!a.dateOfBirthAmbiguous);
        QCOMPARE(a.overall, BandScore::fromValue(7));
        QCOMPARE(a.writing, BandScore::fromValue(6.5));
        QVERIFY(!a.listening.isValid());
        QCOMPARE(batch.distinctTrfs, QStringList{u"17UZ010772RAKN025A"_s});
    }

    void rejects_data()
    {
        QTest::addColumn<QStringList>("cells");
        QTest::addColumn<QString>("reason");

        QTest::newRow("no trf") << row(u"  "_s) << u"No TRF number."_s;
        QTest::newRow("trf cannot be sent")
            << row(u"17UZ/0107"_s)
            << u"A TRF number has only letters A–Z and digits; remove “/”."_s;
        QTest::newRow("overall in words")
            << row(u"17UZ010772RAKN025A"_s, u"1990-04-03"_s, u"seven"_s)
            << u"The overall score “seven” is not a band score."_s;
        QTest::newRow("writing off the scale")
            << row(u"17UZ010772RAKN025A"_s, u"1990-04-03"_s, u"7"_s, u"6.3"_s)
            << u"The writing score “6.3” is not a band score."_s;
        QTest::newRow("impossible date")
            << row(u"17UZ010772RAKN025A"_s, u"31/02/1990"_s)
            << u"Date of birth: “31/02/1990” is not a day of the calendar."_s;
        QTest::newRow("not a date")
            << row(u"17UZ010772RAKN025A"_s, u"spring 1990"_s)
            << u"Date of birth: “spring 1990” is not a date; write it as YYYY-MM-DD or "
               u"DD/MM/YYYY."_s;
    }

    void rejects()
    {
        QFETCH(QStringList, cells);
        QFETCH(QString, reason);
        const PreparedBatch batch =
            prepareBatch(table({cells}), ColumnMapping::guess(headers), Order::DayFirst);
        QVERIFY(batch.applicants.isEmpty());
        QVERIFY(batch.distinctTrfs.isEmpty());
        QCOMPARE(batch.rejected.size(), 1);
        QCOMPARE(batch.rejected.first().reason, reason);
        QCOMPARE(batch.rejected.first().row, 0);
        QCOMPARE(batch.rejected.first().sourceLine, 2);
        QCOMPARE(batch.rejected.first().trfText, cells.at(1).trimmed());
    }

    void emptyClaimsAreNotRead()
    {
        const PreparedBatch batch = prepareBatch(table({row(u"17UZ010772RAKN025A"_s, {}, {})}),
                                                 ColumnMapping::guess(headers), Order::DayFirst);
        QCOMPARE(batch.applicants.size(), 1);
        QVERIFY(!batch.applicants.first().dateOfBirth.isValid());
        QVERIFY(!batch.applicants.first().overall.isValid());
    }

    void duplicates()
    {
        ApplicantTable t = table({row(u"17UZ010772RAKN025A"_s), row(u"17UZ010772RAKN026A"_s),
                                  row(u"17uz010772rakn025a"_s), row(u"17UZ010772RAKN026A"_s)});
        t.sourceLines = {2, 3, 7, 9}; // a CSV with quoted line breaks
        const PreparedBatch batch = prepareBatch(t, ColumnMapping::guess(headers), Order::DayFirst);
        QCOMPARE(batch.applicants.size(), 2);
        QCOMPARE(batch.applicants.at(0).row, 0);
        QCOMPARE(batch.applicants.at(1).row, 1);
        QCOMPARE(batch.distinctTrfs,
                 (QStringList{u"17UZ010772RAKN025A"_s, u"17UZ010772RAKN026A"_s}));
        QCOMPARE(batch.rejected.size(), 2);
        QCOMPARE(batch.rejected.at(0).row, 2);
        QCOMPARE(batch.rejected.at(0).sourceLine, 7);
        QCOMPARE(batch.rejected.at(0).trfText, u"17uz010772rakn025a"_s);
        QCOMPARE(batch.rejected.at(0).reason, u"Same TRF number as line 2."_s);
        QCOMPARE(batch.rejected.at(1).reason, u"Same TRF number as line 3."_s);
    }

    void ambiguousDatesWarnOnce()
    {
        const ApplicantTable t = table({row(u"17UZ010772RAKN025A"_s, u"03/04/1990"_s),
                                        row(u"17UZ010772RAKN026A"_s, u"05/06/1991"_s),
                                        row(u"17UZ010772RAKN027A"_s, u"1992-01-02"_s)});
        const PreparedBatch undetermined =
            prepareBatch(t, ColumnMapping::guess(headers), Order::Undetermined);
        QCOMPARE(undetermined.applicants.size(), 3);
        QVERIFY(undetermined.applicants.at(0).dateOfBirthAmbiguous);
        QCOMPARE(undetermined.applicants.at(0).dateOfBirth, QDate(1990, 4, 3));
        QVERIFY(!undetermined.applicants.at(2).dateOfBirthAmbiguous);
        QCOMPARE(undetermined.warnings.size(), 1);
        QVERIFY2(
            undetermined.warnings.first().startsWith(u"2 date(s) of birth, such as 03/04/1990"),
            qPrintable(undetermined.warnings.first()));
        QVERIFY(undetermined.warnings.first().contains(u"read day first"));

        const PreparedBatch monthFirst =
            prepareBatch(t, ColumnMapping::guess(headers), Order::MonthFirst);
        QVERIFY(monthFirst.warnings.isEmpty());
        QCOMPARE(monthFirst.applicants.at(0).dateOfBirth, QDate(1990, 3, 4));
        QVERIFY(!monthFirst.applicants.at(0).dateOfBirthAmbiguous);
    }

    void unusualTrfsAreKeptWithAWarning()
    {
        const PreparedBatch batch =
            prepareBatch(table({row(u"ABC123"_s), row(u"17UZ010772RAKN025A"_s), row(u"XYZ9"_s)}),
                         ColumnMapping::guess(headers), Order::DayFirst);
        QCOMPARE(batch.applicants.size(), 3);
        QCOMPARE(batch.distinctTrfs,
                 (QStringList{u"ABC123"_s, u"17UZ010772RAKN025A"_s, u"XYZ9"_s}));
        QCOMPARE(batch.warnings.size(), 1);
        QVERIFY2(batch.warnings.first().startsWith(u"2 TRF number(s) do not look like"),
                 qPrintable(batch.warnings.first()));
    }

    void unmappedTrfRejectsEveryRow()
    {
        ColumnMapping mapping = ColumnMapping::guess(headers);
        mapping.setColumn(ApplicantField::Trf, -1);
        const PreparedBatch batch =
            prepareBatch(table({row(u"17UZ010772RAKN025A"_s)}), mapping, Order::DayFirst);
        QVERIFY(batch.applicants.isEmpty());
        QCOMPARE(batch.rejected.first().reason, u"No TRF number."_s);
    }
};

QTEST_GUILESS_MAIN(TestBatchPreparation)
#include "tst_batchpreparation.moc"
