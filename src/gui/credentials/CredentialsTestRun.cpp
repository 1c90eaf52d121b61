#include "CredentialsTestRun.h"

#include "ConnectionTester.h"
#include "CredentialsText.h"
#include "ProfileStore.h"

CredentialsTestRun::CredentialsTestRun(ProfileStore &profiles, QNetworkAccessManager *network,
                                       QuotaCounter *quota, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_tester(new ConnectionTester(network, quota, this))
{
    connect(m_tester, &ConnectionTester::finished, this,
            [this](bool ok, const QString &message, const ApiError &error) {
                finish(ok, CredentialsText::testOutcome(ok, message, error, m_costsQuota));
            });
}

void CredentialsTestRun::setDemoEndpoints(const QUrl &resultUrl, const QUrl &tokenUrl)
{
    m_demoResultUrl = resultUrl;
    m_demoTokenUrl = tokenUrl;
}

void CredentialsTestRun::start(const Profile &profile, const QString &secret)
{
    cancel();
    m_running = true;
    Connection connection = profile.toConnection(secret);
    if (profile.environment == Environment::Demo) {
        if (!isDemoRunning()) {
            finish(false, tr("The offline demo is not running, so there is nothing to test "
                             "against. It starts when a demo profile is in use."));
            return;
        }
        connection.resultUrl = m_demoResultUrl;
        connection.tokenUrl = m_demoTokenUrl;
    }
    if (!secret.isEmpty()) {
        run(connection);
        return;
    }

    // The form keeps the stored secret: test with that one.
    Q_EMIT progress(tr("Reading the client secret from the keychain\u2026"));
    const quint64 generation = m_generation;
    m_profiles.secret(
        profile.id, this, [this, generation, connection](const SecretResult &result) mutable {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                finish(false,
                       tr("The stored client secret could not be read: %1").arg(result.message()));
                return;
            }
            connection.clientSecret = result.secret;
            run(connection);
        });
}

void CredentialsTestRun::cancel()
{
    ++m_generation;
    m_running = false;
    m_tester->cancel();
}

void CredentialsTestRun::run(Connection connection)
{
    m_costsQuota = ConnectionTester::costsQuota(connection);
    Q_EMIT progress(m_costsQuota
                        ? tr("Testing: one request is sent to the result service\u2026")
                        : tr("Testing: asking the token endpoint for an access token\u2026"));
    m_tester->test(connection);
}

void CredentialsTestRun::finish(bool ok, const QString &text)
{
    m_running = false;
    Q_EMIT finished(ok, text);
}
