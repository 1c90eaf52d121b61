#pragma once

#include "ProfileStore.h"
#include "SecretStore.h"

#include <QHash>
#include <QObject>
#include <QTest>

#include <functional>
#include <optional>

// Starts an asynchronous store operation and waits for its callback in the event loop. Empty when
// no callback came within `timeoutMs`.
template <typename Result>
std::optional<Result>
waitFor(const std::function<void(QObject *, std::function<void(const Result &)>)> &start,
        int timeoutMs = 5000)
{
    QObject context;
    auto result = std::make_shared<std::optional<Result>>();
    start(&context, [result](const Result &r) { *result = r; });
    // The optional tells whether it came; the wait result adds nothing.
    static_cast<void>(QTest::qWaitFor([&] { return result->has_value(); }, timeoutMs));
    return *result;
}

inline std::optional<SecretResult> waitForSecret(SecretStore &store, const QString &key)
{
    return waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { store.read(key, context, done); });
}

inline std::optional<SecretResult> waitForWrite(SecretStore &store, const QString &key,
                                                const QString &secret)
{
    return waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { store.write(key, secret, context, done); });
}

inline std::optional<SecretResult> waitForRemove(SecretStore &store, const QString &key)
{
    return waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { store.remove(key, context, done); });
}

inline std::optional<SecretResult> waitForProfileSecret(ProfileStore &store, const QString &id)
{
    return waitFor<SecretResult>(
        [&](QObject *context, SecretCallback done) { store.secret(id, context, done); });
}

inline std::optional<ProfileResult>
waitForAdd(ProfileStore &store, const Profile &profile, const QString &secret,
           SecretPersistence persistence = SecretPersistence::Keychain)
{
    return waitFor<ProfileResult>([&](QObject *context, ProfileCallback done) {
        store.add(profile, secret, persistence, context, done);
    });
}

inline std::optional<ProfileResult> waitForRemoveProfile(ProfileStore &store, const QString &id)
{
    return waitFor<ProfileResult>(
        [&](QObject *context, ProfileCallback done) { store.remove(id, context, done); });
}

// A keychain double: secrets in a hash, and any operation can be made to fail or never answer.
class FakeSecretStore final : public QObject, public SecretStore
{
public:
    QHash<QString, QString> secrets;
    SecretError failWith = SecretError::None; // for every operation while set
    bool silent = false;                      // operations never answer
    int operations = 0;

    void read(const QString &key, QObject *context, SecretCallback done) override
    {
        const auto it = secrets.constFind(key);
        answer(context, std::move(done),
               it == secrets.cend() ? SecretResult::failure(SecretError::NotFound)
                                    : SecretResult::success(*it));
    }
    void write(const QString &key, const QString &secret, QObject *context,
               SecretCallback done) override
    {
        if (failWith == SecretError::None && !silent)
            secrets.insert(key, secret);
        answer(context, std::move(done), SecretResult::success());
    }
    void remove(const QString &key, QObject *context, SecretCallback done) override
    {
        if (failWith == SecretError::None && !silent)
            secrets.remove(key);
        answer(context, std::move(done), SecretResult::success());
    }

private:
    void answer(QObject *context, SecretCallback done, SecretResult result)
    {
        ++operations;
        if (silent)
            return;
        if (failWith != SecretError::None)
            result = SecretResult::failure(failWith, QStringLiteral("made to fail"));
        deliver(context, std::move(done), std::move(result));
    }
};
