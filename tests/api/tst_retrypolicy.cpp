#include "RetryPolicy.h"

#include <QTest>

using ms = std::chrono::milliseconds;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backOffDoublesWithinJitterAndIsCapped()
    {
        RetryPolicy p;
        p.baseDelay = ms(100);
        p.maxDelay = ms(1000);
        QCOMPARE(p.delayFor(1, std::nullopt, 1.0), ms(100));
        QCOMPARE(p.delayFor(1, std::nullopt, 0.0), ms(50));
        QCOMPARE(p.delayFor(2, std::nullopt, 1.0), ms(200));
        QCOMPARE(p.delayFor(3, std::nullopt, 1.0), ms(400));
        QCOMPARE(p.delayFor(10, std::nullopt, 1.0), ms(1000));
        QCOMPARE(p.delayFor(100, std::nullopt, 1.0), ms(1000));
        for (int i = 0; i < 50; ++i) {
            const ms d = p.delayFor(2);
            QVERIFY(d >= ms(100) && d <= ms(200));
        }
    }

    void retryAfterIsHonouredAndCapped()
    {
        RetryPolicy p;
        p.baseDelay = ms(10);
        p.maxRetryAfter = ms(5000);
        QCOMPARE(p.delayFor(1, ms(2000), 1.0), ms(2000));
        QCOMPARE(p.delayFor(1, ms(600000), 1.0), ms(5000));
        QCOMPARE(p.delayFor(1, ms(0), 1.0), ms(10));
    }

    void attemptsAreBounded()
    {
        RetryPolicy p;
        p.maxAttempts = 5;
        QVERIFY(p.mayRetry(1));
        QVERIFY(p.mayRetry(4));
        QVERIFY(!p.mayRetry(5));
    }

    void parseRetryAfter_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<qint64>("expectedMs"); // -1: none
        QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
        QTest::newRow("zero") << QByteArray(" 0 ") << qint64(0);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("empty") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("imf-fixdate")
            << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << qint64(30000);
        QTest::newRow("rfc850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << qint64(30000);
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << qint64(30000);
        QTest::newRow("date in the past")
            << QByteArray("Sun, 06 Nov 1994 08:40:00 GMT") << qint64(0);
    }
    void parseRetryAfter()
    {
        QFETCH(QByteArray, value);
        QFETCH(qint64, expectedMs);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 7), Qt::UTC);
        const auto parsed = RetryPolicy::parseRetryAfter(value, now);
        if (expectedMs < 0) {
            QVERIFY(!parsed.has_value());
        } else {
            QVERIFY(parsed.has_value());
            QCOMPARE(parsed->count(), expectedMs);
        }
    }

    void transientFailures()
    {
        for (int status : {500, 502, 503, 504})
            QVERIFY(RetryPolicy::isTransientStatus(status));
        for (int status : {200, 400, 401, 403, 404, 429})
            QVERIFY(!RetryPolicy::isTransientStatus(status));
        QVERIFY(RetryPolicy::isTransientNetworkError(QNetworkReply::RemoteHostClosedError));
        QVERIFY(RetryPolicy::isTransientNetworkError(QNetworkReply::OperationCanceledError));
        QVERIFY(RetryPolicy::isTransientNetworkError(QNetworkReply::TimeoutError));
        QVERIFY(!RetryPolicy::isTransientNetworkError(QNetworkReply::SslHandshakeFailedError));
        QVERIFY(!RetryPolicy::isTransientNetworkError(QNetworkReply::HostNotFoundError));
        QVERIFY(!RetryPolicy::isTransientNetworkError(QNetworkReply::ContentAccessDenied));
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
