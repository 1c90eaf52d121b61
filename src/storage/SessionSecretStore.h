#pragma once

#include "SecretStore.h"

#include <QHash>

// Secrets held in this process's memory only, for "use it for this session only" when no
// keychain works. Nothing is ever written anywhere; everything is gone when the process ends.
class SessionSecretStore final : public SecretStore
{
public:
    SessionSecretStore() = default;

    void read(const QString &key, QObject *context, SecretCallback done) override;
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override;
    void remove(const QString &key, QObject *context, SecretCallback done) override;

    // The same, at once, for callers that own this store and need no callback.
    bool contains(const QString &key) const { return m_secrets.contains(key); }
    void insert(const QString &key, const QString &secret) { m_secrets.insert(key, secret); }
    void erase(const QString &key) { m_secrets.remove(key); }
    void clear() { m_secrets.clear(); }

private:
    QHash<QString, QString> m_secrets;
};
