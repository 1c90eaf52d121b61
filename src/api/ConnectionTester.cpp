#include "ConnectionTester.h"

#include "RequestBuilder.h"
#include "SearchJob.h"
#include "SearchQuery.h"
#include "TokenProvider.h"

#include <QStringList>
#include <QTimer>

#include <memory>

namespace {

// A person waiting for a test wants an answer within seconds, not after a long back-off.
RetryPolicy testRetryPolicy()
{
    RetryPolicy policy;
    policy.maxAttempts = 2;
    policy.maxDelay = std::chrono::milliseconds(2000);
    policy.maxRetryAfter = std::chrono::milliseconds(5000);
    return policy;
}

} // namespace

ConnectionTester::ConnectionTester(QNetworkAccessManager *network, QuotaCounter *quota,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_quota(quota)
    , m_tokens(new TokenProvider(network, this))
{
    m_tokens->setRetryPolicy(testRetryPolicy());
}

ConnectionTester::~ConnectionTester()
{
    cancel();
}

bool ConnectionTester::costsQuota(const Connection &connection)
{
    return connection.auth == AuthMethod::Basic;
}

QString ConnectionTester::probeTrfNumber()
{
    // Year 00 and candidate number 000000: the pattern of a TRF number, but no result of that
    // year is still kept, so the service answers "nothing found" once it accepts the credentials.
    return QStringLiteral("00ZZ000000ZZZZ000A");
}

void ConnectionTester::test(const Connection &connection)
{
    cancel();
    m_running = true;
    const quint64 generation = ++m_generation;

    QString problem;
    if (connection.clientId.trimmed().isEmpty())
        problem = tr("Enter the client ID before testing.");
    else if (connection.clientSecret.isEmpty())
        problem = tr("Enter the client secret before testing.");
    else if (connection.auth == AuthMethod::Bearer && connection.tokenUrl.isEmpty())
        problem = tr("There is no token URL to ask for an access token.");
    else if (connection.auth == AuthMethod::Basic && connection.resultUrl.isEmpty())
        problem = tr("There is no result URL to send the test request to.");
    else
        // Credentials go nowhere that is not HTTPS or this computer.
        problem = RequestBuilder::checkEndpoint(
            connection.auth == AuthMethod::Bearer ? connection.tokenUrl : connection.resultUrl);
    if (!problem.isEmpty()) {
        QTimer::singleShot(0, this, [this, generation, problem] {
            report(generation, ApiError::configuration(problem));
        });
        return;
    }

    if (connection.auth == AuthMethod::Bearer)
        testToken(connection, generation);
    else
        testLookup(connection, generation);
}

void ConnectionTester::cancel()
{
    ++m_generation;
    m_running = false;
    m_tokens->cancelAll();
    if (m_job) {
        SearchJob *job = std::exchange(m_job, nullptr);
        job->disconnect(this);
        job->cancel();
        job->deleteLater();
    }
}

void ConnectionTester::testToken(const Connection &connection, quint64 generation)
{
    // A token cached from an earlier test would prove nothing about the secret as it is now.
    m_tokens->invalidate(connection);
    m_tokens->setTransferTimeout(m_timeoutMs);
    m_tokens->token(connection, this, [this, generation](const QString &, const ApiError &error) {
        // Deferred: a provider may answer at once, and finished() must not
        // arrive from within test().
        QTimer::singleShot(0, this, [this, generation, error] { report(generation, error); });
    });
}

void ConnectionTester::testLookup(const Connection &connection, quint64 generation)
{
    m_job = new SearchJob(m_network, m_tokens, m_quota, this);
    auto warnings = std::make_shared<QStringList>();
    connect(m_job, &SearchJob::warning, this,
            [warnings](const QString &message) { warnings->append(message); });
    connect(m_job, &SearchJob::finished, this,
            [this, generation, warnings](const JobOutcome &outcome) {
                // An empty answer and "not found" (70404) both mean the credentials were accepted.
                report(generation, outcome.error, warnings->join(u' '));
            });

    JobOptions options;
    options.transferTimeoutMs = m_timeoutMs;
    options.retry = testRetryPolicy();
    m_job->start({SearchQuery::forTrf(probeTrfNumber())}, connection, options);
}

void ConnectionTester::report(quint64 generation, const ApiError &error, const QString &note)
{
    if (generation != m_generation)
        return;
    m_running = false;
    if (m_job) {
        m_job->disconnect(this);
        std::exchange(m_job, nullptr)->deleteLater();
    }
    if (error.isError()) {
        Q_EMIT finished(false, error.message, error);
        return;
    }
    QString message = tr("The credentials work.");
    if (!note.isEmpty())
        message += u' ' + note;
    Q_EMIT finished(true, message, error);
}
