#include "KeychainSecretStore.h"
#include "StorageTestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_LINUX
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

#include <memory>

// A session bus that accepts connections and never says a word, as a Secret Service does when it
// hangs: every keychain operation must end with Timeout after the store's own limit, answers that
// come later must be ignored, and the store must work again once the backend gives up.
class TestKeychainTimeout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void hangingReadTimesOut();
    void queuedWriteTimesOutToo();
    void destroyingStoreWithPendingJobIsSafe();
    void lateAnswersAreIgnored();

private:
    void closeListener();

    QTemporaryDir m_dir;
    int m_listener = -1;
    int m_firstCalls = 0;
    int m_secondCalls = 0;
    int m_orphanCalls = 0;
    std::unique_ptr<KeychainSecretStore> m_store;
};

void TestKeychainTimeout::initTestCase()
{
#ifndef Q_OS_LINUX
    QSKIP("The Secret Service over D-Bus is the Linux keychain.");
#else
    QVERIFY(m_dir.isValid());
    const QByteArray path = m_dir.filePath(QStringLiteral("silent-bus")).toUtf8();
    sockaddr_un address{};
    address.sun_family = AF_UNIX;
    QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
    memcpy(address.sun_path, path.constData(), size_t(path.size()));
    m_listener = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(m_listener >= 0);
    QCOMPARE(::bind(m_listener, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
    // Connections complete in the backlog; nobody ever accepts or reads them.
    QCOMPARE(::listen(m_listener, 16), 0);
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + path);
    m_store = std::make_unique<KeychainSecretStore>();
    m_store->setTimeout(std::chrono::milliseconds(400));
#endif
}

void TestKeychainTimeout::cleanupTestCase()
{
    closeListener();
}

void TestKeychainTimeout::closeListener()
{
#ifdef Q_OS_LINUX
    if (m_listener >= 0)
        ::close(m_listener);
    m_listener = -1;
#endif
}

void TestKeychainTimeout::hangingReadTimesOut()
{
    QElapsedTimer clock;
    clock.start();
    std::optional<SecretResult> result;
    m_store->read(QStringLiteral("test/hang"), this, [this, &result](const SecretResult &r) {
        ++m_firstCalls;
        result = r;
    });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(result->error, SecretError::Timeout);
    QCOMPARE(result->message(),
             QStringLiteral("The system keychain did not answer in time. It may be waiting to be "
                            "unlocked, or its service may have stopped responding."));
    QVERIFY2(elapsed >= 400, qPrintable(QString::number(elapsed)));
    QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
    QCOMPARE(m_firstCalls, 1);
}

void TestKeychainTimeout::queuedWriteTimesOutToo()
{
    std::optional<SecretResult> result;
    m_store->write(QStringLiteral("test/hang"), QStringLiteral("never-stored"), this,
                   [this, &result](const SecretResult &r) {
                       ++m_secondCalls;
                       result = r;
                   });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 5000);
    QCOMPARE(result->error, SecretError::Timeout);
    QCOMPARE(m_secondCalls, 1);
}

void TestKeychainTimeout::destroyingStoreWithPendingJobIsSafe()
{
    auto store = std::make_unique<KeychainSecretStore>();
    store->setTimeout(std::chrono::seconds(60));
    store->read(QStringLiteral("test/orphan"), this,
                [this](const SecretResult &) { ++m_orphanCalls; });
    QTest::qWait(50);
    store.reset(); // its job is still waiting for the silent bus
    QTest::qWait(50);
    QCOMPARE(m_orphanCalls, 0);
}

void TestKeychainTimeout::lateAnswersAreIgnored()
{
    // Closing the listener resets the waiting connections: the backend finally fails every job
    // it was holding, long after this store gave up on them.
    closeListener();

    // The backend runs one job at a time, so this one finishing means the earlier ones have.
    KeychainSecretStore store;
    store.setTimeout(std::chrono::seconds(20));
    std::optional<SecretResult> result;
    store.read(QStringLiteral("test/after"), this,
               [&result](const SecretResult &r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY2(result->error != SecretError::Timeout, qPrintable(result->detail));
    QVERIFY(result->error != SecretError::None);

    QTest::qWait(100);
    QCOMPARE(m_firstCalls, 1);
    QCOMPARE(m_secondCalls, 1);
    QCOMPARE(m_orphanCalls, 0);
}

QTEST_GUILESS_MAIN(TestKeychainTimeout)
#include "tst_keychain_timeout.moc"
