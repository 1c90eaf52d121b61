#include "ProfileStore.h"
#include "Settings.h"
#include "StorageTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The profile store's rules, against a keychain double; tst_storage_keychain repeats the main
// paths against a real Secret Service.
class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void addStoresSecretThenProfile();
    void firstProfileBecomesActive();
    void addRefusesInvalidInput();
    void addRefusesDuplicateAndReservedNames();
    void failingKeychainLeavesNothingBehind_data();
    void failingKeychainLeavesNothingBehind();
    void sessionOnlySecretStaysInMemory();
    void updateWithAndWithoutSecret();
    void renameKeepsSecret();
    void removeDeletesSecretAndPicksNextActive();
    void removeKeepsProfileWhenKeychainFails();
    void removeProceedsWithoutAnyKeychain();
    void offlineDemoInOneCall();
    void offlineDemoWithoutKeychain();
    void demoEnvironmentNeedsNoKeychain();
    void builtInDemoCannotBeChanged();
    void callbackIsAsynchronousAndSkippedForDeadContext();

private:
    static Profile sample(const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<FakeSecretStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
};

void TestProfileStore::init()
{
    QVERIFY(m_dir.isValid());
    const QString file = m_dir.filePath(QStringLiteral("settings.ini"));
    QFile::remove(file);
    m_settings = std::make_unique<Settings>(file);
    m_keychain = std::make_unique<FakeSecretStore>();
    m_store = std::make_unique<ProfileStore>(*m_settings, *m_keychain);
}

void TestProfileStore::cleanup()
{
    m_store.reset();
    m_keychain.reset();
    m_settings.reset();
}

Profile TestProfileStore::sample(const QString &name)
{
    Profile p;
    p.name = name;
    p.clientId = QStringLiteral("client-") + name.toLower().remove(u' ');
    return p;
}

void TestProfileStore::addStoresSecretThenProfile()
{
    QSignalSpy added(m_store.get(), &ProfileStore::profileAdded);
    const auto result =
        waitForAdd(*m_store, sample(QStringLiteral("  Campus A ")), QStringLiteral("secret-a"));
    QVERIFY(result);
    QVERIFY2(result->ok(), qPrintable(result->message()));
    QVERIFY(!result->profileId.isEmpty());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.at(0).at(0).toString(), result->profileId);

    const auto stored = m_store->profile(result->profileId);
    QVERIFY(stored);
    QCOMPARE(stored->name, QStringLiteral("Campus A")); // trimmed
    QVERIFY(m_keychain->secrets.value(stored->secretKey()) == QStringLiteral("secret-a"));

    const auto secret = waitForProfileSecret(*m_store, result->profileId);
    QVERIFY(secret && secret->ok());
    QVERIFY(secret->secret == QStringLiteral("secret-a"));
}

void TestProfileStore::firstProfileBecomesActive()
{
    QSignalSpy active(m_store.get(), &ProfileStore::activeProfileChanged);
    const auto first = waitForAdd(*m_store, sample(QStringLiteral("First")), QStringLiteral("s1"));
    const auto second =
        waitForAdd(*m_store, sample(QStringLiteral("Second")), QStringLiteral("s2"));
    QVERIFY(first && first->ok() && second && second->ok());
    QCOMPARE(m_store->activeProfileId(), first->profileId);
    QCOMPARE(active.count(), 1);

    QVERIFY(m_store->activate(second->profileId));
    QCOMPARE(m_store->activeProfileId(), second->profileId);
    QCOMPARE(active.count(), 2);
    QVERIFY(!m_store->activate(QStringLiteral("no-such-profile")));
    QCOMPARE(m_store->activeProfileId(), second->profileId);
}

