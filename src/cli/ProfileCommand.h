#pragma once

#include "Command.h"
#include "Profile.h"

#include <memory>

struct ApiError;
class ConnectionTester;
class KeychainSecretStore;
class ProfileStore;
class QCommandLineParser;
class QNetworkAccessManager;
class QProcessEnvironment;
class QuotaCounter;
class SandboxServer;
class SecretPrompt;
class Settings;
struct ProfileResult;
struct SecretResult;

// `profile`: lists, adds, edits, deletes and tests the connection profiles that the GUI uses too.
// A secret is read from standard input (without echo at a terminal), never from an argument, and
// kept in the system keychain.
class ProfileCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileCommand)

public:
    ProfileCommand(CliContext &context, QObject *parent = nullptr);
    ~ProfileCommand() override;

    static void registerIn(CommandRegistry &registry);

    // The keychain as the command line uses it; IELTS_KEYCHAIN_TIMEOUT_MS shortens its time limit.
    static std::unique_ptr<KeychainSecretStore> keychain(const QProcessEnvironment &environment);

    void start(const QStringList &arguments) override;
    void interrupt() override;

private:
    enum class Action
    {
        List,
        Add,
        Edit,
        Delete,
        Test
    };

    void run(Action action, const QStringList &arguments);
    void list(const QCommandLineParser &parser);
    void add(Profile profile);
    void edit(const Profile &profile, bool newSecret);
    void remove(const Profile &profile);
    void test(const Profile &profile);
    void testWith(const Connection &connection);

    void readSecret(const Profile &profile, std::function<void(const QString &secret)> then);
    QString applyOptions(const QCommandLineParser &parser, Profile *profile) const;
    void reportStored(const ProfileResult &result, const QString &success);
    void reportSecretError(const QString &what, const SecretResult &result);
    void reportTest(bool ok, const QString &message, const ApiError &error);
    void usageError(const QString &message);
    void done(int exitCode);

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    ProfileStore *m_store = nullptr;
    SecretPrompt *m_prompt = nullptr;
    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QuotaCounter> m_quota;
    ConnectionTester *m_tester = nullptr;
    SandboxServer *m_demo = nullptr;
    QString m_action;
    bool m_done = false;
};
