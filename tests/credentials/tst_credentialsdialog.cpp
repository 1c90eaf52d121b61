#include "ConnectionTester.h"
#include "CredentialsDialog.h"
#include "CredentialsText.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"
#include "QuotaCounter.h"
#include "RequestBuilder.h"
#include "SandboxServer.h"
#include "Settings.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUuid>

#include <functional>
#include <memory>
#include <optional>

namespace {

// A keychain that is there but refuses everything, as one without a Secret Service does.
class BrokenKeychain final : public SecretStore
{
public:
    explicit BrokenKeychain(SecretError error)
        : m_error(error)
    {}
    void read(const QString &, QObject *context, SecretCallback done) override
    {
        fail(context, done);
    }
    void write(const QString &, const QString &, QObject *context, SecretCallback done) override
    {
        fail(context, done);
    }
    void remove(const QString &, QObject *context, SecretCallback done) override
    {
        fail(context, done);
    }

private:
    void fail(QObject *context, SecretCallback done)
    {
        deliver(context, std::move(done), SecretResult::failure(m_error));
    }
    SecretError m_error;
};

template <typename Result>
std::optional<Result>
waitFor(const std::function<void(QObject *, std::function<void(const Result &)>)> &start)
{
    QObject context;
    auto result = std::make_shared<std::optional<Result>>();
    start(&context, [result](const Result &r) { *result = r; });
    (void)QTest::qWaitFor([&] { return result->has_value(); }, 20000);
    return *result;
}

bool fileContains(const QString &path, const QString &needle)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray data = file.readAll();
    const QByteArray utf16(reinterpret_cast<const char *>(needle.utf16()), needle.size() * 2);
    return data.contains(needle.toUtf8()) || data.contains(utf16);
}

} // namespace

// Drives the credentials dialog headless, with a real Secret Service (tests/run-with-keyring.sh)
// and the project's sandbox on loopback. Secrets are only ever compared as booleans, so that a
// failure cannot print one.
class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyControlIsNamedAndLabelled();
    void validationMessagesAppearBesideTheFields();
    void urlValidation_data();
    void urlValidation();
    void secretTooLongForTheKeychain();
    void providerUrlsAreReadOnly();
    void secretCanBeShownAndHidden();
    void saveKeepsTheSecretInTheKeychainOnly();
    void editingWithoutSecretKeepsTheStoredOne();
    void keychainFailureOffersSessionOnly();
    void testConnection_data();
    void testConnection();
    void testConnectionUsesTheStoredSecret();
    void offlineDemoIsTestedAgainstTheRunningDemo();
    void closingCancelsTheTest();
    void deleteRemovesProfileAndKeychainEntry();
    void deleteCanBeCancelled();
    void listMarksTestDataInWords();
    void useThisProfileActivatesIt();
    void unsavedChangesAreNotDroppedSilently();
    void firstStartOffersTheOfflineDemo();