void TestProfileStore::addRefusesInvalidInput()
{
    Profile p = sample(QStringLiteral("Campus"));
    p.clientId.clear();
    const auto result = waitForAdd(*m_store, p, QString());
    QVERIFY(result);
    QVERIFY(!result->ok());
    QCOMPARE(result->issues.size(), 2);
    QCOMPARE(result->issues.at(0).field, ProfileField::ClientId);
    QCOMPARE(result->issues.at(1).field, ProfileField::Secret);
    QCOMPARE(result->message(),
             QStringLiteral("Enter the client ID you received from the API portal.\n"
                            "Enter the client secret."));
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(m_keychain->operations, 0);
}

void TestProfileStore::addRefusesDuplicateAndReservedNames()
{
    QVERIFY(waitForAdd(*m_store, sample(QStringLiteral("Campus")), QStringLiteral("s"))->ok());

    const auto duplicate =
        waitForAdd(*m_store, sample(QStringLiteral(" campus ")), QStringLiteral("s"));
    QVERIFY(duplicate && !duplicate->ok());
    QCOMPARE(duplicate->issues.size(), 1);
    QCOMPARE(duplicate->issues.first().field, ProfileField::Name);
    QCOMPARE(duplicate->message(),
             QStringLiteral("A profile named \u201ccampus\u201d already exists."));

    const auto reserved =
        waitForAdd(*m_store, sample(QStringLiteral("Offline Demo")), QStringLiteral("s"));
    QVERIFY(reserved && !reserved->ok());
    QCOMPARE(reserved->message(),
             QStringLiteral("\u201cOffline Demo\u201d is the name of the built-in offline demo."));
    QCOMPARE(m_store->profiles().size(), 1);
}

void TestProfileStore::failingKeychainLeavesNothingBehind_data()
{
    QTest::addColumn<SecretError>("error");
    QTest::addColumn<QString>("message");

    QTest::newRow("timeout") << SecretError::Timeout
                             << QStringLiteral("The system keychain did not answer in time. It may "
                                               "be waiting to be unlocked, or its service may have "
                                               "stopped responding.");
    QTest::newRow("locked") << SecretError::Locked
                            << QStringLiteral("The system keychain is locked. Unlock it, for "
                                              "example by logging in again, and try once more.");
    QTest::newRow("access denied")
        << SecretError::AccessDenied << QStringLiteral("Access to the system keychain was denied.");
    QTest::newRow("no backend") << SecretError::NoBackend
                                << QStringLiteral(
                                       "No system keychain is available on this computer, so the "
                                       "client secret cannot be kept. It can be used for this "
                                       "session only.");
    QTest::newRow("other") << SecretError::Other
                           << QStringLiteral("The system keychain reported an error.");
}

void TestProfileStore::failingKeychainLeavesNothingBehind()
{
    QFETCH(SecretError, error);
    QFETCH(QString, message);

    m_keychain->failWith = error;
    QSignalSpy added(m_store.get(), &ProfileStore::profileAdded);
    const auto result = waitForAdd(*m_store, sample(QStringLiteral("Campus")), QStringLiteral("s"));
    QVERIFY(result);
    QCOMPARE(result->secretError, error);
    QVERIFY(result->issues.isEmpty());
    QCOMPARE(result->message(), message);
    QCOMPARE(result->secretDetail, QStringLiteral("made to fail"));
    QVERIFY(m_store->profiles().isEmpty());
    QCOMPARE(added.count(), 0);
}

void TestProfileStore::sessionOnlySecretStaysInMemory()
{
    m_keychain->failWith = SecretError::NoBackend;
    const auto result =
        waitForAdd(*m_store, sample(QStringLiteral("Campus")), QStringLiteral("session-secret"),
                   SecretPersistence::SessionOnly);
    QVERIFY(result && result->ok());
    QVERIFY(m_keychain->secrets.isEmpty());
    QVERIFY(m_store->hasSessionSecret(result->profileId));

    const auto secret = waitForProfileSecret(*m_store, result->profileId);
    QVERIFY(secret && secret->ok());
    QVERIFY(secret->secret == QStringLiteral("session-secret"));

    // A later run knows the profile but not the secret.
    ProfileStore nextRun(*m_settings, *m_keychain);
    QVERIFY(nextRun.profile(result->profileId));
    QVERIFY(!nextRun.hasSessionSecret(result->profileId));
    const auto later = waitForProfileSecret(nextRun, result->profileId);
    QVERIFY(later);
    QCOMPARE(later->error, SecretError::NoBackend);
    QVERIFY(later->secret.isEmpty());
}

