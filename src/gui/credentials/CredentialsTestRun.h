#pragma once

#include "Profile.h"

#include <QObject>
#include <QString>
#include <QUrl>

class ConnectionTester;
class ProfileStore;
class QNetworkAccessManager;
class QuotaCounter;

// One connection test of what the credentials form shows, reported in words: takes the stored
// secret when the form leaves it out, and sends offline-demo profiles to the running demo.
class CredentialsTestRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialsTestRun)

public:
    // `network` and `quota` must outlive the run; `quota` may be null.
    CredentialsTestRun(ProfileStore &profiles, QNetworkAccessManager *network, QuotaCounter *quota,
                       QObject *parent = nullptr);

    // Where the offline demo answers while it runs; empty URLs: it is not running.
    void setDemoEndpoints(const QUrl &resultUrl, const QUrl &tokenUrl);
    bool isDemoRunning() const { return m_demoResultUrl.isValid(); }
    QUrl demoResultUrl() const { return m_demoResultUrl; }
    QUrl demoTokenUrl() const { return m_demoTokenUrl; }

    // Tests `profile` with `secret`, or with the stored secret of the profile with the same id
    // when `secret` is empty. Every start ends in finished(), unless cancel() comes first; it
    // may come at once, when there is nothing to test against.
    void start(const Profile &profile, const QString &secret);
    // Stops the test; finished() is not emitted for it.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // What is happening now, for a status line.
    void progress(const QString &text);
    void finished(bool ok, const QString &text);

private:
    void run(Connection connection);
    void finish(bool ok, const QString &text);

    ProfileStore &m_profiles;
    ConnectionTester *m_tester;
    QUrl m_demoResultUrl;
    QUrl m_demoTokenUrl;
    bool m_running = false;
    bool m_costsQuota = false;
    quint64 m_generation = 0; // bumped by every start and cancel
};
