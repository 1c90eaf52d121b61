#include "SampleApplicants.h"
#include "SandboxCommandLine.h"
#include "SandboxServer.h"
#include "SandboxTestSupport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QSet>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SampleApplicants;
using Special = SandboxDataSet::Special;

namespace {

SandboxConfig configWith(int records, quint32 seed)
{
    SandboxConfig config;
    config.records = records;
    config.seed = seed;
    config.anchor = QDateTime(QDate(2024, 3, 15), QTime(12, 0, 0), Qt::UTC);
    return config;
}

int count(const QList<Row> &rows, const std::function<bool(const Row &)> &predicate)
{
    return int(std::count_if(rows.cbegin(), rows.cend(), predicate));
}

} // namespace

class TestSandboxApplicants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameDataSetGivesSameList();
    void isUtf8CsvWithTheHeaders();
    void rowsReferToRealRecords_data();
    void rowsReferToRealRecords();
    void namesAreForgivenInEveryWay();
    void datesOfBirthComeInThreeForms();
    void smallDataSetsGiveFewerRows();
    void commandLineWritesTheList();
    void commandLineReadsFailingTrfs();
    void failingTrfIsAlwaysAnsweredWithTheFailure();
};

void TestSandboxApplicants::sameDataSetGivesSameList()
{
    const SandboxDataSet a(configWith(500, 1));
    const SandboxDataSet b(configWith(500, 1));
    const SandboxDataSet c(configWith(500, 2));
    QCOMPARE(a.sampleApplicantList(), b.sampleApplicantList());
    QVERIFY(a.sampleApplicantList() != c.sampleApplicantList());
}

void TestSandboxApplicants::isUtf8CsvWithTheHeaders()
{
    const SandboxDataSet data(configWith(500, 1));
    const QByteArray csv = data.sampleApplicantList();
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                           "Applicant ID,TRF number,Family name,First name,Date of birth,Overall,"
                           "Listening,Reading,Writing,Speaking,Programme\r\n"));
    QVERIFY(csv.endsWith("\r\n"));
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8(csv);
    QVERIFY(!utf8.hasError());
    QVERIFY(text.contains(u"\u738B")); // the Chinese family name arrives intact

    const QList<QStringList> table = readCsv(csv);
    QCOMPARE(table.first(), SandboxDataSet::sampleApplicantListHeaders());
    const qsizetype rows = table.size() - 1;
    QVERIFY2(rows >= 35 && rows <= 45, qPrintable(QString::number(rows)));
    QSet<QString> ids;
    int formulas = 0;
    for (qsizetype i = 1; i < table.size(); ++i) {
        QCOMPARE(table.at(i).size(), qsizetype(ColumnCount));
        QVERIFY(table.at(i).at(ApplicantId).startsWith(u"APP-"));
        ids.insert(table.at(i).at(ApplicantId));
        QVERIFY(!table.at(i).at(Programme).isEmpty());
        if (table.at(i).at(Programme).startsWith(u'='))
            ++formulas;
    }
    QCOMPARE(ids.size(), rows);
    QCOMPARE(formulas, 1);
}

void TestSandboxApplicants::rowsReferToRealRecords_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::newRow("seed 1") << 1u;
    QTest::newRow("seed 7") << 7u;
    QTest::newRow("seed 2024") << 2024u;
}

