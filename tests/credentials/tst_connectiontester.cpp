#include "ConnectionTester.h"
#include "QuotaCounter.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QTest>

#include <memory>
#include <optional>

// The connection test against the project's sandbox on loopback: what each method costs, and
// that a refusal arrives with the service's own code.
class TestConnectionTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void credentialsWork_data();
    void credentialsWork();
    void wrongSecretIsRefused_data();
    void wrongSecretIsRefused();
    void notFoundAnswerMeansAccepted();
    void everyBearerTestFetchesAFreshToken();
    void insecureEndpointSendsNothing();
    void incompleteConnectionIsRefused();
    void cancelSuppressesTheOutcome();
    void unreachableServiceIsANetworkError();

private:
    struct Outcome
    {
        bool ok = false;
        QString message;
        ApiError error;
    };
    Connection connection(AuthMethod auth, const QString &secret) const;
    std::optional<Outcome> run(ConnectionTester &tester, const Connection &connection);
    int resultRequests() const;

    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<QuotaCounter> m_quota;
};

void TestConnectionTester::init()
{
    SandboxConfig config;
    config.records = 20;
    m_server = std::make_unique<SandboxServer>(config);
    QVERIFY(m_server->listen() != 0);
    m_quota = std::make_unique<QuotaCounter>(QString()); // in memory only
}

void TestConnectionTester::cleanup()
{
    m_server.reset();
    m_quota.reset();
}

Connection TestConnectionTester::connection(AuthMethod auth, const QString &secret) const
{
    Connection c;
    c.environment = Environment::Custom;
    c.resultUrl = m_server->resultUrl();
    c.tokenUrl = m_server->tokenUrl();
    c.auth = auth;
    c.clientId = SandboxConfig::demoClientId.toString();
    c.clientSecret = secret;
    return c;
}

std::optional<TestConnectionTester::Outcome> TestConnectionTester::run(ConnectionTester &tester,
                                                                       const Connection &connection)
{
    auto outcome = std::make_shared<std::optional<Outcome>>();
    QObject context;
    connect(&tester, &ConnectionTester::finished, &context,
            [outcome](bool ok, const QString &message, const ApiError &error) {
                *outcome = Outcome{ok, message, error};
            });
    tester.test(connection);
    // Never from within test(): the caller may still be setting up when it returns.
    if (outcome->has_value())
        return std::nullopt;
    (void)QTest::qWaitFor([&] { return outcome->has_value(); }, 20000);
    return *outcome;
}

int TestConnectionTester::resultRequests() const
{
    int count = 0;
    for (const SandboxRequest &request : m_server->requests()) {
        if (request.path.endsWith(u"/result-verification"))
            ++count;
    }
    return count;
}

void TestConnectionTester::credentialsWork_data()
{
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<int>("quotaUsed");
    QTest::addColumn<int>("resultRequests");
    QTest::newRow("bearer: a token request, no quota") << AuthMethod::Bearer << 0 << 0;
    QTest::newRow("basic: one lookup, one request of the quota") << AuthMethod::Basic << 1 << 1;
}

void TestConnectionTester::credentialsWork()
{
    QFETCH(AuthMethod, auth);
    QFETCH(int, quotaUsed);
    QFETCH(int, resultRequests);

    ConnectionTester tester(&m_network, m_quota.get());
    const Connection c = connection(auth, SandboxConfig::demoClientSecret.toString());
    QCOMPARE(ConnectionTester::costsQuota(c), quotaUsed > 0);
    const auto outcome = run(tester, c);
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->error.summary()));
    QCOMPARE(outcome->message, ConnectionTester::tr("The credentials work."));
    QVERIFY(!outcome->error.isError());
    QVERIFY(!tester.isRunning());
    QCOMPARE(m_quota->used(c.clientId), quotaUsed);
    QCOMPARE(this->resultRequests(), resultRequests);
}

void TestConnectionTester::wrongSecretIsRefused_data()
{
    QTest::addColumn<AuthMethod>("auth");
    QTest::addColumn<QString>("code");
    QTest::newRow("bearer: the token endpoint refuses the client")
        << AuthMethod::Bearer << QStringLiteral("invalid_client");
    QTest::newRow("basic: the result service refuses the credentials")
        << AuthMethod::Basic << QStringLiteral("70401");
}

