#pragma once

#include "SecretStore.h"

#include <QObject>

#include <chrono>

namespace QKeychain {
class Job;
}

// Client secrets in the operating system's keychain through QtKeychain: the Secret Service on
// Linux, the Keychain on macOS, the Credential Manager on Windows. There is no plain-text
// fallback. Every job has its own time limit, because a Secret Service that does not answer
// leaves a job pending for ever; an answer that arrives after the limit is ignored.
class KeychainSecretStore final : public QObject, public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    // Long enough for a person to type the keychain's password into an unlock prompt.
    static constexpr std::chrono::milliseconds defaultTimeout{30000};

    explicit KeychainSecretStore(QObject *parent = nullptr);
    // `service` names the application's entries in the keychain.
    explicit KeychainSecretStore(const QString &service, QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    static QString defaultService();
    QString service() const { return m_service; }

    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

private:
    void run(QKeychain::Job *job, QObject *context, SecretCallback done);

    QString m_service;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};