private:
    template <typename T> T *find(const char *name) const
    {
        return m_dialog->findChild<T *>(QLatin1String(name));
    }
    void makeDialog(SecretStore &keychain);
    static void typeInto(QLineEdit *edit, const QString &text);
    void choose(const char *combo, int value);
    void fillNewProfile(const QString &name, Environment environment, AuthMethod auth,
                        const QString &clientId, const QString &secret);
    void startSandbox();
    QString addProfile(const QString &name, Environment environment, AuthMethod auth,
                       const QString &secret);
    QString uniqueSecret();
    bool anyFileUnderHomeContains(const QString &secret, QString *where) const;
    QMessageBox *waitForMessageBox(const char *name) const;
    QString status() const { return find<QLabel>("statusLabel")->text(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<BrokenKeychain> m_brokenKeychain;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<QuotaCounter> m_quota;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<CredentialsDialog> m_dialog;
};

void TestCredentialsDialog::initTestCase()
{
    // Never touch a real person's keychain: the wrapper marks the throwaway home it makes.
    if (!QFile::exists(QDir::home().filePath(QStringLiteral(".ielts-throwaway-home"))))
        QSKIP("Run through tests/run-with-keyring.sh (ctest does), which provides a private "
              "Secret Service and a throwaway HOME.");
}

void TestCredentialsDialog::init()
{
    // Inside HOME, so that the scan for secrets covers the settings and the quota file too.
    m_dir = std::make_unique<QTemporaryDir>(QDir::home().filePath(QStringLiteral("run-XXXXXX")));
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_keychain = std::make_unique<KeychainSecretStore>();
    m_quota = std::make_unique<QuotaCounter>(m_dir->filePath(QStringLiteral("quota.json")));
    m_network = std::make_unique<QNetworkAccessManager>();
    makeDialog(*m_keychain);
}

void TestCredentialsDialog::makeDialog(SecretStore &keychain)
{
    m_dialog.reset();
    m_store = std::make_unique<ProfileStore>(*m_settings, keychain);
    m_dialog = std::make_unique<CredentialsDialog>(*m_store, m_network.get(), m_quota.get());
    m_dialog->open();
    m_dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
}

void TestCredentialsDialog::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    m_server.reset();
    m_network.reset();
    m_quota.reset();
    m_brokenKeychain.reset();
    m_keychain.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestCredentialsDialog::typeInto(QLineEdit *edit, const QString &text)
{
    QVERIFY(edit);
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else if (text.size() > 200)
        edit->insert(text); // as pasted
    else
        QTest::keyClicks(edit, text);
}

void TestCredentialsDialog::choose(const char *combo, int value)
{
    auto *box = find<QComboBox>(combo);
    QVERIFY(box);
    const int index = box->findData(value);
    QVERIFY(index >= 0);
    box->setCurrentIndex(index);
}

void TestCredentialsDialog::fillNewProfile(const QString &name, Environment environment,
                                           AuthMethod auth, const QString &clientId,
                                           const QString &secret)
{
    find<QPushButton>("newButton")->click();
    typeInto(find<QLineEdit>("nameEdit"), name);
    choose("environmentCombo", int(environment));
    if (environment == Environment::Custom) {
        QVERIFY(m_server);
        typeInto(find<QLineEdit>("resultUrlEdit"), m_server->resultUrl().toString());
        typeInto(find<QLineEdit>("tokenUrlEdit"), m_server->tokenUrl().toString());
    }
    choose("authCombo", int(auth));
    typeInto(find<QLineEdit>("clientIdEdit"), clientId);
    typeInto(find<QLineEdit>("secretEdit"), secret);
}

void TestCredentialsDialog::startSandbox()
{
    SandboxConfig config;
    config.records = 20;
    m_server = std::make_unique<SandboxServer>(config);
    QVERIFY(m_server->listen() != 0);
}

QString TestCredentialsDialog::addProfile(const QString &name, Environment environment,
                                          AuthMethod auth, const QString &secret)
{
    Profile profile = Profile::create(name);
    profile.environment = environment;
    profile.auth = auth;
    profile.clientId = SandboxConfig::demoClientId.toString();
    if (environment == Environment::Custom && m_server) {
        profile.customResultUrl = m_server->resultUrl();
        profile.customTokenUrl = m_server->tokenUrl();
    }
    const auto result = waitFor<ProfileResult>([&](QObject *context, ProfileCallback done) {
        m_store->add(profile, secret, SecretPersistence::Keychain, context, done);
    });
    if (!result || !result->ok())
        return {};
    return result->profileId;
}

QString TestCredentialsDialog::uniqueSecret()
{
    // Unguessable, so that finding it in a file cannot be a coincidence.
    return QStringLiteral("cred-") + QUuid::createUuid().toString(QUuid::Id128);
}

bool TestCredentialsDialog::anyFileUnderHomeContains(const QString &secret, QString *where) const
{
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (fileContains(path, secret)) {
            *where = path;
            return true;
        }
    }
    return false;
}

QMessageBox *TestCredentialsDialog::waitForMessageBox(const char *name) const
{
    QMessageBox *box = nullptr;
    (void)QTest::qWaitFor([&] {
        box = find<QMessageBox>(name);
        return box && box->isVisible();
    });
    return box;
}

