#include "SandboxServer.h"
#include "SandboxTestSupport.h"

#include <QImage>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Special = SandboxDataSet::Special;

namespace {

const QDateTime anchor(QDate(2024, 3, 15), QTime(12, 0, 0), Qt::UTC);

QString instant(const QDateTime &utc)
{
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss");
}

SandboxConfig baseConfig()
{
    SandboxConfig config;
    config.records = 300;
    config.seed = 21;
    config.anchor = anchor;
    config.spanDays = 90;
    return config;
}

using Items = QList<std::pair<QString, QString>>;

// The whole data set's range, with photoFlag=N unless `extra` says otherwise.
Items wholeRange(const Items &extra = {})
{
    Items items = {{u"startDateTime"_s, instant(anchor.addDays(-91))},
                   {u"endDateTime"_s, instant(anchor)}};
    bool hasPhotoFlag = false;
    for (const auto &item : extra)
        hasPhotoFlag = hasPhotoFlag || item.first == u"photoFlag";
    if (!hasPhotoFlag)
        items.append({u"photoFlag"_s, u"N"_s});
    return items + extra;
}

QStringList keysInOrder(const QByteArray &objectJson)
{
    // QJsonObject sorts its keys; the order on the wire is checked on the text itself.
    QStringList keys;
    const QJsonObject object = QJsonDocument::fromJson(objectJson).object();
    QList<std::pair<qsizetype, QString>> positions;
    for (const QString &key : object.keys())
        positions.append({objectJson.indexOf(QByteArray('"' + key.toUtf8() + "\":")), key});
    std::sort(positions.begin(), positions.end());
    for (const auto &p : positions)
        keys.append(p.second);
    return keys;
}

} // namespace

class TestSandboxProtocol : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void servesBothPathPrefixes();
    void unknownPathIsNotFound();
    void wrongMethodIsNotFound();
    void authorization_data();
    void authorization();
    void tokenEndpointIssuesWorkingBearerTokens();
    void tokenEndpointRefusals_data();
    void tokenEndpointRefusals();
    void acceptHeader_data();
    void acceptHeader();
    void queryRules_data();
    void queryRules();
    void rangesOverOneYearCanBeAllowed();
    void moreThan2000WithoutPagingIsRefused();
    void refuseRangesOverEvenWhenPaged();
    void pagesFollowTheGroundTruthOrder();
    void rangeBoundsAreInclusive();
    void endOfDataAsEmptyPageOrNotFound();
    void trfLookup();
    void trfMissAsEmptyOrNotFound();
    void trfWinsOverDates();
    void recordsLookLikeTheService();
    void photosOnlyWithPhotoFlag();
    void osrFieldsOnlyWithOsrFlag();
    void errorBodyStyles();
    void requestLogKeepsWhatClientsSent();

private:
    HttpResult getResult(const Items &items, const Headers &headers = standardHeaders())
    {
        return m_http.get(withQuery(m_server->resultUrl(), items), headers);
    }
    HttpResult requestToken(const QByteArray &form,
                            const QByteArray &contentType = "application/x-www-form-urlencoded")
    {
        return m_http.post(m_server->tokenUrl(), form, {{"Content-Type", contentType}});
    }

    std::unique_ptr<SandboxServer> m_server;
    TestHttp m_http;
};

void TestSandboxProtocol::initTestCase()
{
    // The corrupt photo is meant to fail; the decoder need not say so in the test output.
    QLoggingCategory::setFilterRules(u"qt.gui.imageio.jpeg.warning=false"_s);
    m_server = std::make_unique<SandboxServer>(baseConfig());
    QVERIFY(m_server->listen() != 0);
    QCOMPARE(m_server->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_server->resultUrl().path(), u"/v1/ielts/result-verification"_s);
    QCOMPARE(m_server->tokenUrl().path(), u"/v1/cambridge.id/token"_s);
}

void TestSandboxProtocol::init()
{
    m_server->setConfig(baseConfig());
    m_server->clearRequestLog();
}

