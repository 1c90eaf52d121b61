#include "KeychainSecretStore.h"
#include "ProfileStore.h"
#include "Settings.h"
#include "StorageTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

// The keychain where there is no D-Bus session bus at all: each operation must end promptly with
// a plain message, never hang or crash. Each case sets the environment before the backend first
// looks at it; the backend remembers its bus for the life of the process, so the only case that
// lets it try to connect comes last.
class TestKeychainNoBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void socketThatDoesNotExist();
    void noAddressAtAll();
    void profileFallsBackToSession();
    void busThatRefusesConnections();

private:
    static void expectNoBackend(KeychainSecretStore &store);

    QTemporaryDir m_dir;
};

void TestKeychainNoBus::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("The Secret Service over D-Bus is the Linux keychain.");
#endif
    QVERIFY(m_dir.isValid());
}

void TestKeychainNoBus::expectNoBackend(KeychainSecretStore &store)
{
    const QString key = QStringLiteral("test/no-bus");
    QElapsedTimer clock;
    clock.start();
    const QList<std::optional<SecretResult>> results = {
        waitForSecret(store, key), waitForWrite(store, key, QStringLiteral("never-stored")),
        waitForRemove(store, key)};
    for (const auto &result : results) {
        QVERIFY(result);
        QCOMPARE(result->error, SecretError::NoBackend);
        QCOMPARE(result->message(),
                 QStringLiteral("No system keychain is available on this computer, so the client "
                                "secret cannot be kept. It can be used for this session only."));
        QVERIFY2(result->detail.contains(QLatin1String("D-Bus")), qPrintable(result->detail));
    }
    QVERIFY2(clock.elapsed() < 2000, "no bus must be reported at once, not after a time limit");
}

void TestKeychainNoBus::socketThatDoesNotExist()
{
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + m_dir.filePath(QStringLiteral("no-such-bus")).toUtf8());
    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(5));
    expectNoBackend(store);
}

void TestKeychainNoBus::noAddressAtAll()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    qputenv("XDG_RUNTIME_DIR", m_dir.path().toUtf8()); // holds no "bus" socket
    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(5));
    expectNoBackend(store);
}

void TestKeychainNoBus::profileFallsBackToSession()
{
    Settings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    KeychainSecretStore keychain;
    keychain.setTimeout(std::chrono::seconds(5));
    ProfileStore store(settings, keychain);
    Profile p;
    p.name = QStringLiteral("Campus");
    p.clientId = QStringLiteral("client");

    const auto refused = waitForAdd(store, p, QStringLiteral("session-secret"));
    QVERIFY(refused);
    QCOMPARE(refused->secretError, SecretError::NoBackend);
    QVERIFY(store.profiles().isEmpty());

    const auto added =
        waitForAdd(store, p, QStringLiteral("session-secret"), SecretPersistence::SessionOnly);
    QVERIFY(added && added->ok());
    const auto read = waitForProfileSecret(store, added->profileId);
    QVERIFY(read && read->ok());
    QVERIFY(read->secret == QStringLiteral("session-secret"));

    // The demo needs no keychain.
    const auto demo = waitFor<ProfileResult>(
        [&](QObject *context, ProfileCallback done) { store.addOfflineDemo(context, done); });
    QVERIFY(demo && demo->ok());
    QCOMPARE(waitForProfileSecret(store, Profile::offlineDemoId())->secret, Profile::demoSecret());

    // Deleting works too: without a keychain there is no entry to leave behind.
    QVERIFY(waitForRemoveProfile(store, added->profileId)->ok());
}

void TestKeychainNoBus::busThatRefusesConnections()
{
    // A path that exists but is no socket: only connecting can tell, so the backend tries.
    const QString path = m_dir.filePath(QStringLiteral("not-a-socket"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path.toUtf8());

    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(10));
    QElapsedTimer clock;
    clock.start();
    const auto read = waitForSecret(store, QStringLiteral("test/refused"));
    QVERIFY(read);
    QVERIFY2(read->error == SecretError::Other || read->error == SecretError::NoBackend,
             qPrintable(SecretResult::errorKey(read->error) + u' ' + read->detail));
    QVERIFY(!read->message().isEmpty());
    QVERIFY(!read->detail.isEmpty());
    QVERIFY2(clock.elapsed() < 5000, "a refused connection must not wait for the time limit");
}

QTEST_GUILESS_MAIN(TestKeychainNoBus)
#include "tst_keychain_nobus.moc"
