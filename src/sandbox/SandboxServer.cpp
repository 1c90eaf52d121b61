#include "SandboxServer.h"

#include "ApiDate.h"
#include "SandboxError.h"
#include "SandboxJson.h"
#include "SandboxResultQuery.h"

#include <QHttpServerRequest>
#include <QLocale>
#include <QMutexLocker>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace {

constexpr QStringView resultPath = u"/v1/ielts/result-verification";
constexpr QStringView tokenPath = u"/v1/cambridge.id/token";
constexpr QStringView sandboxHostPrefix = u"/pp1";
// Where the real service's result-set URLs point: another host, another path prefix.
constexpr QStringView resultSetBase = u"https://apis-qa.invalid/qa2/v1/ielts/result-verification";

enum class Endpoint
{
    None,
    Result,
    Token
};

Endpoint endpointFor(QStringView path)
{
    if (path.startsWith(sandboxHostPrefix))
        path = path.mid(sandboxHostPrefix.size());
    if (path == resultPath)
        return Endpoint::Result;
    if (path == tokenPath)
        return Endpoint::Token;
    return Endpoint::None;
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET"_ba;
    case QHttpServerRequest::Method::Put:
        return "PUT"_ba;
    case QHttpServerRequest::Method::Delete:
        return "DELETE"_ba;
    case QHttpServerRequest::Method::Post:
        return "POST"_ba;
    case QHttpServerRequest::Method::Head:
        return "HEAD"_ba;
    case QHttpServerRequest::Method::Options:
        return "OPTIONS"_ba;
    case QHttpServerRequest::Method::Patch:
        return "PATCH"_ba;
    case QHttpServerRequest::Method::Connect:
        return "CONNECT"_ba;
    case QHttpServerRequest::Method::Trace:
        return "TRACE"_ba;
    default:
        return "UNKNOWN"_ba;
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 502:
        return "Bad Gateway"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 504:
        return "Gateway Timeout"_ba;
    default:
        return "Status"_ba;
    }
}

// True when an Accept header admits application/json (with a q above zero).
bool acceptsJson(const QByteArray &accept)
{
    for (const QByteArray &range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                const double q = parameter.mid(2).toDouble(&ok);
                refused = ok && q <= 0.0;
            }
        }
        if (!refused && (type == "application/json" || type == "application/*" || type == "*/*"))
            return true;
    }
    return false;
}

QString transactionId(const SandboxRequest &request)
{
    const QByteArray sent = request.header("X-TRANSACTION-ID");
    return sent.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                          : QString::fromUtf8(sent);
}

// A TRF search for a number the config says always fails.
bool failsTrf(const SandboxRequest &request, const SandboxConfig &config)
{
    if (config.failingTrfs.isEmpty())
        return false;
    const QString trf =
        request.query.queryItemValue(u"trfNumber"_s, QUrl::FullyDecoded).trimmed().toUpper();
    if (trf.isEmpty())
        return false;
    for (const QString &failing : config.failingTrfs) {
        if (failing.trimmed().toUpper() == trf)
            return true;
    }
    return false;
}

bool wantsClose(const SandboxRequest &request)
{
    return request.header("Connection").trimmed().toLower() == "close";
}

QString resultSetUrl(const SandboxResultQuery &query, int page)
{
    if (page < 1)
        return {};
    QUrlQuery params;
    if (query.kind == SandboxResultQuery::Kind::Trf) {
        params.addQueryItem(u"trfNumber"_s, query.trfNumber);
    } else {
        params.addQueryItem(u"startDateTime"_s, ApiDate::formatDateTime(query.start));
        params.addQueryItem(u"endDateTime"_s, ApiDate::formatDateTime(query.end));
    }
    params.addQueryItem(u"photoFlag"_s, query.photos ? u"Y"_s : u"N"_s);
    if (query.osr)
        params.addQueryItem(u"OSRFlag"_s, u"Y"_s);
    params.addQueryItem(u"page"_s, QString::number(page));
    params.addQueryItem(u"limit"_s, QString::number(query.limit));
    return resultSetBase + u'?' + params.toString(QUrl::FullyEncoded);
}

QDateTime nowToTheSecond()
{
    return SandboxConfig::defaultAnchor();
}

} // namespace

