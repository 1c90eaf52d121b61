#include "SandboxServer.h"
#include "SandboxTestSupport.h"

#include <QJsonArray>
#include <QSet>
#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QDateTime anchor(QDate(2024, 3, 15), QTime(12, 0, 0), Qt::UTC);

QString instant(const QDateTime &utc)
{
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss");
}

SandboxConfig baseConfig()
{
    SandboxConfig config;
    config.records = 200;
    config.seed = 3;
    config.anchor = anchor;
    return config;
}

using Items = QList<std::pair<QString, QString>>;

Items range(const QDateTime &start, const QDateTime &end, int page, int limit)
{
    return {{u"startDateTime"_s, instant(start)},
            {u"endDateTime"_s, instant(end)},
            {u"photoFlag"_s, u"N"_s},
            {u"page"_s, QString::number(page)},
            {u"limit"_s, QString::number(limit)}};
}

Items firstPage()
{
    return range(anchor.addDays(-91), anchor, 1, 10);
}

QStringList trfs(const HttpResult &result)
{
    QStringList numbers;
    for (const QJsonValue &value : result.json().value(u"results").toArray())
        numbers.append(value.toObject().value(u"trfNumber").toString());
    return numbers;
}

const QByteArray tokenForm =
    "client_id=demo-client&client_secret=demo-secret&grant_type=client_credentials&scope=openid";

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void failEveryNth_data();
    void failEveryNth();
    void failuresCanComeWithoutRetryAfter();
    void delayedResponses();
    void cutOffBodyIsAnError();
    void resetClosesWithoutAnswer();
    void quota_data();
    void quota();
    void tokensExpire();
    void moveDuringPagingByPageNumber();
    void moveDuringPagingByAdvancingStart();
    void moveHappensOncePerArming();
    void runsOnAWorkerThread();

private:
    HttpResult get(const Items &items, const Headers &headers = standardHeaders())
    {
        return m_http.get(withQuery(m_server->resultUrl(), items), headers);
    }

    std::unique_ptr<SandboxServer> m_server;
    TestHttp m_http;
};

void TestSandboxFaults::initTestCase()
{
    m_server = std::make_unique<SandboxServer>(baseConfig());
    QVERIFY(m_server->listen() != 0);
}

void TestSandboxFaults::init()
{
    m_server->setConfig(baseConfig());
    m_server->clearRequestLog();
}

void TestSandboxFaults::failEveryNth_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("503")
        << 503 << u"70503"_s
        << u"Message Not Processed: One or more back-end is down. Please try again later."_s;
    QTest::newRow("504") << 504 << u"70504"_s
                         << u"Message Not Processed: Back-end timed out. Please try again later."_s;
    QTest::newRow("500") << 500 << u"60006"_s
                         << u"Message Not Processed. There is some technical error while "
                            u"processing request. Please report this to Support team."_s;
}

