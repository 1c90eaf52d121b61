#include "../sandbox/SampleApplicants.h"
#include "SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SampleApplicants;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs the built CLI while this process's event loop keeps the sandbox answering. `dataHome`
// keeps the quota count between runs when given; otherwise each run counts afresh.
CliRun runCli(const QStringList &args, const QHash<QString, QString> &env = {},
              const QString &dataHome = QString())
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"IELTS_CLIENT_ID"_s, u"demo-client"_s);
    environment.insert(u"IELTS_CLIENT_SECRET"_s, u"demo-secret"_s);
    environment.insert(u"IELTS_RETRY_BASE_MS"_s, u"2"_s);
    QTemporaryDir data;
    environment.insert(u"XDG_DATA_HOME"_s, dataHome.isEmpty() ? data.path() : dataHome);
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(IELTS_BINARY_DIR "/bin/ielts-verifier-cli"), args);
    if (!process.waitForStarted())
        return {};
    if (finished.isEmpty() && !finished.wait(120000))
        process.kill();
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

SandboxConfig dataConfig()
{
    SandboxConfig config;
    config.records = 500;
    config.seed = 1;
    config.anchor = QDateTime(QDate(2025, 3, 15), QTime(12, 0, 0), Qt::UTC);
    return config;
}

int resultRequests(const SandboxServer &server)
{
    int n = 0;
    for (const SandboxRequest &r : server.requests())
        n += r.path.endsWith(u"/result-verification") ? 1 : 0;
    return n;
}

// A list of applicants who copied their Test Report Forms exactly.
QByteArray exactList(const SandboxDataSet &data, int count, int from = 0)
{
    QByteArray csv = "Applicant ID,TRF number,Family name,First name,Date of birth,Overall\r\n";
    int written = 0;
    for (int i = SandboxDataSet::specialCount + from; i < data.size() && written < count; ++i) {
        const SandboxRecord &r = data.at(i);
        if (r.isOneSkillRetake())
            continue;
        csv += QStringLiteral("A%1,%2,%3,%4,%5,%6\r\n")
                   .arg(i)
                   .arg(r.trfNumber, r.value(u"familyName"), r.value(u"firstName"),
                        r.value(u"dateOfBirth"),
                        QString::number(r.value(u"overallBandScore").toDouble()))
                   .toUtf8();
        ++written;
    }
    return csv;
}

// Distinct, well-formed TRF numbers the data set does not have.
QByteArray bigList(int rows)
{
    QByteArray csv = "TRF number,Family name\r\n";
    for (int i = 0; i < rows; ++i)
        csv += QStringLiteral("24QQ%1ZZZZ001A,Doe\r\n").arg(i, 6, 10, QChar(u'0')).toUtf8();
    return csv;
}

} // namespace

class TestCliBatch : public QObject
{
    Q_OBJECT

