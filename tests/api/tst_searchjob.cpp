#include "ApiTestSupport.h"
#include "RequestBuilder.h"
#include "ResponseParser.h"
#include "TokenProvider.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTcpSocket>

using Kind = ApiError::Kind;
using namespace std::chrono_literals;

namespace {
// A sandbox, a client and an in-memory quota count, wired together.
struct Rig
{
    SandboxServer server;
    RecordingNetwork network;
    QuotaCounter quota{QString()};
    ResultClient client{&network, &quota};

    explicit Rig(const SandboxConfig &config)
        : server(config)
    {
        server.listen();
    }

    Connection connection(AuthMethod auth = AuthMethod::Basic) const
    {
        return sandboxConnection(server, auth);
    }
    SearchQuery whole(int pageSize, bool photos = false) const
    {
        SearchQuery q = SearchQuery::forRange(server.dataSet().oldest(), server.dataSet().newest());
        q.setPageSize(pageSize);
        q.setIncludePhotos(photos);
        return q;
    }
    QSet<QString> truth(const SearchQuery &q) const
    {
        return trfSet(server.dataSet().recordsInRange(q.start(), q.end()));
    }
    QList<SandboxRequest> resultRequests() const
    {
        QList<SandboxRequest> list;
        for (const SandboxRequest &r : server.requests()) {
            if (r.path.endsWith(u"/result-verification"))
                list.append(r);
        }
        return list;
    }
    // Authorization went to the sandbox's origin and nowhere else.
    bool credentialsStayedHome() const
    {
        for (const auto &sent : network.sent) {
            if (sent.hasAuthorization && !RequestBuilder::sameOrigin(sent.url, server.resultUrl()))
                return false;
        }
        return true;
    }
};

SandboxConfig config(int records = 500)
{
    SandboxConfig c;
    c.records = records;
    return c;
}
} // namespace

class TestSearchJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAWholeRangeExactly()
    {
        Rig rig(config());
        const SearchQuery q = rig.whole(50);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY(run.finished);
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), rig.truth(q));
        QCOMPARE(run.delivered.size(), rig.truth(q).size()); // nothing delivered twice
        QCOMPARE(run.outcome.records, qint64(rig.truth(q).size()));

        QSet<QByteArray> transactions;
        const QList<SandboxRequest> requests = rig.resultRequests();
        QCOMPARE(requests.size(), run.outcome.requests);
        for (const SandboxRequest &r : requests) {
            QCOMPARE(r.method, QByteArray("GET"));
            QCOMPARE(r.header("Accept"), QByteArray("application/json"));
            QVERIFY(r.header("Authorization").startsWith("Basic "));
            QCOMPARE(r.query.queryItemValue(QStringLiteral("photoFlag")), QStringLiteral("N"));
            QCOMPARE(r.query.queryItemValue(QStringLiteral("limit")), QStringLiteral("50"));
            QVERIFY(r.query.hasQueryItem(QStringLiteral("page")));
            QVERIFY(r.query.hasQueryItem(QStringLiteral("startDateTime")));
            QVERIFY(r.query.hasQueryItem(QStringLiteral("endDateTime")));
            QVERIFY(!r.query.hasQueryItem(QStringLiteral("OSRFlag")));
            transactions.insert(r.header("X-TRANSACTION-ID"));
        }
        QCOMPARE(transactions.size(), requests.size());
        QVERIFY(rig.credentialsStayedHome());
        QVERIFY(!run.progress.isEmpty());
        QCOMPARE(run.progress.last().records, qint64(rig.truth(q).size()));
        QVERIFY(run.progress.last().bytes > 0);
    }

    void photosStayCompressedAndOsrFieldsArrive()
    {
        Rig rig(config(100));
        SearchQuery q =
            SearchQuery::forTrf(rig.server.dataSet().trf(SandboxDataSet::Special::OneSkillRetake));
        q.setIncludePhotos(true);
        q.setIncludeOsr(true);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY(run.outcome.succeeded());
        QCOMPARE(run.delivered.size(), 1);
        const CandidateResult r = run.delivered.first();
        QVERIFY(r.has(u"osrFlag"));
        const SandboxRecord *record = rig.server.dataSet().find(q.trfNumber());
        QCOMPARE(r.photo(), rig.server.dataSet().photoBytes(*record));
        const SandboxRequest sent = rig.resultRequests().constFirst();
        QCOMPARE(sent.query.queryItemValue(QStringLiteral("OSRFlag")), QStringLiteral("Y"));
        QCOMPARE(sent.query.queryItemValue(QStringLiteral("photoFlag")), QStringLiteral("Y"));
        QVERIFY(!sent.query.hasQueryItem(QStringLiteral("page")));
    }

    void trfMissesAreNotErrors_data()
    {
        QTest::addColumn<int>("miss");
        QTest::newRow("200 empty") << int(SandboxConfig::TrfMiss::EmptyResult);
        QTest::newRow("404 70404") << int(SandboxConfig::TrfMiss::NotFound);
    }
    void trfMissesAreNotErrors()
    {
        QFETCH(int, miss);
        SandboxConfig c = config(100);
        c.trfMiss = SandboxConfig::TrfMiss(miss);
        Rig rig(c);
        const auto &records = rig.server.dataSet().records();
        const QStringList found = {records.at(20).trfNumber, records.at(40).trfNumber,
                                   records.at(60).trfNumber};
        QList<SearchQuery> queries;
        for (const QString &trf : found)
            queries << SearchQuery::forTrf(trf);
        queries << SearchQuery::forTrf(QStringLiteral("99XX999999NOPE999A"));
        const JobRun run = runJob(rig.client, queries, rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), QSet<QString>(found.cbegin(), found.cend()));
        QCOMPARE(run.outcome.notFound, QStringList{QStringLiteral("99XX999999NOPE999A")});
        QCOMPARE(run.outcome.requests, 4); // one request per TRF number
    }

    void emptyRangesInBothReadings_data()
    {
        QTest::addColumn<int>("end");
        QTest::newRow("200 empty page") << int(SandboxConfig::EndOfData::EmptyPage);
        QTest::newRow("404 70404") << int(SandboxConfig::EndOfData::NotFound);
    }
    void emptyRangesInBothReadings()
    {
        QFETCH(int, end);
        SandboxConfig c = config(100);
        c.endOfData = SandboxConfig::EndOfData(end);
        Rig rig(c);
        const QDateTime before = rig.server.dataSet().oldest().addDays(-30);
        const JobRun run = runJob(rig.client, {SearchQuery::forRange(before, before.addDays(10))},
                                  rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.outcome.records, 0);
        QCOMPARE(run.outcome.requests, 1);
    }

    void endOfDataAfterFullPages_data() { emptyRangesInBothReadings_data(); }
    void endOfDataAfterFullPages()
    {
        QFETCH(int, end);
        SandboxConfig c = config(300);
        c.endOfData = SandboxConfig::EndOfData(end);
        Rig rig(c);
        // A range holding exactly 200 records, paged by 50: the last page is full.
        const QList<SandboxRecord> all = rig.server.dataSet().recordsInRange(
            rig.server.dataSet().oldest(), rig.server.dataSet().newest());
        SearchQuery q = SearchQuery::forRange(all.at(0).lastModified, all.at(199).lastModified);
        q.setPageSize(50);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), rig.truth(q));
    }

    void bearerTokenExpiresMidJob()
    {
        SandboxConfig c = config(300);
        c.tokenLifetimeSeconds = 1;
        c.delayMs = 120;
        Rig rig(c);
        const SearchQuery q = rig.whole(20);
        QElapsedTimer timer;
        timer.start();
        const JobRun run =
            runJob(rig.client, {q}, rig.connection(AuthMethod::Bearer), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QVERIFY(timer.elapsed() > 2000); // the job outlived several tokens
        QCOMPARE(run.trfs(), rig.truth(q));
        QVERIFY(rig.client.tokens()->fetchCount() >= 2);
        // The job went on where it was: the start never moved back.
        QDateTime previous;
        for (const SandboxRequest &r : rig.resultRequests()) {
            QVERIFY(r.header("Authorization").startsWith("Bearer "));
            const QDateTime start = QDateTime::fromString(
                r.query.queryItemValue(QStringLiteral("startDateTime")), Qt::ISODate);
            QVERIFY(!previous.isValid() || start >= previous);
            previous = start;
        }
        QVERIFY(rig.credentialsStayedHome());
    }

    void aRefusedTokenIsRenewedOnceAndTheRequestReplayed()
    {
        Rig rig(config(100));
        const Connection connection = rig.connection(AuthMethod::Bearer);
        ResponseParser::Token stale;
        stale.accessToken = QStringLiteral("revoked-token");
        stale.expiresInSeconds = 3600;
        rig.client.tokens()->store(connection, stale);
        const SearchQuery q = rig.whole(2000);
        const JobRun run = runJob(rig.client, {q}, connection, fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), rig.truth(q));
        const QList<SandboxRequest> requests = rig.resultRequests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).header("Authorization"), QByteArray("Bearer revoked-token"));
        QCOMPARE(requests.at(1).rawQuery, requests.at(0).rawQuery); // the same request again
        QCOMPARE(rig.client.tokens()->fetchCount(), 1);
    }

    void recordsMovingDuringPagingAreNeitherLostNorDoubled()
    {
        SandboxConfig c = config(400);
        c.moveRecordDuringPaging = true;
        Rig rig(c);
        QSignalSpy moved(&rig.server, &SandboxServer::recordMoved);
        const SearchQuery q = rig.whole(50);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(moved.size(), 1);
        QCOMPARE(run.trfs(), rig.truth(q));
        QCOMPARE(run.latest.size(), rig.truth(q).size());
        const QString trf = moved.first().at(0).toString();
        const QDateTime movedTo = moved.first().at(2).toDateTime();
        QCOMPARE(run.latest.value(trf).lastModified(), movedTo);
        QVERIFY(run.progress.last().updates <= 1);
    }

    void longRangesAreSplitUpFront()
    {
        SandboxConfig c = config(400);
        c.spanDays = 900;
        Rig rig(c);
        const SearchQuery q = rig.whole(2000);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), rig.truth(q));
        for (const SandboxRequest &r : rig.resultRequests()) {
            const QDateTime s = QDateTime::fromString(
                r.query.queryItemValue(QStringLiteral("startDateTime")), Qt::ISODate);
            const QDateTime e = QDateTime::fromString(
                r.query.queryItemValue(QStringLiteral("endDateTime")), Qt::ISODate);
            QVERIFY(s.daysTo(e) <= 365);
        }
        QVERIFY(rig.resultRequests().size() >= 3);
    }

    void rangesTheServiceRefusesAreBisected()
    {
        SandboxConfig c = config(500);
        c.refuseRangesOver = 120;
        Rig rig(c);
        const SearchQuery q = rig.whole(2000);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), rig.truth(q));
        QVERIFY(!run.warnings.isEmpty());
        QVERIFY(run.progress.last().partsTotal >= 5);
    }

    void serverErrorStormsAreRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("every");
        QTest::newRow("503 every 2nd") << 503 << 2;
        QTest::newRow("504 every 3rd") << 504 << 3;
        QTest::newRow("500 every 2nd") << 500 << 2;
    }
    void serverErrorStormsAreRetried()
    {
        QFETCH(int, status);
        QFETCH(int, every);
        SandboxConfig c = config(300);
        c.failEveryNth = every;
        c.failStatus = status;
        Rig rig(c);
        const SearchQuery q = rig.whole(40);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), rig.truth(q));
        QVERIFY(run.progress.last().retries > 0);
    }

    void retriesAreBounded()
    {
        SandboxConfig c = config(100);
        c.failEveryNth = 1;
        Rig rig(c);
        const JobRun run = runJob(rig.client, {rig.whole(50)}, rig.connection(), fastOptions());
        QCOMPARE(run.outcome.error.kind, Kind::Server);
        QCOMPARE(run.outcome.error.code, QStringLiteral("70503"));
        QCOMPARE(run.outcome.error.httpStatus, 503);
        QVERIFY(!run.outcome.error.transactionId.isEmpty());
        QCOMPARE(rig.resultRequests().size(), fastOptions().retry.maxAttempts);
    }

    void retryAfterIsHonoured()
    {
        SandboxConfig c = config(100);
        c.failEveryNth = 2;
        c.retryAfterSeconds = 1;
        Rig rig(c);
        QElapsedTimer timer;
        timer.start();
        const SearchQuery q = rig.whole(40);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), rig.truth(q));
        QVERIFY(timer.elapsed() >= 950); // the base delay alone is 2 ms
    }

    void cutOffBodiesAreRetried()
    {
        SandboxConfig c = config(300);
        c.cutOffEveryNth = 2;
        Rig rig(c);
        const SearchQuery q = rig.whole(40, true);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), rig.truth(q));
        QVERIFY(run.progress.last().retries > 0);
    }

    void connectionResetsAreRetried()
    {
        SandboxConfig c = config(300);
        c.resetEveryNth = 2;
        Rig rig(c);
        const SearchQuery q = rig.whole(40);
        const JobRun run = runJob(rig.client, {q}, rig.connection(), fastOptions());
        QVERIFY2(run.outcome.succeeded(), qPrintable(run.outcome.error.summary()));
        QCOMPARE(run.trfs(), rig.truth(q));
        // Qt repeats an idempotent GET once by itself when the connection drops before any byte of
        // the answer; either way the resets happened and were survived.
        QVERIFY(run.progress.last().retries > 0 ||
                rig.server.requestCount() > run.outcome.requests);
    }

    void transferTimeouts()
    {
        SandboxConfig c = config(50);
        c.delayMs = 1500;
        Rig rig(c);
        JobOptions options = fastOptions();
        options.transferTimeoutMs = 200;
        options.retry.maxAttempts = 2;
        const JobRun run = runJob(rig.client, {rig.whole(50)}, rig.connection(), options);
        QCOMPARE(run.outcome.error.kind, Kind::Network);
        QCOMPARE(run.outcome.requests, 2);
    }

    void serverQuotaRefusalStopsTheJob_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("429") << 429;
        QTest::newRow("403") << 403;
    }
    void serverQuotaRefusalStopsTheJob()
    {
        QFETCH(int, status);
        SandboxConfig c = config(300);
        c.dailyQuota = 2;
        c.quotaStatus = status;
        Rig rig(c);
        const JobRun run = runJob(rig.client, {rig.whole(50)}, rig.connection(), fastOptions());
        QCOMPARE(run.outcome.error.kind, Kind::Quota);
        QCOMPARE(run.outcome.error.httpStatus, status);
        QCOMPARE(rig.resultRequests().size(), 3); // 4xx is never retried
        QCOMPARE(rig.quota.remaining(rig.connection().clientId), 0);
    }

    void clientQuotaRefusesUpFront()
    {
        Rig rig(config(300));
        rig.quota.setLimit(10);
        rig.quota.add(rig.connection().clientId, 5);
        JobOptions options = fastOptions();
        options.estimatedRecords = 300; // 6 pages of 50 and the range itself: 7 > 5
        const JobRun run = runJob(rig.client, {rig.whole(50)}, rig.connection(), options);
        QCOMPARE(run.outcome.error.kind, Kind::Quota);
        QVERIFY(run.outcome.error.message.contains(QStringLiteral("7")));
        QCOMPARE(rig.server.requestCount(), 0);
        QVERIFY(rig.network.sent.isEmpty());

        options.ignoreQuota = true;
        const SearchQuery q = rig.whole(50);
        const JobRun overridden = runJob(rig.client, {q}, rig.connection(), options);
        QVERIFY(overridden.outcome.succeeded());
        QCOMPARE(overridden.trfs(), rig.truth(q));
    }

    void clientQuotaStopsAJobMidWayAndWarnsAt80Percent()
    {
        Rig rig(config(300));
        rig.quota.setLimit(5);
        rig.quota.add(rig.connection().clientId, 1);
        const JobRun run = runJob(rig.client, {rig.whole(20)}, rig.connection(), fastOptions());
        QCOMPARE(run.outcome.error.kind, Kind::Quota);
        QCOMPARE(rig.resultRequests().size(), 4);
        QCOMPARE(rig.quota.used(rig.connection().clientId), 5);
        QCOMPARE(run.warnings.size(), 1);
    }

    void refusedCredentials_data()
    {
        QTest::addColumn<int>("style");
        QTest::newRow("flat") << int(SandboxConfig::ErrorBodyStyle::Flat);
        QTest::newRow("gateway") << int(SandboxConfig::ErrorBodyStyle::Gateway);
        QTest::newRow("plain text") << int(SandboxConfig::ErrorBodyStyle::PlainText);
    }
    void refusedCredentials()
    {
        QFETCH(int, style);
        SandboxConfig c = config(50);
        c.errorBodyStyle = SandboxConfig::ErrorBodyStyle(style);
        Rig rig(c);
        Connection connection = rig.connection();
        connection.clientSecret = QStringLiteral("wrong");
        const JobRun run = runJob(rig.client, {rig.whole(50)}, connection, fastOptions());
        QCOMPARE(run.outcome.error.kind, Kind::Authentication);
        QCOMPARE(run.outcome.error.httpStatus, 401);
        if (style != int(SandboxConfig::ErrorBodyStyle::PlainText))
            QCOMPARE(run.outcome.error.code, QStringLiteral("70401"));
        QVERIFY(!run.outcome.error.transactionId.isEmpty());
        QCOMPARE(rig.resultRequests().size(), 1);

        connection.auth = AuthMethod::Bearer;
        const JobRun bearer = runJob(rig.client, {rig.whole(50)}, connection, fastOptions());
        QCOMPARE(bearer.outcome.error.kind, Kind::Authentication);
        QCOMPARE(rig.resultRequests().size(), 1); // no result request without a token
    }

    void cancelStopsAtOnce()
    {
        SandboxConfig c = config(300);
        c.delayMs = 400;
        Rig rig(c);
        bool finished = false;
        JobOutcome outcome;
        connect(&rig.client, &ResultClient::finished, this, [&](const JobOutcome &o) {
            finished = true;
            outcome = o;
        });
        QVERIFY(rig.client.start(rig.whole(20), rig.connection(), fastOptions()));
        QTRY_VERIFY(rig.server.requestCount() >= 1);
        rig.client.cancel();
        QVERIFY(finished); // synchronously
        QCOMPARE(outcome.error.kind, Kind::Cancelled);
        QVERIFY(!rig.client.isRunning());
        const int count = rig.server.requestCount();
        QTest::qWait(600);
        QCOMPARE(rig.server.requestCount(), count);
    }

    void insecureEndpointsAreRefusedBeforeSending()
    {
        Rig rig(config(50));
        Connection connection = rig.connection();
        connection.resultUrl =
            QUrl(QStringLiteral("http://results.example/v1/ielts/result-verification"));
        const JobRun run = runJob(rig.client, {rig.whole(50)}, connection, fastOptions());
        QCOMPARE(run.outcome.error.kind, Kind::Configuration);
        QVERIFY(rig.network.sent.isEmpty());
    }

    void invalidQueriesAreRefusedBeforeSending()
    {
        Rig rig(config(50));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const JobRun run = runJob(rig.client, {SearchQuery::forRange(now, now.addDays(2))},
                                  rig.connection(), fastOptions());
        QCOMPARE(run.outcome.error.kind, Kind::Configuration);
        QCOMPARE(rig.server.requestCount(), 0);
    }

    void redirectsAreNotFollowed()
    {
        QTcpServer foreign;
        QVERIFY(foreign.listen(QHostAddress::LocalHost));
        int foreignConnections = 0;
        connect(&foreign, &QTcpServer::newConnection, this, [&] { ++foreignConnections; });
        QTcpServer redirecting;
        QVERIFY(redirecting.listen(QHostAddress::LocalHost));
        connect(&redirecting, &QTcpServer::newConnection, this, [&] {
            QTcpSocket *socket = redirecting.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket, &foreign] {
                socket->readAll();
                socket->write("HTTP/1.1 302 Found\r\nLocation: http://127.0.0.1:" +
                              QByteArray::number(foreign.serverPort()) +
                              "/steal\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                socket->disconnectFromHost();
            });
        });
        RecordingNetwork network;
        ResultClient client(&network, nullptr);
        Connection connection;
        connection.resultUrl =
            QUrl(QStringLiteral("http://127.0.0.1:%1/v1/ielts/result-verification")
                     .arg(redirecting.serverPort()));
        connection.clientId = QStringLiteral("id");
        connection.clientSecret = QStringLiteral("secret");
        const JobRun run =
            runJob(client, {SearchQuery::forTrf(QStringLiteral("17UZ010772RAKN025A"))}, connection,
                   fastOptions());
        QCOMPARE(run.outcome.error.kind, Kind::Protocol);
        QCOMPARE(run.outcome.error.httpStatus, 302);
        QTest::qWait(100);
        QCOMPARE(foreignConnections, 0);
        QCOMPARE(network.sent.size(), 1);
    }

    void splitRangeCoversTheRangeInYearParts()
    {
        const QDateTime start(QDate(2020, 1, 1), QTime(0, 0), Qt::UTC);
        const QDateTime end = start.addDays(800).addSecs(5);
        const auto parts = SearchJob::splitRange(start, end, 365);
        QCOMPARE(parts.size(), 3);
        QCOMPARE(parts.first().first, start);
        QCOMPARE(parts.last().second, end);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            QVERIFY(parts[i].first.daysTo(parts[i].second) <= 365);
            if (i)
                QCOMPARE(parts[i].first, parts[i - 1].second);
        }
        QCOMPARE(SearchJob::splitRange(start, start.addDays(365), 365).size(), 1);
    }

    void rangeRefusals()
    {
        QVERIFY(SearchJob::isRangeRefusal(
            400, QStringLiteral("60002"),
            QStringLiteral("The query returned more than 2000 records.")));
        QVERIFY(SearchJob::isRangeRefusal(
            400, QString(), QStringLiteral("Start Date and End Date should within one year")));
        QVERIFY(!SearchJob::isRangeRefusal(
            400, QStringLiteral("60001"), QStringLiteral("Mandatory Query Parameter is missing.")));
        QVERIFY(SearchJob::isRangeRefusal(
            400, QStringLiteral("60001"),
            QStringLiteral(
                "The query returned more than 2000 records. Please send page and limit")));
        QVERIFY(!SearchJob::isRangeRefusal(401, QString(), QStringLiteral("2000")));
    }
};

QTEST_GUILESS_MAIN(TestSearchJob)
#include "tst_searchjob.moc"
