#include "KeychainSecretStore.h"
#include "SandboxServer.h"
#include "Settings.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// ielts-verifier-cli profile ... and search --profile, run as a separate process against a real
// Secret Service (run-with-keyring.sh) and the sandbox in this process. Secrets are compared as
// booleans, so that a failure never prints one.
class TestProfileCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void addStoresSecretInKeychainOnly();
    void listShowsProfilesAndTheActiveOne();
    void invalidInputIsRefusedBeforeTheSecret_data();
    void invalidInputIsRefusedBeforeTheSecret();
    void missingSecretIsRefused();
    void editRenamesAndReplacesSecret();
    void deleteRemovesKeychainEntry();
    void testBearerAsksForAToken();
    void testBasicWarnsAboutQuota();
    void testReportsRefusedCredentials();
    void searchWithProfile();
    void environmentOverridesProfileCredentials();
    void noKeychainFailsPlainly();
    void noSecretInAnyFileUnderHome();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QByteArray &input = {},
            const QHash<QString, QString> &environment = {});
    // Adds a custom profile that points at the sandbox.
    void addSandboxProfile(const QString &name, const QString &auth, const QString &secret);
    QString profileKey(const QString &name) const;
    bool keychainHolds(const QString &key, const QString &secret = {}) const;
    bool leaked(const Run &run) const;

    SandboxServer *m_sandbox = nullptr;
    QString m_secret; // the sandbox's client secret, unique to this run
    QStringList m_secrets;
};

void TestProfileCli::initTestCase()
{
    if (!QFile::exists(QDir::home().filePath(QStringLiteral(".ielts-throwaway-home"))))
        QSKIP("Run through tests/run-with-keyring.sh (ctest does), which provides a private "
              "Secret Service and a throwaway HOME.");
    QVERIFY(QFile::exists(QStringLiteral(IELTS_BINARY_DIR "/bin/ielts-verifier-cli")));

    m_secret = QStringLiteral("cli-") + QUuid::createUuid().toString(QUuid::Id128);
    m_secrets.append(m_secret);
    SandboxConfig config;
    config.records = 40;
    config.clientId = QStringLiteral("cli-client");
    config.clientSecret = m_secret;
    m_sandbox = new SandboxServer(config, this);
    QVERIFY(m_sandbox->listen() != 0);
}

void TestProfileCli::init()
{
    // Every test starts without profiles.
    const Run list = cli({QStringLiteral("profile"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(list.exitCode, 0);
    const QJsonArray profiles = QJsonDocument::fromJson(list.out).array();
    for (const QJsonValue &p : profiles) {
        const Run removed = cli({QStringLiteral("profile"), QStringLiteral("delete"),
                                 p.toObject().value(u"name").toString()});
        QCOMPARE(removed.exitCode, 0);
    }
    m_sandbox->clearRequestLog();
}

TestProfileCli::Run TestProfileCli::cli(const QStringList &arguments, const QByteArray &input,
                                        const QHash<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("IELTS_CLIENT_ID"));
    env.remove(QStringLiteral("IELTS_CLIENT_SECRET"));
    env.insert(QStringLiteral("IELTS_RETRY_BASE_MS"), QStringLiteral("2"));
    env.insert(QStringLiteral("IELTS_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("10000"));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it)
        env.insert(it.key(), it.value());
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(IELTS_BINARY_DIR "/bin/ielts-verifier-cli"), arguments);
    if (!process.waitForStarted())
        return {};
    process.write(input);
    process.closeWriteChannel();
    // Waiting in the event loop keeps the sandbox in this process answering.
    if (finished.isEmpty() && !finished.wait(30000))
        process.kill();
    Run run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void TestProfileCli::addSandboxProfile(const QString &name, const QString &auth,
                                       const QString &secret)
{
    const Run added =
        cli({QStringLiteral("profile"), QStringLiteral("add"), name, QStringLiteral("--client-id"),
             QStringLiteral("cli-client"), QStringLiteral("--endpoint"),
             m_sandbox->resultUrl().toString(), QStringLiteral("--token-url"),
             m_sandbox->tokenUrl().toString(), QStringLiteral("--auth"), auth},
            secret.toUtf8() + '\n');
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    QVERIFY(!leaked(added));
}

QString TestProfileCli::profileKey(const QString &name) const
{
    const Settings settings;
    for (const Profile &p : settings.profiles()) {
        if (p.name == name)
            return p.secretKey();
    }
    return {};
}

bool TestProfileCli::keychainHolds(const QString &key, const QString &secret) const
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"),
                  KeychainSecretStore::defaultService(), QStringLiteral("user"), key});
    if (!lookup.waitForFinished(10000) || lookup.exitCode() != 0)
        return false;
    const QByteArray stored = lookup.readAllStandardOutput();
    return secret.isEmpty() || stored == secret.toUtf8();
}

bool TestProfileCli::leaked(const Run &run) const
{
    for (const QString &secret : m_secrets) {
        if (run.out.contains(secret.toUtf8()) || run.err.contains(secret))
            return true;
    }
    return false;
}

void TestProfileCli::addStoresSecretInKeychainOnly()
{
    const QString secret = QStringLiteral("add-") + QUuid::createUuid().toString(QUuid::Id128);
    m_secrets.append(secret);
    const Run added =
        cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Campus North"),
             QStringLiteral("--client-id"), QStringLiteral("north-id")},
            secret.toUtf8() + "\r\n");
    QCOMPARE(added.exitCode, 0);
    QVERIFY(!leaked(added));
    QVERIFY2(added.err.contains(QStringLiteral("Profile \u201cCampus North\u201d added")),
             qPrintable(added.err));
    QVERIFY(added.err.contains(QStringLiteral("It is the active profile.")));

    const QString key = profileKey(QStringLiteral("Campus North"));
    QVERIFY(!key.isEmpty());
    QVERIFY(keychainHolds(key, secret)); // without the line ending
    const Settings settings;
    QVERIFY(!settings.profiles().isEmpty());
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains(secret.toUtf8()));
}

