#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <functional>

class QObject;

// Why a secret could not be read, written or removed. Each kind has its own plain message.
enum class SecretError
{
    None,
    Timeout,      // the keychain did not answer within the store's own time limit
    Locked,       // the keychain (or the collection the secret belongs in) is locked
    AccessDenied, // the keychain, or the person, refused access
    NoBackend,    // there is no keychain to talk to (no Secret Service, no D-Bus)
    NotFound,     // nothing is stored under that key
    Other,
};

// The outcome of one secret store operation. `secret` is filled only by a successful read and is
// never part of message() or detail.
struct SecretResult
{
    Q_DECLARE_TR_FUNCTIONS(SecretResult)

public:
    SecretError error = SecretError::None;
    QString secret;
    QString detail; // the backend's own words, untranslated; may be empty

    bool ok() const { return error == SecretError::None; }
    // What went wrong, for people; empty when ok().
    QString message() const;

    static SecretResult success(const QString &secret = {});
    static SecretResult failure(SecretError error, const QString &detail = {});
    static QString message(SecretError error);
    // A stable, untranslated name ("timeout", "no-backend") for logs and the command line.
    static QString errorKey(SecretError error);
};

Q_DECLARE_METATYPE(SecretError)
Q_DECLARE_METATYPE(SecretResult)

using SecretCallback = std::function<void(const SecretResult &result)>;

// Where client secrets live, keyed by a stable per-profile key. Every operation is asynchronous
// and calls `done` exactly once from the event loop, never before it returns, and not at all when
// `context` has been destroyed meanwhile.
class SecretStore
{
public:
    virtual ~SecretStore();

    virtual void read(const QString &key, QObject *context, SecretCallback done) = 0;
    virtual void write(const QString &key, const QString &secret, QObject *context,
                       SecretCallback done) = 0;
    // Removing a key that holds nothing succeeds.
    virtual void remove(const QString &key, QObject *context, SecretCallback done) = 0;

protected:
    SecretStore() = default;
    SecretStore(const SecretStore &) = delete;
    SecretStore &operator=(const SecretStore &) = delete;

    // Calls `done` with `result` from the event loop of `context`'s thread, if `context` lives.
    static void deliver(QObject *context, SecretCallback done, SecretResult result);
};