void TestProfileStore::updateWithAndWithoutSecret()
{
    const auto added =
        waitForAdd(*m_store, sample(QStringLiteral("Campus")), QStringLiteral("old"));
    QVERIFY(added && added->ok());
    Profile p = *m_store->profile(added->profileId);
    const QString key = p.secretKey();
    QSignalSpy changed(m_store.get(), &ProfileStore::profileChanged);

    p.environment = Environment::Sandbox;
    p.auth = AuthMethod::Basic;
    auto result = waitFor<ProfileResult>([&](QObject *context, ProfileCallback done) {
        m_store->update(p, std::nullopt, SecretPersistence::Keychain, context, done);
    });
    QVERIFY(result && result->ok());
    QCOMPARE(m_store->profile(p.id), std::optional<Profile>(p));
    QVERIFY(m_keychain->secrets.value(key) == QStringLiteral("old"));
    QCOMPARE(changed.count(), 1);

    result = waitFor<ProfileResult>([&](QObject *context, ProfileCallback done) {
        m_store->update(p, QStringLiteral("new"), SecretPersistence::Keychain, context, done);
    });
    QVERIFY(result && result->ok());
    QVERIFY(m_keychain->secrets.value(key) == QStringLiteral("new"));

    // A new secret that cannot be stored leaves the profile as it was.
    m_keychain->failWith = SecretError::Locked;
    Profile renamed = p;
    renamed.name = QStringLiteral("Renamed");
    result = waitFor<ProfileResult>([&](QObject *context, ProfileCallback done) {
        m_store->update(renamed, QStringLiteral("newer"), SecretPersistence::Keychain, context,
                        done);
    });
    QVERIFY(result);
    QCOMPARE(result->secretError, SecretError::Locked);
    QCOMPARE(m_store->profile(p.id)->name, QStringLiteral("Campus"));

    Profile unknown = p;
    unknown.id = Profile::newId();
    result = waitFor<ProfileResult>([&](QObject *context, ProfileCallback done) {
        m_store->update(unknown, std::nullopt, SecretPersistence::Keychain, context, done);
    });
    QVERIFY(result && !result->ok());
    QCOMPARE(result->message(), QStringLiteral("This profile no longer exists."));
}

void TestProfileStore::renameKeepsSecret()
{
    const auto a = waitForAdd(*m_store, sample(QStringLiteral("Campus A")), QStringLiteral("sa"));
    const auto b = waitForAdd(*m_store, sample(QStringLiteral("Campus B")), QStringLiteral("sb"));
    QVERIFY(a && a->ok() && b && b->ok());
    QSignalSpy changed(m_store.get(), &ProfileStore::profileChanged);

    ProfileResult result = m_store->rename(a->profileId, QStringLiteral("North campus"));
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(m_store->profile(a->profileId)->name, QStringLiteral("North campus"));
    QCOMPARE(changed.count(), 1);
    const auto secret = waitForProfileSecret(*m_store, a->profileId);
    QVERIFY(secret && secret->ok() && secret->secret == QStringLiteral("sa"));

    result = m_store->rename(a->profileId, QStringLiteral("campus b"));
    QVERIFY(!result.ok());
    QCOMPARE(result.message(),
             QStringLiteral("A profile named \u201ccampus b\u201d already exists."));
    result = m_store->rename(a->profileId, QString());
    QCOMPARE(result.message(), QStringLiteral("Enter a name for the profile."));
    QCOMPARE(m_store->profile(a->profileId)->name, QStringLiteral("North campus"));
}

