#include "KeychainSecretStore.h"
#include "ProfileStore.h"
#include "Settings.h"
#include "StorageTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

// Runs against a real Secret Service in a private D-Bus session (tests/run-with-keyring.sh).
// Secrets are compared as booleans so that a failure never prints one.
class TestKeychain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void readingNothingIsNotFound();
    void overwriteAndRemove();
    void largestAllowedSecret();
    void severalProfiles();
    void renameKeepsKeychainEntry();
    void deletingProfileRemovesKeychainEntry();
    void sessionOnlySecretNeverReachesKeychain();
    void offlineDemo();
    void noSecretInAnyFileUnderHome();

private:
    QString uniqueSecret();
    // Asks the Secret Service directly, past QtKeychain, whether an entry exists.
    static bool keychainHolds(const QString &key);

    QStringList m_secrets; // every secret this test stored, to look for in files afterwards
};

void TestKeychain::initTestCase()
{
    // Never touch a real person's keychain: the wrapper marks the throwaway home it creates.
    if (!QFile::exists(QDir::home().filePath(QStringLiteral(".ielts-throwaway-home"))))
        QSKIP("Run through tests/run-with-keyring.sh (ctest does), which provides a private "
              "Secret Service and a throwaway HOME.");
    QVERIFY(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"));
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("secret-tool")).isEmpty(),
             "secret-tool (libsecret-tools) is needed to check the keychain independently");
}

QString TestKeychain::uniqueSecret()
{
    // Unguessable, so that finding it in a file cannot be a coincidence.
    const QString secret = QStringLiteral("tst-") + QUuid::createUuid().toString(QUuid::Id128) +
                           QStringLiteral("-\u00e9\u2713");
    m_secrets.append(secret);
    return secret;
}

bool TestKeychain::keychainHolds(const QString &key)
{
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"),
                  KeychainSecretStore::defaultService(), QStringLiteral("user"), key});
    if (!lookup.waitForFinished(10000))
        return false;
    lookup.readAllStandardOutput(); // the secret itself: read and dropped, never printed
    return lookup.exitStatus() == QProcess::NormalExit && lookup.exitCode() == 0;
}

void TestKeychain::roundTrip()
{
    KeychainSecretStore store;
    const QString key = QStringLiteral("test/round-trip");
    const QString secret = uniqueSecret();

    const auto written = waitForWrite(store, key, secret);
    QVERIFY(written);
    QVERIFY2(written->ok(), qPrintable(written->detail));
    QVERIFY(keychainHolds(key));

    // A second store instance, as after a restart.
    KeychainSecretStore again;
    const auto read = waitForSecret(again, key);
    QVERIFY(read);
    QVERIFY2(read->ok(), qPrintable(read->detail));
    QVERIFY(read->secret == secret);
}

void TestKeychain::readingNothingIsNotFound()
{
    KeychainSecretStore store;
    const auto read = waitForSecret(store, QStringLiteral("test/never-written"));
    QVERIFY(read);
    QCOMPARE(read->error, SecretError::NotFound);
    QCOMPARE(read->message(), QStringLiteral("No client secret is stored for this profile."));
    QVERIFY(read->secret.isEmpty());
}

void TestKeychain::overwriteAndRemove()
{
    KeychainSecretStore store;
    const QString key = QStringLiteral("test/overwrite");
    QVERIFY(waitForWrite(store, key, uniqueSecret())->ok());
    const QString second = uniqueSecret();
    QVERIFY(waitForWrite(store, key, second)->ok());
    const auto read = waitForSecret(store, key);
    QVERIFY(read && read->ok());
    QVERIFY(read->secret == second);

    QVERIFY(waitForRemove(store, key)->ok());
    QVERIFY(!keychainHolds(key));
    QCOMPARE(waitForSecret(store, key)->error, SecretError::NotFound);
    QVERIFY(waitForRemove(store, key)->ok()); // removing again is fine
}

void TestKeychain::largestAllowedSecret()
{
    KeychainSecretStore store;
    const QString key = QStringLiteral("test/largest");
    QString secret = uniqueSecret();
    secret += QString(Profile::maxSecretBytes - secret.toUtf8().size(), u'x');
    QCOMPARE(secret.toUtf8().size(), Profile::maxSecretBytes);
    QVERIFY(!Profile::validateSecret(secret));
    QVERIFY(waitForWrite(store, key, secret)->ok());
    const auto read = waitForSecret(store, key);
    QVERIFY(read && read->ok());
    QVERIFY(read->secret == secret);
}

void TestKeychain::severalProfiles()
{
    Settings settings;
    KeychainSecretStore keychain;
    ProfileStore store(settings, keychain);

    QHash<QString, QString> secretById;
    for (const char *name : {"Campus North", "Campus South", "Sandbox"}) {
        Profile p;
        p.name = QString::fromLatin1(name);
        p.clientId = QStringLiteral("client-%1").arg(secretById.size());
        if (p.name == u"Sandbox")
            p.environment = Environment::Sandbox;
        const QString secret = uniqueSecret();
        const auto added = waitForAdd(store, p, secret);
        QVERIFY(added);
        QVERIFY2(added->ok(), qPrintable(added->message() + u' ' + added->secretDetail));
        secretById.insert(added->profileId, secret);
    }
    QVERIFY(settings.sync());

    // A fresh store over the same settings and keychain, as after a restart.
    Settings reread;
    KeychainSecretStore keychainAgain;
    ProfileStore again(reread, keychainAgain);
    for (auto it = secretById.cbegin(); it != secretById.cend(); ++it) {
        QVERIFY(again.profile(it.key()));
        QVERIFY(keychainHolds(again.profile(it.key())->secretKey()));
        const auto read = waitForProfileSecret(again, it.key());
        QVERIFY(read);
        QVERIFY2(read->ok(), qPrintable(read->detail));
        QVERIFY(read->secret == it.value());
    }
}

