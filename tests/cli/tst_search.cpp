#include "../support/TestCsv.h"
#include "SandboxServer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
QString S(const char *text)
{
    return QString::fromUtf8(text);
}
QString S(const QString &text)
{
    return text;
}
template <typename... Items> QStringList L(const Items &...items)
{
    return QStringList{S(items)...};
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

// Runs the built CLI while this process's event loop keeps the sandbox answering.
CliRun runCli(const QStringList &args, const QHash<QString, QString> &env = {},
              const std::function<void(QProcess &)> &whileRunning = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("IELTS_CLIENT_ID"), QStringLiteral("demo-client"));
    environment.insert(QStringLiteral("IELTS_CLIENT_SECRET"), QStringLiteral("demo-secret"));
    environment.insert(QStringLiteral("IELTS_RETRY_BASE_MS"), QStringLiteral("2"));
    // Each run counts its quota afresh: a run that the server refused must not block the next.
    QTemporaryDir data;
    environment.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
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
    if (whileRunning)
        whileRunning(process);
    if (finished.isEmpty() && !finished.wait(60000))
        process.kill();
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QSet<QString> trfs(const QList<SandboxRecord> &records)
{
    QSet<QString> set;
    for (const SandboxRecord &r : records)
        set.insert(r.trfNumber);
    return set;
}

QString stamp(const QDateTime &t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
}

using TestCsv::readCsv;
} // namespace

class TestCliSearch : public QObject
{
    Q_OBJECT

    QString endpoint(const SandboxServer &server) const { return server.resultUrl().toString(); }
    QStringList wholeRange(const SandboxServer &server) const
    {
        return {QStringLiteral("--from"), stamp(server.dataSet().oldest()), QStringLiteral("--to"),
                stamp(server.dataSet().newest())};
    }

private Q_SLOTS:
    void helpAndVersion()
    {
        const CliRun help = runCli({QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("search"));
        const CliRun searchHelp = runCli({QStringLiteral("search"), QStringLiteral("--help")});
        QCOMPARE(searchHelp.exitCode, 0);
        QVERIFY(searchHelp.out.contains("--page-size"));
        const CliRun version = runCli({QStringLiteral("--version")});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("ielts-verifier-cli "));
    }

