#pragma once

#include "Profile.h"
#include "ProfileStore.h"

#include <QDialog>
#include <QSet>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class CredentialsTestRun;
class QLabel;
class QLineEdit;
class QListWidgetItem;
class QNetworkAccessManager;
class QuotaCounter;

namespace Ui {
class CredentialsDialog;
}

// Creates, edits, tests, deletes and switches the connection profiles. Secrets go from the form
// to the ProfileStore (the system keychain) and nowhere else.
class CredentialsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsDialog)

public:
    // `network` and `quota` must outlive the dialog; `quota` may be null.
    CredentialsDialog(ProfileStore &profiles, QNetworkAccessManager *network, QuotaCounter *quota,
                      QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    // For the first start: explains what is needed and offers the offline demo while no profile
    // exists.
    void setFirstStart(bool firstStart);
    bool isFirstStart() const { return m_firstStart; }

    // Where the offline demo service answers while it runs; empty URLs: it is not running.
    void setDemoEndpoints(const QUrl &resultUrl, const QUrl &tokenUrl);

    // Shows this profile in the form and selects it in the list.
    void selectProfile(const QString &profileId);
    // The profile the form shows; empty while a new one is being entered.
    QString currentProfileId() const { return m_editingId; }

    void done(int result) override;

Q_SIGNALS:
    // The active profile was chosen, changed, or replaced after a deletion: the main window should
    // connect with it again. Empty when no profile is left.
    void profileActivated(const QString &profileId);

private:
    enum class Touched
    {
        Name,
        ClientId,
        ResultUrl,
        TokenUrl,
        Secret,
    };

    void setUpControls();
    void closeNow(int result);
    void reloadList();
    void updateFirstStartPanel();
    // The active profile, else the first, else an empty form.
    void showFallbackProfile();

    void onCurrentItemChanged(QListWidgetItem *current, QListWidgetItem *previous);
    void startNewProfile();
    void loadProfile(const Profile &profile);
    void setFormEditable(bool editable);
    void onEnvironmentChanged();
    void showEndpoints();
    void onFieldEdited(Touched field);
    void toggleSecretVisible(bool visible);

    Profile profileFromForm() const;
    std::optional<QString> secretFromForm() const;
    bool isDirty() const;
    void validate();
    void showIssue(QLabel *label, QLineEdit *field, const QString &message);
    void updateButtons();
    void updateQuotaNote();

    void save(SecretPersistence persistence);
    void onSaved(const ProfileResult &result, SecretPersistence persistence);
    void confirmDelete();
    void deleteProfile(const QString &id);
    void useSelected();
    void useOfflineDemo();

    void testConnection();
    void onTestFinished(const QString &text);
    void stopTest();

    void showStatus(const QString &text);
    // Asks without blocking whether unsaved changes may be dropped; runs `then` when they may.
    void confirmDiscard(std::function<void()> then, std::function<void()> otherwise = {});

    std::unique_ptr<Ui::CredentialsDialog> m_ui;
    ProfileStore &m_profiles;
    QuotaCounter *m_quota;
    CredentialsTestRun *m_testRun;

    QString m_editingId;            // empty: a new profile
    std::optional<Profile> m_saved; // the stored version of the profile in the form
    QSet<Touched> m_touched;        // fields whose problems are shown even when empty
    QString m_customResultUrl;      // kept while another environment is shown
    QString m_customTokenUrl;
    bool m_firstStart = false;
    bool m_loading = false;   // the form is being filled in, not edited
    bool m_valid = false;     // Save would be accepted
    bool m_testable = false;  // everything a test needs is there
    bool m_busy = false;      // saving or deleting
    quint64 m_generation = 0; // bumped whenever the form shows another profile
};
