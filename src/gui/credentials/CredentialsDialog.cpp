#include "CredentialsDialog.h"

#include "CredentialsTestRun.h"
#include "CredentialsText.h"
#include "QuotaCounter.h"
#include "ui_CredentialsDialog.h"

#include <QAccessible>
#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>

#include <algorithm>

namespace {

constexpr int profileIdRole = Qt::UserRole;
const char baseDescriptionProperty[] = "ieltsBaseDescription";

ProfileField fieldOf(int touched)
{
    static constexpr ProfileField fields[] = {ProfileField::Name, ProfileField::ClientId,
                                              ProfileField::ResultUrl, ProfileField::TokenUrl,
                                              ProfileField::Secret};
    return fields[touched];
}

// Strict parsing: what is typed is what is checked, without guessing a scheme.
QUrl urlFromText(const QString &text)
{
    return QUrl(text.trimmed(), QUrl::StrictMode);
}

} // namespace

CredentialsDialog::CredentialsDialog(ProfileStore &profiles, QNetworkAccessManager *network,
                                     QuotaCounter *quota, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
    , m_profiles(profiles)
    , m_quota(quota)
    , m_testRun(new CredentialsTestRun(profiles, network, quota, this))
{
    m_ui->setupUi(this);
    setUpControls();
    reloadList();
    if (const auto active = m_profiles.activeProfile())
        loadProfile(*active);
    else if (const QList<Profile> all = m_profiles.profiles(); !all.isEmpty())
        loadProfile(all.constFirst());
    else
        startNewProfile();
}

CredentialsDialog::~CredentialsDialog() = default;

void CredentialsDialog::setUpControls()
{
    for (Environment environment :
         {Environment::Production, Environment::Sandbox, Environment::Demo, Environment::Custom})
        m_ui->environmentCombo->addItem(environmentDisplayName(environment), int(environment));
    for (AuthMethod method : {AuthMethod::Bearer, AuthMethod::Basic})
        m_ui->authCombo->addItem(authMethodDisplayName(method), int(method));

    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    for (QLabel *label : {m_ui->nameError, m_ui->resultUrlError, m_ui->tokenUrlError,
                          m_ui->clientIdError, m_ui->secretError}) {
        label->setPalette(errorPalette);
        label->hide();
    }
    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->resultUrlEdit, m_ui->tokenUrlEdit,
                            m_ui->clientIdEdit, m_ui->secretEdit})
        edit->setProperty(baseDescriptionProperty, edit->accessibleDescription());
    toggleSecretVisible(false);
    m_ui->readOnlyNote->hide();
    m_ui->testProgress->hide();
    m_ui->statusLabel->hide();
    m_ui->sessionOnlyButton->hide();
    m_ui->firstStartPanel->hide();

    // Return in a field saves; nothing else is triggered by it.
    m_ui->saveButton->setAutoDefault(true);
    m_ui->saveButton->setDefault(true);
    if (QPushButton *close = m_ui->buttonBox->button(QDialogButtonBox::Close)) {
        close->setAutoDefault(false);
        close->setObjectName(QStringLiteral("closeButton"));
        close->setAccessibleName(tr("Close"));
        close->setAccessibleDescription(
            tr("Closes this dialog; a running connection test is stopped."));
    }

    auto *deleteAction = new QAction(tr("Delete Profile"), m_ui->profileList);
    deleteAction->setObjectName(QStringLiteral("deleteProfileAction"));
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->profileList->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &CredentialsDialog::confirmDelete);

    connect(m_ui->profileList, &QListWidget::currentItemChanged, this,
            &CredentialsDialog::onCurrentItemChanged);
    connect(m_ui->profileList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *) { useSelected(); });
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this,
            [this] { onFieldEdited(Touched::Name); });
    connect(m_ui->clientIdEdit, &QLineEdit::textChanged, this,
            [this] { onFieldEdited(Touched::ClientId); });
    connect(m_ui->resultUrlEdit, &QLineEdit::textChanged, this,
            [this] { onFieldEdited(Touched::ResultUrl); });
    connect(m_ui->tokenUrlEdit, &QLineEdit::textChanged, this,
            [this] { onFieldEdited(Touched::TokenUrl); });
    connect(m_ui->secretEdit, &QLineEdit::textChanged, this,
            [this] { onFieldEdited(Touched::Secret); });
    connect(m_ui->environmentCombo, &QComboBox::currentIndexChanged, this,
            &CredentialsDialog::onEnvironmentChanged);
    connect(m_ui->authCombo, &QComboBox::currentIndexChanged, this, [this] {
        validate();
        updateQuotaNote();
    });
    connect(m_ui->showSecretButton, &QToolButton::toggled, this,
            &CredentialsDialog::toggleSecretVisible);

    connect(m_ui->newButton, &QPushButton::clicked, this,
            [this] { confirmDiscard([this] { startNewProfile(); }); });
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CredentialsDialog::confirmDelete);
    connect(m_ui->useButton, &QPushButton::clicked, this, &CredentialsDialog::useSelected);
    connect(m_ui->saveButton, &QPushButton::clicked, this,
            [this] { save(SecretPersistence::Keychain); });
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this,
            [this] { save(SecretPersistence::SessionOnly); });
    connect(m_ui->testButton, &QPushButton::clicked, this, &CredentialsDialog::testConnection);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &CredentialsDialog::useOfflineDemo);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testRun, &CredentialsTestRun::progress, this, &CredentialsDialog::showStatus);
    connect(m_testRun, &CredentialsTestRun::finished, this,
            [this](bool, const QString &text) { onTestFinished(text); });

    connect(&m_profiles, &ProfileStore::profileAdded, this, [this] { reloadList(); });
    connect(&m_profiles, &ProfileStore::profileChanged, this, [this] { reloadList(); });
    connect(&m_profiles, &ProfileStore::activeProfileChanged, this, [this] { reloadList(); });
    connect(&m_profiles, &ProfileStore::profileRemoved, this, [this](const QString &id) {
        reloadList();
        if (id == m_editingId)
            showFallbackProfile();
    });
}