void TestCredentialsDialog::everyControlIsNamedAndLabelled()
{
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *widget : widgets) {
        const bool isControl =
            qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
            qobject_cast<QComboBox *>(widget) || qobject_cast<QListWidget *>(widget);
        if (!isControl || qobject_cast<QComboBox *>(widget->parent()))
            continue;
        ++controls;
        QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QVERIFY2(!widget->accessibleDescription().isEmpty(), qPrintable(widget->objectName()));
    }
    QVERIFY(controls >= 16);

    // Every field is reachable through its label's shortcut.
    for (const char *label : {"profilesLabel", "nameLabel", "environmentLabel", "resultUrlLabel",
                              "tokenUrlLabel", "authLabel", "clientIdLabel", "secretLabel"}) {
        QVERIFY2(find<QLabel>(label)->buddy(), label);
        QVERIFY2(find<QLabel>(label)->text().contains(u'&'), label);
    }

    // Tab goes from the list through the form in reading order.
    const QStringList order = {QStringLiteral("nameEdit"),      QStringLiteral("environmentCombo"),
                               QStringLiteral("resultUrlEdit"), QStringLiteral("tokenUrlEdit"),
                               QStringLiteral("authCombo"),     QStringLiteral("clientIdEdit"),
                               QStringLiteral("secretEdit")};
    QWidget *widget = find<QLineEdit>("nameEdit");
    for (const QString &name : order) {
        while (widget->objectName() != name && widget != m_dialog.get())
            widget = widget->nextInFocusChain();
        QVERIFY2(widget != m_dialog.get(), qPrintable(name));
    }
}

void TestCredentialsDialog::validationMessagesAppearBesideTheFields()
{
    auto *nameError = find<QLabel>("nameError");
    auto *clientIdError = find<QLabel>("clientIdError");
    auto *save = find<QPushButton>("saveButton");

    // A pristine form does not scold, but cannot be saved either.
    QVERIFY(!nameError->isVisible());
    QVERIFY(!clientIdError->isVisible());
    QVERIFY(!save->isEnabled());

    Profile empty;
    const QList<ProfileIssue> expected = empty.validate();
    QCOMPARE(expected.size(), 2);

    typeInto(find<QLineEdit>("nameEdit"), QStringLiteral("x"));
    typeInto(find<QLineEdit>("nameEdit"), QString());
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), expected.at(0).message);
    QVERIFY(find<QLineEdit>("nameEdit")->accessibleDescription().contains(expected.at(0).message));

    typeInto(find<QLineEdit>("clientIdEdit"), QStringLiteral("x"));
    typeInto(find<QLineEdit>("clientIdEdit"), QString());
    QVERIFY(clientIdError->isVisible());
    QCOMPARE(clientIdError->text(), expected.at(1).message);

    typeInto(find<QLineEdit>("clientIdEdit"), QStringLiteral("two words"));
    QVERIFY(clientIdError->isVisible());
    QVERIFY(clientIdError->text().contains(u"spaces"));

    typeInto(find<QLineEdit>("nameEdit"), QStringLiteral("Admissions"));
    typeInto(find<QLineEdit>("clientIdEdit"), QStringLiteral("client-1"));
    QVERIFY(!nameError->isVisible());
    QVERIFY(!clientIdError->isVisible());
    QVERIFY(!save->isEnabled()); // the secret is still missing
    typeInto(find<QLineEdit>("secretEdit"), uniqueSecret());
    QVERIFY(save->isEnabled());

    // A name another profile has is refused as the store would refuse it.
    QVERIFY(!addProfile(QStringLiteral("Campus"), Environment::Production, AuthMethod::Bearer,
                        uniqueSecret())
                 .isEmpty());
    typeInto(find<QLineEdit>("nameEdit"), QStringLiteral("campus "));
    QVERIFY(nameError->isVisible());
    QVERIFY(nameError->text().contains(u"already exists"));
    QVERIFY(!save->isEnabled());
}

void TestCredentialsDialog::urlValidation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("refused");

    QTest::newRow("https") << QStringLiteral("https://api.example.org/v1/x") << false;
    QTest::newRow("http to loopback") << QStringLiteral("http://127.0.0.1:8080/v1/x") << false;
    QTest::newRow("http to localhost") << QStringLiteral("http://localhost:8080/v1/x") << false;
    QTest::newRow("http elsewhere") << QStringLiteral("http://api.example.org/v1/x") << true;
    QTest::newRow("no scheme") << QStringLiteral("api.example.org/v1/x") << true;
    QTest::newRow("malformed") << QStringLiteral("https://api example.org/") << true;
    QTest::newRow("user info") << QStringLiteral("https://me:pw@api.example.org/") << true;
}