void TestSandboxProtocol::servesBothPathPrefixes()
{
    for (const QString &path :
         {u"/v1/ielts/result-verification"_s, u"/pp1/v1/ielts/result-verification"_s}) {
        QUrl url = m_server->baseUrl();
        url.setPath(path);
        const HttpResult result =
            m_http.get(withQuery(url, wholeRange({{u"page"_s, u"1"_s}, {u"limit"_s, u"5"_s}})));
        QCOMPARE(result.status, 200);
        QCOMPARE(result.json().value(u"results").toArray().size(), 5);
        QCOMPARE(result.headers.value("content-type"), "application/json"_ba);
        QCOMPARE(result.headers.value("connection"), "keep-alive"_ba);
        QCOMPARE(result.headers.value("content-length").toInt(), result.body.size());
    }
    QUrl token = m_server->baseUrl();
    token.setPath(u"/pp1/v1/cambridge.id/token"_s);
    const HttpResult issued = m_http.post(token,
                                          "client_id=demo-client&client_secret=demo-secret&grant_"
                                          "type=client_credentials&scope=openid",
                                          {{"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(issued.status, 200);
}

void TestSandboxProtocol::unknownPathIsNotFound()
{
    QUrl url = m_server->baseUrl();
    url.setPath(u"/v2/ielts/result-verification"_s);
    const HttpResult result = m_http.get(url);
    QCOMPARE(result.status, 404);
    QCOMPARE(result.errorCode(), u"70404"_s);
    QCOMPARE(result.errorMessage(), u"Message Not Processed: Requested resource is not found."_s);
    QVERIFY(m_server->requestCount() > 0);
}

void TestSandboxProtocol::wrongMethodIsNotFound()
{
    const HttpResult post =
        m_http.post(withQuery(m_server->resultUrl(), wholeRange()), "x",
                    standardHeaders() + Headers{{"Content-Type", "text/plain"}});
    QCOMPARE(post.status, 404);
    QCOMPARE(post.errorCode(), u"70404"_s);
    const HttpResult get = m_http.get(m_server->tokenUrl(), {});
    QCOMPARE(get.status, 404);
}

void TestSandboxProtocol::authorization_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    const QString invalid =
        u"Message Not Processed: Invalid Access token. Please provide valid access token."_s;
    QTest::newRow("basic") << basicAuthorization() << 200 << QString() << QString();
    QTest::newRow("basic, scheme in other case")
        << QByteArray("basic " + basicAuthorization().mid(6)) << 200 << QString() << QString();
    QTest::newRow("missing") << QByteArray() << 401 << u"70402"_s
                             << u"Message Not Processed: Missing Access token. Please provide "
                                u"valid access token."_s;
    QTest::newRow("wrong secret") << basicAuthorization(u"demo-client"_s, u"nope"_s) << 401
                                  << u"70401"_s << invalid;
    QTest::newRow("wrong id") << basicAuthorization(u"other"_s, u"demo-secret"_s) << 401
                              << u"70401"_s << invalid;
    QTest::newRow("not base64") << "Basic !!!"_ba << 401 << u"70401"_s << invalid;
    QTest::newRow("no colon") << QByteArray("Basic " + "demo-client"_ba.toBase64()) << 401
                              << u"70401"_s << invalid;
    QTest::newRow("unknown bearer")
        << "Bearer VYCaP6VfOAAAJA2IFM9p8Gq9fWrk"_ba << 401 << u"70401"_s << invalid;
    QTest::newRow("other scheme") << "Digest abc"_ba << 401 << u"70401"_s << invalid;
}

void TestSandboxProtocol::authorization()
{
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);

    Headers headers = {{"Accept", "application/json"}};
    if (!header.isEmpty())
        headers.append({"Authorization", header});
    const HttpResult result =
        getResult(wholeRange({{u"page"_s, u"1"_s}, {u"limit"_s, u"3"_s}}), headers);
    QCOMPARE(result.status, status);
    if (status != 200) {
        QCOMPARE(result.errorCode(), code);
        QCOMPARE(result.errorMessage(), message);
    }
}

void TestSandboxProtocol::tokenEndpointIssuesWorkingBearerTokens()
{
    const HttpResult issued = requestToken("client_id=demo-client&client_secret=demo-secret&grant_"
                                           "type=client_credentials&scope=openid");
    QCOMPARE(issued.status, 200);
    const QJsonObject token = issued.json();
    QCOMPARE(keysInOrder(issued.body),
             QStringList({u"refresh_token_expires_in"_s, u"api_product_list"_s,
                          u"organization_name"_s, u"token_type"_s, u"issued_at"_s, u"client_id"_s,
                          u"access_token"_s, u"application_name"_s, u"scope"_s, u"expires_in"_s,
                          u"refresh_count"_s, u"status"_s}));
    for (auto it = token.begin(); it != token.end(); ++it)
        QVERIFY2(it.value().isString(), qPrintable(it.key()));
    QCOMPARE(token.value(u"token_type").toString(), u"Bearer"_s);
    QCOMPARE(token.value(u"expires_in").toString(), u"3600"_s);
    QCOMPARE(token.value(u"client_id").toString(), u"demo-client"_s);
    const qint64 issuedAt = token.value(u"issued_at").toString().toLongLong();
    QVERIFY(qAbs(issuedAt - QDateTime::currentMSecsSinceEpoch()) < 60000);
    const QString accessToken = token.value(u"access_token").toString();
    QVERIFY(accessToken.size() >= 20);

    const HttpResult second = requestToken("client_id=demo-client&client_secret=demo-secret&grant_"
                                           "type=client_credentials&scope=openid");
    QVERIFY(second.json().value(u"access_token").toString() != accessToken);

    const HttpResult result =
        getResult(wholeRange({{u"page"_s, u"1"_s}, {u"limit"_s, u"2"_s}}),
                  {{"Authorization", "Bearer " + accessToken.toLatin1()}, {"Accept", "*/*"}});
    QCOMPARE(result.status, 200);
    QCOMPARE(
        result.json().value(u"messageMetadata").toObject().value(u"messageOriginator").toString(),
        u"demo-client"_s);
}

void TestSandboxProtocol::tokenEndpointRefusals_data()
{
    QTest::addColumn<QByteArray>("form");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    const QByteArray form = "application/x-www-form-urlencoded";
    QTest::newRow("wrong secret")
        << "client_id=demo-client&client_secret=x&grant_type=client_credentials&scope=openid"_ba
        << form << 401 << u"invalid_client"_s;
    QTest::newRow("unknown client")
        << "client_id=x&client_secret=demo-secret&grant_type=client_credentials&scope=openid"_ba
        << form << 401 << u"invalid_client"_s;
    QTest::newRow("no secret")
        << "client_id=demo-client&grant_type=client_credentials&scope=openid"_ba << form << 400
        << u"invalid_request"_s;
    QTest::newRow("no grant") << "client_id=demo-client&client_secret=demo-secret&scope=openid"_ba
                              << form << 400 << u"invalid_request"_s;
    QTest::newRow("no scope")
        << "client_id=demo-client&client_secret=demo-secret&grant_type=client_credentials"_ba
        << form << 400 << u"invalid_request"_s;
    QTest::newRow("wrong grant")
        << "client_id=demo-client&client_secret=demo-secret&grant_type=password&scope=openid"_ba
        << form << 400 << u"invalid_request"_s;
    QTest::newRow("json body") << R"({"client_id":"demo-client","client_secret":"demo-secret"})"_ba
                               << "application/json"_ba << 400 << u"invalid_request"_s;
}

void TestSandboxProtocol::tokenEndpointRefusals()
{
    QFETCH(QByteArray, form);
    QFETCH(QByteArray, contentType);
    QFETCH(int, status);
    QFETCH(QString, error);

    const HttpResult result = requestToken(form, contentType);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().value(u"error").toString(), error);
    QVERIFY(!result.json().value(u"error_description").toString().isEmpty());
}