void TestKeychain::renameKeepsKeychainEntry()
{
    Settings settings;
    KeychainSecretStore keychain;
    ProfileStore store(settings, keychain);
    Profile p;
    p.name = QStringLiteral("Before rename");
    p.clientId = QStringLiteral("rename-client");
    const QString secret = uniqueSecret();
    const auto added = waitForAdd(store, p, secret);
    QVERIFY(added && added->ok());

    QVERIFY(store.rename(added->profileId, QStringLiteral("After rename")).ok());
    const auto read = waitForProfileSecret(store, added->profileId);
    QVERIFY(read && read->ok());
    QVERIFY(read->secret == secret);
    QVERIFY(keychainHolds(store.profile(added->profileId)->secretKey()));
}

void TestKeychain::deletingProfileRemovesKeychainEntry()
{
    Settings settings;
    KeychainSecretStore keychain;
    ProfileStore store(settings, keychain);
    Profile p;
    p.name = QStringLiteral("To be deleted");
    p.clientId = QStringLiteral("delete-client");
    const auto added = waitForAdd(store, p, uniqueSecret());
    QVERIFY(added && added->ok());
    const QString key = store.profile(added->profileId)->secretKey();
    QVERIFY(keychainHolds(key));

    const auto removed = waitForRemoveProfile(store, added->profileId);
    QVERIFY(removed);
    QVERIFY2(removed->ok(), qPrintable(removed->message() + u' ' + removed->secretDetail));
    QVERIFY(!store.profile(added->profileId));
    QVERIFY(!keychainHolds(key));
    KeychainSecretStore fresh;
    QCOMPARE(waitForSecret(fresh, key)->error, SecretError::NotFound);
}

void TestKeychain::sessionOnlySecretNeverReachesKeychain()
{
    Settings settings;
    KeychainSecretStore keychain;
    ProfileStore store(settings, keychain);
    Profile p;
    p.name = QStringLiteral("Session only");
    p.clientId = QStringLiteral("session-client");
    const QString secret = uniqueSecret();
    const auto added = waitForAdd(store, p, secret, SecretPersistence::SessionOnly);
    QVERIFY(added && added->ok());
    QVERIFY(!keychainHolds(store.profile(added->profileId)->secretKey()));
    const auto read = waitForProfileSecret(store, added->profileId);
    QVERIFY(read && read->ok());
    QVERIFY(read->secret == secret);
}

void TestKeychain::offlineDemo()
{
    Settings settings;
    KeychainSecretStore keychain;
    ProfileStore store(settings, keychain);
    const auto added = waitFor<ProfileResult>(
        [&](QObject *context, ProfileCallback done) { store.addOfflineDemo(context, done); });
    QVERIFY(added && added->ok());
    // Its secret is public: it stays out of the keychain, so trying the demo raises no prompt.
    QVERIFY(!keychainHolds(Profile::offlineDemo().secretKey()));
    QVERIFY(store.hasSessionSecret(Profile::offlineDemoId()));
    const auto read = waitForProfileSecret(store, Profile::offlineDemoId());
    QVERIFY(read && read->ok());
    QCOMPARE(read->secret, Profile::demoSecret());
}

void TestKeychain::noSecretInAnyFileUnderHome()
{
    QVERIFY(!m_secrets.isEmpty());
    Settings settings;
    QVERIFY(settings.sync());
    QVERIFY(QFile::exists(settings.fileName())); // the profiles were written somewhere under HOME

    // Every file under HOME: settings, caches, logs, and the keyring's own files, which
    // gnome-keyring encrypts with the login password, so nothing needs leaving out.
    QStringList scanned;
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!it.fileInfo().isFile()) // sockets and pipes of the bus and the keyring daemon
            continue;
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray content = file.readAll();
        scanned.append(QDir::home().relativeFilePath(path));
        for (int i = 0; i < m_secrets.size(); ++i) {
            const QString &secret = m_secrets.at(i);
            const QByteArray utf8 = secret.toUtf8();
            const QByteArray utf16(reinterpret_cast<const char *>(secret.utf16()),
                                   secret.size() * 2);
            const bool found = content.contains(utf8) || content.contains(utf16) ||
                               content.contains(utf8.toBase64()) ||
                               content.contains(utf8.toPercentEncoding());
            QVERIFY2(!found, qPrintable(QStringLiteral("secret #%1 found in %2").arg(i).arg(path)));
        }
    }
    QVERIFY2(scanned.contains(QDir::home().relativeFilePath(settings.fileName())),
             qPrintable(scanned.join(u' ')));
    QVERIFY2(std::any_of(scanned.cbegin(), scanned.cend(),
                         [](const QString &p) { return p.startsWith(u".local/share/keyrings/"); }),
             qPrintable(scanned.join(u' ')));
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