void TestConnectionTester::wrongSecretIsRefused()
{
    QFETCH(AuthMethod, auth);
    QFETCH(QString, code);

    ConnectionTester tester(&m_network, m_quota.get());
    const auto outcome = run(tester, connection(auth, QStringLiteral("not-the-secret")));
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Authentication);
    QCOMPARE(outcome->error.code, code);
    QCOMPARE(outcome->error.httpStatus, 401);
    QCOMPARE(outcome->message, outcome->error.message);
    QVERIFY(!outcome->error.advice.isEmpty());
}

void TestConnectionTester::notFoundAnswerMeansAccepted()
{
    SandboxConfig config = m_server->config();
    config.trfMiss = SandboxConfig::TrfMiss::NotFound;
    m_server->setConfig(config);

    ConnectionTester tester(&m_network, m_quota.get());
    const auto outcome =
        run(tester, connection(AuthMethod::Basic, SandboxConfig::demoClientSecret.toString()));
    QVERIFY(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->error.summary()));
    QCOMPARE(resultRequests(), 1);
    bool asked = false;
    for (const SandboxRequest &request : m_server->requests())
        asked |= request.rawQuery.contains(ConnectionTester::probeTrfNumber());
    QVERIFY(asked);
}

void TestConnectionTester::everyBearerTestFetchesAFreshToken()
{
    ConnectionTester tester(&m_network, m_quota.get());
    const Connection good =
        connection(AuthMethod::Bearer, SandboxConfig::demoClientSecret.toString());
    QVERIFY(run(tester, good).value_or(Outcome{}).ok);
    QVERIFY(run(tester, good).value_or(Outcome{}).ok);
    QCOMPARE(m_server->requestCount(), 2);

    // A token from the first test must not make a wrong secret look right.
    const auto outcome = run(tester, connection(AuthMethod::Bearer, QStringLiteral("wrong")));
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
}

void TestConnectionTester::insecureEndpointSendsNothing()
{
    ConnectionTester tester(&m_network, m_quota.get());
    Connection c = connection(AuthMethod::Bearer, QStringLiteral("secret"));
    c.tokenUrl = QUrl(QStringLiteral("http://example.invalid/token"));
    auto outcome = run(tester, c);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Configuration);

    c = connection(AuthMethod::Basic, QStringLiteral("secret"));
    c.resultUrl = QUrl(QStringLiteral("http://example.invalid/v1/ielts/result-verification"));
    outcome = run(tester, c);
    QVERIFY(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Configuration);
    QCOMPARE(m_quota->used(c.clientId), 0);
}

void TestConnectionTester::incompleteConnectionIsRefused()
{
    ConnectionTester tester(&m_network, m_quota.get());
    Connection c = connection(AuthMethod::Bearer, QString());
    auto outcome = run(tester, c);
    QVERIFY(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Configuration);

    c = connection(AuthMethod::Bearer, QStringLiteral("secret"));
    c.tokenUrl.clear();
    outcome = run(tester, c);
    QVERIFY(outcome);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Configuration);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestConnectionTester::cancelSuppressesTheOutcome()
{
    SandboxConfig config = m_server->config();
    config.delayMs = 300;
    m_server->setConfig(config);

    ConnectionTester tester(&m_network, m_quota.get());
    int reports = 0;
    connect(&tester, &ConnectionTester::finished, this, [&reports] { ++reports; });
    tester.test(connection(AuthMethod::Bearer, SandboxConfig::demoClientSecret.toString()));
    QVERIFY(tester.isRunning());
    tester.cancel();
    QVERIFY(!tester.isRunning());
    QTest::qWait(800);
    QCOMPARE(reports, 0);

    // The tester is usable again afterwards.
    const auto outcome =
        run(tester, connection(AuthMethod::Basic, SandboxConfig::demoClientSecret.toString()));
    QVERIFY(outcome);
    QVERIFY(outcome->ok);
    QCOMPARE(reports, 1);
}

void TestConnectionTester::unreachableServiceIsANetworkError()
{
    Connection c = connection(AuthMethod::Bearer, QStringLiteral("secret"));
    m_server.reset(); // nobody listens on that port any more
    ConnectionTester tester(&m_network, m_quota.get());
    const auto outcome = run(tester, c);
    QVERIFY(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->error.kind, ApiError::Kind::Network);
    QVERIFY(!outcome->message.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionTester)
#include "tst_connectiontester.moc"