void TestSandboxProtocol::acceptHeader_data()
{
    QTest::addColumn<QByteArray>("accept");
    QTest::addColumn<int>("status");

    QTest::newRow("missing") << QByteArray() << 400;
    QTest::newRow("json") << "application/json"_ba << 200;
    QTest::newRow("json with charset") << "application/json; charset=utf-8"_ba << 200;
    QTest::newRow("anything") << "*/*"_ba << 200;
    QTest::newRow("list with json") << "application/xml, application/json;q=0.5"_ba << 200;
    QTest::newRow("xml only") << "application/xml"_ba << 400;
    QTest::newRow("json refused") << "application/json;q=0, text/html"_ba << 400;
}

void TestSandboxProtocol::acceptHeader()
{
    QFETCH(QByteArray, accept);
    QFETCH(int, status);

    Headers headers = {{"Authorization", basicAuthorization()}};
    if (!accept.isEmpty())
        headers.append({"Accept", accept});
    const HttpResult result =
        getResult(wholeRange({{u"page"_s, u"1"_s}, {u"limit"_s, u"1"_s}}), headers);
    QCOMPARE(result.status, status);
    if (status == 400) {
        QCOMPARE(result.errorCode(), u"60001"_s);
        QVERIFY(result.errorMessage().startsWith(u"Message Not Processed"));
    }
    // A client that sends no Accept header of its own must not get one added behind its back.
    if (accept.isEmpty())
        QVERIFY(!m_server->requests().constLast().hasHeader("Accept"));
}

