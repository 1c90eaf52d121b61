#pragma once

#include "Profile.h"
#include "SecretStore.h"
#include "SessionSecretStore.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class Settings;

// Where a profile's secret is kept.
enum class SecretPersistence
{
    Keychain,    // the system keychain, for good
    SessionOnly, // this process's memory, until it ends (when no keychain works)
};

// The outcome of a change to the profiles.
struct ProfileResult
{
    Q_DECLARE_TR_FUNCTIONS(ProfileResult)

public:
    QString profileId;
    QList<ProfileIssue> issues; // the input was refused; nothing was changed
    SecretError secretError = SecretError::None;
    QString secretDetail; // the keychain's own words, untranslated

    bool ok() const { return issues.isEmpty() && secretError == SecretError::None; }
    // For people: the issues, one a line, or what the keychain said. Empty when ok().
    QString message() const;
};

using ProfileCallback = std::function<void(const ProfileResult &result)>;

// The connection profiles: their details in Settings, their secrets in a SecretStore (the system
// keychain), or in memory for this session when the person chooses so. One profile is active.
// Operations that touch secrets are asynchronous and call `done` once from the event loop, unless
// `context` is destroyed first.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    ProfileStore(Settings &settings, SecretStore &keychain, QObject *parent = nullptr);
    ~ProfileStore() override;

    QList<Profile> profiles() const; // sorted by name
    std::optional<Profile> profile(const QString &id) const;
    std::optional<Profile> findByName(const QString &name) const; // ignoring case and outer spaces

    std::optional<Profile> activeProfile() const;
    QString activeProfileId() const;
    // False when there is no such profile.
    bool activate(const QString &id);

    // Everything add() or update() would refuse: the profile's own issues, a name that another
    // profile has or the offline demo reserves, and the secret's issues when one is given.
    QList<ProfileIssue> check(const Profile &profile,
                              const std::optional<QString> &secret = std::nullopt) const;

    // Stores the secret first and the profile only once the secret is safe, so that a failing
    // keychain leaves nothing behind; the caller may then offer SecretPersistence::SessionOnly.
    // The profile gets a new id, reported in the result. The first profile becomes active.
    void add(const Profile &profile, const QString &secret, SecretPersistence persistence,
             QObject *context, ProfileCallback done);
    // Changes an existing profile (found by id). Without a secret, the stored one is kept.
    void update(const Profile &profile, const std::optional<QString> &secret,
                SecretPersistence persistence, QObject *context, ProfileCallback done);
    ProfileResult rename(const QString &id, const QString &newName);
    // Removes the keychain entry, then the profile. If the keychain cannot be reached (other than
    // for lack of any keychain), the profile stays so that removal can be tried again.
    void remove(const QString &id, QObject *context, ProfileCallback done);

    // Adds the built-in offline demo, if it is not there yet. Like every profile of the Demo
    // environment, it never touches the keychain: its secret is the public demo secret.
    void addOfflineDemo(QObject *context, ProfileCallback done);

    // The profile's secret: from this session's memory if it was given for this session, else
    // from the keychain.
    void secret(const QString &id, QObject *context, SecretCallback done);
    bool hasSessionSecret(const QString &id) const;

Q_SIGNALS:
    void profileAdded(const QString &id);
    void profileChanged(const QString &id);
    void profileRemoved(const QString &id);
    void activeProfileChanged(const QString &id); // empty: none is active

private:
    void save(const Profile &profile, bool isNew);
    void activateFallback();
    static void deliver(QObject *context, ProfileCallback done, ProfileResult result);
    static ProfileResult refused(const QString &id, QList<ProfileIssue> issues);

    Settings &m_settings;
    SecretStore &m_keychain;
    SessionSecretStore m_session;
};