SandboxServer::SandboxServer(SandboxConfig config, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_data(config)
    , m_config(std::move(config))
    , m_moveArmRequested(m_config.moveRecordDuringPaging)
{}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    auto *server = new QTcpServer(this);
    if (!server->listen(QHostAddress::LocalHost, port)) {
        delete server;
        return 0;
    }
    bind(server);
    m_port = server->serverPort();
    return m_port;
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    return url;
}

QUrl SandboxServer::resultUrl() const
{
    QUrl url = baseUrl();
    url.setPath(resultPath.toString());
    return url;
}

QUrl SandboxServer::tokenUrl() const
{
    QUrl url = baseUrl();
    url.setPath(tokenPath.toString());
    return url;
}

SandboxConfig SandboxServer::config() const
{
    QMutexLocker lock(&m_mutex);
    return m_config;
}

void SandboxServer::setConfig(const SandboxConfig &config)
{
    QMutexLocker lock(&m_mutex);
    if (config.moveRecordDuringPaging && !m_config.moveRecordDuringPaging)
        m_moveArmRequested = true;
    SandboxConfig next = config;
    next.records = m_config.records;
    next.seed = m_config.seed;
    next.anchor = m_config.anchor;
    next.spanDays = m_config.spanDays;
    m_config = next;
    m_faultSequence = 0;
}

int SandboxServer::requestCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_requestCount;
}

QList<SandboxRequest> SandboxServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

void SandboxServer::clearRequestLog()
{
    QMutexLocker lock(&m_mutex);
    m_log.clear();
}

SandboxRequest SandboxServer::logRequest(const QHttpServerRequest &request)
{
    SandboxRequest logged;
    logged.method = methodName(request.method());
    logged.path = request.url().path();
    logged.rawQuery = request.url().query(QUrl::FullyEncoded);
    logged.query = request.query();
    for (const auto &[name, value] : request.headers())
        logged.headers.append({name, value});
    logged.receivedAt = QDateTime::currentDateTimeUtc();

    QMutexLocker lock(&m_mutex);
    ++m_requestCount;
    m_log.append(logged);
    // Long benchmark runs must not grow the log without bound; trimming in batches keeps it cheap.
    if (m_log.size() >= 2 * maxLoggedRequests)
        m_log.remove(0, m_log.size() - maxLoggedRequests);
    return logged;
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest logged = logRequest(request);
    const Endpoint endpoint = endpointFor(logged.path);
    if (endpoint == Endpoint::None)
        return false;

    SandboxConfig config;
    int sequence = 0;
    {
        QMutexLocker lock(&m_mutex);
        config = m_config;
        sequence = ++m_faultSequence;
        if (std::exchange(m_moveArmRequested, false)) {
            m_moveArmed = true;
            m_served.clear();
        }
    }
    if (!config.moveRecordDuringPaging)
        m_moveArmed = false;
    const auto fires = [sequence](int everyNth) {
        return everyNth > 0 && sequence % everyNth == 0;
    };

    if (fires(config.resetEveryNth)) {
        deliver(socket, {}, Delivery::Reset, config.delayMs, true);
        return true;
    }

    Response response;
    if (fires(config.failEveryNth) || (endpoint == Endpoint::Result && failsTrf(logged, config))) {
        response = errorResponse(SandboxError::backEndFailure(config.failStatus), logged, config);
        if (config.retryAfterSeconds > 0)
            response.headers.append(
                {"Retry-After"_ba, QByteArray::number(config.retryAfterSeconds)});
    } else if (endpoint == Endpoint::Result) {
        response = handleResult(logged, config);
    } else {
        response = handleToken(logged, request.body(), config);
    }
    deliver(socket, response, fires(config.cutOffEveryNth) ? Delivery::CutOff : Delivery::Full,
            config.delayMs, wantsClose(logged));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    SandboxRequest logged;
    for (const auto &[name, value] : request.headers())
        logged.headers.append({name, value});
    const SandboxConfig config = this->config();
    deliver(socket, errorResponse(SandboxError::documented(u"70404"), logged, config),
            Delivery::Full, 0, wantsClose(logged));
}