void TestSandboxProtocol::queryRules_data()
{
    QTest::addColumn<Items>("items");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("messagePart");

    const QString start = instant(anchor.addDays(-30));
    const QString end = instant(anchor);
    const QString missing = u"Message Not Processed: Mandatory Query Parameter is missing."_s;

    QTest::newRow("range") << Items{{u"startDateTime"_s, start},
                                    {u"endDateTime"_s, end},
                                    {u"photoFlag"_s, u"N"_s}}
                           << 200 << QString();
    QTest::newRow("no photoFlag") << Items{{u"startDateTime"_s, start}, {u"endDateTime"_s, end}}
                                  << 400 << missing;
    QTest::newRow("photoFlag in other case")
        << Items{{u"startDateTime"_s, start}, {u"endDateTime"_s, end}, {u"photoflag"_s, u"N"_s}}
        << 400 << missing;
    QTest::newRow("photoFlag y") << Items{{u"startDateTime"_s, start},
                                          {u"endDateTime"_s, end},
                                          {u"photoFlag"_s, u"y"_s}}
                                 << 400 << u"photoFlag"_s;
    QTest::newRow("photoFlag yes")
        << Items{{u"startDateTime"_s, start}, {u"endDateTime"_s, end}, {u"photoFlag"_s, u"YES"_s}}
        << 400 << u"photoFlag"_s;
    QTest::newRow("OSRFlag x") << Items{{u"startDateTime"_s, start},
                                        {u"endDateTime"_s, end},
                                        {u"photoFlag"_s, u"N"_s},
                                        {u"OSRFlag"_s, u"x"_s}}
                               << 400 << u"OSRFlag"_s;
    QTest::newRow("nothing but photoFlag") << Items{{u"photoFlag"_s, u"N"_s}} << 400 << missing;
    QTest::newRow("start only") << Items{{u"startDateTime"_s, start}, {u"photoFlag"_s, u"N"_s}}
                                << 400 << missing;
    QTest::newRow("end only") << Items{{u"endDateTime"_s, end}, {u"photoFlag"_s, u"N"_s}} << 400
                              << missing;
    QTest::newRow("dates in other case")
        << Items{{u"startdatetime"_s, start}, {u"enddatetime"_s, end}, {u"photoFlag"_s, u"N"_s}}
        << 400 << missing;
    QTest::newRow("trfNumber in other case")
        << Items{{u"TRFNumber"_s, u"17UZ010772RAKN025A"_s}, {u"photoFlag"_s, u"N"_s}} << 400
        << missing;
    for (const QString &bad :
         {u"2024-01-01 00:00:00"_s, u"2024-01-01T00:00"_s, u"2024-01-01T00:00:00Z"_s,
          u"2024-01-01T00:00:00.000"_s, u"2024-13-01T00:00:00"_s, u"2024-02-30T00:00:00"_s,
          u"01/01/2024"_s, u"20240101"_s}) {
        QTest::newRow(qPrintable(u"start "_s + bad))
            << Items{{u"startDateTime"_s, bad}, {u"endDateTime"_s, end}, {u"photoFlag"_s, u"N"_s}}
            << 400 << u"startDateTime"_s;
        QTest::newRow(qPrintable(u"end "_s + bad))
            << Items{{u"startDateTime"_s, start}, {u"endDateTime"_s, bad}, {u"photoFlag"_s, u"N"_s}}
            << 400 << u"endDateTime"_s;
    }
    QTest::newRow("start after end")
        << Items{{u"startDateTime"_s, end}, {u"endDateTime"_s, start}, {u"photoFlag"_s, u"N"_s}}
        << 400 << u"after"_s;
    QTest::newRow("one year exactly") << Items{{u"startDateTime"_s, instant(anchor.addDays(-365))},
                                               {u"endDateTime"_s, end},
                                               {u"photoFlag"_s, u"N"_s}}
                                      << 200 << QString();
    QTest::newRow("over one year")
        << Items{{u"startDateTime"_s, instant(anchor.addDays(-365).addSecs(-1))},
                 {u"endDateTime"_s, end},
                 {u"photoFlag"_s, u"N"_s}}
        << 400 << u"Message Not Processed: Start Date and End Date should within one year."_s;
    const Items range = {
        {u"startDateTime"_s, start}, {u"endDateTime"_s, end}, {u"photoFlag"_s, u"N"_s}};
    QTest::newRow("limit 2000") << range + Items{{u"limit"_s, u"2000"_s}} << 200 << QString();
    QTest::newRow("limit 2001") << range + Items{{u"limit"_s, u"2001"_s}} << 400 << u"2000"_s;
    QTest::newRow("limit 2500") << range + Items{{u"page"_s, u"1"_s}, {u"limit"_s, u"2500"_s}}
                                << 400 << u"2000"_s;
    QTest::newRow("limit 0") << range + Items{{u"limit"_s, u"0"_s}} << 400 << u"limit"_s;
    QTest::newRow("limit abc") << range + Items{{u"limit"_s, u"abc"_s}} << 400 << u"limit"_s;
    QTest::newRow("limit -5") << range + Items{{u"limit"_s, u"-5"_s}} << 400 << u"limit"_s;
    QTest::newRow("page 0") << range + Items{{u"page"_s, u"0"_s}} << 400 << u"page"_s;
    QTest::newRow("page x") << range + Items{{u"page"_s, u"x"_s}} << 400 << u"page"_s;
    QTest::newRow("page alone") << range + Items{{u"page"_s, u"1"_s}} << 200 << QString();
}

void TestSandboxProtocol::queryRules()
{
    QFETCH(Items, items);
    QFETCH(int, status);
    QFETCH(QString, messagePart);

    const HttpResult result = getResult(items);
    QCOMPARE(result.status, status);
    if (status == 400) {
        QCOMPARE(result.errorCode(), u"60001"_s);
        QVERIFY2(result.errorMessage().contains(messagePart), qPrintable(result.errorMessage()));
    } else {
        QVERIFY(result.json().contains(u"results"));
    }
}

void TestSandboxProtocol::rangesOverOneYearCanBeAllowed()
{
    SandboxConfig config = baseConfig();
    config.refuseRangesOverOneYear = false;
    m_server->setConfig(config);
    const HttpResult result = getResult({{u"startDateTime"_s, instant(anchor.addYears(-3))},
                                         {u"endDateTime"_s, instant(anchor)},
                                         {u"photoFlag"_s, u"N"_s}});
    QCOMPARE(result.status, 200);
    QCOMPARE(result.json().value(u"results").toArray().size(), m_server->dataSet().size());
}