void CredentialsDialog::setFirstStart(bool firstStart)
{
    m_firstStart = firstStart;
    updateFirstStartPanel();
    if (m_ui->firstStartPanel->isVisibleTo(this))
        m_ui->demoButton->setFocus(Qt::OtherFocusReason);
}

void CredentialsDialog::setDemoEndpoints(const QUrl &resultUrl, const QUrl &tokenUrl)
{
    m_testRun->setDemoEndpoints(resultUrl, tokenUrl);
    if (Environment(m_ui->environmentCombo->currentData().toInt()) == Environment::Demo)
        onEnvironmentChanged();
}

void CredentialsDialog::selectProfile(const QString &profileId)
{
    if (const auto profile = m_profiles.profile(profileId))
        loadProfile(*profile);
}

void CredentialsDialog::done(int result)
{
    if (result == Rejected && isVisible() && isDirty()) {
        confirmDiscard([this] { closeNow(Rejected); });
        return;
    }
    closeNow(result);
}

void CredentialsDialog::closeNow(int result)
{
    stopTest();
    // Whatever was typed is dropped; the dialog opens again on the stored state.
    if (m_editingId.isEmpty() || !m_profiles.profile(m_editingId))
        showFallbackProfile();
    else
        selectProfile(m_editingId);
    QDialog::done(result);
}

void CredentialsDialog::reloadList()
{
    QListWidget *list = m_ui->profileList;
    const QSignalBlocker blocker(list);
    list->clear();
    const QString active = m_profiles.activeProfileId();
    const QIcon testIcon = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Profile &profile : m_profiles.profiles()) {
        const bool isActive = profile.id == active;
        auto *item = new QListWidgetItem(CredentialsText::listLabel(profile, isActive), list);
        item->setData(profileIdRole, profile.id);
        const QString description = CredentialsText::listDescription(profile, isActive);
        item->setToolTip(description);
        item->setData(Qt::AccessibleDescriptionRole, description);
        if (profile.isTestEnvironment())
            item->setIcon(testIcon);
        if (isActive) {
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
        if (profile.id == m_editingId)
            list->setCurrentItem(item);
    }
    if (m_editingId.isEmpty())
        list->setCurrentRow(-1);
    updateFirstStartPanel();
    updateButtons();
}

void CredentialsDialog::updateFirstStartPanel()
{
    m_ui->firstStartPanel->setVisible(m_firstStart && m_profiles.profiles().isEmpty());
}

void CredentialsDialog::showFallbackProfile()
{
    if (const auto active = m_profiles.activeProfile())
        loadProfile(*active);
    else if (const QList<Profile> all = m_profiles.profiles(); !all.isEmpty())
        loadProfile(all.constFirst());
    else
        startNewProfile();
}