SandboxServer::Response SandboxServer::handleResult(const SandboxRequest &request,
                                                    const SandboxConfig &config)
{
    if (request.method != "GET")
        return errorResponse(SandboxError::documented(u"70404"), request, config);

    const std::variant<QString, SandboxError> who = authorise(request, config);
    if (const auto *error = std::get_if<SandboxError>(&who))
        return errorResponse(*error, request, config);
    const QString clientId = std::get<QString>(who);

    if (quotaExceeded(clientId, config))
        return errorResponse(SandboxError::quotaExceeded(config.quotaStatus), request, config);

    if (!request.hasHeader("Accept")) {
        return errorResponse(
            SandboxError::badRequest(
                u"Message Not Processed: Mandatory Header Parameter Accept is missing."_s),
            request, config);
    }
    if (!acceptsJson(request.header("Accept"))) {
        return errorResponse(SandboxError::badRequest(u"Message Not Processed: Only "
                                                      u"application/json is supported."_s),
                             request, config);
    }

    const auto query = SandboxResultQuery::parse(request.query, config.refuseRangesOverOneYear);
    if (!query)
        return errorResponse(query.error(), request, config);
    return servePage(query.value(), request, clientId, config);
}

std::variant<QString, SandboxError> SandboxServer::authorise(const SandboxRequest &request,
                                                             const SandboxConfig &config) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    if (header.isEmpty())
        return SandboxError::documented(u"70402");

    const qsizetype space = header.indexOf(' ');
    const QByteArray scheme = header.left(space).toLower();
    const QByteArray credentials = space < 0 ? QByteArray() : header.mid(space + 1).trimmed();
    if (scheme == "basic") {
        const auto decoded =
            QByteArray::fromBase64Encoding(credentials, QByteArray::AbortOnBase64DecodingErrors);
        const QByteArray pair = decoded ? *decoded : QByteArray();
        const qsizetype colon = pair.indexOf(':');
        if (colon > 0 && QString::fromUtf8(pair.left(colon)) == config.clientId &&
            QString::fromUtf8(pair.mid(colon + 1)) == config.clientSecret) {
            return config.clientId;
        }
        return SandboxError::documented(u"70401");
    }
    if (scheme == "bearer") {
        const auto token = m_tokens.constFind(QString::fromLatin1(credentials));
        if (token == m_tokens.cend())
            return SandboxError::documented(u"70401");
        if (token->expiry.hasExpired())
            return SandboxError::documented(u"70405");
        return token->clientId;
    }
    return SandboxError::documented(u"70401");
}

bool SandboxServer::quotaExceeded(const QString &clientId, const SandboxConfig &config)
{
    int &used = m_quotaUsed[{clientId, QDateTime::currentDateTimeUtc().date()}];
    ++used;
    return used > config.dailyQuota;
}

SandboxServer::Response SandboxServer::servePage(const SandboxResultQuery &query,
                                                 const SandboxRequest &request,
                                                 const QString &clientId,
                                                 const SandboxConfig &config)
{
    const SandboxError notFound = SandboxError::documented(u"70404");
    QList<int> matches;
    if (query.kind == SandboxResultQuery::Kind::Trf) {
        const int index = m_data.indexOf(query.trfNumber);
        if (index < 0) {
            if (config.trfMiss == SandboxConfig::TrfMiss::NotFound)
                return errorResponse(notFound, request, config);
            return {200, "application/json"_ba, pageBody({}, query, clientId, false), {}};
        }
        matches.append(index);
    } else {
        moveRecordIfDue(query);
        matches = m_data.indexesInRange(query.start, query.end);
        if (config.refuseRangesOver > 0 && matches.size() > config.refuseRangesOver) {
            return errorResponse(
                SandboxError::badRequest(SandboxMessages::tooManyRecords.toString()), request,
                config);
        }
        if (!query.paged && matches.size() > SandboxResultQuery::maxLimit) {
            return errorResponse(
                SandboxError::badRequest(SandboxMessages::tooManyRecords.toString()), request,
                config);
        }
    }

    const qsizetype offset = qsizetype(query.page - 1) * query.limit;
    if (offset >= matches.size()) {
        if (config.endOfData == SandboxConfig::EndOfData::NotFound)
            return errorResponse(notFound, request, config);
        return {200, "application/json"_ba, pageBody({}, query, clientId, false), {}};
    }
    const QList<int> page = matches.mid(offset, query.limit);
    const bool hasNext = offset + page.size() < matches.size();

    if (m_moveArmed && query.kind == SandboxResultQuery::Kind::DateRange) {
        for (const int index : page) {
            const SandboxRecord &record = m_data.at(index);
            m_served.append({record.trfNumber, record.lastModified});
        }
    }
    return {200, "application/json"_ba, pageBody(page, query, clientId, hasNext), {}};
}