void TestSandboxProtocol::moreThan2000WithoutPagingIsRefused()
{
    SandboxConfig config = baseConfig();
    config.records = 2100;
    SandboxServer big(config);
    QVERIFY(big.listen() != 0);
    const Items range = wholeRange();

    const HttpResult refused = m_http.get(withQuery(big.resultUrl(), range));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), u"60001"_s);
    QCOMPARE(refused.errorMessage(),
             u"Message Not Processed: The query returned more than 2000 records. Please send page "
             u"and limit, or reduce the date range."_s);

    const HttpResult first =
        m_http.get(withQuery(big.resultUrl(), range + Items{{u"page"_s, u"1"_s}}));
    QCOMPARE(first.status, 200);
    QCOMPARE(first.json().value(u"results").toArray().size(), 2000);
    QVERIFY(!first.json()
                 .value(u"messageMetadata")
                 .toObject()
                 .value(u"nextResultSetUrl")
                 .toString()
                 .isEmpty());
    const HttpResult second =
        m_http.get(withQuery(big.resultUrl(), range + Items{{u"page"_s, u"2"_s}}));
    QCOMPARE(second.json().value(u"results").toArray().size(), 100);

    // A narrower range under the limit needs no paging.
    const QList<SandboxRecord> all = big.dataSet().recordsInRange(anchor.addDays(-91), anchor);
    const HttpResult narrow = m_http.get(
        withQuery(big.resultUrl(), {{u"startDateTime"_s, instant(all.at(100).lastModified)},
                                    {u"endDateTime"_s, instant(all.at(1500).lastModified)},
                                    {u"photoFlag"_s, u"N"_s}}));
    QCOMPARE(narrow.status, 200);
    QVERIFY(narrow.json().value(u"results").toArray().size() >= 1401);
}

void TestSandboxProtocol::refuseRangesOverEvenWhenPaged()
{
    SandboxConfig config = baseConfig();
    config.refuseRangesOver = 100;
    m_server->setConfig(config);
    const HttpResult refused = getResult(wholeRange({{u"page"_s, u"1"_s}, {u"limit"_s, u"10"_s}}));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.errorCode(), u"60001"_s);
    QVERIFY(refused.errorMessage().contains(u"more than 2000 records"));

    const QList<SandboxRecord> all =
        m_server->dataSet().recordsInRange(anchor.addDays(-91), anchor);
    const HttpResult narrow = getResult({{u"startDateTime"_s, instant(all.at(0).lastModified)},
                                         {u"endDateTime"_s, instant(all.at(50).lastModified)},
                                         {u"photoFlag"_s, u"N"_s},
                                         {u"page"_s, u"1"_s},
                                         {u"limit"_s, u"10"_s}});
    QCOMPARE(narrow.status, 200);
}

void TestSandboxProtocol::pagesFollowTheGroundTruthOrder()
{
    const QList<SandboxRecord> truth =
        m_server->dataSet().recordsInRange(anchor.addDays(-91), anchor);
    QCOMPARE(truth.size(), m_server->dataSet().size());
    const int limit = 37;
    const int pages = int((truth.size() + limit - 1) / limit);
    QStringList served;
    for (int page = 1; page <= pages; ++page) {
        const HttpResult result = getResult(
            wholeRange({{u"page"_s, QString::number(page)}, {u"limit"_s, QString::number(limit)}}));
        QCOMPARE(result.status, 200);
        const QJsonObject body = result.json();
        const QJsonArray results = body.value(u"results").toArray();
        const int expected = page < pages ? limit : int(truth.size()) - (pages - 1) * limit;
        QCOMPARE(results.size(), expected);
        QCOMPARE(body.value(u"resultSummary").toObject().value(u"recordCount").toInt(-1), expected);
        QVERIFY(body.value(u"resultSummary").toObject().value(u"recordCount").isDouble());
        for (const QJsonValue &record : results)
            served.append(record.toObject().value(u"trfNumber").toString());

        const QJsonObject metadata = body.value(u"messageMetadata").toObject();
        const QUrl next(metadata.value(u"nextResultSetUrl").toString());
        const QUrl current(metadata.value(u"currentResultSetUrl").toString());
        const QUrl previous(metadata.value(u"previousResultSetUrl").toString());
        QCOMPARE(current.host(), u"apis-qa.invalid"_s);
        QVERIFY(current.path().startsWith(u"/qa2/"));
        QCOMPARE(QUrlQuery(current).queryItemValue(u"page"_s), QString::number(page));
        QCOMPARE(previous.isEmpty(), page == 1);
        QCOMPARE(next.isEmpty(), page == pages);
        if (page < pages) {
            QCOMPARE(next.host(), u"apis-qa.invalid"_s);
            QCOMPARE(QUrlQuery(next).queryItemValue(u"page"_s), QString::number(page + 1));
            QCOMPARE(QUrlQuery(next).queryItemValue(u"limit"_s), QString::number(limit));
        }
        QCOMPARE(metadata.value(u"messageOriginator").toString(), u"demo-client"_s);
        QVERIFY(metadata.value(u"QueryResultSet").isArray());
        QVERIFY(!metadata.value(u"messageRequestUid").toString().isEmpty());
        QVERIFY(metadata.value(u"messageRequestDateTime").toString().endsWith(u'Z'));
    }
    QStringList expected;
    for (const SandboxRecord &record : truth)
        expected.append(record.trfNumber);
    QCOMPARE(served, expected);
}

