#include "ProfileSession.h"

#include "DemoService.h"
#include "ProfileStore.h"

ProfileSession::ProfileSession(ProfileStore &profiles, DemoService &demo, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_demo(demo)
{}

void ProfileSession::activate(const QString &profileId)
{
    const quint64 generation = ++m_generation;
    const std::optional<Profile> profile = m_profiles.profile(profileId);
    if (!profile) {
        Q_EMIT failed(tr("The profile chosen no longer exists."));
        return;
    }
    m_profiles.activate(profileId);
    if (profile->environment == Environment::Demo) {
        connectDemo(*profile);
        return;
    }
    m_profiles.secret(profileId, this, [this, generation, p = *profile](const SecretResult &r) {
        if (generation != m_generation)
            return;
        if (!r.ok()) {
            Q_EMIT failed(
                tr("The client secret of “%1” could not be read: %2").arg(p.name, r.message()));
            return;
        }
        Q_EMIT ready(p, p.toConnection(r.secret));
    });
}

void ProfileSession::activateOfflineDemo()
{
    if (m_profiles.profile(Profile::offlineDemoId())) {
        activate(Profile::offlineDemoId());
        return;
    }
    // Shown at once; the demo profile is remembered in the background (its secret is public).
    ++m_generation;
    connectDemo(Profile::offlineDemo());
    m_profiles.addOfflineDemo(this, [this](const ProfileResult &result) {
        if (result.ok())
            m_profiles.activate(Profile::offlineDemoId());
    });
}

void ProfileSession::connectDemo(const Profile &profile)
{
    QString error;
    if (!m_demo.start(&error)) {
        Q_EMIT failed(error);
        return;
    }
    Connection connection = m_demo.connection(profile.auth);
    connection.clientId = profile.clientId;
    Q_EMIT ready(profile, connection);
}