void CredentialsDialog::onCurrentItemChanged(QListWidgetItem *current, QListWidgetItem *)
{
    const QString id = current ? current->data(profileIdRole).toString() : QString();
    if (id == m_editingId)
        return;
    auto show = [this, id] {
        if (const auto profile = m_profiles.profile(id))
            loadProfile(*profile);
        else
            startNewProfile();
    };
    auto keep = [this] {
        reloadList();
    };
    confirmDiscard(show, keep);
}

void CredentialsDialog::startNewProfile()
{
    stopTest();
    ++m_generation;
    m_editingId.clear();
    m_saved.reset();
    m_touched.clear();
    m_customResultUrl.clear();
    m_customTokenUrl.clear();

    m_loading = true;
    m_ui->nameEdit->clear();
    m_ui->environmentCombo->setCurrentIndex(
        m_ui->environmentCombo->findData(int(Environment::Production)));
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(AuthMethod::Bearer)));
    m_ui->clientIdEdit->clear();
    m_ui->secretEdit->clear();
    m_ui->showSecretButton->setChecked(false);
    m_loading = false;

    m_ui->detailsGroup->setTitle(tr("New profile"));
    m_ui->secretEdit->setPlaceholderText(tr("The client secret from the API portal"));
    setFormEditable(true);
    showStatus({});
    m_ui->sessionOnlyButton->hide();
    reloadList();
    onEnvironmentChanged();
}

void CredentialsDialog::loadProfile(const Profile &profile)
{
    stopTest();
    ++m_generation;
    m_editingId = profile.id;
    m_saved = profile;
    m_touched = {Touched::Name, Touched::ClientId, Touched::ResultUrl, Touched::TokenUrl};
    m_customResultUrl = profile.customResultUrl.toString();
    m_customTokenUrl = profile.customTokenUrl.toString();

    m_loading = true;
    m_ui->nameEdit->setText(profile.name);
    m_ui->environmentCombo->setCurrentIndex(
        m_ui->environmentCombo->findData(int(profile.environment)));
    m_ui->authCombo->setCurrentIndex(m_ui->authCombo->findData(int(profile.auth)));
    m_ui->clientIdEdit->setText(profile.clientId);
    m_ui->secretEdit->clear();
    m_ui->showSecretButton->setChecked(false);
    m_loading = false;

    m_ui->detailsGroup->setTitle(tr("Profile \u201c%1\u201d").arg(profile.name));
    const bool builtIn = profile.isOfflineDemo();
    m_ui->secretEdit->setPlaceholderText(builtIn ? tr("The demo's public secret is used")
                                         : m_profiles.hasSessionSecret(profile.id)
                                             ? tr("Kept for this session; leave empty to keep it")
                                             : tr("Leave empty to keep the stored secret"));
    setFormEditable(!builtIn);
    showStatus({});
    m_ui->sessionOnlyButton->hide();
    reloadList();
    onEnvironmentChanged();
}

void CredentialsDialog::setFormEditable(bool editable)
{
    m_ui->readOnlyNote->setVisible(!editable);
    m_ui->nameEdit->setReadOnly(!editable);
    m_ui->clientIdEdit->setReadOnly(!editable);
    m_ui->environmentCombo->setEnabled(editable);
    m_ui->authCombo->setEnabled(editable);
    m_ui->secretEdit->setEnabled(editable);
    m_ui->showSecretButton->setEnabled(editable);
}

void CredentialsDialog::onEnvironmentChanged()
{
    const auto environment = Environment(m_ui->environmentCombo->currentData().toInt());
    const bool custom = environment == Environment::Custom;
    const bool demoRunning = m_testRun->isDemoRunning();
    QString resultText = m_customResultUrl;
    QString tokenText = m_customTokenUrl;
    if (environment == Environment::Demo) {
        resultText = m_testRun->demoResultUrl().toString();
        tokenText = m_testRun->demoTokenUrl().toString();
    } else if (!custom) {
        resultText = Connection::defaultResultUrl(environment).toString();
        tokenText = Connection::defaultTokenUrl(environment).toString();
    }

    m_loading = true;
    m_ui->resultUrlEdit->setText(resultText);
    m_ui->tokenUrlEdit->setText(tokenText);
    m_loading = false;
    for (QLineEdit *edit : {m_ui->resultUrlEdit, m_ui->tokenUrlEdit}) {
        edit->setReadOnly(!custom);
        edit->setPlaceholderText(custom ? QStringLiteral("https://")
                                 : environment == Environment::Demo
                                     ? tr("Set when the offline demo starts")
                                     : QString());
    }
    m_ui->environmentNote->setText(CredentialsText::environmentNote(environment, demoRunning));
    validate();
    updateQuotaNote();
}