void TestProfileCli::listShowsProfilesAndTheActiveOne()
{
    addSandboxProfile(QStringLiteral("Local"), QStringLiteral("bearer"), m_secret);
    const Run demo =
        cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Practice"),
             QStringLiteral("--environment"), QStringLiteral("demo")});
    QCOMPARE(demo.exitCode, 0); // the demo asks for no secret

    const Run text = cli({QStringLiteral("profile"), QStringLiteral("list")});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = QString::fromUtf8(text.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("* Local ")), qPrintable(lines.at(1)));
    QVERIFY(lines.at(1).contains(m_sandbox->resultUrl().toString()));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("  Practice ")), qPrintable(lines.at(2)));
    QVERIFY(lines.at(2).contains(QStringLiteral("[test data]")));

    const Run json = cli({QStringLiteral("profile"), QStringLiteral("list"),
                          QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray array = QJsonDocument::fromJson(json.out).array();
    QCOMPARE(array.size(), 2);
    const QJsonObject local = array.at(0).toObject();
    QCOMPARE(local.value(u"name").toString(), QStringLiteral("Local"));
    QCOMPARE(local.value(u"active").toBool(), true);
    QCOMPARE(local.value(u"environment").toString(), QStringLiteral("custom"));
    QCOMPARE(local.value(u"auth").toString(), QStringLiteral("bearer"));
    QCOMPARE(local.value(u"clientId").toString(), QStringLiteral("cli-client"));
    QCOMPARE(array.at(1).toObject().value(u"testData").toBool(), true);
    QVERIFY(!leaked(text) && !leaked(json));
}

void TestProfileCli::invalidInputIsRefusedBeforeTheSecret_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList add = {QStringLiteral("profile"), QStringLiteral("add"),
                             QStringLiteral("Campus")};
    QTest::newRow("no client id") << add
                                  << QStringLiteral(
                                         "Enter the client ID you received from the API portal.");
    QTest::newRow("plain http") << add +
                                       QStringList{
                                           QStringLiteral("--client-id"),
                                           QStringLiteral("x"),
                                           QStringLiteral("--endpoint"),
                                           QStringLiteral("http://api.example.org/v1/verify"),
                                           QStringLiteral("--auth"),
                                           QStringLiteral("basic")}
                                << QStringLiteral("is not an HTTPS address");
    QTest::newRow("unknown environment")
        << add + QStringList{QStringLiteral("--client-id"), QStringLiteral("x"),
                             QStringLiteral("--environment"), QStringLiteral("staging")}
        << QStringLiteral("--environment must be production, sandbox or demo");
    QTest::newRow("both environment and endpoint")
        << add +
               QStringList{QStringLiteral("--client-id"),   QStringLiteral("x"),
                           QStringLiteral("--environment"), QStringLiteral("sandbox"),
                           QStringLiteral("--endpoint"),    QStringLiteral("https://a.example/v1")}
        << QStringLiteral("Give either --environment or --endpoint, not both.");
    QTest::newRow("no name") << QStringList{QStringLiteral("profile"), QStringLiteral("add")}
                             << QStringLiteral("Give the profile's name.");
    QTest::newRow("secret as an argument")
        << add + QStringList{QStringLiteral("--client-id"), QStringLiteral("x"),
                             QStringLiteral("--secret"), QStringLiteral("s")}
        << QStringLiteral("Unknown option 'secret'.");
    QTest::newRow("unknown profile")
        << QStringList{QStringLiteral("profile"), QStringLiteral("delete"),
                       QStringLiteral("Nobody")}
        << QStringLiteral("There is no profile named \u201cNobody\u201d.");
    QTest::newRow("unknown action")
        << QStringList{QStringLiteral("profile"), QStringLiteral("rename")}
        << QStringLiteral("unknown action \"rename\"");
}