void TestSandboxProtocol::rangeBoundsAreInclusive()
{
    const QList<SandboxRecord> truth =
        m_server->dataSet().recordsInRange(anchor.addDays(-91), anchor);
    const SandboxRecord &from = truth.at(10);
    const SandboxRecord &to = truth.at(60);
    const HttpResult result = getResult({{u"startDateTime"_s, instant(from.lastModified)},
                                         {u"endDateTime"_s, instant(to.lastModified)},
                                         {u"photoFlag"_s, u"N"_s}});
    QCOMPARE(result.status, 200);
    const QJsonArray results = result.json().value(u"results").toArray();
    const QList<SandboxRecord> expected =
        m_server->dataSet().recordsInRange(from.lastModified, to.lastModified);
    QCOMPARE(results.size(), expected.size());
    QVERIFY(results.size() >= 51);
    QCOMPARE(results.first().toObject().value(u"lastModifiedDate").toString(),
             instant(from.lastModified));
    QCOMPARE(results.last().toObject().value(u"lastModifiedDate").toString(),
             instant(to.lastModified));
}

void TestSandboxProtocol::endOfDataAsEmptyPageOrNotFound()
{
    const Items past = wholeRange({{u"page"_s, u"99"_s}, {u"limit"_s, u"50"_s}});
    const HttpResult empty = getResult(past);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json().value(u"results").toArray().size(), 0);
    QCOMPARE(empty.json().value(u"resultSummary").toObject().value(u"recordCount").toInt(-1), 0);
    QVERIFY(empty.json()
                .value(u"messageMetadata")
                .toObject()
                .value(u"nextResultSetUrl")
                .toString()
                .isEmpty());

    SandboxConfig config = baseConfig();
    config.endOfData = SandboxConfig::EndOfData::NotFound;
    m_server->setConfig(config);
    const HttpResult notFound = getResult(past);
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.errorCode(), u"70404"_s);
    // The last real page is still a page.
    const int lastPage = (m_server->dataSet().size() + 49) / 50;
    QCOMPARE(getResult(wholeRange({{u"page"_s, QString::number(lastPage)}, {u"limit"_s, u"50"_s}}))
                 .status,
             200);
    QCOMPARE(
        getResult(wholeRange({{u"page"_s, QString::number(lastPage + 1)}, {u"limit"_s, u"50"_s}}))
            .status,
        404);
}

void TestSandboxProtocol::trfLookup()
{
    const SandboxRecord &wanted = m_server->dataSet().at(123);
    const HttpResult result =
        getResult({{u"trfNumber"_s, wanted.trfNumber}, {u"photoFlag"_s, u"N"_s}});
    QCOMPARE(result.status, 200);
    const QJsonArray results = result.json().value(u"results").toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().toObject().value(u"trfNumber").toString(), wanted.trfNumber);
    QCOMPARE(result.json().value(u"resultSummary").toObject().value(u"recordCount").toInt(), 1);

    // A second page of a single result is past the end.
    const HttpResult second = getResult({{u"trfNumber"_s, wanted.trfNumber},
                                         {u"photoFlag"_s, u"N"_s},
                                         {u"page"_s, u"2"_s},
                                         {u"limit"_s, u"10"_s}});
    QCOMPARE(second.status, 200);
    QCOMPARE(second.json().value(u"results").toArray().size(), 0);
}

void TestSandboxProtocol::trfMissAsEmptyOrNotFound()
{
    const Items miss = {{u"trfNumber"_s, u"99ZZ999999NONE999A"_s}, {u"photoFlag"_s, u"N"_s}};
    const HttpResult empty = getResult(miss);
    QCOMPARE(empty.status, 200);
    QCOMPARE(empty.json().value(u"results").toArray().size(), 0);

    // Matching is exact: a lower-case number does not match.
    const QString trf = m_server->dataSet().at(5).trfNumber;
    QCOMPARE(getResult({{u"trfNumber"_s, trf.toLower()}, {u"photoFlag"_s, u"N"_s}})
                 .json()
                 .value(u"results")
                 .toArray()
                 .size(),
             0);

    SandboxConfig config = baseConfig();
    config.trfMiss = SandboxConfig::TrfMiss::NotFound;
    m_server->setConfig(config);
    const HttpResult notFound = getResult(miss);
    QCOMPARE(notFound.status, 404);
    QCOMPARE(notFound.errorCode(), u"70404"_s);
}

void TestSandboxProtocol::trfWinsOverDates()
{
    const SandboxRecord &wanted = m_server->dataSet().at(77);
    // Dates that match nothing else, and even malformed ones, are ignored.
    for (const QString &start : {u"2001-01-01T00:00:00"_s, u"garbage"_s}) {
        const HttpResult result = getResult({{u"startDateTime"_s, start},
                                             {u"endDateTime"_s, u"2001-01-02T00:00:00"_s},
                                             {u"trfNumber"_s, wanted.trfNumber},
                                             {u"photoFlag"_s, u"N"_s}});
        QCOMPARE(result.status, 200);
        const QJsonArray results = result.json().value(u"results").toArray();
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().toObject().value(u"trfNumber").toString(), wanted.trfNumber);
    }
}