void TestSandboxFaults::failEveryNth()
{
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);

    SandboxConfig config = baseConfig();
    config.failEveryNth = 3;
    config.failStatus = status;
    config.retryAfterSeconds = 7;
    m_server->setConfig(config);

    QList<int> statuses;
    for (int i = 0; i < 6; ++i) {
        const HttpResult result = get(firstPage());
        statuses.append(result.status);
        if (result.status == status) {
            QCOMPARE(result.errorCode(), code);
            QCOMPARE(result.errorMessage(), message);
            QCOMPARE(result.headers.value("retry-after"), "7"_ba);
        } else {
            QVERIFY(!result.headers.contains("retry-after"));
        }
    }
    QCOMPARE(statuses, QList<int>({200, 200, status, 200, 200, status}));

    // The token endpoint is behind the same failing gateway.
    config.failEveryNth = 1;
    m_server->setConfig(config);
    QCOMPARE(m_http
                 .post(m_server->tokenUrl(), tokenForm,
                       {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             status);
}

void TestSandboxFaults::failuresCanComeWithoutRetryAfter()
{
    SandboxConfig config = baseConfig();
    config.failEveryNth = 1;
    m_server->setConfig(config);
    const HttpResult result = get(firstPage());
    QCOMPARE(result.status, 503);
    QVERIFY(!result.headers.contains("retry-after"));
}

void TestSandboxFaults::delayedResponses()
{
    SandboxConfig config = baseConfig();
    config.delayMs = 400;
    m_server->setConfig(config);
    const HttpResult slow = get(firstPage());
    QCOMPARE(slow.status, 200);
    QVERIFY2(slow.elapsedMs >= 380, qPrintable(QString::number(slow.elapsedMs)));

    // A client with a shorter patience gives up.
    const HttpResult impatient =
        m_http.get(withQuery(m_server->resultUrl(), firstPage()), standardHeaders(), 100);
    QVERIFY(impatient.finished);
    QCOMPARE(impatient.error, QNetworkReply::OperationCanceledError);

    // Errors wait too.
    const HttpResult slowError = get(firstPage(), {{"Accept", "application/json"}});
    QCOMPARE(slowError.status, 401);
    QVERIFY(slowError.elapsedMs >= 380);
}

void TestSandboxFaults::cutOffBodyIsAnError()
{
    SandboxConfig config = baseConfig();
    config.cutOffEveryNth = 2;
    m_server->setConfig(config);

    const HttpResult whole = get(firstPage());
    QCOMPARE(whole.error, QNetworkReply::NoError);
    QCOMPARE(whole.json().value(u"results").toArray().size(), 10);

    const HttpResult cut = get(firstPage());
    QVERIFY(cut.finished);
    QVERIFY(cut.error != QNetworkReply::NoError);
    QCOMPARE(cut.status, 200); // the headers arrived
    QVERIFY(cut.body.size() < whole.body.size());
    QVERIFY(QJsonDocument::fromJson(cut.body).isNull());

    const HttpResult after = get(firstPage());
    QCOMPARE(after.error, QNetworkReply::NoError);
}

void TestSandboxFaults::resetClosesWithoutAnswer()
{
    SandboxConfig config = baseConfig();
    config.resetEveryNth = 1;
    m_server->setConfig(config);
    const HttpResult result = get(firstPage());
    QVERIFY(result.finished);
    QVERIFY(result.error != QNetworkReply::NoError);
    QCOMPARE(result.status, 0);
    QVERIFY(m_server->requestCount() >= 1);

    m_server->setConfig(baseConfig());
    QCOMPARE(get(firstPage()).status, 200);
}

void TestSandboxFaults::quota_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("429") << 429 << u"70429"_s;
    QTest::newRow("403") << 403 << u"70403"_s;
}

void TestSandboxFaults::quota()
{
    QFETCH(int, status);
    QFETCH(QString, code);

    // A client ID of its own, so the counts of other tests do not matter.
    SandboxConfig config = baseConfig();
    config.clientId = u"quota-"_s + QString::number(status);
    config.dailyQuota = 3;
    config.quotaStatus = status;
    m_server->setConfig(config);
    const Headers headers = {
        {"Authorization", basicAuthorization(config.clientId, config.clientSecret)},
        {"Accept", "application/json"}};

    // Neither unauthenticated requests nor token requests count.
    QCOMPARE(get(firstPage(), {{"Accept", "application/json"}}).status, 401);
    QByteArray form = tokenForm;
    form.replace("demo-client", config.clientId.toUtf8());
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(m_http
                     .post(m_server->tokenUrl(), form,
                           {{"Content-Type", "application/x-www-form-urlencoded"}})
                     .status,
                 200);
    }

    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(firstPage(), headers).status, 200);
    const HttpResult refused = get(firstPage(), headers);
    QCOMPARE(refused.status, status);
    QCOMPARE(refused.errorCode(), code);
    QCOMPARE(refused.errorMessage(),
             u"Message Not Processed: Daily request quota exceeded. Please try again tomorrow."_s);
    QCOMPARE(get(firstPage(), headers).status, status);

    // The quota belongs to the client ID.
    config.clientId = u"other-"_s + QString::number(status);
    m_server->setConfig(config);
    QCOMPARE(get(firstPage(),
                 {{"Authorization", basicAuthorization(config.clientId, config.clientSecret)},
                  {"Accept", "application/json"}})
                 .status,
             200);
}