void TestProfileCli::invalidInputIsRefusedBeforeTheSecret()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    // The input is there, but must not be needed: the refusal comes first.
    const Run run = cli(arguments, QByteArrayLiteral("ignored-secret\n"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("Client secret for")));
    QVERIFY(Settings().profiles().isEmpty());
}

void TestProfileCli::missingSecretIsRefused()
{
    const QStringList add = {QStringLiteral("profile"), QStringLiteral("add"),
                             QStringLiteral("Campus"), QStringLiteral("--client-id"),
                             QStringLiteral("x")};
    Run run = cli(add);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("No client secret was given on standard input.")),
             qPrintable(run.err));
    run = cli(add, QByteArrayLiteral("\n"));
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("Enter the client secret.")), qPrintable(run.err));
    run = cli(add, QByteArray(3000, 'x') + '\n');
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("too long")), qPrintable(run.err));
    QVERIFY(Settings().profiles().isEmpty());
}

void TestProfileCli::editRenamesAndReplacesSecret()
{
    addSandboxProfile(QStringLiteral("Local"), QStringLiteral("bearer"), QStringLiteral("old"));
    const QString key = profileKey(QStringLiteral("Local"));

    Run run = cli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("local"),
                   QStringLiteral("--name"), QStringLiteral("Local sandbox"),
                   QStringLiteral("--auth"), QStringLiteral("basic")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(profileKey(QStringLiteral("Local sandbox")), key);
    QVERIFY(keychainHolds(key, QStringLiteral("old")));
    QCOMPARE(Settings().profiles().first().auth, AuthMethod::Basic);

    run = cli({QStringLiteral("profile"), QStringLiteral("edit"), QStringLiteral("Local sandbox"),
               QStringLiteral("--new-secret")},
              m_secret.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!leaked(run));
    QVERIFY(keychainHolds(key, m_secret));
    QCOMPARE(profileKey(QStringLiteral("Local sandbox")), key);
}

void TestProfileCli::deleteRemovesKeychainEntry()
{
    addSandboxProfile(QStringLiteral("Local"), QStringLiteral("bearer"), m_secret);
    const QString key = profileKey(QStringLiteral("Local"));
    QVERIFY(keychainHolds(key));

    const Run run =
        cli({QStringLiteral("profile"), QStringLiteral("delete"), QStringLiteral("Local")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!keychainHolds(key));
    QVERIFY(Settings().profiles().isEmpty());
}

void TestProfileCli::testBearerAsksForAToken()
{
    addSandboxProfile(QStringLiteral("Local"), QStringLiteral("bearer"), m_secret);
    m_sandbox->clearRequestLog();
    const Run run = cli({QStringLiteral("profile"), QStringLiteral("test")}); // the active one
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("The credentials work.")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("quota")));
    const QList<SandboxRequest> requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, m_sandbox->tokenUrl().path());
    QVERIFY(!leaked(run));
}

void TestProfileCli::testBasicWarnsAboutQuota()
{
    addSandboxProfile(QStringLiteral("Local"), QStringLiteral("basic"), m_secret);
    m_sandbox->clearRequestLog();
    const Run run =
        cli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("Local")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const qsizetype warning =
        run.err.indexOf(QStringLiteral("costs one request of the daily quota"));
    const qsizetype verdict = run.err.indexOf(QStringLiteral("The credentials work."));
    QVERIFY2(warning >= 0 && verdict > warning, qPrintable(run.err));
    const QList<SandboxRequest> requests = m_sandbox->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, m_sandbox->resultUrl().path());
}

void TestProfileCli::testReportsRefusedCredentials()
{
    addSandboxProfile(QStringLiteral("Wrong"), QStringLiteral("bearer"),
                      QStringLiteral("not-the-secret"));
    const Run run =
        cli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("Wrong")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.startsWith(QStringLiteral("error: ")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("HTTP status 401")), qPrintable(run.err));
}

