#include "Reconciliation.h"

#include "NameMatch.h"

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

struct ResultSpec
{
    QString family = u"Smith"_s;
    QString first = u"Anna"_s;
    QString dateOfBirth = u"19900403"_s;
    QString testDate = u"20240105"_s;
    QString overall = u"7.0"_s;
    QString listening = u"7.5"_s;
    QString reading = u"7.0"_s;
    QString writing = u"6.0"_s;
    QString speaking = u"7.0"_s;
    QString status = u"RELEASED"_s;
};

CandidateResult makeResult(const ResultSpec &spec)
{
    QList<CandidateResult::Field> fields = {
        {u"trfNumber"_s, u"17UZ010772RAKN025A"_s},
        {u"familyName"_s, spec.family},
        {u"firstName"_s, spec.first},
        {u"dateOfBirth"_s, spec.dateOfBirth},
        {u"testDate"_s, spec.testDate},
        {u"listeningScore"_s, spec.listening},
        {u"readingScore"_s, spec.reading},
        {u"writingScore"_s, spec.writing},
        {u"speakingScore"_s, spec.speaking},
        {u"overallBandScore"_s, spec.overall},
        {u"status"_s, spec.status},
    };
    return CandidateResult::fromFields(fields);
}

Applicant makeApplicant(const QString &family, const QString &first, const QString &dob = {},
                        const QString &overall = {})
{
    Applicant a;
    a.row = 0;
    a.sourceLine = 2;
    a.trf = u"17UZ010772RAKN025A"_s;
    a.familyName = family;
    a.firstName = first;
    a.dateOfBirthText = dob;
    const ApplicantDate::Parsed parsed =
        ApplicantDate::parse(dob, ApplicantDate::Order::Undetermined);
    a.dateOfBirth = parsed.date;
    a.dateOfBirthAmbiguous = parsed.ambiguous;
    a.overall = BandScore::parse(overall);
    return a;
}

