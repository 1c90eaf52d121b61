#include "ProfileStore.h"

#include "Settings.h"

#include <QMetaObject>
#include <QPointer>

namespace {

// Runs `call` from the event loop of `context`'s thread; never if `context` is destroyed first.
template <typename Call> void post(QObject *context, Call call)
{
    if (context)
        QMetaObject::invokeMethod(context, std::move(call), Qt::QueuedConnection);
}

// The offline demo runs against an in-process sandbox with public credentials: nothing about it
// belongs in the keychain, and touching the keychain could raise an unlock prompt for nothing.
bool usesPublicSecret(const Profile &profile)
{
    return profile.environment == Environment::Demo;
}

bool sameName(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

QString ProfileResult::message() const
{
    if (!issues.isEmpty()) {
        QStringList lines;
        for (const ProfileIssue &issue : issues)
            lines.append(issue.message);
        return lines.join(u'\n');
    }
    return SecretResult::message(secretError);
}

ProfileStore::ProfileStore(Settings &settings, SecretStore &keychain, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_keychain(keychain)
{}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    return m_settings.profiles();
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    return m_settings.profile(id);
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    const QList<Profile> all = profiles();
    const auto it = std::find_if(all.cbegin(), all.cend(),
                                 [&name](const Profile &p) { return sameName(p.name, name); });
    return it == all.cend() ? std::nullopt : std::optional<Profile>(*it);
}

std::optional<Profile> ProfileStore::activeProfile() const
{
    return profile(m_settings.activeProfileId());
}

QString ProfileStore::activeProfileId() const
{
    const auto active = activeProfile();
    return active ? active->id : QString();
}

bool ProfileStore::activate(const QString &id)
{
    if (!profile(id))
        return false;
    if (m_settings.activeProfileId() != id) {
        m_settings.setActiveProfileId(id);
        Q_EMIT activeProfileChanged(id);
    }
    return true;
}

QList<ProfileIssue> ProfileStore::check(const Profile &profile,
                                        const std::optional<QString> &secret) const
{
    QList<ProfileIssue> issues = profile.validate();
    const bool nameRefused = std::any_of(issues.cbegin(), issues.cend(), [](const auto &issue) {
        return issue.field == ProfileField::Name;
    });
    if (!nameRefused) {
        const QString name = profile.name.trimmed();
        const auto other = findByName(name);
        ProfileIssue nameIssue{ProfileField::Name, {}};
        if (other && other->id != profile.id)
            nameIssue.message = tr("A profile named \u201c%1\u201d already exists.").arg(name);
        else if (!profile.isOfflineDemo() && sameName(name, Profile::offlineDemo().name))
            nameIssue.message =
                tr("\u201c%1\u201d is the name of the built-in offline demo.").arg(name);
        if (!nameIssue.message.isEmpty())
            issues.prepend(nameIssue);
    }
    if (secret && !usesPublicSecret(profile)) {
        if (auto issue = Profile::validateSecret(*secret))
            issues.append(*issue);
    }
    return issues;
}

void ProfileStore::add(const Profile &profile, const QString &secret, SecretPersistence persistence,
                       QObject *context, ProfileCallback done)
{
    Profile added = profile;
    added.id = Profile::newId();
    added.name = added.name.trimmed();
    if (QList<ProfileIssue> issues = check(added, secret); !issues.isEmpty()) {
        deliver(context, std::move(done), refused(added.id, std::move(issues)));
        return;
    }

    if (usesPublicSecret(added)) {
        save(added, true);
        ProfileResult outcome;
        outcome.profileId = added.id;
        deliver(context, std::move(done), std::move(outcome));
        return;
    }

    auto stored = [this, added, context = QPointer<QObject>(context),
                   done = std::move(done)](const SecretResult &result) mutable {
        ProfileResult outcome;
        outcome.profileId = added.id;
        outcome.secretError = result.error;
        outcome.secretDetail = result.detail;
        if (result.ok())
            save(added, true);
        deliver(context, std::move(done), std::move(outcome));
    };
    if (persistence == SecretPersistence::SessionOnly)
        m_session.write(added.secretKey(), secret, this, std::move(stored));
    else
        m_keychain.write(added.secretKey(), secret, this, std::move(stored));
}

void ProfileStore::update(const Profile &profile, const std::optional<QString> &secret,
                          SecretPersistence persistence, QObject *context, ProfileCallback done)
{
    Profile changed = profile;
    changed.name = changed.name.trimmed();
    if (!this->profile(changed.id)) {
        deliver(context, std::move(done),
                refused(changed.id, {{ProfileField::Name, tr("This profile no longer exists.")}}));
        return;
    }
    if (changed.isOfflineDemo()) {
        deliver(context, std::move(done),
                refused(changed.id, {{ProfileField::Name,
                                      tr("The built-in offline demo cannot be changed.")}}));
        return;
    }
    if (QList<ProfileIssue> issues = check(changed, secret); !issues.isEmpty()) {
        deliver(context, std::move(done), refused(changed.id, std::move(issues)));
        return;
    }
    if (usesPublicSecret(changed)) {
        // A secret kept for what the profile was before is of no use any more.
        if (!usesPublicSecret(*this->profile(changed.id)))
            m_keychain.remove(changed.secretKey(), this, {});
        m_session.erase(changed.secretKey());
    }
    if (!secret || usesPublicSecret(changed)) {
        save(changed, false);
        ProfileResult outcome;
        outcome.profileId = changed.id;
        deliver(context, std::move(done), std::move(outcome));
        return;
    }

    auto stored = [this, changed, persistence, context = QPointer<QObject>(context),
                   done = std::move(done)](const SecretResult &result) mutable {
        ProfileResult outcome;
        outcome.profileId = changed.id;
        outcome.secretError = result.error;
        outcome.secretDetail = result.detail;
        if (result.ok()) {
            // A secret now in the keychain must not be shadowed by an older one kept in memory.
            if (persistence == SecretPersistence::Keychain)
                m_session.erase(changed.secretKey());
            save(changed, false);
        }
        deliver(context, std::move(done), std::move(outcome));
    };
    if (persistence == SecretPersistence::SessionOnly)
        m_session.write(changed.secretKey(), *secret, this, std::move(stored));
    else
        m_keychain.write(changed.secretKey(), *secret, this, std::move(stored));
}

ProfileResult ProfileStore::rename(const QString &id, const QString &newName)
{
    auto existing = profile(id);
    if (!existing)
        return refused(id, {{ProfileField::Name, tr("This profile no longer exists.")}});
    if (existing->isOfflineDemo())
        return refused(id,
                       {{ProfileField::Name, tr("The built-in offline demo cannot be renamed.")}});
    existing->name = newName.trimmed();
    QList<ProfileIssue> issues = check(*existing);
    issues.removeIf([](const ProfileIssue &issue) { return issue.field != ProfileField::Name; });
    if (!issues.isEmpty())
        return refused(id, std::move(issues));
    save(*existing, false);
    ProfileResult outcome;
    outcome.profileId = id;
    return outcome;
}

void ProfileStore::remove(const QString &id, QObject *context, ProfileCallback done)
{
    const auto existing = profile(id);
    if (!existing) {
        deliver(context, std::move(done),
                refused(id, {{ProfileField::Name, tr("This profile no longer exists.")}}));
        return;
    }
    auto forget = [this, existing = *existing, context = QPointer<QObject>(context),
                   done = std::move(done)](const SecretResult &result) mutable {
        ProfileResult outcome;
        outcome.profileId = existing.id;
        // Without any keychain there is no entry to leave behind.
        if (!result.ok() && result.error != SecretError::NoBackend) {
            outcome.secretError = result.error;
            outcome.secretDetail = result.detail;
            deliver(context, std::move(done), std::move(outcome));
            return;
        }
        m_session.erase(existing.secretKey());
        const bool wasActive = m_settings.activeProfileId() == existing.id;
        m_settings.removeProfile(existing.id);
        Q_EMIT profileRemoved(existing.id);
        if (wasActive)
            activateFallback();
        deliver(context, std::move(done), std::move(outcome));
    };
    if (usesPublicSecret(*existing))
        post(this, [forget = std::move(forget)]() mutable { forget(SecretResult::success()); });
    else
        m_keychain.remove(existing->secretKey(), this, std::move(forget));
}

void ProfileStore::addOfflineDemo(QObject *context, ProfileCallback done)
{
    const Profile demo = Profile::offlineDemo();
    if (profile(demo.id)) {
        ProfileResult outcome;
        outcome.profileId = demo.id;
        deliver(context, std::move(done), std::move(outcome));
        return;
    }
    // The demo's secret is public and fixed: it never touches the keychain, so that a first look
    // at the application raises no keychain prompt.
    m_session.insert(demo.secretKey(), Profile::demoSecret());
    save(demo, true);
    ProfileResult outcome;
    outcome.profileId = demo.id;
    deliver(context, std::move(done), std::move(outcome));
}

void ProfileStore::secret(const QString &id, QObject *context, SecretCallback done)
{
    const auto existing = profile(id);
    if (!existing) {
        post(context, [done = std::move(done)] {
            if (done)
                done(SecretResult::failure(SecretError::NotFound));
        });
        return;
    }
    if (usesPublicSecret(*existing) && !m_session.contains(existing->secretKey()))
        m_session.insert(existing->secretKey(), Profile::demoSecret());
    if (m_session.contains(existing->secretKey()))
        m_session.read(existing->secretKey(), context, std::move(done));
    else
        m_keychain.read(existing->secretKey(), context, std::move(done));
}

bool ProfileStore::hasSessionSecret(const QString &id) const
{
    const auto existing = profile(id);
    return existing && m_session.contains(existing->secretKey());
}

void ProfileStore::save(const Profile &profile, bool isNew)
{
    m_settings.setProfile(profile);
    if (isNew)
        Q_EMIT profileAdded(profile.id);
    else
        Q_EMIT profileChanged(profile.id);
    if (!activeProfile())
        activate(profile.id);
}

void ProfileStore::activateFallback()
{
    const QList<Profile> remaining = profiles();
    const QString next = remaining.isEmpty() ? QString() : remaining.constFirst().id;
    m_settings.setActiveProfileId(next);
    Q_EMIT activeProfileChanged(next);
}

void ProfileStore::deliver(QObject *context, ProfileCallback done, ProfileResult result)
{
    if (done)
        post(context, [done = std::move(done), result = std::move(result)] { done(result); });
}

ProfileResult ProfileStore::refused(const QString &id, QList<ProfileIssue> issues)
{
    ProfileResult outcome;
    outcome.profileId = id;
    outcome.issues = std::move(issues);
    return outcome;
}