void TestSandboxApplicants::rowsReferToRealRecords()
{
    QFETCH(quint32, seed);
    const SandboxDataSet data(configWith(500, seed));
    const QList<QStringList> table = readCsv(data.sampleApplicantList());
    const QList<Row> rows = classify(data, table.mid(1));

    QCOMPARE(count(rows, [](const Row &r) { return r.kind == Kind::NoTrf; }), 1);
    QCOMPARE(count(rows, [](const Row &r) { return r.kind == Kind::Malformed; }), 1);
    QCOMPARE(count(rows,
                   [](const Row &r) {
                       return r.kind == Kind::Malformed && r.cells.at(TrfNumber) == u"12-AB!";
                   }),
             1);
    QCOMPARE(count(rows, [](const Row &r) { return r.kind == Kind::Duplicate; }), 1);

    // Not found: a number that looks right but is not in the data set.
    const QList<Row> notFound = [&rows] {
        QList<Row> list;
        for (const Row &r : rows)
            if (r.kind == Kind::NotFound)
                list << r;
        return list;
    }();
    QCOMPARE(notFound.size(), 1);
    QVERIFY(Trf::fitsPattern(Trf::normalise(notFound.first().cells.at(TrfNumber))));

    // Not released: the withheld and the cancelled record, under their real names.
    QSet<QString> notReleased;
    for (const Row &r : rows) {
        if (r.kind != Kind::NotReleased)
            continue;
        notReleased.insert(r.record->trfNumber);
        QCOMPARE(r.nameLevel, NameLevel::Exact);
    }
    QCOMPARE(notReleased,
             (QSet<QString>{data.trf(Special::Withheld), data.trf(Special::Cancelled)}));

    // Released: every row names the record's person; three claims are wrong on purpose.
    int released = 0;
    for (const Row &r : rows) {
        if (r.kind != Kind::Released)
            continue;
        ++released;
        QVERIFY2(r.nameLevel != NameLevel::Different, qPrintable(r.cells.join(u'|')));
        QCOMPARE(r.record->value(u"status"), u"RELEASED"_s);
    }
    QVERIFY(released >= 28);
    QCOMPARE(count(rows, [](const Row &r) { return r.dobDiffers; }), 1);
    QCOMPARE(
        count(rows,
              [](const Row &r) { return r.dobDiffers && r.cells.at(DateOfBirth).contains(u'/'); }),
        1);
    const auto claimedAbove = [](const Row &r, const QString &field) {
        return r.scoresDiffering == QStringList{field} &&
               r.cells.at(Overall + int(scoreFields().indexOf(field))).toDouble() >
                   r.record->value(field).toDouble();
    };
    QCOMPARE(count(rows, [&](const Row &r) { return claimedAbove(r, u"overallBandScore"_s); }), 1);
    QCOMPARE(count(rows, [&](const Row &r) { return claimedAbove(r, u"writingScore"_s); }), 1);
    QCOMPARE(count(rows, [](const Row &r) { return !r.scoresDiffering.isEmpty(); }), 2);

    QCOMPARE(count(rows, [](const Row &r) { return r.expectedOutcome == u"Mismatch"; }), 3);
    QVERIFY(count(rows, [](const Row &r) { return r.expectedOutcome == u"Verified"; }) >= 25);
    QCOMPARE(count(rows, [](const Row &r) { return r.expectedOutcome == u"Error"; }), 3);
    QCOMPARE(count(rows, [](const Row &r) { return r.expectedOutcome == u"Not found"; }), 1);
    QCOMPARE(count(rows, [](const Row &r) { return r.expectedOutcome == u"Not released"; }), 2);

    // The international names appear as the records have them.
    for (const Special special : {Special::Icelandic, Special::ChineseName, Special::ArabicName}) {
        const QString trf = data.trf(special);
        QCOMPARE(count(rows,
                       [&trf](const Row &r) {
                           return r.record && r.record->trfNumber == trf &&
                                  r.nameLevel == NameLevel::Exact;
                       }),
                 1);
    }
}

void TestSandboxApplicants::namesAreForgivenInEveryWay()
{
    const SandboxDataSet data(configWith(500, 1));
    const QList<Row> rows = classify(data, readCsv(data.sampleApplicantList()).mid(1));
    const auto at = [&rows](NameLevel level, bool swapped) {
        return count(rows, [level, swapped](const Row &r) {
            return r.kind == Kind::Released && r.nameLevel == level && r.swapped == swapped;
        });
    };
    QVERIFY(at(NameLevel::Exact, false) >= 10);
    QVERIFY(at(NameLevel::Case, false) >= 3);
    QVERIFY(at(NameLevel::Diacritics, false) >= 2);
    QVERIFY(at(NameLevel::Spacing, false) >= 1);
    QVERIFY(at(NameLevel::Punctuation, false) >= 2);
    QCOMPARE(count(rows, [](const Row &r) { return r.swapped; }), 1);

    // The apostrophe is the typographic one people paste from word processors.
    const QString obrien = data.trf(Special::Apostrophe);
    QCOMPARE(count(rows,
                   [&obrien](const Row &r) {
                       return r.record && r.record->trfNumber == obrien &&
                              r.cells.at(FamilyName) == u"O\u2019Brien";
                   }),
             1);
}

void TestSandboxApplicants::datesOfBirthComeInThreeForms()
{
    const SandboxDataSet data(configWith(500, 1));
    const QList<QStringList> table = readCsv(data.sampleApplicantList()).mid(1);
    int iso = 0;
    int slashed = 0;
    int compact = 0;
    int empty = 0;
    for (const QStringList &row : table) {
        const QString dob = row.at(DateOfBirth);
        if (dob.isEmpty()) {
            ++empty;
        } else if (QDate::fromString(dob, u"yyyy-MM-dd").isValid()) {
            ++iso;
        } else if (QDate::fromString(dob, u"dd/MM/yyyy").isValid()) {
            ++slashed;
            // A day above 12 proves the order: nothing in the list is ambiguous.
            QVERIFY2(dob.left(2).toInt() > 12, qPrintable(dob));
        } else if (QDate::fromString(dob, u"yyyyMMdd").isValid()) {
            ++compact;
        } else {
            QFAIL(qPrintable(u"not a date: "_s + dob));
        }
    }
    QVERIFY(iso >= 3);
    QVERIFY(slashed >= 3);
    QVERIFY(compact >= 3);
    QCOMPARE(empty, 1);
}