void CredentialsDialog::onFieldEdited(Touched field)
{
    if (m_loading)
        return;
    m_touched.insert(field);
    if (Environment(m_ui->environmentCombo->currentData().toInt()) == Environment::Custom) {
        if (field == Touched::ResultUrl)
            m_customResultUrl = m_ui->resultUrlEdit->text();
        else if (field == Touched::TokenUrl)
            m_customTokenUrl = m_ui->tokenUrlEdit->text();
    }
    validate();
    if (field == Touched::ClientId)
        updateQuotaNote();
}

void CredentialsDialog::toggleSecretVisible(bool visible)
{
    m_ui->secretEdit->setEchoMode(visible ? QLineEdit::Normal : QLineEdit::Password);
    // Shown or not, the text stays out of input-method history and prediction.
    m_ui->secretEdit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData |
                                          Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    m_ui->showSecretButton->setText(visible ? tr("&Hide") : tr("S&how"));
    m_ui->showSecretButton->setAccessibleName(visible ? tr("Hide the client secret")
                                                      : tr("Show the client secret"));
}

Profile CredentialsDialog::profileFromForm() const
{
    Profile profile = m_saved.value_or(Profile());
    profile.id = m_editingId;
    profile.name = m_ui->nameEdit->text();
    profile.environment = Environment(m_ui->environmentCombo->currentData().toInt());
    profile.auth = AuthMethod(m_ui->authCombo->currentData().toInt());
    // Pasted IDs often carry a space or line break at either end.
    profile.clientId = m_ui->clientIdEdit->text().trimmed();
    profile.customResultUrl = urlFromText(m_customResultUrl);
    profile.customTokenUrl = urlFromText(m_customTokenUrl);
    return profile;
}

std::optional<QString> CredentialsDialog::secretFromForm() const
{
    const QString secret = m_ui->secretEdit->text();
    if (m_editingId.isEmpty())
        return secret;
    if (secret.isEmpty() || (m_saved && m_saved->isOfflineDemo()))
        return std::nullopt; // keep the stored one
    return secret;
}

bool CredentialsDialog::isDirty() const
{
    if (m_editingId.isEmpty())
        return !m_ui->nameEdit->text().trimmed().isEmpty() ||
               !m_ui->clientIdEdit->text().trimmed().isEmpty() ||
               !m_ui->secretEdit->text().isEmpty() || !m_customResultUrl.trimmed().isEmpty() ||
               !m_customTokenUrl.trimmed().isEmpty();
    if (!m_saved || m_saved->isOfflineDemo())
        return false;
    const Profile form = profileFromForm();
    const Profile &stored = *m_saved;
    // Untouched custom addresses of another environment are no change.
    return form.name.trimmed() != stored.name || form.environment != stored.environment ||
           form.auth != stored.auth || form.clientId != stored.clientId ||
           form.customResultUrl != stored.customResultUrl ||
           form.customTokenUrl != stored.customTokenUrl || !m_ui->secretEdit->text().isEmpty();
}

void CredentialsDialog::validate()
{
    const Profile profile = profileFromForm();
    QList<ProfileIssue> issues;
    if (!profile.isOfflineDemo())
        issues = m_profiles.check(profile, secretFromForm());

    QString messages[5];
    for (const ProfileIssue &issue : std::as_const(issues)) {
        for (int i = 0; i < 5; ++i) {
            if (fieldOf(i) == issue.field && messages[i].isEmpty())
                messages[i] = issue.message;
        }
    }
    // An address that cannot be parsed at all is quoted as typed; the parsed form would be empty.
    const QString urlTexts[] = {m_customResultUrl.trimmed(), m_customTokenUrl.trimmed()};
    for (int i : {int(Touched::ResultUrl), int(Touched::TokenUrl)}) {
        const QString &text = urlTexts[i - int(Touched::ResultUrl)];
        if (!messages[i].isEmpty() && !text.isEmpty() && !urlFromText(text).isValid())
            messages[i] = tr("\u201c%1\u201d is not a valid address. Enter it in full, such as "
                             "https://api.example.org/v1/ielts/result-verification.")
                              .arg(text);
    }
    // Empty fields nobody has edited yet are not complained about; Save stays disabled anyway.
    QLineEdit *const edits[] = {m_ui->nameEdit, m_ui->clientIdEdit, m_ui->resultUrlEdit,
                                m_ui->tokenUrlEdit, m_ui->secretEdit};
    QLabel *const labels[] = {m_ui->nameError, m_ui->clientIdError, m_ui->resultUrlError,
                              m_ui->tokenUrlError, m_ui->secretError};
    for (int i = 0; i < 5; ++i) {
        const bool shown = m_touched.contains(Touched(i)) || !edits[i]->text().isEmpty();
        showIssue(labels[i], edits[i], shown ? messages[i] : QString());
    }

    m_valid = issues.isEmpty();
    m_testable = std::none_of(issues.cbegin(), issues.cend(), [](const ProfileIssue &issue) {
        return issue.field != ProfileField::Name;
    });
    updateButtons();
}

