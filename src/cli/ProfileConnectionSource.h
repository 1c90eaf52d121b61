#pragma once

#include "Command.h"
#include "Profile.h"

#include <QProcessEnvironment>

#include <memory>
#include <optional>

class KeychainSecretStore;
class ProfileStore;
class Settings;

// `--profile NAME` for the commands that talk to the service: the stored profile's environment,
// URLs, authorization method and client ID, and its secret from the system keychain.
// IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, when set, still override the credentials.
class ProfileConnectionSource final : public ConnectionSource
{
public:
    explicit ProfileConnectionSource(
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    ~ProfileConnectionSource() override;

    QList<QCommandLineOption> options() const override;
    QString apply(const QCommandLineParser &parser, Connection *connection) override;
    void complete(Connection *connection, QObject *context,
                  std::function<void(const QString &error)> done) override;

private:
    QProcessEnvironment m_environment;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<ProfileStore> m_store;
    std::optional<Profile> m_profile;
    bool m_secretPending = false;
};