void TestSandboxProtocol::recordsLookLikeTheService()
{
    const HttpResult result = getResult(wholeRange({{u"page"_s, u"1"_s}, {u"limit"_s, u"300"_s}}));
    QCOMPARE(result.status, 200);
    const QList<SandboxRecord> truth =
        m_server->dataSet().recordsInRange(anchor.addDays(-91), anchor);
    const QJsonArray results = result.json().value(u"results").toArray();
    QCOMPARE(results.size(), truth.size());

    // Field order on the wire, checked on the first record's text.
    const qsizetype start = result.body.indexOf("\"results\":[{") + 11;
    const qsizetype end = result.body.indexOf('}', start) + 1;
    QStringList expectedOrder;
    for (const auto &field : truth.first().fields)
        expectedOrder.append(field.first);
    QCOMPARE(keysInOrder(result.body.mid(start, end - start)), expectedOrder);

    for (qsizetype i = 0; i < results.size(); ++i) {
        const QJsonObject record = results.at(i).toObject();
        QCOMPARE(record.size(), truth.at(i).fields.size());
        for (const auto &[name, value] : truth.at(i).fields) {
            QVERIFY2(record.value(name).isString(), qPrintable(name));
            QCOMPARE(record.value(name).toString(), value);
        }
    }
    // Awkward text survives the trip.
    const SandboxRecord *punctuation =
        m_server->dataSet().find(m_server->dataSet().trf(Special::AddressPunctuation));
    QVERIFY(punctuation);
    const HttpResult one =
        getResult({{u"trfNumber"_s, punctuation->trfNumber}, {u"photoFlag"_s, u"N"_s}});
    const QJsonObject record = one.json().value(u"results").toArray().first().toObject();
    QCOMPARE(record.value(u"addressLine2").toString(), punctuation->value(u"addressLine2"));
    QVERIFY(record.value(u"addressLine2").toString().contains(u'\n'));
    QCOMPARE(record.value(u"addressLine4").toString(), punctuation->value(u"addressLine4"));
}

void TestSandboxProtocol::photosOnlyWithPhotoFlag()
{
    const HttpResult without = getResult(wholeRange({{u"page"_s, u"1"_s}, {u"limit"_s, u"300"_s}}));
    for (const QJsonValue &value : without.json().value(u"results").toArray()) {
        QVERIFY(!value.toObject().contains(u"photo"));
        QVERIFY(!value.toObject().contains(u"photoMediaType"));
    }

    const HttpResult with = getResult(
        wholeRange({{u"photoFlag"_s, u"Y"_s}, {u"page"_s, u"1"_s}, {u"limit"_s, u"300"_s}}));
    QCOMPARE(with.status, 200);
    const SandboxDataSet &data = m_server->dataSet();
    int objects = 0;
    int strings = 0;
    int decoded = 0;
    qint64 bytes = 0;
    for (const QJsonValue &value : with.json().value(u"results").toArray()) {
        const QJsonObject record = value.toObject();
        QCOMPARE(record.value(u"photoMediaType").toString(), u"JPEG"_s);
        const QJsonValue photo = record.value(u"photo");
        QByteArray base64;
        if (photo.isObject()) {
            ++objects;
            base64 = photo.toObject().value(u"data").toString().toLatin1();
        } else {
            QVERIFY(photo.isString());
            ++strings;
            base64 = photo.toString().toLatin1();
        }
        const QByteArray jpeg = QByteArray::fromBase64(base64);
        const SandboxRecord *truth = data.find(record.value(u"trfNumber").toString());
        QVERIFY(truth);
        QCOMPARE(jpeg, data.photoBytes(*truth));
        QCOMPARE(photo.isString(), truth->photoShape == SandboxRecord::PhotoShape::String);
        const bool corrupt = record.value(u"trfNumber").toString() == data.trfWithCorruptPhoto();
        if (!corrupt && decoded < 40) { // decoding every one adds nothing but time
            QVERIFY(!QImage::fromData(jpeg, "JPEG").isNull());
            ++decoded;
        }
        if (corrupt)
            QVERIFY(QImage::fromData(jpeg).isNull());
        else
            bytes += jpeg.size();
    }
    QVERIFY(objects > 0);
    QVERIFY(strings > 0);
    const qint64 average = bytes / (objects + strings - 1);
    QVERIFY2(average > 6000 && average < 10500, qPrintable(QString::number(average)));

    // The photo sits right before "status", as in the service's sample.
    const qsizetype photoAt = with.body.indexOf("\"photoMediaType\":\"JPEG\",\"status\":");
    QVERIFY(photoAt > 0);
}