void CredentialsDialog::showIssue(QLabel *label, QLineEdit *field, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // A screen reader reads the problem together with the field.
    const QString base = field->property(baseDescriptionProperty).toString();
    field->setAccessibleDescription(message.isEmpty() ? base : message + u' ' + base);
}

void CredentialsDialog::updateButtons()
{
    const bool builtIn = m_saved && m_saved->isOfflineDemo();
    const bool selected = !m_editingId.isEmpty();
    m_ui->saveButton->setEnabled(!builtIn && !m_busy && m_valid && isDirty());
    m_ui->sessionOnlyButton->setEnabled(!builtIn && !m_busy && m_valid);
    m_ui->testButton->setEnabled(!m_testRun->isRunning() && (builtIn || m_testable));
    m_ui->deleteButton->setEnabled(selected && !m_busy);
    m_ui->useButton->setEnabled(selected && !m_busy);
    m_ui->newButton->setEnabled(!m_busy);
}

void CredentialsDialog::updateQuotaNote()
{
    const auto auth = AuthMethod(m_ui->authCombo->currentData().toInt());
    const QString clientId = m_ui->clientIdEdit->text().trimmed();
    int remaining = -1;
    int limit = -1;
    if (m_quota && !clientId.isEmpty()) {
        remaining = m_quota->remaining(clientId);
        limit = m_quota->limit();
    }
    m_ui->quotaNote->setText(CredentialsText::testCostNote(auth, remaining, limit));
}

void CredentialsDialog::save(SecretPersistence persistence)
{
    validate();
    if (m_busy || !m_valid)
        return;
    const Profile profile = profileFromForm();
    const std::optional<QString> secret = secretFromForm();
    const quint64 generation = m_generation;
    m_busy = true;
    showStatus(persistence == SecretPersistence::Keychain
                   ? tr("Saving; the system keychain may ask to be unlocked\u2026")
                   : tr("Saving\u2026"));
    updateButtons();

    auto done = [this, generation, persistence](const ProfileResult &result) {
        m_busy = false;
        if (generation == m_generation)
            onSaved(result, persistence);
        else
            updateButtons();
    };
    if (m_editingId.isEmpty())
        m_profiles.add(profile, secret.value_or(QString()), persistence, this, done);
    else
        m_profiles.update(profile, secret, persistence, this, done);
}

void CredentialsDialog::onSaved(const ProfileResult &result, SecretPersistence persistence)
{
    if (!result.issues.isEmpty()) {
        m_touched = {Touched::Name, Touched::ClientId, Touched::ResultUrl, Touched::TokenUrl,
                     Touched::Secret};
        validate();
        showStatus(tr("Not saved: %1").arg(result.message()));
        return;
    }
    if (result.secretError != SecretError::None) {
        QString text = tr("Not saved: %1").arg(result.message());
        if (!result.secretDetail.isEmpty())
            text += u' ' + tr("(The keychain said: %1)").arg(result.secretDetail);
        text += u"\n" + tr("Nothing was written to disk. You can try again, or use the secret "
                           "for this session only: it stays in memory until the application "
                           "closes, and you will be asked for it next time.");
        showStatus(text);
        m_ui->sessionOnlyButton->show();
        updateButtons();
        return;
    }

    const auto saved = m_profiles.profile(result.profileId);
    if (saved)
        loadProfile(*saved);
    showStatus(persistence == SecretPersistence::Keychain
                   ? tr("Saved. The client secret is kept in the system keychain.")
                   : tr("Saved. The client secret is kept in memory for this session only; "
                        "enter it again after the application restarts."));
    // The first profile becomes active on its own, and a changed active profile needs a new
    // connection: either way the main window has to hear of it.
    const QString active = m_profiles.activeProfileId();
    if (active == result.profileId)
        Q_EMIT profileActivated(active);
}

