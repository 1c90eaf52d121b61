#include "Connection.h"
#include "RequestBuilder.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrlQuery>
#include <QUuid>

using namespace RequestBuilder;

class TestRequestBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rangeRequestHasEveryParameterExactly()
    {
        ResultRequest r;
        r.start = QDateTime(QDate(2019, 9, 24), QTime(6, 12, 25), Qt::UTC);
        r.end = QDateTime(QDate(2019, 10, 7), QTime(6, 12, 25), Qt::UTC);
        r.page = 3;
        r.limit = 500;
        const QUrl url =
            resultUrl(QUrl(QStringLiteral("https://h.example/v1/ielts/result-verification")), r);
        const QUrlQuery q(url);
        QCOMPARE(q.queryItemValue(QStringLiteral("startDateTime")),
                 QStringLiteral("2019-09-24T06:12:25"));
        QCOMPARE(q.queryItemValue(QStringLiteral("endDateTime")),
                 QStringLiteral("2019-10-07T06:12:25"));
        QCOMPARE(q.queryItemValue(QStringLiteral("photoFlag")), QStringLiteral("N"));
        QCOMPARE(q.queryItemValue(QStringLiteral("page")), QStringLiteral("3"));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("500"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("OSRFlag")));
        QVERIFY(!q.hasQueryItem(QStringLiteral("trfNumber")));
        QCOMPARE(url.path(), QStringLiteral("/v1/ielts/result-verification"));
    }

    void rangeTimesAreSentInUtc()
    {
        ResultRequest r;
        r.start = QDateTime(QDate(2024, 1, 1), QTime(12, 0), QTimeZone(3600));
        r.end = r.start.addSecs(60);
        const QUrlQuery q(resultUrl(QUrl(QStringLiteral("https://h.example/r")), r));
        QCOMPARE(q.queryItemValue(QStringLiteral("startDateTime")),
                 QStringLiteral("2024-01-01T11:00:00"));
    }

    void limitIsNeverAboveTwoThousand()
    {
        ResultRequest r;
        r.start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
        r.end = r.start.addDays(1);
        r.limit = 2500;
        r.page = 0;
        const QUrlQuery q(resultUrl(QUrl(QStringLiteral("https://h.example/r")), r));
        QCOMPARE(q.queryItemValue(QStringLiteral("limit")), QStringLiteral("2000"));
        QCOMPARE(q.queryItemValue(QStringLiteral("page")), QStringLiteral("1"));
    }

    void trfRequestSendsNoRangeNorPaging()
    {
        ResultRequest r;
        r.trfNumber = QStringLiteral("17UZ010772RAKN025A");
        r.photos = true;
        r.osr = true;
        const QUrlQuery q(resultUrl(QUrl(QStringLiteral("https://h.example/r?keep=1")), r));
        QCOMPARE(q.queryItemValue(QStringLiteral("trfNumber")),
                 QStringLiteral("17UZ010772RAKN025A"));
        QCOMPARE(q.queryItemValue(QStringLiteral("photoFlag")), QStringLiteral("Y"));
        QCOMPARE(q.queryItemValue(QStringLiteral("OSRFlag")), QStringLiteral("Y"));
        QCOMPARE(q.queryItemValue(QStringLiteral("keep")), QStringLiteral("1"));
        QVERIFY(!q.hasQueryItem(QStringLiteral("startDateTime")));
        QVERIFY(!q.hasQueryItem(QStringLiteral("page")));
        QVERIFY(!q.hasQueryItem(QStringLiteral("limit")));
    }

    void headers()
    {
        const QNetworkRequest request =
            resultRequest(QUrl(QStringLiteral("https://h.example/r")),
                          basicAuthorization(QStringLiteral("id"), QStringLiteral("s:ecret")),
                          QStringLiteral("abc-123"), 1234);
        QCOMPARE(request.rawHeader("Accept"), QByteArray("application/json"));
        QCOMPARE(request.rawHeader("Authorization"),
                 "Basic " + QByteArray("id:s:ecret").toBase64());
        QCOMPARE(request.rawHeader("X-TRANSACTION-ID"), QByteArray("abc-123"));
        QCOMPARE(request.transferTimeout(), 1234);
        QCOMPARE(request.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(bearerAuthorization(QStringLiteral("tok")), QByteArray("Bearer tok"));
    }

    void transactionIdsAreFreshGuids()
    {
        QSet<QString> seen;
        for (int i = 0; i < 100; ++i) {
            const QString id = newTransactionId();
            QCOMPARE(id.size(), 36);
            QVERIFY(!QUuid::fromString(id).isNull());
            seen.insert(id);
        }
        QCOMPARE(seen.size(), 100);
    }

    void tokenBodyEncodesEveryReservedCharacter()
    {
        const QByteArray body =
            tokenRequestBody(QStringLiteral("my id"), QStringLiteral("a+b&c=d%"));
        QCOMPARE(body, QByteArray("client_id=my%20id&client_secret=a%2Bb%26c%3Dd%25"
                                  "&grant_type=client_credentials&scope=openid"));
        const QNetworkRequest request =
            tokenRequest(QUrl(QStringLiteral("https://h.example/t")), QStringLiteral("x"), 100);
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(!request.hasRawHeader("Authorization"));
    }

    void endpointSecurity_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://apis.example/v1/r" << true;
        QTest::newRow("http remote") << "http://apis.example/v1/r" << false;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080/v1/r" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3/v1/r" << true;
        QTest::newRow("http ::1") << "http://[::1]:9/v1/r" << true;
        QTest::newRow("http localhost") << "http://localhost:9/r" << true;
        QTest::newRow("http 10.0.0.1") << "http://10.0.0.1/r" << false;
        QTest::newRow("localhost lookalike") << "http://localhost.evil.example/r" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1/r" << false;
        QTest::newRow("user info") << "https://u:p@apis.example/r" << false;
        QTest::newRow("empty") << "" << false;
    }
    void endpointSecurity()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(checkEndpoint(QUrl(url)).isEmpty(), allowed);
    }

    void sameOriginComparesSchemeHostAndPort()
    {
        QVERIFY(sameOrigin(QUrl(QStringLiteral("https://a.example/x")),
                           QUrl(QStringLiteral("https://A.example:443/y"))));
        QVERIFY(!sameOrigin(QUrl(QStringLiteral("https://a.example/x")),
                            QUrl(QStringLiteral("https://b.example/x"))));
        QVERIFY(!sameOrigin(QUrl(QStringLiteral("https://a.example/x")),
                            QUrl(QStringLiteral("http://a.example/x"))));
        QVERIFY(!sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:1/x")),
                            QUrl(QStringLiteral("http://127.0.0.1:2/x"))));
    }

    void connectionKeysRoundTrip()
    {
        for (Environment e : {Environment::Production, Environment::Sandbox, Environment::Demo,
                              Environment::Custom}) {
            bool ok = false;
            QCOMPARE(environmentFromKey(environmentKey(e), &ok), e);
            QVERIFY(ok);
            QVERIFY(!environmentDisplayName(e).isEmpty());
        }
        bool ok = true;
        environmentFromKey(u"staging", &ok);
        QVERIFY(!ok);
        QCOMPARE(authMethodFromKey(u"Bearer", &ok), AuthMethod::Bearer);
        QVERIFY(ok);
        authMethodFromKey(u"digest", &ok);
        QVERIFY(!ok);
        QVERIFY(Connection::defaultResultUrl(Environment::Production)
                    .toString()
                    .startsWith(u"https://"));
        QVERIFY(Connection::defaultTokenUrl(Environment::Sandbox)
                    .toString()
                    .endsWith(u"/pp1/v1/cambridge.id/token"));
        QVERIFY(Connection::defaultResultUrl(Environment::Demo).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRequestBuilder)
#include "tst_requestbuilder.moc"