void SandboxServer::moveRecordIfDue(const SandboxResultQuery &query)
{
    if (!m_moveArmed || m_served.isEmpty())
        return;
    const bool nextPage = query.page >= 2;
    bool advancedStart = false;
    for (const Served &served : std::as_const(m_served))
        advancedStart = advancedStart || served.lastModified < query.start;
    if (!nextPage && !advancedStart)
        return;

    const QDateTime now = nowToTheSecond();
    const QDateTime newest = query.end > now ? std::max(now, query.start) : query.end;
    for (const Served &served : std::as_const(m_served)) {
        const SandboxRecord *record = m_data.find(served.trfNumber);
        if (!record || record->lastModified != served.lastModified ||
            record->lastModified >= newest) {
            continue;
        }
        const bool inRange = record->lastModified >= query.start;
        if (nextPage ? !inRange : inRange)
            continue;
        const QDateTime from = record->lastModified;
        m_data.setLastModified(served.trfNumber, newest);
        m_moveArmed = false;
        m_served.clear();
        Q_EMIT recordMoved(served.trfNumber, from, newest);
        return;
    }
}

QByteArray SandboxServer::recordJson(const SandboxRecord &record,
                                     const SandboxResultQuery &query) const
{
    SandboxJson::ObjectWriter json;
    json.reserve(query.photos ? 12000 : 1200);
    for (const auto &[name, value] : record.fields) {
        if (query.photos && name == u"status") {
            const QByteArray data = '"' + m_data.photoBase64(record) + '"';
            if (record.photoShape == SandboxRecord::PhotoShape::Object)
                json.addRaw("photo", "{\"data\":" + data + '}');
            else
                json.addRaw("photo", data);
            json.add("photoMediaType", u"JPEG");
        }
        json.add(name, value);
    }
    if (query.osr) {
        for (const auto &[name, value] : record.osrFields)
            json.add(name, value);
    }
    return json.finish();
}

QByteArray SandboxServer::pageBody(const QList<int> &indexes, const SandboxResultQuery &query,
                                   const QString &clientId, bool hasNext)
{
    const quint64 serial = m_responseSerial++;
    SandboxJson::ObjectWriter metadata;
    metadata.add("messageRequestUid", u"sbxapi01-%1-%2-1"_s.arg(port()).arg(serial + 1));
    metadata.add("messageOriginator", clientId);
    metadata.add("messageRequestDateTime",
                 QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzz'Z'"));
    metadata.add("previousResultSetUrl", query.page > 1 && !indexes.isEmpty()
                                             ? resultSetUrl(query, query.page - 1)
                                             : QString());
    metadata.add("currentResultSetUrl", resultSetUrl(query, query.page));
    metadata.add("nextResultSetUrl", hasNext ? resultSetUrl(query, query.page + 1) : QString());
    metadata.addRaw("QueryResultSet", "[]"_ba);

    QByteArray results = "["_ba;
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        if (i > 0)
            results.append(',');
        results.append(recordJson(m_data.at(indexes.at(i)), query));
    }
    results.append(']');

    SandboxJson::ObjectWriter summary;
    summary.addRaw("recordCount", QByteArray::number(indexes.size()));

    SandboxJson::ObjectWriter body;
    body.reserve(results.size() + 2048);
    body.addRaw("messageMetadata", metadata.finish());
    body.addRaw("results", results);
    body.addRaw("resultSummary", summary.finish());
    return body.finish();
}

