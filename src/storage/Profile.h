#pragma once

#include "Connection.h"

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// The part of a profile (or its secret) a validation message is about, so that a form can show
// the message beside that field.
enum class ProfileField
{
    Name,
    ClientId,
    ResultUrl,
    TokenUrl,
    Secret,
};

struct ProfileIssue
{
    ProfileField field = ProfileField::Name;
    QString message; // translated, one sentence or two

    friend bool operator==(const ProfileIssue &, const ProfileIssue &) = default;
};

// What one institution, campus or environment needs to reach the service, except the client
// secret: that lives in a SecretStore under secretKey(), never with the rest of the profile.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    // Windows Credential Manager keeps at most 5 * 512 bytes; the secret is stored as UTF-8.
    static constexpr qsizetype maxSecretBytes = 2560;
    static constexpr qsizetype maxNameLength = 100;

    QString id; // stable across renames
    QString name;
    Environment environment = Environment::Production;
    AuthMethod auth = AuthMethod::Bearer;
    QString clientId;
    QUrl customResultUrl; // used by Environment::Custom only
    QUrl customTokenUrl;  // used by Environment::Custom only

    // A new profile with a fresh id.
    static Profile create(const QString &name = {});
    static QString newId();

    // The built-in offline demo: reserved id, the public demo client ID. Its secret is
    // demoSecret(), which is public too.
    static Profile offlineDemo();
    static QString offlineDemoId();
    static QString demoClientId();
    static QString demoSecret();
    bool isOfflineDemo() const { return id == offlineDemoId(); }

    // Sandbox and demo data must never be mistaken for real results.
    bool isTestEnvironment() const;

    // The provider's URLs for Production and Sandbox, the custom ones for Custom, empty for Demo.
    QUrl resultUrl() const;
    QUrl tokenUrl() const;

    // The key of this profile's secret in a SecretStore. Derived from the id, so renaming a
    // profile does not move its secret.
    QString secretKey() const;

    // Everything wrong with the profile itself (not its secret), in the order of the fields.
    QList<ProfileIssue> validate() const;
    // What is wrong with a client secret, if anything.
    static std::optional<ProfileIssue> validateSecret(const QString &secret);

    // What one request needs. The secret is held by the returned value only.
    Connection toConnection(const QString &secret) const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

Q_DECLARE_METATYPE(Profile)