void TestSandboxProtocol::osrFieldsOnlyWithOsrFlag()
{
    const SandboxDataSet &data = m_server->dataSet();
    const QStringList osrNames = {u"osrFlag"_s, u"osrSkill"_s, u"osrOriginalTrfNumber"_s,
                                  u"osrTestDate"_s};
    for (const QString &flag : {QString(), u"N"_s}) {
        Items items = wholeRange({{u"page"_s, u"1"_s}, {u"limit"_s, u"300"_s}});
        if (!flag.isEmpty())
            items.append({u"OSRFlag"_s, flag});
        for (const QJsonValue &value : getResult(items).json().value(u"results").toArray()) {
            for (const QString &name : osrNames)
                QVERIFY(!value.toObject().contains(name));
        }
    }

    const HttpResult with = getResult(
        wholeRange({{u"OSRFlag"_s, u"Y"_s}, {u"page"_s, u"1"_s}, {u"limit"_s, u"300"_s}}));
    int retakes = 0;
    for (const QJsonValue &value : with.json().value(u"results").toArray()) {
        const QJsonObject record = value.toObject();
        const SandboxRecord *truth = data.find(record.value(u"trfNumber").toString());
        QVERIFY(truth);
        QCOMPARE(record.contains(u"osrFlag"), truth->isOneSkillRetake());
        if (truth->isOneSkillRetake()) {
            ++retakes;
            for (const QString &name : osrNames)
                QCOMPARE(record.value(name).toString(), truth->value(name));
            QCOMPARE(record.value(u"osrFlag").toString(), u"Y"_s);
        }
    }
    QVERIFY(retakes >= 1);
    QVERIFY(retakes < 60);
}

void TestSandboxProtocol::errorBodyStyles()
{
    const Headers noAuth = {{"Accept", "application/json"}, {"X-TRANSACTION-ID", "abc-12345"}};
    const QString message =
        u"Message Not Processed: Missing Access token. Please provide valid access token."_s;

    const HttpResult flat = getResult(wholeRange(), noAuth);
    QCOMPARE(flat.status, 401);
    QCOMPARE(flat.headers.value("content-type"), "application/json"_ba);
    QCOMPARE(flat.json().value(u"errorCode").toString(), u"70402"_s);
    QCOMPARE(flat.json().value(u"errorMessage").toString(), message);
    QCOMPARE(flat.json().value(u"transactionId").toString(), u"abc-12345"_s);
    const HttpResult generated = getResult(wholeRange(), {{"Accept", "application/json"}});
    QVERIFY(generated.json().value(u"transactionId").toString().size() >= 5);

    SandboxConfig config = baseConfig();
    config.errorBodyStyle = SandboxConfig::ErrorBodyStyle::Gateway;
    m_server->setConfig(config);
    const HttpResult gateway = getResult(wholeRange(), noAuth);
    QCOMPARE(gateway.status, 401);
    const QJsonObject fault = gateway.json().value(u"fault").toObject();
    QCOMPARE(fault.value(u"faultstring").toString(), message);
    QCOMPARE(fault.value(u"detail").toObject().value(u"errorcode").toString(), u"70402"_s);

    config.errorBodyStyle = SandboxConfig::ErrorBodyStyle::PlainText;
    m_server->setConfig(config);
    const HttpResult text = getResult(wholeRange(), noAuth);
    QCOMPARE(text.status, 401);
    QVERIFY(text.headers.value("content-type").startsWith("text/plain"));
    QCOMPARE(QString::fromUtf8(text.body), message);
}

void TestSandboxProtocol::requestLogKeepsWhatClientsSent()
{
    const int before = m_server->requestCount();
    Headers headers = standardHeaders();
    headers.append({"X-TRANSACTION-ID"_ba, "0f8fad5b-d9cb-469f-a165-70867728950e"_ba});
    const Items items = wholeRange({{u"page"_s, u"2"_s}, {u"limit"_s, u"10"_s}});
    QCOMPARE(getResult(items, headers).status, 200);
    QCOMPARE(getResult(items, {{"Accept", "application/json"}}).status, 401);

    QCOMPARE(m_server->requestCount(), before + 2);
    const QList<SandboxRequest> log = m_server->requests();
    QCOMPARE(log.size(), 2);
    const SandboxRequest &first = log.first();
    QCOMPARE(first.method, "GET"_ba);
    QCOMPARE(first.path, u"/v1/ielts/result-verification"_s);
    QCOMPARE(first.query.queryItemValue(u"page"_s), u"2"_s);
    QCOMPARE(first.query.queryItemValue(u"photoFlag"_s), u"N"_s);
    QVERIFY(first.rawQuery.contains(u"limit=10"));
    QVERIFY(first.rawQuery.contains(u"startDateTime="));
    QCOMPARE(first.header("accept"), "application/json"_ba);
    QCOMPARE(first.header("x-transaction-id"), "0f8fad5b-d9cb-469f-a165-70867728950e"_ba);
    QVERIFY(first.header("Authorization").startsWith("Basic "));
    QVERIFY(!log.at(1).hasHeader("Authorization"));
    QVERIFY(log.at(1).receivedAt.isValid());

    m_server->clearRequestLog();
    QVERIFY(m_server->requests().isEmpty());
    QCOMPARE(m_server->requestCount(), before + 2);
}

QTEST_GUILESS_MAIN(TestSandboxProtocol)
#include "tst_sandboxprotocol.moc"
