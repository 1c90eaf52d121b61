#include "ResponseParser.h"
#include "SandboxServer.h"
#include "TokenProvider.h"

#include <QNetworkAccessManager>
#include <QTest>

class TestTokenProvider : public QObject
{
    Q_OBJECT

    Connection connectionTo(const SandboxServer &server,
                            const QString &secret = QStringLiteral("demo-secret"))
    {
        Connection c;
        c.auth = AuthMethod::Bearer;
        c.resultUrl = server.resultUrl();
        c.tokenUrl = server.tokenUrl();
        c.clientId = QStringLiteral("demo-client");
        c.clientSecret = secret;
        return c;
    }

private Q_SLOTS:
    void cachesUntilShortlyBeforeExpiry()
    {
        QNetworkAccessManager network;
        TokenProvider provider(&network);
        QDateTime now(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
        provider.setClock([&now] { return now; });
        Connection c;
        c.tokenUrl = QUrl(QStringLiteral("https://t.example/token"));
        c.clientId = QStringLiteral("id");

        ResponseParser::Token token;
        token.accessToken = QStringLiteral("abc");
        token.expiresInSeconds = 3600;
        provider.store(c, token);
        QCOMPARE(provider.cachedToken(c), QStringLiteral("abc"));
        now = now.addSecs(3600 - 61);
        QCOMPARE(provider.cachedToken(c), QStringLiteral("abc"));
        now = now.addSecs(1); // 60 s before expiry: renewed from here on
        QVERIFY(provider.cachedToken(c).isEmpty());

        // Another client ID or token URL has its own token.
        provider.store(c, token);
        Connection other = c;
        other.clientId = QStringLiteral("other");
        QVERIFY(provider.cachedToken(other).isEmpty());
        provider.invalidate(c);
        QVERIFY(provider.cachedToken(c).isEmpty());
    }

    void shortLifetimesKeepATenthAsMargin()
    {
        QNetworkAccessManager network;
        TokenProvider provider(&network);
        QDateTime now(QDate(2024, 1, 1), QTime(12, 0), Qt::UTC);
        provider.setClock([&now] { return now; });
        Connection c;
        ResponseParser::Token token;
        token.accessToken = QStringLiteral("short");
        token.expiresInSeconds = 10;
        provider.store(c, token);
        now = now.addMSecs(8900);
        QCOMPARE(provider.cachedToken(c), QStringLiteral("short"));
        now = now.addMSecs(100);
        QVERIFY(provider.cachedToken(c).isEmpty());

        token.expiresInSeconds = 0; // no lifetime given: kept until the API refuses it
        provider.store(c, token);
        now = now.addDays(2);
        QCOMPARE(provider.cachedToken(c), QStringLiteral("short"));
    }

    void oneFetchServesEveryWaiterAndIsCached()
    {
        SandboxServer server{SandboxConfig()};
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        TokenProvider provider(&network);
        const Connection c = connectionTo(server);
        QStringList tokens;
        QObject context;
        for (int i = 0; i < 3; ++i)
            provider.token(c, &context, [&tokens](const QString &t, const ApiError &e) {
                QVERIFY(!e.isError());
                tokens << t;
            });
        QTRY_COMPARE(tokens.size(), 3);
        QCOMPARE(provider.fetchCount(), 1);
        QVERIFY(!tokens.first().isEmpty());
        QCOMPARE(tokens.at(1), tokens.first());

        bool called = false;
        provider.token(c, &context, [&](const QString &t, const ApiError &) {
            called = true;
            QCOMPARE(t, tokens.first());
        });
        QVERIFY(called); // from the cache, at once
        QCOMPARE(provider.fetchCount(), 1);

        // The request was a form POST with the client credentials grant.
        const QList<SandboxRequest> log = server.requests();
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().method, QByteArray("POST"));
        QVERIFY(!log.first().hasHeader("Authorization"));
    }

    void refusedCredentialsAreAnAuthenticationError()
    {
        SandboxServer server{SandboxConfig()};
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        TokenProvider provider(&network);
        ApiError error;
        bool done = false;
        QObject context;
        provider.token(connectionTo(server, QStringLiteral("wrong")), &context,
                       [&](const QString &t, const ApiError &e) {
                           QVERIFY(t.isEmpty());
                           error = e;
                           done = true;
                       });
        QTRY_VERIFY(done);
        QCOMPARE(error.kind, ApiError::Kind::Authentication);
        QVERIFY(error.httpStatus == 400 || error.httpStatus == 401);
        QVERIFY(!error.transactionId.isEmpty());
    }

    void aDestroyedWaiterIsNotCalled()
    {
        SandboxServer server{SandboxConfig()};
        QVERIFY(server.listen());
        QNetworkAccessManager network;
        TokenProvider provider(&network);
        bool called = false;
        {
            QObject context;
            provider.token(connectionTo(server), &context,
                           [&called](const QString &, const ApiError &) { called = true; });
        }
        QTest::qWait(300);
        QVERIFY(!called);
    }
};

QTEST_GUILESS_MAIN(TestTokenProvider)
#include "tst_tokenprovider.moc"