void TestCredentialsDialog::urlValidation()
{
    QFETCH(QString, text);
    QFETCH(bool, refused);

    choose("environmentCombo", int(Environment::Custom));
    auto *resultUrl = find<QLineEdit>("resultUrlEdit");
    auto *tokenUrl = find<QLineEdit>("tokenUrlEdit");
    QVERIFY(!resultUrl->isReadOnly());
    typeInto(resultUrl, text);
    typeInto(tokenUrl, text);

    for (const char *name : {"resultUrlError", "tokenUrlError"}) {
        auto *error = find<QLabel>(name);
        QCOMPARE(error->isVisible(), refused);
        if (!refused)
            continue;
        // The service layer's own rule, or for what cannot be parsed at all, the text as typed.
        const QUrl parsed(text, QUrl::StrictMode);
        if (parsed.isValid())
            QCOMPARE(error->text(), RequestBuilder::checkEndpoint(parsed));
        else
            QVERIFY(error->text().contains(text));
    }

    typeInto(find<QLineEdit>("nameEdit"), QStringLiteral("Gateway"));
    typeInto(find<QLineEdit>("clientIdEdit"), QStringLiteral("client-1"));
    typeInto(find<QLineEdit>("secretEdit"), uniqueSecret());
    QCOMPARE(find<QPushButton>("saveButton")->isEnabled(), !refused);
}

void TestCredentialsDialog::secretTooLongForTheKeychain()
{
    const QString tooLong(Profile::maxSecretBytes + 1, u'k');
    typeInto(find<QLineEdit>("secretEdit"), tooLong);
    auto *error = find<QLabel>("secretError");
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), Profile::validateSecret(tooLong)->message);

    typeInto(find<QLineEdit>("secretEdit"), QString(Profile::maxSecretBytes, u'k'));
    QVERIFY(!error->isVisible());
}

void TestCredentialsDialog::providerUrlsAreReadOnly()
{
    auto *resultUrl = find<QLineEdit>("resultUrlEdit");
    auto *tokenUrl = find<QLineEdit>("tokenUrlEdit");
    for (Environment environment : {Environment::Production, Environment::Sandbox}) {
        choose("environmentCombo", int(environment));
        QVERIFY(resultUrl->isReadOnly());
        QVERIFY(tokenUrl->isReadOnly());
        QCOMPARE(resultUrl->text(), Connection::defaultResultUrl(environment).toString());
        QCOMPARE(tokenUrl->text(), Connection::defaultTokenUrl(environment).toString());
    }
    QVERIFY(find<QLabel>("environmentNote")->text().contains(u"TEST DATA"));

    // What was typed for Custom survives a look at another environment.
    choose("environmentCombo", int(Environment::Custom));
    QVERIFY(!resultUrl->isReadOnly());
    typeInto(resultUrl, QStringLiteral("https://gateway.example.org/results"));
    choose("environmentCombo", int(Environment::Production));
    choose("environmentCombo", int(Environment::Custom));
    QCOMPARE(resultUrl->text(), QStringLiteral("https://gateway.example.org/results"));

    choose("environmentCombo", int(Environment::Demo));
    QVERIFY(resultUrl->isReadOnly());
    QVERIFY(resultUrl->text().isEmpty());
    m_dialog->setDemoEndpoints(QUrl(QStringLiteral("http://127.0.0.1:1/r")),
                               QUrl(QStringLiteral("http://127.0.0.1:1/t")));
    QCOMPARE(resultUrl->text(), QStringLiteral("http://127.0.0.1:1/r"));
    QCOMPARE(tokenUrl->text(), QStringLiteral("http://127.0.0.1:1/t"));
}

void TestCredentialsDialog::secretCanBeShownAndHidden()
{
    auto *secret = find<QLineEdit>("secretEdit");
    auto *toggle = find<QToolButton>("showSecretButton");
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    toggle->click();
    QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    QVERIFY(toggle->accessibleName().contains(u"Hide"));
    toggle->click();
    QCOMPARE(secret->echoMode(), QLineEdit::Password);
    QVERIFY(toggle->accessibleName().contains(u"Show"));
}