void TestProfileStore::removeDeletesSecretAndPicksNextActive()
{
    const auto a = waitForAdd(*m_store, sample(QStringLiteral("Alpha")), QStringLiteral("sa"));
    const auto b = waitForAdd(*m_store, sample(QStringLiteral("Beta")), QStringLiteral("sb"));
    QVERIFY(a && a->ok() && b && b->ok());
    QCOMPARE(m_store->activeProfileId(), a->profileId);
    const QString key = m_store->profile(a->profileId)->secretKey();
    QSignalSpy removed(m_store.get(), &ProfileStore::profileRemoved);
    QSignalSpy active(m_store.get(), &ProfileStore::activeProfileChanged);

    const auto result = waitForRemoveProfile(*m_store, a->profileId);
    QVERIFY(result && result->ok());
    QVERIFY(!m_store->profile(a->profileId));
    QVERIFY(!m_keychain->secrets.contains(key));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_store->activeProfileId(), b->profileId);
    QCOMPARE(active.count(), 1);

    QVERIFY(waitForRemoveProfile(*m_store, b->profileId)->ok());
    QVERIFY(m_store->activeProfileId().isEmpty());
    QVERIFY(m_keychain->secrets.isEmpty());
}

void TestProfileStore::removeKeepsProfileWhenKeychainFails()
{
    const auto a = waitForAdd(*m_store, sample(QStringLiteral("Alpha")), QStringLiteral("sa"));
    QVERIFY(a && a->ok());
    m_keychain->failWith = SecretError::Timeout;
    const auto result = waitForRemoveProfile(*m_store, a->profileId);
    QVERIFY(result);
    QCOMPARE(result->secretError, SecretError::Timeout);
    QVERIFY(m_store->profile(a->profileId));
}

void TestProfileStore::removeProceedsWithoutAnyKeychain()
{
    m_keychain->failWith = SecretError::NoBackend;
    const auto a = waitForAdd(*m_store, sample(QStringLiteral("Alpha")), QStringLiteral("sa"),
                              SecretPersistence::SessionOnly);
    QVERIFY(a && a->ok());
    const auto result = waitForRemoveProfile(*m_store, a->profileId);
    QVERIFY(result && result->ok());
    QVERIFY(!m_store->profile(a->profileId));
    QVERIFY(!m_store->hasSessionSecret(a->profileId));
}

void TestProfileStore::offlineDemoInOneCall()
{
    QSignalSpy added(m_store.get(), &ProfileStore::profileAdded);
    auto result = waitFor<ProfileResult>(
        [&](QObject *context, ProfileCallback done) { m_store->addOfflineDemo(context, done); });
    QVERIFY(result && result->ok());
    QCOMPARE(result->profileId, Profile::offlineDemoId());
    QCOMPARE(m_store->activeProfileId(), Profile::offlineDemoId());
    QCOMPARE(added.count(), 1);
    // Its secret is public: the keychain is never asked, so trying the demo raises no prompt.
    QCOMPARE(m_keychain->operations, 0);
    QVERIFY(m_store->hasSessionSecret(Profile::offlineDemoId()));

    const auto secret = waitForProfileSecret(*m_store, Profile::offlineDemoId());
    QVERIFY(secret && secret->ok());
    QCOMPARE(secret->secret, Profile::demoSecret()); // public, may be printed

    // A second call finds it there.
    result = waitFor<ProfileResult>(
        [&](QObject *context, ProfileCallback done) { m_store->addOfflineDemo(context, done); });
    QVERIFY(result && result->ok());
    QCOMPARE(added.count(), 1);
    QCOMPARE(m_store->profiles().size(), 1);

    // Removing it does not ask the keychain either.
    QVERIFY(waitForRemoveProfile(*m_store, Profile::offlineDemoId())->ok());
    QCOMPARE(m_keychain->operations, 0);
}