void TestSandboxApplicants::smallDataSetsGiveFewerRows()
{
    const SandboxDataSet specials(configWith(SandboxDataSet::specialCount, 1));
    const QList<QStringList> table = readCsv(specials.sampleApplicantList());
    QCOMPARE(table.first(), SandboxDataSet::sampleApplicantListHeaders());
    const QList<Row> rows = classify(specials, table.mid(1));
    QVERIFY(rows.size() >= 10);
    QVERIFY(rows.size() < 30);
    for (const Row &r : rows) {
        QVERIFY(r.kind == Kind::Released || r.kind == Kind::NotReleased ||
                r.kind == Kind::Duplicate);
        if (r.record)
            QVERIFY(r.nameLevel != NameLevel::Different);
    }

    const SandboxDataSet none(configWith(0, 1));
    QCOMPARE(readCsv(none.sampleApplicantList()).size(), 1);
}

void TestSandboxApplicants::commandLineWritesTheList()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"applicants.csv"_s);
    QCommandLineParser parser;
    SandboxCommandLine::addOptions(parser);
    QVERIFY(
        parser.parse({u"ielts-sandbox"_s, u"--records"_s, u"200"_s, u"--seed"_s, u"5"_s,
                      u"--anchor"_s, u"2024-03-15T12:00:00"_s, u"--write-applicant-list"_s, path}));
    const auto options = SandboxCommandLine::read(parser);
    QVERIFY(options.ok());
    QCOMPARE(options.value().applicantListPath, path);
    QCOMPARE(SandboxCommandLine::writeApplicantList(options.value()), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), SandboxDataSet(configWith(200, 5)).sampleApplicantList());
    QVERIFY(parser.helpText().contains(u"--write-applicant-list"));
    QVERIFY(parser.helpText().contains(u"--fail-trf"));

    SandboxCommandLine::Options unwritable = options.value();
    unwritable.applicantListPath = dir.filePath(u"missing/folder/applicants.csv"_s);
    QVERIFY(!SandboxCommandLine::writeApplicantList(unwritable).isEmpty());
}

void TestSandboxApplicants::commandLineReadsFailingTrfs()
{
    QCommandLineParser parser;
    SandboxCommandLine::addOptions(parser);
    QVERIFY(parser.parse({u"ielts-sandbox"_s, u"--fail-trf"_s, u"23IN001234SHAP012A"_s,
                          u"--fail-trf"_s, u" 23cn004099wanx010a "_s}));
    const auto options = SandboxCommandLine::read(parser);
    QVERIFY(options.ok());
    QCOMPARE(options.value().config.failingTrfs,
             (QStringList{u"23IN001234SHAP012A"_s, u"23CN004099WANX010A"_s}));
    QVERIFY(options.value().applicantListPath.isEmpty());

    QCommandLineParser empty;
    SandboxCommandLine::addOptions(empty);
    QVERIFY(empty.parse({u"ielts-sandbox"_s, u"--fail-trf"_s, u" "_s}));
    QVERIFY(!SandboxCommandLine::read(empty).ok());
}

void TestSandboxApplicants::failingTrfIsAlwaysAnsweredWithTheFailure()
{
    SandboxConfig config = configWith(100, 1);
    SandboxServer probe(config);
    const QString failing = probe.dataSet().records().at(20).trfNumber;
    const QString working = probe.dataSet().records().at(21).trfNumber;
    config.failingTrfs = {failing};
    config.retryAfterSeconds = 2;
    SandboxServer server(config);
    QVERIFY(server.listen());
    TestHttp http;
    for (int attempt = 0; attempt < 3; ++attempt) {
        const HttpResult failed = http.get(withQuery(
            server.resultUrl(), {{u"trfNumber"_s, failing.toLower()}, {u"photoFlag"_s, u"N"_s}}));
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.errorCode(), u"70503"_s);
        QCOMPARE(failed.headers.value("retry-after"), "2"_ba);
    }
    const HttpResult ok = http.get(
        withQuery(server.resultUrl(), {{u"trfNumber"_s, working}, {u"photoFlag"_s, u"N"_s}}));
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(u"results").toArray().size(), 1);

    config.failStatus = 504;
    server.setConfig(config);
    QCOMPARE(http.get(withQuery(server.resultUrl(),
                                {{u"trfNumber"_s, failing}, {u"photoFlag"_s, u"N"_s}}))
                 .status,
             504);
}

QTEST_GUILESS_MAIN(TestSandboxApplicants)
#include "tst_sandboxapplicants.moc"