    QStringList base(const SandboxServer &server, const QString &input, const QString &output)
    {
        return {u"batch"_s,    u"--endpoint"_s, server.resultUrl().toString(), u"--input"_s, input,
                u"--output"_s, output};
    }

private Q_SLOTS:
    void help()
    {
        const CliRun all = runCli({u"--help"_s});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(all.out.contains("batch"));
        const CliRun help = runCli({u"batch"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const char *text :
             {"--input", "--output", "--column", "--min-overall", "--ignore-quota", "--profile",
              "--endpoint", "--token-url", "6 at least one applicant did not verify"})
            QVERIFY2(help.out.contains(text), text);
    }

    void sampleListGivesEveryOutcome()
    {
        SandboxServer server(dataConfig());
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString input = dir.filePath(u"applicants.csv"_s);
        const QString output = dir.filePath(u"report.csv"_s);
        const QByteArray sample = server.dataSet().sampleApplicantList();
        QVERIFY(writeFile(input, sample));
        const QList<Row> expected = classify(server.dataSet(), readCsv(sample).mid(1));

        const CliRun run = runCli(base(server, input, output) << u"--concurrency"_s << u"3"_s);
        QCOMPARE(run.exitCode, 6);
        QVERIFY2(run.err.contains(u"12-AB!"_s), qPrintable(run.err)); // the rejected rows
        QVERIFY2(run.err.contains(u"Report written to"_s), qPrintable(run.err));

        const QList<QStringList> report = readCsv(readAll(output));
        QVERIFY(!report.isEmpty());
        const QStringList header = report.first();
        QCOMPARE(header.value(0), u"Outcome"_s);
        QCOMPARE(header.value(1), u"Mismatched fields"_s);
        const qsizetype idColumn = header.indexOf(u"Applicant ID"_s);
        QVERIFY(idColumn > 1);
        QCOMPARE(report.size() - 1, expected.size());
        QSet<QString> outcomes;
        int sendable = 0;
        for (qsizetype i = 0; i < expected.size(); ++i) {
            const QStringList &line = report.at(i + 1);
            const Row &want = expected.at(i);
            QCOMPARE(line.value(idColumn), want.cells.at(ApplicantId)); // file order
            QVERIFY2(line.value(0) == want.expectedOutcome,
                     qPrintable(want.cells.join(u'|') + u" -> "_s + line.value(0)));
            outcomes.insert(line.value(0));
            if (want.dobDiffers)
                QVERIFY(line.value(1).contains(u"dateOfBirth"_s));
            if (want.scoresDiffering.contains(u"overallBandScore"_s))
                QVERIFY(line.value(1).contains(u"overall"_s));
            if (want.scoresDiffering.contains(u"writingScore"_s))
                QVERIFY(line.value(1).contains(u"writing"_s));
            if (want.expectedOutcome == u"Verified")
                QVERIFY(line.value(1).isEmpty());
            if (want.kind != Kind::NoTrf && want.kind != Kind::Malformed &&
                want.kind != Kind::Duplicate)
                ++sendable;
        }
        QCOMPARE(outcomes, (QSet<QString>{u"Verified"_s, u"Mismatch"_s, u"Not found"_s,
                                          u"Not released"_s, u"Error"_s}));
        // One request per distinct number that could be sent; none for the rejected rows.
        QCOMPARE(resultRequests(server), sendable);
    }

    void failingNumberGivesErrorWhileTheRestComplete()
    {
        SandboxConfig config = dataConfig();
        SandboxServer server(config);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString input = dir.filePath(u"applicants.csv"_s);
        const QString output = dir.filePath(u"report.json"_s);
        const QByteArray list = exactList(server.dataSet(), 6);
        QVERIFY(writeFile(input, list));
        const QString failing = readCsv(list).at(3).at(1);
        config.failingTrfs = {failing};
        server.setConfig(config);

        const CliRun run = runCli(base(server, input, output));
        QCOMPARE(run.exitCode, 6);
        const QJsonObject doc = QJsonDocument::fromJson(readAll(output)).object();
        const QJsonArray applicants = doc.value(u"applicants").toArray();
        QCOMPARE(applicants.size(), 6);
        for (const QJsonValue &value : applicants) {
            const QJsonObject applicant = value.toObject();
            const QString trf =
                applicant.value(u"applicant").toObject().value(u"TRF number").toString();
            QCOMPARE(applicant.value(u"outcome").toString(),
                     trf == failing ? u"Error"_s : u"Verified"_s);
        }
    }

    void everyoneVerifiedExitsZeroUnlessBelowTheRequirements()
    {
        SandboxServer server(dataConfig());
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString input = dir.filePath(u"applicants.csv"_s);
        const QString output = dir.filePath(u"report.csv"_s);
        QVERIFY(writeFile(input, exactList(server.dataSet(), 5)));
        CliRun run = runCli(base(server, input, output));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QStringList &line : readCsv(readAll(output)).mid(1))
            QCOMPARE(line.value(0), u"Verified"_s);

        run = runCli(base(server, input, output) << u"--min-overall"_s << u"9"_s);
        QCOMPARE(run.exitCode, 6);
        const QList<QStringList> report = readCsv(readAll(output));
        const qsizetype requirements = report.first().indexOf(u"Requirements"_s);
        QVERIFY(requirements > 0);
        for (const QStringList &line : report.mid(1)) {
            QCOMPARE(line.value(0), u"Verified"_s); // genuine, but below what the programme asks
            QVERIFY(!line.value(requirements).isEmpty());
        }
    }