void TestSandboxFaults::tokensExpire()
{
    SandboxConfig config = baseConfig();
    config.tokenLifetimeSeconds = 1;
    m_server->setConfig(config);
    const HttpResult issued = m_http.post(m_server->tokenUrl(), tokenForm,
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(issued.status, 200);
    QCOMPARE(issued.json().value(u"expires_in").toString(), u"1"_s);
    const Headers bearer = {
        {"Authorization", "Bearer " + issued.json().value(u"access_token").toString().toLatin1()},
        {"Accept", "application/json"}};
    QCOMPARE(get(firstPage(), bearer).status, 200);

    QTest::qWait(1200);
    const HttpResult expired = get(firstPage(), bearer);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.errorCode(), u"70405"_s);
    QCOMPARE(expired.errorMessage(),
             u"Message Not Processed: Access token expired. Please try again with valid token."_s);
}

void TestSandboxFaults::moveDuringPagingByPageNumber()
{
    SandboxConfig config = baseConfig();
    config.moveRecordDuringPaging = true;
    SandboxServer server(config);
    QVERIFY(server.listen() != 0);
    QSignalSpy moved(&server, &SandboxServer::recordMoved);

    const QDateTime start = anchor.addDays(-91);
    const QDateTime end = anchor.addDays(-1);
    const QList<SandboxRecord> before = server.dataSet().recordsInRange(start, end);
    const int limit = 20;
    QVERIFY(before.size() > 3 * limit);

    QStringList served;
    int pages = 0;
    for (int page = 1;; ++page) {
        const HttpResult result =
            m_http.get(withQuery(server.resultUrl(), range(start, end, page, limit)));
        QCOMPARE(result.status, 200);
        const QStringList numbers = trfs(result);
        if (numbers.isEmpty())
            break;
        served += numbers;
        ++pages;
        if (page == 1)
            QCOMPARE(moved.count(), 0);
    }
    QCOMPARE(moved.count(), 1);
    const QString movedTrf = moved.first().at(0).toString();
    const QDateTime from = moved.first().at(1).toDateTime();
    const QDateTime to = moved.first().at(2).toDateTime();
    QCOMPARE(from, before.first().lastModified);
    QCOMPARE(movedTrf, before.first().trfNumber);
    QCOMPARE(to, end);

    // The ground truth saw the change.
    const QList<SandboxRecord> after = server.dataSet().recordsInRange(start, end);
    QCOMPARE(after.size(), before.size());
    QCOMPARE(server.dataSet().find(movedTrf)->lastModified, end);
    QCOMPARE(after.last().trfNumber, movedTrf);

    // A client that trusts page numbers sees the moved record twice and misses the one that slid
    // back onto page 1: exactly the trap the knob is for.
    QCOMPARE(served.count(movedTrf), 2);
    QCOMPARE(served.size(), before.size());
    const QSet<QString> unique(served.cbegin(), served.cend());
    QCOMPARE(unique.size(), before.size() - 1);
    QVERIFY(!unique.contains(before.at(limit).trfNumber));
}