// English plural forms, as the shipped English translation gives them, so that the test sees
// what people see rather than the "(s)" source text.
class EnglishPlurals final : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        if (qstrcmp(context, "Reconciliation") != 0 || n < 0)
            return {};
        const QString source = QString::fromUtf8(sourceText);
        if (source == u"%n mismatch(es)")
            return n == 1 ? u"%n mismatch"_s : u"%n mismatches"_s;
        if (source == u"%n error(s)")
            return n == 1 ? u"%n error"_s : u"%n errors"_s;
        return {};
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestReconciliation final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void outcomeKeys()
    {
        QStringList keys;
        for (Reconciliation::Outcome outcome : Reconciliation::allOutcomes()) {
            keys.append(Reconciliation::outcomeKey(outcome));
            Reconciliation::Outcome back = Reconciliation::Outcome::Error;
            QVERIFY(Reconciliation::outcomeFromKey(keys.last().toUpper(), &back));
            QCOMPARE(back, outcome);
            QVERIFY(!Reconciliation::outcomeLabel(outcome).isEmpty());
        }
        QCOMPARE(keys, (QStringList{u"Verified"_s, u"Mismatch"_s, u"Not found"_s, u"Not released"_s,
                                    u"Error"_s}));
        QVERIFY(!Reconciliation::outcomeFromKey(u"Maybe"_s, nullptr));
    }

    void verify_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("dob");
        QTest::addColumn<QString>("overall");
        QTest::addColumn<QString>("actualFamily");
        QTest::addColumn<QString>("actualFirst");
        QTest::addColumn<QString>("status");
        QTest::addColumn<Reconciliation::Outcome>("outcome");
        QTest::addColumn<QString>("keys");
        QTest::addColumn<QString>("differenceText");
        QTest::addColumn<QStringList>("notes");

        using O = Reconciliation::Outcome;
        QTest::newRow("verified") << u"Smith"_s << u"Anna"_s << u"1990-04-03"_s << u"7"_s
                                  << u"Smith"_s << u"Anna"_s << u"RELEASED"_s << O::Verified
                                  << QString() << QString() << QStringList();
        QTest::newRow("nothing claimed but the TRF")
            << QString() << QString() << QString() << QString() << u"Smith"_s << u"Anna"_s
            << u"RELEASED"_s << O::Verified << QString() << QString() << QStringList();
        QTest::newRow("case") << u"SMITH"_s << u"anna"_s << QString() << QString() << u"Smith"_s
                              << u"Anna"_s << u"RELEASED"_s << O::Verified << QString() << QString()
                              << QStringList{u"Family name: forgave letter case."_s,
                                             u"First name: forgave letter case."_s};
        QTest::newRow("accents and case")
            << u"nunez"_s << u"José"_s << QString() << QString() << u"NÚÑEZ"_s << u"JOSE"_s
            << u"RELEASED"_s << O::Verified << QString() << QString()
            << QStringList{u"Family name: forgave letter case and accents."_s,
                           u"First name: forgave letter case and accents."_s};
        QTest::newRow("spacing") << u"Van  der Berg"_s << u"Anna"_s << QString() << QString()
                                 << u"VANDERBERG"_s << u"Anna"_s << u"RELEASED"_s << O::Verified
                                 << QString() << QString()
                                 << QStringList{u"Family name: forgave letter case and spacing."_s};
        QTest::newRow("apostrophe")
            << u"O’Brien"_s << u"Anna"_s << QString() << QString() << u"OBrien"_s << u"Anna"_s
            << u"RELEASED"_s << O::Verified << QString() << QString()
            << QStringList{u"Family name: forgave hyphens or apostrophes."_s};
        QTest::newRow("hyphen for space")
            << u"Smith"_s << u"Anna-Maria"_s << QString() << QString() << u"Smith"_s
            << u"Anna Maria"_s << u"RELEASED"_s << O::Verified << QString() << QString()
            << QStringList{u"First name: forgave spacing and hyphens or apostrophes."_s};
        QTest::newRow("swapped") << u"Anna"_s << u"smith"_s << QString() << QString() << u"Smith"_s
                                 << u"Anna"_s << u"RELEASED"_s << O::Verified << QString()
                                 << QString()
                                 << QStringList{u"Family and first name: forgave letter case and "
                                                u"given and family names swapped."_s};
        QTest::newRow("chinese") << u"王"_s << u"小明"_s << QString() << QString() << u"王"_s
                                 << u"小明"_s << u"RELEASED"_s << O::Verified << QString()
                                 << QString() << QStringList();
        QTest::newRow("chinese differs")
            << u"王"_s << u"小明"_s << QString() << QString() << u"汪"_s << u"小明"_s
            << u"RELEASED"_s << O::Mismatch << u"familyName"_s
            << u"Family name: claimed 王, actual 汪"_s << QStringList();
        QTest::newRow("arabic vowel marks")
            << u"مُحَمَّد"_s << QString() << QString() << QString() << u"محمد"_s << u"Ali"_s
            << u"RELEASED"_s << O::Verified << QString() << QString()
            << QStringList{u"Family name: forgave accents."_s};
        QTest::newRow("smyth not forgiven")
            << u"Smith"_s << u"Anna"_s << QString() << QString() << u"Smyth"_s << u"Anna"_s
            << u"RELEASED"_s << O::Mismatch << u"familyName"_s
            << u"Family name: claimed Smith, actual Smyth"_s << QStringList();
        QTest::newRow("score and date")
            << u"Smith"_s << u"Anna"_s << u"1990-04-04"_s << u"7.5"_s << u"Smith"_s << u"Anna"_s
            << u"RELEASED"_s << O::Mismatch << u"dateOfBirth; overall"_s
            << u"Date of birth: claimed 1990-04-04, actual 1990-04-03; Overall: claimed 7.5, "
               u"actual 7"_s
            << QStringList();
        QTest::newRow("ambiguous date read day first")
            << u"Smith"_s << u"Anna"_s << u"03/04/1990"_s << QString() << u"Smith"_s << u"Anna"_s
            << u"RELEASED"_s << O::Verified << QString() << QString()
            << QStringList{u"Date of birth 03/04/1990 read as 3 April 1990 (day first)."_s};
        QTest::newRow("ambiguous date month first would match")
            << u"Smith"_s << u"Anna"_s << u"04/03/1990"_s << QString() << u"Smith"_s << u"Anna"_s
            << u"RELEASED"_s << O::Mismatch << u"dateOfBirth"_s
            << u"Date of birth: claimed 04/03/1990, actual 1990-04-03"_s
            << QStringList{u"Date of birth 04/03/1990 read as 4 March 1990 (day first). Read "
                           u"month first, it matches."_s};
        QTest::newRow("not released still lists differences")
            << u"Smyth"_s << u"Anna"_s << QString() << QString() << u"Smith"_s << u"Anna"_s
            << u"WITHHELD"_s << O::NotReleased << u"familyName"_s
            << u"Family name: claimed Smyth, actual Smith"_s << QStringList();
        QTest::newRow("not released, status missing")
            << u"Smith"_s << u"Anna"_s << QString() << QString() << u"Smith"_s << u"Anna"_s
            << QString() << O::NotReleased << QString() << QString() << QStringList();
    }

    void verify()
    {
        QFETCH(QString, family);
        QFETCH(QString, first);
        QFETCH(QString, dob);
        QFETCH(QString, overall);
        QFETCH(QString, actualFamily);
        QFETCH(QString, actualFirst);
        QFETCH(QString, status);
        QFETCH(Reconciliation::Outcome, outcome);
        QFETCH(QString, keys);
        QFETCH(QString, differenceText);
        QFETCH(QStringList, notes);

        ResultSpec spec;
        spec.family = actualFamily;
        spec.first = actualFirst;
        spec.status = status;
        const CandidateResult actual = makeResult(spec);
        const Applicant applicant = makeApplicant(family, first, dob, overall);
        const Reconciliation::Verdict verdict =
            Reconciliation::verify(applicant, &actual, {}, QDate(2025, 1, 1));
        QCOMPARE(verdict.outcome, outcome);
        QCOMPARE(verdict.mismatchedFieldKeys(), keys);
        QCOMPARE(verdict.differenceText(), differenceText);
        QCOMPARE(verdict.notes, notes);
        QVERIFY(!verdict.requirementsChecked);
        QVERIFY(verdict.errorReason.isEmpty());
    }

    void notFoundAndError()
    {
        const Applicant applicant = makeApplicant(u"Smith"_s, u"Anna"_s);
        const Reconciliation::Verdict missing =
            Reconciliation::verify(applicant, nullptr, {}, QDate(2025, 1, 1));
        QCOMPARE(missing.outcome, Reconciliation::Outcome::NotFound);
        QVERIFY(missing.differences.isEmpty());

        const Reconciliation::Verdict failed = Reconciliation::error(u"Timed out."_s);
        QCOMPARE(failed.outcome, Reconciliation::Outcome::Error);
        QCOMPARE(failed.errorReason, u"Timed out."_s);
        QVERIFY(!failed.meetsRequirements());
    }

    void missingActualScoreIsADifference()
    {
        ResultSpec spec;
        spec.overall.clear();
        const CandidateResult actual = makeResult(spec);
        const Applicant applicant = makeApplicant(u"Smith"_s, u"Anna"_s, {}, u"7"_s);
        const auto verdict = Reconciliation::verify(applicant, &actual, {}, QDate(2025, 1, 1));
        QCOMPARE(verdict.outcome, Reconciliation::Outcome::Mismatch);
        QCOMPARE(verdict.differenceText(), u"Overall: claimed 7, none on the result"_s);
    }

    void requirements_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("writing");
        QTest::addColumn<QString>("testDate");
        QTest::addColumn<QString>("claimedFamily");
        QTest::addColumn<bool>("checked");
        QTest::addColumn<QStringList>("failures");

        QTest::newRow("meets") << u"RELEASED"_s << u"6.5"_s << u"20240105"_s << u"Smith"_s << true
                               << QStringList();
        QTest::newRow("writing below")
            << u"RELEASED"_s << u"5.5"_s << u"20240105"_s << u"Smith"_s << true
            << QStringList{u"Writing 5.5 is below the required 6."_s};
        QTest::newRow("writing missing")
            << u"RELEASED"_s << QString() << u"20240105"_s << u"Smith"_s << true
            << QStringList{u"No writing score to compare with the required 6."_s};
        QTest::newRow("too old") << u"RELEASED"_s << u"6"_s << u"20210305"_s << u"Smith"_s << true
                                 << QStringList{u"Test taken on 2021-03-05, more than 2 year(s) "
                                                u"ago."_s};
        QTest::newRow("exactly two years is fine")
            << u"RELEASED"_s << u"6"_s << u"20230101"_s << u"Smith"_s << true << QStringList();
        QTest::newRow("checked on a mismatch too")
            << u"RELEASED"_s << u"5"_s << u"20240105"_s << u"Smyth"_s << true
            << QStringList{u"Writing 5 is below the required 6."_s};
        QTest::newRow("not checked when not released")
            << u"PENDING"_s << u"5"_s << u"20240105"_s << u"Smith"_s << false << QStringList();
    }

    void requirements()
    {
        QFETCH(QString, status);
        QFETCH(QString, writing);
        QFETCH(QString, testDate);
        QFETCH(QString, claimedFamily);
        QFETCH(bool, checked);
        QFETCH(QStringList, failures);

        ResultSpec spec;
        spec.status = status;
        spec.writing = writing;
        spec.testDate = testDate;
        const CandidateResult actual = makeResult(spec);
        ProgrammeRequirements requirements;
        requirements.minOverall = BandScore::fromValue(6.5);
        requirements.minWriting = BandScore::fromValue(6);
        requirements.maxAgeYears = 2;
        QVERIFY(!requirements.isEmpty());

        const auto verdict = Reconciliation::verify(makeApplicant(claimedFamily, u"Anna"_s),
                                                    &actual, requirements, QDate(2025, 1, 1));
        QCOMPARE(verdict.requirementsChecked, checked);
        QCOMPARE(verdict.requirementFailures, failures);
        QCOMPARE(verdict.meetsRequirements(), checked && failures.isEmpty());
    }

    void describeRequirements()
    {
        ProgrammeRequirements requirements;
        QVERIFY(requirements.isEmpty());
        QCOMPARE(requirements.describe(), u"No requirements"_s);
        requirements.minOverall = BandScore::fromValue(6.5);
        requirements.minListening = requirements.minReading = requirements.minWriting =
            requirements.minSpeaking = BandScore::fromValue(6);
        requirements.maxAgeYears = 2;
        QCOMPARE(requirements.describe(),
                 u"Overall at least 6.5, no skill below 6, test within 2 year(s)"_s);
        requirements.minSpeaking = BandScore::fromValue(5.5);
        requirements.maxAgeYears = 0;
        QCOMPARE(requirements.describe(),
                 u"Overall at least 6.5, Listening at least 6, Reading at least 6, Writing at "
                 u"least 6, Speaking at least 5.5"_s);
    }

    void summary()
    {
        QList<Reconciliation::Entry> entries;
        auto add = [&](Reconciliation::Outcome outcome, bool failing) {
            Reconciliation::Entry entry;
            entry.verdict.outcome = outcome;
            entry.verdict.requirementsChecked = failing;
            if (failing)
                entry.verdict.requirementFailures = {u"Writing 5 is below the required 6."_s};
            entries.append(entry);
        };
        using O = Reconciliation::Outcome;
        for (int i = 0; i < 3; ++i)
            add(O::Verified, false);
        add(O::Verified, true);
        add(O::Mismatch, true);
        add(O::NotFound, false);
        add(O::NotFound, false);
        add(O::Error, false);

        const Reconciliation::Summary summary = Reconciliation::summarise(entries);
        QCOMPARE(summary.verified, 4);
        QCOMPARE(summary.mismatches, 1);
        QCOMPARE(summary.notFound, 2);
        QCOMPARE(summary.notReleased, 0);
        QCOMPARE(summary.errors, 1);
        QCOMPARE(summary.failingRequirements, 2);
        QCOMPARE(summary.total(), 8);
        QVERIFY(!summary.allVerified());

        EnglishPlurals english;
        QVERIFY(QCoreApplication::installTranslator(&english));
        QCOMPARE(Reconciliation::describe(summary),
                 u"4 verified, 1 mismatch, 2 not found, 1 error, 2 below the programme's "
                 u"requirements"_s);
        Reconciliation::Summary more;
        more.verified = 412;
        more.mismatches = 9;
        more.notFound = 3;
        more.notReleased = 2;
        more.errors = 2;
        QCOMPARE(Reconciliation::describe(more),
                 u"412 verified, 9 mismatches, 3 not found, 2 not released, 2 errors"_s);
        QCOMPARE(Reconciliation::describe({}), u"No applicants"_s);
        QVERIFY(QCoreApplication::removeTranslator(&english));

        Reconciliation::Summary clean;
        clean.verified = 2;
        QVERIFY(clean.allVerified());
    }
};

QTEST_GUILESS_MAIN(TestReconciliation)
#include "tst_reconciliation.moc"
