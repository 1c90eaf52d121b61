#include "SessionSecretStore.h"

void SessionSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    const auto it = m_secrets.constFind(key);
    deliver(context, std::move(done),
            it == m_secrets.cend() ? SecretResult::failure(SecretError::NotFound)
                                   : SecretResult::success(*it));
}

void SessionSecretStore::write(const QString &key, const QString &secret, QObject *context,
                               SecretCallback done)
{
    insert(key, secret);
    deliver(context, std::move(done), SecretResult::success());
}

void SessionSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    erase(key);
    deliver(context, std::move(done), SecretResult::success());
}
