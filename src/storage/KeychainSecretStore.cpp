#include "KeychainSecretStore.h"

#include <qt6keychain/keychain.h>

#include <QFileInfo>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>

#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID) &&                       \
    !defined(Q_OS_HAIKU) && !defined(Q_OS_WASM)
#define IELTS_KEYCHAIN_OVER_DBUS 1
#endif

namespace {

#ifdef IELTS_KEYCHAIN_OVER_DBUS
// Where the D-Bus session bus plainly cannot be reached, says why. QtKeychain would try anyway and
// fail with a generic error (or try to autolaunch a bus), so this keeps "no keychain" recognisable.
// Only what can be seen without connecting is judged; anything else is left to the backend.
std::optional<QString> missingSessionBus()
{
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (address.isEmpty()) {
        // Without the variable, GLib looks for $XDG_RUNTIME_DIR/bus, then autolaunches on X11.
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtimeDir.isEmpty() && QFileInfo::exists(runtimeDir + QLatin1String("/bus")))
            return std::nullopt;
        if (!qEnvironmentVariableIsEmpty("DISPLAY"))
            return std::nullopt;
        return QStringLiteral("no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is not set");
    }
    for (const QStringView entry : QStringView(address).split(u';', Qt::SkipEmptyParts)) {
        if (!entry.startsWith(u"unix:"))
            return std::nullopt;
        bool hasPath = false;
        for (const QStringView part : entry.mid(5).split(u',')) {
            if (!part.startsWith(u"path="))
                continue;
            hasPath = true;
            const QString path = QUrl::fromPercentEncoding(part.mid(5).toUtf8());
            if (QFileInfo::exists(path))
                return std::nullopt;
        }
        if (!hasPath) // abstract=, dir=, runtime=: nothing to look at without connecting
            return std::nullopt;
    }
    return QStringLiteral("no D-Bus session bus at %1").arg(address);
}
#endif

SecretError errorKind(const QKeychain::Job &job)
{
    switch (job.error()) {
    case QKeychain::NoError:
        return SecretError::None;
    case QKeychain::EntryNotFound:
        return SecretError::NotFound;
    case QKeychain::AccessDeniedByUser:
        return SecretError::AccessDenied;
    case QKeychain::AccessDenied:
#ifdef IELTS_KEYCHAIN_OVER_DBUS
        // libsecret's only error that QtKeychain reports as AccessDenied is IsLocked.
        return SecretError::Locked;
#else
        return SecretError::AccessDenied;
#endif
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretError::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    // Everything else arrives as OtherError with the backend's message. D-Bus error names are
    // never translated, so they can be recognised whatever the language.
    const QString detail = job.errorString();
    if (detail.contains(QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")) ||
        detail.contains(QLatin1String("org.freedesktop.DBus.Error.NoServer")) ||
        detail.contains(QLatin1String("org.freedesktop.DBus.Error.Spawn")))
        return SecretError::NoBackend;
    if (detail.contains(QLatin1String("org.freedesktop.Secret.Error.IsLocked")))
        return SecretError::Locked;
    return SecretError::Other;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(defaultService(), parent)
{}

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

// Jobs still pending are not deleted here: the backend's late answer would reach freed memory.
// They delete themselves when (if ever) it arrives; their connections to this store are gone.
KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::defaultService()
{
    return QStringLiteral("IELTS Result Verifier");
}

void KeychainSecretStore::read(const QString &key, QObject *context, SecretCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context,
                                SecretCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setTextData(secret);
    run(job, context, std::move(done));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, SecretCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    run(job, context, std::move(done));
}

void KeychainSecretStore::run(QKeychain::Job *job, QObject *context, SecretCallback done)
{
#ifdef IELTS_KEYCHAIN_OVER_DBUS
    if (const auto why = missingSessionBus()) {
        delete job; // never started, so nothing will answer it
        deliver(context, std::move(done), SecretResult::failure(SecretError::NoBackend, *why));
        return;
    }
#endif
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    // Whichever comes first, the job's answer or the time limit, settles the operation.
    struct Pending
    {
        QPointer<QObject> context;
        SecretCallback done;
        QMetaObject::Connection answer;
        QPointer<QTimer> timer;
        bool settled = false;
    };
    auto pending = std::make_shared<Pending>();
    pending->context = context;
    pending->done = std::move(done);

    const auto settle = [this, pending](SecretResult result) {
        if (pending->settled)
            return;
        pending->settled = true;
        QObject::disconnect(pending->answer);
        if (pending->timer)
            pending->timer->deleteLater();
        deliver(pending->context, std::move(pending->done), std::move(result));
    };

    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);
    pending->timer = timer;
    connect(timer, &QTimer::timeout, this, [settle, ms = m_timeout.count()] {
        // The job stays alive: its backend may still answer, and then it deletes itself.
        settle(SecretResult::failure(SecretError::Timeout,
                                     QStringLiteral("no answer within %1 ms").arg(ms)));
    });

    pending->answer =
        connect(job, &QKeychain::Job::finished, this, [settle](QKeychain::Job *finished) {
            SecretError error = errorKind(*finished);
            if (error == SecretError::NotFound &&
                qobject_cast<QKeychain::DeletePasswordJob *>(finished))
                error = SecretError::None; // already gone is what removing asked for
            if (error != SecretError::None) {
                settle(SecretResult::failure(error, finished->errorString()));
                return;
            }
            const auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finished);
            settle(SecretResult::success(reader ? reader->textData() : QString()));
        });

    timer->start();
    job->start();
}