    void refusesUpFrontWhenTheQuotaDoesNotFit()
    {
        SandboxConfig config = dataConfig();
        config.dailyQuota = 5;
        SandboxServer server(config);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        QTemporaryDir dataHome;
        const QString small = dir.filePath(u"small.csv"_s);
        const QString input = dir.filePath(u"big.csv"_s);
        const QString output = dir.filePath(u"report.csv"_s);
        QVERIFY(writeFile(small, exactList(server.dataSet(), 2)));
        QVERIFY(writeFile(input, bigList(10000)));

        // Two requests counted today on this computer; 9,998 remain of the 10,000.
        CliRun run = runCli(base(server, small, output), {}, dataHome.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY(QFile::remove(output));
        server.clearRequestLog();

        run = runCli(base(server, input, output), {}, dataHome.path());
        QCOMPARE(run.exitCode, 4);
        // Numbers as the locale writes them: 10,000 or 10000.
        static const QRegularExpression needed(u"needs 10\\D?000 "_s);
        static const QRegularExpression remain(u"9\\D?998 remain"_s);
        QVERIFY2(run.err.contains(needed) && run.err.contains(remain), qPrintable(run.err));
        QCOMPARE(resultRequests(server), 0);
        QCOMPARE(server.requests().size(), 0);
        QVERIFY(!QFile::exists(output));

        // Told to go anyway, it stops at the service's own refusal and writes nothing.
        run = runCli(base(server, input, output)
                         << u"--ignore-quota"_s << u"--concurrency"_s << u"2"_s,
                     {}, dataHome.path());
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(u"70429"_s), qPrintable(run.err));
        QVERIFY(!QFile::exists(output));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 2);
        const int sent = resultRequests(server);
        QVERIFY2(sent >= 4 && sent <= 5,
                 qPrintable(QString::number(sent))); // 5 - 2 allowed + 1 or 2 refused
    }

    void refusedCredentialsExitThree()
    {
        SandboxServer server(dataConfig());
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString input = dir.filePath(u"applicants.csv"_s);
        const QString output = dir.filePath(u"report.csv"_s);
        QVERIFY(writeFile(input, exactList(server.dataSet(), 8)));
        const CliRun run =
            runCli(base(server, input, output), {{u"IELTS_CLIENT_SECRET"_s, u"wrong"_s}});
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!QFile::exists(output));
        QVERIFY(resultRequests(server) <= 4);
    }

    void badUsageSendsNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("list");
        QTest::addColumn<QString>("message");
        const QByteArray good = "TRF number,Family name,Date of birth\r\n24QQ000001ZZZZ001A,Doe,"
                                "1990-01-02\r\n";
        QTest::newRow("no TRF column")
            << QStringList() << "Name,Date of birth\r\nDoe,1990-01-02\r\n"_ba << u"TRF"_s;
        QTest::newRow("empty file") << QStringList() << QByteArray() << u"empty"_s;
        QTest::newRow("unknown field")
            << QStringList{u"--column"_s, u"colour=Family name"_s} << good << u"--column"_s;
        QTest::newRow("unknown header")
            << QStringList{u"--column"_s, u"familyName=Surname"_s} << good << u"Surname"_s;
        QTest::newRow("bad band") << QStringList{u"--min-overall"_s, u"9.7"_s} << good
                                  << u"--min-overall"_s;
        QTest::newRow("bad skill")
            << QStringList{u"--min-skill"_s, u"high"_s} << good << u"--min-skill"_s;
        QTest::newRow("bad age") << QStringList{u"--max-age-years"_s, u"0"_s} << good
                                 << u"--max-age-years"_s;
        QTest::newRow("bad format")
            << QStringList{u"--format"_s, u"xml"_s} << good << u"--format"_s;
        QTest::newRow("bad date order")
            << QStringList{u"--date-order"_s, u"year"_s} << good << u"--date-order"_s;
        QTest::newRow("bad concurrency")
            << QStringList{u"--concurrency"_s, u"0"_s} << good << u"--concurrency"_s;
        QTest::newRow("bad auth") << QStringList{u"--auth"_s, u"digest"_s} << good << u"--auth"_s;
    }
    void badUsageSendsNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, list);
        QFETCH(QString, message);
        SandboxServer server(dataConfig());
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString input = dir.filePath(u"applicants.csv"_s);
        const QString output = dir.filePath(u"report.csv"_s);
        QVERIFY(writeFile(input, list));
        const CliRun run = runCli(base(server, input, output) + extra);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.err));
        QCOMPARE(server.requestCount(), 0);
        QVERIFY(!QFile::exists(output));
    }

    void missingFilesAndOptionsSendNothing()
    {
        SandboxServer server(dataConfig());
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString input = dir.filePath(u"applicants.csv"_s);
        QVERIFY(writeFile(input, exactList(server.dataSet(), 2)));
        const QString endpoint = server.resultUrl().toString();
        const QList<QStringList> cases = {
            {u"batch"_s, u"--endpoint"_s, endpoint, u"--output"_s, dir.filePath(u"r.csv"_s)},
            {u"batch"_s, u"--endpoint"_s, endpoint, u"--input"_s, input},
            {u"batch"_s, u"--endpoint"_s, endpoint, u"--input"_s, dir.filePath(u"none.csv"_s),
             u"--output"_s, dir.filePath(u"r.csv"_s)},
            {u"batch"_s, u"--endpoint"_s, endpoint, u"--input"_s, input, u"--output"_s,
             dir.filePath(u"no/such/folder/r.csv"_s)},
        };
        for (const QStringList &args : cases) {
            const CliRun run = runCli(args);
            QVERIFY2(run.exitCode == 2, qPrintable(args.join(u' ') + u": "_s + run.err));
        }
        const CliRun noCredentials = runCli({u"batch"_s, u"--endpoint"_s, endpoint, u"--input"_s,
                                             input, u"--output"_s, dir.filePath(u"r.csv"_s)},
                                            {{u"IELTS_CLIENT_ID"_s, QString()}});
        QCOMPARE(noCredentials.exitCode, 2);
        QCOMPARE(server.requestCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_cli_batch.moc"