void CredentialsDialog::confirmDelete()
{
    const auto profile = m_profiles.profile(m_editingId);
    if (!profile || m_busy)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Profile"),
                                tr("Delete the profile \u201c%1\u201d?").arg(profile->name),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteConfirmation"));
    box->setInformativeText(
        profile->isOfflineDemo()
            ? tr("The offline demo can be added again at any time.")
            : tr("Its client secret is removed from the system keychain. This cannot be undone."));
    QPushButton *confirm = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    confirm->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this,
            [this, confirm, id = profile->id](QAbstractButton *button) {
                if (button == confirm)
                    deleteProfile(id);
            });
    box->open();
}

void CredentialsDialog::deleteProfile(const QString &id)
{
    const auto profile = m_profiles.profile(id);
    if (!profile)
        return;
    const bool wasActive = m_profiles.activeProfileId() == id;
    m_busy = true;
    showStatus(tr("Deleting\u2026"));
    updateButtons();
    m_profiles.remove(id, this, [this, wasActive, name = profile->name](const ProfileResult &r) {
        m_busy = false;
        if (!r.ok()) {
            updateButtons();
            showStatus(tr("\u201c%1\u201d was not deleted: %2").arg(name, r.message()));
            return;
        }
        // The store's removal signal has already moved the form to another profile.
        updateButtons();
        showStatus(tr("\u201c%1\u201d was deleted, together with its client secret.").arg(name));
        if (wasActive)
            Q_EMIT profileActivated(m_profiles.activeProfileId());
    });
}

void CredentialsDialog::useSelected()
{
    const auto profile = m_profiles.profile(m_editingId);
    if (!profile || m_busy)
        return;
    m_profiles.activate(profile->id);
    Q_EMIT profileActivated(profile->id);
    showStatus(isDirty() ? tr("\u201c%1\u201d is now in use, as last saved; the changes in the "
                              "form are not saved yet.")
                               .arg(profile->name)
                         : tr("\u201c%1\u201d is now in use.").arg(profile->name));
}

void CredentialsDialog::useOfflineDemo()
{
    m_ui->demoButton->setEnabled(false);
    m_busy = true;
    updateButtons();
    m_profiles.addOfflineDemo(this, [this](const ProfileResult &result) {
        m_busy = false;
        m_ui->demoButton->setEnabled(true);
        if (!result.ok() || !m_profiles.activate(result.profileId)) {
            updateButtons();
            showStatus(tr("The offline demo could not be set up: %1").arg(result.message()));
            return;
        }
        Q_EMIT profileActivated(result.profileId);
        closeNow(Accepted);
    });
}

void CredentialsDialog::testConnection()
{
    if (m_testRun->isRunning())
        return;
    m_ui->testProgress->show();
    m_testRun->start(profileFromForm(), secretFromForm().value_or(QString()));
    updateButtons();
}

void CredentialsDialog::onTestFinished(const QString &text)
{
    m_ui->testProgress->hide();
    updateButtons();
    updateQuotaNote();
    showStatus(text);
}

void CredentialsDialog::stopTest()
{
    if (!m_testRun->isRunning())
        return;
    m_testRun->cancel();
    m_ui->testProgress->hide();
    showStatus({});
    updateButtons();
}

void CredentialsDialog::showStatus(const QString &text)
{
    m_ui->statusLabel->setText(text);
    m_ui->statusLabel->setVisible(!text.isEmpty());
    m_ui->statusLabel->setAccessibleDescription(text);
    QAccessibleEvent event(m_ui->statusLabel, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&event);
}

void CredentialsDialog::confirmDiscard(std::function<void()> then, std::function<void()> otherwise)
{
    if (!isDirty()) {
        then();
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Unsaved Changes"),
                                tr("Discard the changes to this profile?"),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("discardConfirmation"));
    box->setInformativeText(tr("What was typed in the form has not been saved."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this,
            [box, then = std::move(then), otherwise = std::move(otherwise)] {
                if (box->clickedButton() == box->button(QMessageBox::Discard))
                    then();
                else if (otherwise)
                    otherwise();
            });
    box->open();
}