    void badInputSendsNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString trf = QStringLiteral("17UZ010772RAKN025A");
        QTest::newRow("no command") << QStringList() << QStringLiteral("Usage");
        QTest::newRow("unknown command") << L("fetch") << QStringLiteral("unknown command");
        QTest::newRow("nothing to search") << L("search") << QStringLiteral("--trf");
        QTest::newRow("trf and range")
            << L("search", "--trf", trf, "--from", "2024-01-01", "--to", "2024-01-02")
            << QStringLiteral("not both");
        QTest::newRow("from alone")
            << L("search", "--from", "2024-01-01") << QStringLiteral("both --from and --to");
        QTest::newRow("bad date") << L("search", "--from", "2024-13-01", "--to", "2024-12-31")
                                  << QStringLiteral("2024-13-01");
        QTest::newRow("date with space")
            << L("search", "--from", "2024-01-01 10:00:00", "--to", "2024-12-31")
            << QStringLiteral("YYYY-MM-DD");
        QTest::newRow("start after end")
            << L("search", "--from", "2024-02-01", "--to", "2024-01-01")
            << QStringLiteral("before");
        QTest::newRow("future end")
            << L("search", "--from", "2024-01-01", "--to", "2999-01-01T00:00:00")
            << QStringLiteral("future");
        QTest::newRow("page size 0")
            << L("search", "--trf", trf, "--page-size", "0") << QStringLiteral("--page-size");
        QTest::newRow("page size 2001")
            << L("search", "--trf", trf, "--page-size", "2001") << QStringLiteral("--page-size");
        QTest::newRow("page size text")
            << L("search", "--trf", trf, "--page-size", "many") << QStringLiteral("--page-size");
        QTest::newRow("format") << L("search", "--trf", trf, "--format", "xml")
                                << QStringLiteral("--format");
        QTest::newRow("environment") << L("search", "--trf", trf, "--environment", "staging")
                                     << QStringLiteral("--environment");
        QTest::newRow("auth") << L("search", "--trf", trf, "--auth", "digest")
                              << QStringLiteral("--auth");
        QTest::newRow("invalid trf") << L("search", "--trf", "17UZ-0107!") << QStringLiteral("TRF");
        QTest::newRow("unknown option")
            << L("search", "--trf", trf, "--colour") << QStringLiteral("colour");
        QTest::newRow("missing folder")
            << L("search", "--trf", trf, "--output", "/nonexistent-dir/x.json")
            << QStringLiteral("nonexistent-dir");
    }
    void badInputSendsNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        SandboxServer server{SandboxConfig()};
        QVERIFY(server.listen());
        if (args.size() > 1)
            args << QStringLiteral("--endpoint") << endpoint(server);
        const CliRun run = runCli(args);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message, Qt::CaseInsensitive), qPrintable(run.err));
        QCOMPARE(server.requestCount(), 0);
    }

    void insecureEndpointsAndMissingCredentials()
    {
        const QStringList trf = {QStringLiteral("search"), QStringLiteral("--trf"),
                                 QStringLiteral("17UZ010772RAKN025A")};
        CliRun run = runCli(trf + QStringList{QStringLiteral("--endpoint"),
                                              QStringLiteral("http://results.example/v1/r")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("HTTPS")));
        SandboxServer server{SandboxConfig()};
        QVERIFY(server.listen());
        run = runCli(trf + QStringList{QStringLiteral("--endpoint"), endpoint(server)},
                     {{QStringLiteral("IELTS_CLIENT_SECRET"), QString()}});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("IELTS_CLIENT_ID")));
        QCOMPARE(server.requestCount(), 0);
    }

    void pullToJson()
    {
        SandboxConfig config;
        config.records = 300;
        config.moveRecordDuringPaging = true; // an update must not appear twice in the file
        SandboxServer server(config);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.json"));
        const CliRun run =
            runCli(QStringList{QStringLiteral("search"), QStringLiteral("--endpoint"),
                               endpoint(server), QStringLiteral("--page-size"),
                               QStringLiteral("70"), QStringLiteral("--output"), path} +
                   wholeRange(server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray results = doc.value(u"results").toArray();
        QCOMPARE(doc.value(u"recordCount").toInt(), results.size());
        QSet<QString> got;
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            got.insert(r.value(u"trfNumber").toString());
            QVERIFY(!r.contains(u"photo"));
            const SandboxRecord *truth = server.dataSet().find(r.value(u"trfNumber").toString());
            QVERIFY(truth);
            for (const auto &[name, value] : truth->fields)
                QCOMPARE(r.value(name).toString(), value); // every field as the API sent it
        }
        QCOMPARE(results.size(), got.size());
        QCOMPARE(got, trfs(server.dataSet().recordsInRange(server.dataSet().oldest(),
                                                           server.dataSet().newest())));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void pullToCsvWithPhotosOverBearer()
    {
        SandboxConfig config;
        config.records = 120;
        SandboxServer server(config);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.csv"));
        const CliRun run = runCli(
            QStringList{QStringLiteral("search"), QStringLiteral("--endpoint"), endpoint(server),
                        QStringLiteral("--token-url"), server.tokenUrl().toString(),
                        QStringLiteral("--auth"), QStringLiteral("bearer"),
                        QStringLiteral("--photos"), QStringLiteral("--format"),
                        QStringLiteral("csv"), QStringLiteral("--output"), path} +
            wholeRange(server));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = readCsv(bytes);
        const QStringList header = rows.first();
        const int trfColumn = header.indexOf(QStringLiteral("trfNumber"));
        const int nameColumn = header.indexOf(QStringLiteral("countryName"));
        const int photoColumn = header.indexOf(QStringLiteral("photo"));
        QVERIFY(trfColumn >= 0 && nameColumn >= 0 && photoColumn >= 0);
        QSet<QString> got;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            QCOMPARE(rows[i].size(), header.size());
            got.insert(rows[i].at(trfColumn));
            const SandboxRecord *truth = server.dataSet().find(rows[i].at(trfColumn));
            QVERIFY(truth);
            if (truth->value(u"countryCode") == u"ISL")
                QCOMPARE(rows[i].at(nameColumn), QStringLiteral("Iceland"));
            QCOMPARE(QByteArray::fromBase64(rows[i].at(photoColumn).toLatin1()),
                     server.dataSet().photoBytes(*truth));
            for (const QString &value : rows[i])
                QVERIFY2(!value.startsWith(u'=') && !value.startsWith(u'+') &&
                             !value.startsWith(u'@'),
                         qPrintable(value));
        }
        QCOMPARE(got, trfs(server.dataSet().recordsInRange(server.dataSet().oldest(),
                                                           server.dataSet().newest())));
    }

    void demoEnvironmentToStandardOutput()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const CliRun run = runCli(
            {QStringLiteral("search"), QStringLiteral("--environment"), QStringLiteral("demo"),
             QStringLiteral("--from"), today.addDays(-120).toString(Qt::ISODate),
             QStringLiteral("--to"), today.toString(Qt::ISODate), QStringLiteral("--quiet")},
            {{QStringLiteral("IELTS_CLIENT_ID"), QString()}});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QVERIFY(doc.value(u"recordCount").toInt() > 0);
        QCOMPARE(doc.value(u"results").toArray().size(), doc.value(u"recordCount").toInt());
        QVERIFY(run.err.isEmpty());
    }

    void trfNumbersThatMatchNothingAreNotErrors()
    {
        SandboxConfig config;
        config.trfMiss = SandboxConfig::TrfMiss::NotFound;
        SandboxServer server(config);
        QVERIFY(server.listen());
        const QString found = server.dataSet().records().at(30).trfNumber;
        const CliRun run = runCli({QStringLiteral("search"), QStringLiteral("--endpoint"),
                                   endpoint(server), QStringLiteral("--trf"), found,
                                   QStringLiteral("--trf"), QStringLiteral("99XX999999NOPE999A")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.err.contains(QStringLiteral("99XX999999NOPE999A")));
        const QJsonObject doc = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(doc.value(u"recordCount").toInt(), 1);
    }

    void failuresExitWithTheirCodeAndLeaveNoFile_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong secret") << QStringLiteral("secret") << 3 << QStringLiteral("70401");
        QTest::newRow("server quota")
            << QStringLiteral("quota") << 4 << QStringLiteral("HTTP status 429");
        QTest::newRow("503 storm") << QStringLiteral("storm") << 4 << QStringLiteral("70503");
        QTest::newRow("no service") << QStringLiteral("closed") << 5 << QStringLiteral("error:");
    }
    void failuresExitWithTheirCodeAndLeaveNoFile()
    {
        QFETCH(QString, fault);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        SandboxConfig config;
        config.records = 200;
        if (fault == u"quota")
            config.dailyQuota = 1;
        if (fault == u"storm")
            config.failEveryNth = 1;
        SandboxServer server(config);
        QVERIFY(server.listen());
        QString url = endpoint(server);
        if (fault == u"closed")
            url = QStringLiteral("http://127.0.0.1:1/v1/ielts/result-verification");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        QHash<QString, QString> env;
        if (fault == u"secret")
            env.insert(QStringLiteral("IELTS_CLIENT_SECRET"), QStringLiteral("wrong"));
        const CliRun run =
            runCli(QStringList{QStringLiteral("search"), QStringLiteral("--endpoint"), url,
                               QStringLiteral("--page-size"), QStringLiteral("50"),
                               QStringLiteral("--output"), path} +
                       wholeRange(server),
                   env);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        if (fault != u"closed")
            QVERIFY2(run.err.contains(QStringLiteral("transaction ID")), qPrintable(run.err));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }

    void interruptedRunsExit130AndLeaveNothing()
    {
        SandboxConfig config;
        config.records = 300;
        config.delayMs = 300;
        SandboxServer server(config);
        QVERIFY(server.listen());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        const CliRun run =
            runCli(QStringList{QStringLiteral("search"), QStringLiteral("--endpoint"),
                               endpoint(server), QStringLiteral("--page-size"),
                               QStringLiteral("20"), QStringLiteral("--format"),
                               QStringLiteral("csv"), QStringLiteral("--output"), path} +
                       wholeRange(server),
                   {}, [&server](QProcess &process) {
                       QTRY_VERIFY(server.requestCount() >= 2);
                       ::kill(pid_t(process.processId()), SIGINT);
                   });
        QCOMPARE(run.exitCode, 130);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_search.moc"
