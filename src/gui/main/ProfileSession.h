#pragma once

#include "Connection.h"
#include "Profile.h"

#include <QObject>

class DemoService;
class ProfileStore;

// Turns the active profile into a working connection: fetches its secret from the keychain (or
// this session's memory), or starts the offline demo for the demo profile. Asynchronous: the
// window stays responsive while the keychain answers.
class ProfileSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSession)

public:
    ProfileSession(ProfileStore &profiles, DemoService &demo, QObject *parent = nullptr);

    // Activates the profile and reports ready() or failed().
    void activate(const QString &profileId);
    // The offline demo, created when missing; it needs no keychain.
    void activateOfflineDemo();

Q_SIGNALS:
    void ready(const Profile &profile, const Connection &connection);
    void failed(const QString &message);

private:
    void connectDemo(const Profile &profile);

    ProfileStore &m_profiles;
    DemoService &m_demo;
    quint64 m_generation = 0; // only the latest activation reports
};
