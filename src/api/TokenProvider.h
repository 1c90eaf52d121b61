#pragma once

#include "ApiError.h"
#include "Connection.h"
#include "RetryPolicy.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
namespace ResponseParser {
struct Token;
}

// Bearer tokens from the token endpoint, cached per token URL and client ID until shortly before
// they expire. Callers ask for a token with a callback; one fetch serves every waiter.
class TokenProvider final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    using Clock = std::function<QDateTime()>;
    // Either a token or an error.
    using Callback = std::function<void(const QString &token, const ApiError &error)>;

    explicit TokenProvider(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~TokenProvider() override;

    void setClock(Clock clock) { m_clock = std::move(clock); }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }
    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

    // A token still valid now, or an empty string.
    QString cachedToken(const Connection &connection) const;
    // Keeps a token until `expires_in` minus a margin (a tenth of the lifetime, at most 60 s);
    // a token without a lifetime is kept until invalidated.
    void store(const Connection &connection, const ResponseParser::Token &token);
    // Forgets the cached token, e.g. after the API called it invalid or expired.
    void invalidate(const Connection &connection);

    // Calls `done` with a cached token at once, or after fetching one. `done` is not called when
    // `context` has been destroyed meanwhile.
    void token(const Connection &connection, QObject *context, Callback done);
    // Stops fetches and drops waiters without calling them.
    void cancelAll();

    int fetchCount() const { return m_fetches; }

private:
    struct Cached
    {
        QString token;
        QDateTime validUntil; // invalid: no known expiry
    };
    struct Waiter
    {
        QPointer<QObject> context;
        Callback done;
    };
    struct Fetch
    {
        Connection connection;
        QList<Waiter> waiters;
        QPointer<QNetworkReply> reply;
        int failures = 0;
    };

    static QString keyFor(const Connection &connection);
    void send(const QString &key);
    void onFinished(const QString &key, QNetworkReply *reply, const QString &transactionId);
    void complete(const QString &key, const QString &token, const ApiError &error);

    QNetworkAccessManager *m_network;
    Clock m_clock;
    RetryPolicy m_retry;
    int m_timeoutMs = 30000;
    int m_fetches = 0;
    QHash<QString, Cached> m_cache;
    QHash<QString, Fetch> m_pending;
};