void TestProfileCli::searchWithProfile()
{
    addSandboxProfile(QStringLiteral("Local"), QStringLiteral("bearer"), m_secret);
    const QString trf = m_sandbox->dataSet().records().at(10).trfNumber;
    const Run run = cli({QStringLiteral("search"), QStringLiteral("--profile"),
                         QStringLiteral("Local"), QStringLiteral("--trf"), trf});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!leaked(run));
    QVERIFY2(run.out.contains(trf.toUtf8()), run.out.constData());

    const Run unknown = cli({QStringLiteral("search"), QStringLiteral("--profile"),
                             QStringLiteral("Nobody"), QStringLiteral("--trf"), trf});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("There is no profile named \u201cNobody\u201d.")));
}

void TestProfileCli::environmentOverridesProfileCredentials()
{
    addSandboxProfile(QStringLiteral("Local"), QStringLiteral("bearer"), m_secret);
    const QString trf = m_sandbox->dataSet().records().at(10).trfNumber;
    const QStringList search = {QStringLiteral("search"), QStringLiteral("--profile"),
                                QStringLiteral("Local"), QStringLiteral("--trf"), trf};

    Run run = cli(search, {}, {{QStringLiteral("IELTS_CLIENT_SECRET"), QStringLiteral("wrong")}});
    QCOMPARE(run.exitCode, 3);
    run = cli(search, {}, {{QStringLiteral("IELTS_CLIENT_ID"), QStringLiteral("someone-else")}});
    QCOMPARE(run.exitCode, 3);

    // With a working keychain gone, the environment alone still carries the credentials.
    run = cli(
        search, {},
        {{QStringLiteral("IELTS_CLIENT_SECRET"), m_secret},
         {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!leaked(run));
}

void TestProfileCli::noKeychainFailsPlainly()
{
    addSandboxProfile(QStringLiteral("Local"), QStringLiteral("bearer"), m_secret);
    const QHash<QString, QString> noBus = {
        {QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")}};

    Run run = cli({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Other"),
                   QStringLiteral("--client-id"), QStringLiteral("x")},
                  QByteArrayLiteral("some-secret\n"), noBus);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("No system keychain is available")),
             qPrintable(run.err));
    QVERIFY(run.err.contains(QStringLiteral("IELTS_CLIENT_SECRET")));
    QCOMPARE(Settings().profiles().size(), 1);

    const QString trf = m_sandbox->dataSet().records().at(10).trfNumber;
    run = cli({QStringLiteral("search"), QStringLiteral("--profile"), QStringLiteral("Local"),
               QStringLiteral("--trf"), trf},
              {}, noBus);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("could not be read from the system keychain")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    // Testing needs the secret as well.
    run = cli({QStringLiteral("profile"), QStringLiteral("test"), QStringLiteral("Local")}, {},
              noBus);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was tested.")), qPrintable(run.err));
}

void TestProfileCli::noSecretInAnyFileUnderHome()
{
    // After profiles were saved, tested and searched with: settings, quota counts, caches, the
    // keyring's own (encrypted) files. Nothing is left out.
    addSandboxProfile(QStringLiteral("Local"), QStringLiteral("basic"), m_secret);
    const QString trf = m_sandbox->dataSet().records().at(10).trfNumber;
    QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--profile"), QStringLiteral("Local"),
                  QStringLiteral("--trf"), trf, QStringLiteral("--output"),
                  QDir::home().filePath(QStringLiteral("results.json"))})
                 .exitCode,
             0);
    // And its exports: a spreadsheet-ready CSV and a folder of photos.
    QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--profile"), QStringLiteral("Local"),
                  QStringLiteral("--trf"), trf, QStringLiteral("--format"), QStringLiteral("csv"),
                  QStringLiteral("--photos-dir"), QDir::home().filePath(QStringLiteral("photos")),
                  QStringLiteral("--output"), QDir::home().filePath(QStringLiteral("results.csv"))})
                 .exitCode,
             0);
    QVERIFY(QFileInfo::exists(QDir::home().filePath(QStringLiteral("results.csv"))));

    int files = 0;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile())
            continue;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        ++files;
        for (int i = 0; i < m_secrets.size(); ++i) {
            const QByteArray utf8 = m_secrets.at(i).toUtf8();
            const bool found = content.contains(utf8) || content.contains(utf8.toBase64()) ||
                               content.contains(utf8.toPercentEncoding());
            QVERIFY2(!found, qPrintable(QStringLiteral("secret #%1 found in %2").arg(i).arg(path)));
        }
    }
    QVERIFY(files >= 5); // settings, the keyring, the results, the CSV and a photo at least
}

QTEST_GUILESS_MAIN(TestProfileCli)
#include "tst_profilecli.moc"
