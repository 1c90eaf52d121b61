#include "TokenProvider.h"

#include "RequestBuilder.h"
#include "ResponseParser.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <algorithm>

TokenProvider::TokenProvider(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{}

TokenProvider::~TokenProvider()
{
    cancelAll();
}

QString TokenProvider::keyFor(const Connection &connection)
{
    return connection.tokenUrl.toString(QUrl::FullyEncoded) + u'\n' + connection.clientId;
}

QString TokenProvider::cachedToken(const Connection &connection) const
{
    const auto it = m_cache.constFind(keyFor(connection));
    if (it == m_cache.constEnd())
        return {};
    if (it->validUntil.isValid() && m_clock() >= it->validUntil)
        return {};
    return it->token;
}

void TokenProvider::store(const Connection &connection, const ResponseParser::Token &token)
{
    Cached cached;
    cached.token = token.accessToken;
    if (token.expiresInSeconds > 0) {
        const qint64 lifetimeMs = token.expiresInSeconds * 1000;
        const qint64 margin = std::min<qint64>(60000, lifetimeMs / 10);
        cached.validUntil = m_clock().addMSecs(lifetimeMs - margin);
    }
    m_cache.insert(keyFor(connection), cached);
}

void TokenProvider::invalidate(const Connection &connection)
{
    m_cache.remove(keyFor(connection));
}

void TokenProvider::token(const Connection &connection, QObject *context, Callback done)
{
    const QString cached = cachedToken(connection);
    if (!cached.isEmpty()) {
        done(cached, ApiError());
        return;
    }
    const QString key = keyFor(connection);
    auto it = m_pending.find(key);
    if (it == m_pending.end()) {
        Fetch fetch;
        fetch.connection = connection;
        it = m_pending.insert(key, fetch);
        it->waiters.append({context, std::move(done)});
        send(key);
        return;
    }
    it->waiters.append({context, std::move(done)});
}

void TokenProvider::cancelAll()
{
    const auto pending = std::exchange(m_pending, {});
    for (const Fetch &fetch : pending) {
        if (fetch.reply) {
            fetch.reply->disconnect(this);
            fetch.reply->abort();
            fetch.reply->deleteLater();
        }
    }
}

void TokenProvider::send(const QString &key)
{
    auto it = m_pending.find(key);
    if (it == m_pending.end())
        return;
    const QString transactionId = RequestBuilder::newTransactionId();
    const QNetworkRequest request =
        RequestBuilder::tokenRequest(it->connection.tokenUrl, transactionId, m_timeoutMs);
    ++m_fetches;
    QNetworkReply *reply =
        m_network->post(request, RequestBuilder::tokenRequestBody(it->connection.clientId,
                                                                  it->connection.clientSecret));
    it->reply = reply;
    connect(reply, &QNetworkReply::finished, this,
            [this, key, reply, transactionId] { onFinished(key, reply, transactionId); });
}

void TokenProvider::onFinished(const QString &key, QNetworkReply *reply,
                               const QString &transactionId)
{
    reply->deleteLater();
    auto it = m_pending.find(key);
    if (it == m_pending.end() || it->reply != reply)
        return;
    it->reply = nullptr;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const bool transient = status == 0 ? RetryPolicy::isTransientNetworkError(reply->error())
                                       : RetryPolicy::isTransientStatus(status);
    if (transient && m_retry.mayRetry(++it->failures)) {
        const auto retryAfter =
            RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), m_clock());
        QTimer::singleShot(m_retry.delayFor(it->failures, retryAfter), this,
                           [this, key] { send(key); });
        return;
    }
    if (status == 0) {
        complete(key, {},
                 ApiError::fromNetworkError(reply->error(), reply->errorString(), transactionId));
        return;
    }
    if (status != 200) {
        ApiError error =
            ApiError::fromResponse(status, ResponseParser::parseErrorBody(body), transactionId);
        if (status == 400 || status == 401) {
            // The token endpoint refuses bad client credentials with 400 or 401 and codes of
            // its own; either way the person has to fix the credentials.
            error.kind = ApiError::Kind::Authentication;
            error.message = tr("The token endpoint refused the client ID or secret.");
            error.advice = tr("Check the client ID and secret, and that they belong to this "
                              "environment (sandbox and production credentials differ).");
        }
        complete(key, {}, error);
        return;
    }
    const auto parsed = ResponseParser::parseToken(body);
    if (!parsed.ok() || parsed.value().accessToken.isEmpty()) {
        complete(key, {},
                 ApiError::protocol(parsed.ok() ? QStringLiteral("no access_token in the answer")
                                                : parsed.error().message,
                                    status, transactionId));
        return;
    }
    store(it->connection, parsed.value());
    complete(key, parsed.value().accessToken, ApiError());
}

void TokenProvider::complete(const QString &key, const QString &token, const ApiError &error)
{
    const Fetch fetch = m_pending.take(key);
    for (const Waiter &waiter : fetch.waiters) {
        if (waiter.context)
            waiter.done(token, error);
    }
}