void TestCredentialsDialog::saveKeepsTheSecretInTheKeychainOnly()
{
    QSignalSpy activated(m_dialog.get(), &CredentialsDialog::profileActivated);
    const QString secret = uniqueSecret();
    fillNewProfile(QStringLiteral("Admissions"), Environment::Production, AuthMethod::Bearer,
                   QStringLiteral("client-1"), secret);
    auto *save = find<QPushButton>("saveButton");
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->profiles().size(), 1, 20000);

    const Profile saved = m_store->profiles().constFirst();
    QTRY_COMPARE(m_dialog->currentProfileId(), saved.id); // the form follows the store's answer
    QCOMPARE(saved.name, QStringLiteral("Admissions"));
    QCOMPARE(saved.clientId, QStringLiteral("client-1"));
    QCOMPARE(saved.environment, Environment::Production);
    QCOMPARE(saved.auth, AuthMethod::Bearer);
    QVERIFY(status().contains(u"keychain"));

    // The first profile is the active one, and the main window hears of it.
    QCOMPARE(m_store->activeProfileId(), saved.id);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), saved.id);

    // The form lets go of the secret and says that leaving it empty keeps it.
    QVERIFY(find<QLineEdit>("secretEdit")->text().isEmpty());
    QVERIFY(find<QLineEdit>("secretEdit")->placeholderText().contains(u"keep"));
    QVERIFY(!save->isEnabled());

    // In the keychain: through the store, and straight from the Secret Service.
    QVERIFY(!m_store->hasSessionSecret(saved.id));
    const auto stored = waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { m_store->secret(saved.id, context, done); });
    QVERIFY(stored);
    QVERIFY(stored->ok());
    QVERIFY(stored->secret == secret);
    KeychainSecretStore independent;
    const auto direct = waitFor<SecretResult>([&](QObject *context, SecretCallback done) {
        independent.read(saved.secretKey(), context, done);
    });
    QVERIFY(direct);
    QVERIFY(direct->ok());
    QVERIFY(direct->secret == secret);

    // Nowhere else.
    QVERIFY(m_settings->sync());
    QVERIFY(QFile::exists(m_settings->fileName()));
    QVERIFY(!fileContains(m_settings->fileName(), secret));
    QString where;
    QVERIFY2(!anyFileUnderHomeContains(secret, &where), qPrintable(where));
    QVERIFY(!status().contains(secret));
}

void TestCredentialsDialog::editingWithoutSecretKeepsTheStoredOne()
{
    const QString secret = uniqueSecret();
    const QString id =
        addProfile(QStringLiteral("North"), Environment::Sandbox, AuthMethod::Basic, secret);
    QVERIFY(!id.isEmpty());
    m_dialog->selectProfile(id);
    QCOMPARE(find<QLineEdit>("nameEdit")->text(), QStringLiteral("North"));
    auto *save = find<QPushButton>("saveButton");
    QVERIFY(!save->isEnabled()); // nothing changed yet

    typeInto(find<QLineEdit>("nameEdit"), QStringLiteral("North campus"));
    QVERIFY(!find<QLabel>("secretError")->isVisible());
    QVERIFY(save->isEnabled());
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(find<QGroupBox>("detailsGroup")->title(),
                              QStringLiteral("Profile \u201cNorth campus\u201d"), 20000);
    QCOMPARE(m_store->profile(id)->name, QStringLiteral("North campus"));

    const auto stored = waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { m_store->secret(id, context, done); });
    QVERIFY(stored && stored->ok());
    QVERIFY(stored->secret == secret);

    // A new secret replaces the old one.
    const QString replacement = uniqueSecret();
    typeInto(find<QLineEdit>("secretEdit"), replacement);
    save->click();
    QTRY_VERIFY_WITH_TIMEOUT(find<QLineEdit>("secretEdit")->text().isEmpty(), 20000);
    const auto replaced = waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { m_store->secret(id, context, done); });
    QVERIFY(replaced && replaced->ok());
    QVERIFY(replaced->secret == replacement);
}

