#include "SecretStore.h"

#include <QMetaObject>
#include <QObject>
#include <QPointer>

QString SecretResult::message() const
{
    return message(error);
}

SecretResult SecretResult::success(const QString &secret)
{
    SecretResult result;
    result.secret = secret;
    return result;
}

SecretResult SecretResult::failure(SecretError error, const QString &detail)
{
    SecretResult result;
    result.error = error;
    result.detail = detail;
    return result;
}

QString SecretResult::message(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return {};
    case SecretError::Timeout:
        return tr("The system keychain did not answer in time. It may be waiting to be unlocked, "
                  "or its service may have stopped responding.");
    case SecretError::Locked:
        return tr("The system keychain is locked. Unlock it, for example by logging in again, "
                  "and try once more.");
    case SecretError::AccessDenied:
        return tr("Access to the system keychain was denied.");
    case SecretError::NoBackend:
        return tr("No system keychain is available on this computer, so the client secret "
                  "cannot be kept. It can be used for this session only.");
    case SecretError::NotFound:
        return tr("No client secret is stored for this profile.");
    case SecretError::Other:
        return tr("The system keychain reported an error.");
    }
    return {};
}

QString SecretResult::errorKey(SecretError error)
{
    switch (error) {
    case SecretError::None:
        return QStringLiteral("none");
    case SecretError::Timeout:
        return QStringLiteral("timeout");
    case SecretError::Locked:
        return QStringLiteral("locked");
    case SecretError::AccessDenied:
        return QStringLiteral("access-denied");
    case SecretError::NoBackend:
        return QStringLiteral("no-backend");
    case SecretError::NotFound:
        return QStringLiteral("not-found");
    case SecretError::Other:
        return QStringLiteral("other");
    }
    return {};
}

SecretStore::~SecretStore() = default;

void SecretStore::deliver(QObject *context, SecretCallback done, SecretResult result)
{
    if (!context || !done)
        return;
    // Queued, so that callers never see their callback run before the call returns; a functor
    // queued on a context that is destroyed first is dropped by Qt.
    QMetaObject::invokeMethod(
        context, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}