SandboxServer::Response SandboxServer::handleToken(const SandboxRequest &request,
                                                   const QByteArray &body,
                                                   const SandboxConfig &config)
{
    if (request.method != "POST")
        return errorResponse(SandboxError::documented(u"70404"), request, config);
    if (!request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded")) {
        return oauthError(400, "invalid_request",
                          u"The request body must be application/x-www-form-urlencoded."_s);
    }

    // Form encoding writes spaces as '+', which QUrlQuery would keep.
    QByteArray form = body;
    form.replace('+', "%20");
    const QUrlQuery fields(QString::fromUtf8(form));
    for (const QString &name : {u"client_id"_s, u"client_secret"_s, u"grant_type"_s, u"scope"_s}) {
        if (fields.queryItemValue(name, QUrl::FullyDecoded).isEmpty()) {
            return oauthError(400, "invalid_request",
                              u"Missing required parameter: %1."_s.arg(name));
        }
    }
    if (fields.queryItemValue(u"grant_type"_s) != u"client_credentials") {
        return oauthError(400, "invalid_request",
                          u"Unsupported grant_type: only client_credentials is allowed."_s);
    }
    const QString clientId = fields.queryItemValue(u"client_id"_s, QUrl::FullyDecoded);
    const QString secret = fields.queryItemValue(u"client_secret"_s, QUrl::FullyDecoded);
    if (clientId != config.clientId || secret != config.clientSecret) {
        return oauthError(401, "invalid_client",
                          u"Client authentication failed: unknown client_id or wrong "
                          u"client_secret."_s);
    }

    // Opaque, and base64 with '+', '/' and '=' like the provider's, so clients must not mangle it.
    std::array<quint32, 7> words;
    QRandomGenerator::global()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray raw(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    const QString token = QString::fromLatin1(raw.toBase64());
    m_tokens.insert(token, {clientId, QDeadlineTimer(qint64(config.tokenLifetimeSeconds) * 1000)});

    SandboxJson::ObjectWriter json;
    json.add("refresh_token_expires_in", u"0");
    json.add("api_product_list", u"ca-ielts-result-verification-xapi:v1");
    json.add("organization_name", u"SANDBOX");
    json.add("token_type", u"Bearer");
    json.add("issued_at", QString::number(QDateTime::currentMSecsSinceEpoch()));
    json.add("client_id", clientId);
    json.add("access_token", token);
    json.add("application_name", u"0000000-IELTS-ResultVerification-CRM-SANDBOX");
    json.add("scope", u"");
    json.add("expires_in", QString::number(config.tokenLifetimeSeconds));
    json.add("refresh_count", u"0");
    json.add("status", u"approved");
    return {200, "application/json"_ba, json.finish(), {}};
}

SandboxServer::Response SandboxServer::errorResponse(const SandboxError &error,
                                                     const SandboxRequest &request,
                                                     const SandboxConfig &config)
{
    return {error.httpStatus,
            SandboxError::contentType(config.errorBodyStyle),
            error.body(config.errorBodyStyle, transactionId(request)),
            {}};
}

SandboxServer::Response SandboxServer::oauthError(int status, const char *error,
                                                  const QString &description)
{
    SandboxJson::ObjectWriter json;
    json.add("error", QString::fromLatin1(error));
    json.add("error_description", description);
    return {status, "application/json"_ba, json.finish(), {}};
}

void SandboxServer::deliver(QTcpSocket *socket, const Response &response, Delivery delivery,
                            int delayMs, bool close)
{
    QByteArray head;
    if (delivery != Delivery::Reset) {
        head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
               reasonPhrase(response.status) + "\r\n";
        head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
        head += close ? "Connection: close\r\n"_ba : "Connection: keep-alive\r\n"_ba;
        head += "Date: " +
                QLocale::c()
                    .toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'")
                    .toLatin1() +
                "\r\n";
        for (const auto &[name, value] : response.headers)
            head += name + ": " + value + "\r\n";
        head += "\r\n";
    }

    const auto write = [delivery, close, head,
                        body = response.body](const QPointer<QTcpSocket> &target) {
        if (!target || target->state() != QAbstractSocket::ConnectedState)
            return;
        switch (delivery) {
        case Delivery::Reset:
            target->abort();
            return;
        case Delivery::CutOff:
            target->write(head);
            target->write(body.left(body.size() / 2));
            target->disconnectFromHost();
            return;
        case Delivery::Full:
            target->write(head);
            target->write(body);
            if (close)
                target->disconnectFromHost();
            return;
        }
    };

    const QPointer<QTcpSocket> target(socket);
    if (delayMs > 0)
        QTimer::singleShot(delayMs, this, [write, target] { write(target); });
    else
        write(target);
}