void TestCredentialsDialog::keychainFailureOffersSessionOnly()
{
    m_brokenKeychain = std::make_unique<BrokenKeychain>(SecretError::NoBackend);
    makeDialog(*m_brokenKeychain);
    auto *sessionOnly = find<QPushButton>("sessionOnlyButton");
    QVERIFY(!sessionOnly->isVisible());

    const QString secret = uniqueSecret();
    fillNewProfile(QStringLiteral("Laptop"), Environment::Production, AuthMethod::Bearer,
                   QStringLiteral("client-2"), secret);
    find<QPushButton>("saveButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(sessionOnly->isVisible(), 20000);
    QVERIFY(status().contains(SecretResult::message(SecretError::NoBackend)));
    QVERIFY(m_store->profiles().isEmpty());

    sessionOnly->click();
    QTRY_COMPARE_WITH_TIMEOUT(m_store->profiles().size(), 1, 20000);
    const QString id = m_store->profiles().constFirst().id;
    QVERIFY(m_store->hasSessionSecret(id));
    QTRY_COMPARE(m_dialog->currentProfileId(), id);
    QVERIFY(!sessionOnly->isVisible());
    QVERIFY(status().contains(u"session"));
    const auto stored = waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { m_store->secret(id, context, done); });
    QVERIFY(stored && stored->ok());
    QVERIFY(stored->secret == secret);

    QVERIFY(m_settings->sync());
    QString where;
    QVERIFY2(!anyFileUnderHomeContains(secret, &where), qPrintable(where));
}

void TestCredentialsDialog::testConnection_data()
{
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<bool>("rightSecret");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("quotaUsed");

    QTest::newRow("bearer, right secret")
        << AuthMethod::Bearer << true << QStringLiteral("The credentials work.") << 0;
    QTest::newRow("basic, right secret")
        << AuthMethod::Basic << true << QStringLiteral("The credentials work.") << 1;
    QTest::newRow("bearer, wrong secret")
        << AuthMethod::Bearer << false << QStringLiteral("HTTP status 401") << 0;
    QTest::newRow("basic, wrong secret")
        << AuthMethod::Basic << false << QStringLiteral("code 70401, HTTP status 401") << 1;
}

void TestCredentialsDialog::testConnection()
{
    QFETCH(AuthMethod, auth);
    QFETCH(bool, rightSecret);
    QFETCH(QString, expected);
    QFETCH(int, quotaUsed);

    startSandbox();
    const QString clientId = SandboxConfig::demoClientId.toString();
    const QString secret =
        rightSecret ? SandboxConfig::demoClientSecret.toString() : uniqueSecret();
    fillNewProfile(QStringLiteral("Sandbox"), Environment::Custom, auth, clientId, secret);

    // Basic says what the test costs before it is made.
    auto *note = find<QLabel>("quotaNote");
    QVERIFY(note->isVisible());
    QCOMPARE(note->text(),
             CredentialsText::testCostNote(auth, m_quota->remaining(clientId), m_quota->limit()));

    auto *test = find<QPushButton>("testButton");
    auto *busy = find<QProgressBar>("testProgress");
    QVERIFY(test->isEnabled());
    QVERIFY(!busy->isVisible());
    test->click();
    QVERIFY(!test->isEnabled());
    QVERIFY(busy->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000);
    QVERIFY(!busy->isVisible());

    QVERIFY2(status().contains(expected), qPrintable(status()));
    QCOMPARE(status().startsWith(u"The credentials work."), rightSecret);
    QVERIFY(!status().contains(secret));
    QCOMPARE(m_quota->used(clientId), quotaUsed);
    // Testing saves nothing.
    QVERIFY(m_store->profiles().isEmpty());
}