void TestProfileStore::demoEnvironmentNeedsNoKeychain()
{
    m_keychain->failWith = SecretError::Locked; // any use of the keychain would fail
    Profile practice = sample(QStringLiteral("Practice"));
    practice.environment = Environment::Demo;
    const auto added = waitForAdd(*m_store, practice, QString());
    QVERIFY(added);
    QVERIFY2(added->ok(), qPrintable(added->message()));
    const auto secret = waitForProfileSecret(*m_store, added->profileId);
    QVERIFY(secret && secret->ok());
    QCOMPARE(secret->secret, Profile::demoSecret());
    QCOMPARE(m_keychain->operations, 0);

    // A profile that becomes a demo one leaves its old secret behind in no keychain.
    m_keychain->failWith = SecretError::None;
    const auto real = waitForAdd(*m_store, sample(QStringLiteral("Real")), QStringLiteral("s"));
    QVERIFY(real && real->ok());
    Profile changed = *m_store->profile(real->profileId);
    QVERIFY(m_keychain->secrets.contains(changed.secretKey()));
    changed.environment = Environment::Demo;
    const auto updated = waitFor<ProfileResult>([&](QObject *context, ProfileCallback done) {
        m_store->update(changed, std::nullopt, SecretPersistence::Keychain, context, done);
    });
    QVERIFY(updated && updated->ok());
    QTRY_VERIFY(!m_keychain->secrets.contains(changed.secretKey()));
}

void TestProfileStore::offlineDemoWithoutKeychain()
{
    m_keychain->failWith = SecretError::NoBackend;
    const auto result = waitFor<ProfileResult>(
        [&](QObject *context, ProfileCallback done) { m_store->addOfflineDemo(context, done); });
    QVERIFY(result && result->ok());
    QVERIFY(m_store->hasSessionSecret(Profile::offlineDemoId()));

    // Even in a later run without a keychain, the demo's public secret is at hand.
    ProfileStore nextRun(*m_settings, *m_keychain);
    const auto secret = waitForProfileSecret(nextRun, Profile::offlineDemoId());
    QVERIFY(secret && secret->ok());
    QCOMPARE(secret->secret, Profile::demoSecret());
}

void TestProfileStore::builtInDemoCannotBeChanged()
{
    QVERIFY(waitFor<ProfileResult>([&](QObject *context, ProfileCallback done) {
                m_store->addOfflineDemo(context, done);
            })->ok());
    const ProfileResult renamed = m_store->rename(Profile::offlineDemoId(), QStringLiteral("Mine"));
    QCOMPARE(renamed.message(), QStringLiteral("The built-in offline demo cannot be renamed."));

    Profile demo = Profile::offlineDemo();
    demo.clientId = QStringLiteral("someone-else");
    const auto updated = waitFor<ProfileResult>([&](QObject *context, ProfileCallback done) {
        m_store->update(demo, std::nullopt, SecretPersistence::Keychain, context, done);
    });
    QVERIFY(updated);
    QCOMPARE(updated->message(), QStringLiteral("The built-in offline demo cannot be changed."));
    QCOMPARE(m_store->profile(Profile::offlineDemoId())->clientId, Profile::demoClientId());

    // It can be removed, and added again.
    QVERIFY(waitForRemoveProfile(*m_store, Profile::offlineDemoId())->ok());
    QVERIFY(m_store->profiles().isEmpty());
}

void TestProfileStore::callbackIsAsynchronousAndSkippedForDeadContext()
{
    bool called = false;
    {
        QObject context;
        m_store->add(sample(QStringLiteral("Campus")), QStringLiteral("s"),
                     SecretPersistence::Keychain, &context,
                     [&called](const ProfileResult &) { called = true; });
        QVERIFY(!called); // never before the call returns
    }
    QTest::qWait(50);
    QVERIFY(!called);
    QCOMPARE(m_store->profiles().size(), 1); // the operation itself still completed

    auto context = std::make_unique<QObject>();
    m_store->secret(m_store->profiles().first().id, context.get(),
                    [&called](const SecretResult &) { called = true; });
    context.reset();
    QTest::qWait(50);
    QVERIFY(!called);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