void TestSandboxFaults::moveDuringPagingByAdvancingStart()
{
    SandboxConfig config = baseConfig();
    config.moveRecordDuringPaging = true;
    SandboxServer server(config);
    QVERIFY(server.listen() != 0);
    QSignalSpy moved(&server, &SandboxServer::recordMoved);

    const QDateTime start = anchor.addDays(-91);
    const QDateTime end = anchor.addDays(-1);
    const QList<SandboxRecord> before = server.dataSet().recordsInRange(start, end);

    // Page through by moving the start to the last instant seen, keeping every record's latest
    // version by TRF number, as a careful client does.
    QHash<QString, QString> latest;
    QDateTime from = start;
    for (int round = 0; round < 100; ++round) {
        const HttpResult result =
            m_http.get(withQuery(server.resultUrl(), range(from, end, 1, 25)));
        QCOMPARE(result.status, 200);
        const QJsonArray results = result.json().value(u"results").toArray();
        for (const QJsonValue &value : results) {
            const QJsonObject record = value.toObject();
            latest.insert(record.value(u"trfNumber").toString(),
                          record.value(u"lastModifiedDate").toString());
        }
        const QDateTime last = QDateTime::fromString(
            results.last().toObject().value(u"lastModifiedDate").toString(), Qt::ISODate);
        if (results.size() < 25)
            break;
        from = QDateTime(last.date(), last.time(), Qt::UTC);
    }

    QCOMPARE(moved.count(), 1);
    const QString movedTrf = moved.first().at(0).toString();
    QVERIFY(moved.first().at(1).toDateTime() < moved.first().at(2).toDateTime());
    QCOMPARE(moved.first().at(2).toDateTime(), end);
    // The careful client has every record once, each with its latest time.
    const QList<SandboxRecord> after = server.dataSet().recordsInRange(start, end);
    QCOMPARE(latest.size(), after.size());
    for (const SandboxRecord &record : after)
        QCOMPARE(latest.value(record.trfNumber), instant(record.lastModified));
    QCOMPARE(latest.value(movedTrf), instant(end));
}

void TestSandboxFaults::moveHappensOncePerArming()
{
    SandboxConfig config = baseConfig();
    SandboxServer server(config);
    QVERIFY(server.listen() != 0);
    QSignalSpy moved(&server, &SandboxServer::recordMoved);
    const QDateTime start = anchor.addDays(-91);
    const auto walk = [&] {
        for (int page = 1; page <= 4; ++page)
            m_http.get(withQuery(server.resultUrl(), range(start, anchor, page, 10)));
    };

    walk();
    QCOMPARE(moved.count(), 0); // off by default

    config.moveRecordDuringPaging = true;
    server.setConfig(config);
    walk();
    walk();
    QCOMPARE(moved.count(), 1);

    config.delayMs = 1; // other knobs change: still disarmed
    server.setConfig(config);
    walk();
    QCOMPARE(moved.count(), 1);

    config.moveRecordDuringPaging = false;
    server.setConfig(config);
    config.moveRecordDuringPaging = true;
    server.setConfig(config);
    walk();
    QCOMPARE(moved.count(), 2);
}

void TestSandboxFaults::runsOnAWorkerThread()
{
    QThread worker;
    worker.start();
    SandboxConfig config = baseConfig();
    config.delayMs = 50; // timers must fire on the worker's loop
    auto *server = new SandboxServer(config);
    server->moveToThread(&worker);
    quint16 port = 0;
    QMetaObject::invokeMethod(
        server, [server, &port] { port = server->listen(); }, Qt::BlockingQueuedConnection);
    QVERIFY(port != 0);

    const HttpResult result = m_http.get(withQuery(server->resultUrl(), firstPage()));
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"results").toArray().size(), 10);
    QCOMPARE(server->requestCount(), 1);
    QVERIFY(server->requests().first().hasHeader("Authorization"));

    // Listening first and moving afterwards works as well.
    auto *moved = new SandboxServer(baseConfig());
    QVERIFY(moved->listen() != 0);
    moved->moveToThread(&worker);
    QCOMPARE(m_http.get(withQuery(moved->resultUrl(), firstPage())).status, 200);

    QMetaObject::invokeMethod(server, &QObject::deleteLater);
    QMetaObject::invokeMethod(moved, &QObject::deleteLater);
    worker.quit();
    QVERIFY(worker.wait(10000));
}

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