void TestCredentialsDialog::testConnectionUsesTheStoredSecret()
{
    startSandbox();
    const QString id = addProfile(QStringLiteral("Stored"), Environment::Custom, AuthMethod::Bearer,
                                  SandboxConfig::demoClientSecret.toString());
    QVERIFY(!id.isEmpty());
    m_dialog->selectProfile(id);
    QVERIFY(find<QLineEdit>("secretEdit")->text().isEmpty());
    auto *test = find<QPushButton>("testButton");
    QVERIFY(test->isEnabled());
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000);
    QVERIFY2(status().startsWith(u"The credentials work."), qPrintable(status()));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestCredentialsDialog::offlineDemoIsTestedAgainstTheRunningDemo()
{
    const auto added = waitFor<ProfileResult>(
        [&](QObject *context, ProfileCallback done) { m_store->addOfflineDemo(context, done); });
    QVERIFY(added && added->ok());
    m_dialog->selectProfile(Profile::offlineDemoId());
    QVERIFY(find<QLabel>("readOnlyNote")->isVisible());
    QVERIFY(find<QLineEdit>("nameEdit")->isReadOnly());
    QVERIFY(!find<QPushButton>("saveButton")->isEnabled());

    auto *test = find<QPushButton>("testButton");
    QVERIFY(test->isEnabled());
    test->click();
    QVERIFY(status().contains(u"not running"));
    QVERIFY(test->isEnabled());

    startSandbox();
    m_dialog->setDemoEndpoints(m_server->resultUrl(), m_server->tokenUrl());
    test->click();
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 20000);
    QVERIFY2(status().startsWith(u"The credentials work."), qPrintable(status()));
    QVERIFY(m_server->requestCount() >= 1);
}

void TestCredentialsDialog::closingCancelsTheTest()
{
    startSandbox();
    SandboxConfig slow = m_server->config();
    slow.delayMs = 1500;
    m_server->setConfig(slow);
    const QString id = addProfile(QStringLiteral("Slow"), Environment::Custom, AuthMethod::Bearer,
                                  SandboxConfig::demoClientSecret.toString());
    QVERIFY(!id.isEmpty());
    m_dialog->selectProfile(id);

    find<QPushButton>("testButton")->click();
    auto *tester = m_dialog->findChild<ConnectionTester *>();
    QVERIFY(tester);
    QTRY_VERIFY_WITH_TIMEOUT(tester->isRunning(), 20000); // after the keychain read
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
    QVERIFY(!tester->isRunning());
    QTest::qWait(2000);
    QVERIFY(!status().contains(u"The credentials work."));
    QVERIFY(find<QPushButton>("testButton")->isEnabled());
    QVERIFY(!find<QProgressBar>("testProgress")->isVisibleTo(m_dialog.get()));
}

void TestCredentialsDialog::deleteRemovesProfileAndKeychainEntry()
{
    const QString id = addProfile(QStringLiteral("Old campus"), Environment::Production,
                                  AuthMethod::Bearer, uniqueSecret());
    QVERIFY(!id.isEmpty());
    const QString key = m_store->profile(id)->secretKey();
    QCOMPARE(m_store->activeProfileId(), id);
    m_dialog->selectProfile(id);
    QSignalSpy activated(m_dialog.get(), &CredentialsDialog::profileActivated);

    find<QPushButton>("deleteButton")->click();
    QMessageBox *box = waitForMessageBox("deleteConfirmation");
    QVERIFY(box);
    QVERIFY(box->text().contains(u"Old campus"));
    QVERIFY(m_store->profile(id)); // nothing happens before the answer
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmDeleteButton"));
    QVERIFY(confirm);
    confirm->click();

    QTRY_VERIFY_WITH_TIMEOUT(!m_store->profile(id), 20000);
    QTRY_VERIFY(status().contains(u"deleted"));
    KeychainSecretStore independent;
    const auto read = waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { independent.read(key, context, done); });
    QVERIFY(read);
    QCOMPARE(read->error, SecretError::NotFound);

    // It was the active profile: the main window learns that none is left.
    QCOMPARE(activated.size(), 1);
    QVERIFY(activated.constFirst().constFirst().toString().isEmpty());
    QVERIFY(m_dialog->currentProfileId().isEmpty());
    QCOMPARE(find<QListWidget>("profileList")->count(), 0);
}

void TestCredentialsDialog::deleteCanBeCancelled()
{
    const QString id = addProfile(QStringLiteral("Keep me"), Environment::Production,
                                  AuthMethod::Bearer, uniqueSecret());
    QVERIFY(!id.isEmpty());
    m_dialog->selectProfile(id);
    find<QListWidget>("profileList")->setFocus();
    QTest::keyClick(find<QListWidget>("profileList"), Qt::Key_Delete);
    QMessageBox *box = waitForMessageBox("deleteConfirmation");
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTest::qWait(200);
    QVERIFY(m_store->profile(id));
    const auto read = waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { m_store->secret(id, context, done); });
    QVERIFY(read && read->ok());
}

void TestCredentialsDialog::listMarksTestDataInWords()
{
    const QString production = addProfile(QStringLiteral("Real"), Environment::Production,
                                          AuthMethod::Bearer, uniqueSecret());
    const QString sandbox = addProfile(QStringLiteral("Practice"), Environment::Sandbox,
                                       AuthMethod::Bearer, uniqueSecret());
    QVERIFY(!production.isEmpty() && !sandbox.isEmpty());
    auto *list = find<QListWidget>("profileList");
    QTRY_COMPARE(list->count(), 2);
    for (int row = 0; row < list->count(); ++row) {
        QListWidgetItem *item = list->item(row);
        const bool isSandbox = item->data(Qt::UserRole).toString() == sandbox;
        QCOMPARE(item->text().contains(u"TEST DATA"), isSandbox);
        QCOMPARE(!item->icon().isNull(), isSandbox);
        QCOMPARE(item->text().contains(u"in use"), !isSandbox); // the first one added is active
    }
}

void TestCredentialsDialog::useThisProfileActivatesIt()
{
    const QString first = addProfile(QStringLiteral("A first"), Environment::Production,
                                     AuthMethod::Bearer, uniqueSecret());
    const QString second = addProfile(QStringLiteral("B second"), Environment::Sandbox,
                                      AuthMethod::Basic, uniqueSecret());
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    QCOMPARE(m_store->activeProfileId(), first);
    QSignalSpy activated(m_dialog.get(), &CredentialsDialog::profileActivated);

    auto *list = find<QListWidget>("profileList");
    list->setCurrentRow(1); // sorted by name
    QCOMPARE(m_dialog->currentProfileId(), second);
    find<QPushButton>("useButton")->click();
    QCOMPARE(m_store->activeProfileId(), second);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), second);
    QVERIFY(list->currentItem()->text().contains(u"in use"));
}

void TestCredentialsDialog::unsavedChangesAreNotDroppedSilently()
{
    const QString first = addProfile(QStringLiteral("A first"), Environment::Production,
                                     AuthMethod::Bearer, uniqueSecret());
    const QString second = addProfile(QStringLiteral("B second"), Environment::Production,
                                      AuthMethod::Bearer, uniqueSecret());
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    m_dialog->selectProfile(first);
    typeInto(find<QLineEdit>("nameEdit"), QStringLiteral("A renamed"));

    auto *list = find<QListWidget>("profileList");
    list->setCurrentRow(1);
    QMessageBox *box = waitForMessageBox("discardConfirmation");
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!find<QMessageBox>("discardConfirmation"));
    QCOMPARE(m_dialog->currentProfileId(), first);
    QCOMPARE(find<QLineEdit>("nameEdit")->text(), QStringLiteral("A renamed"));
    QCOMPARE(list->currentRow(), 0);

    list->setCurrentRow(1);
    box = waitForMessageBox("discardConfirmation");
    QVERIFY(box);
    box->button(QMessageBox::Discard)->click();
    QTRY_COMPARE(m_dialog->currentProfileId(), second);
    QCOMPARE(find<QLineEdit>("nameEdit")->text(), QStringLiteral("B second"));
    QCOMPARE(m_store->profile(first)->name, QStringLiteral("A first"));
}

void TestCredentialsDialog::firstStartOffersTheOfflineDemo()
{
    m_dialog->setFirstStart(true);
    auto *panel = find<QWidget>("firstStartPanel");
    QVERIFY(panel->isVisible());
    QVERIFY(m_dialog->currentProfileId().isEmpty());
    QSignalSpy activated(m_dialog.get(), &CredentialsDialog::profileActivated);
    QSignalSpy finished(m_dialog.get(), &QDialog::finished);

    find<QPushButton>("demoButton")->click();
    QTRY_COMPARE_WITH_TIMEOUT(activated.size(), 1, 20000);
    QCOMPARE(activated.constFirst().constFirst().toString(), Profile::offlineDemoId());
    QVERIFY(m_store->profile(Profile::offlineDemoId()));
    QCOMPARE(m_store->activeProfileId(), Profile::offlineDemoId());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QVERIFY(!m_dialog->isVisible());

    // With a profile there, the offer is not shown again.
    m_dialog->open();
    QVERIFY(!panel->isVisible());
}

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
