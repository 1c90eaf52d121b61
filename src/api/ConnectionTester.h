#pragma once

#include "ApiError.h"
#include "Connection.h"

#include <QObject>
#include <QString>

class QNetworkAccessManager;
class QuotaCounter;
class SearchJob;
class TokenProvider;

// Proves that a connection's credentials work with the cheapest call the service offers: a token
// request for OAuth Bearer (no quota), and for Basic one lookup of a TRF number that cannot exist,
// which costs one request of the daily quota.
class ConnectionTester final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTester)

public:
    // `quota` may be null (no counting); it must outlive the tester.
    ConnectionTester(QNetworkAccessManager *network, QuotaCounter *quota,
                     QObject *parent = nullptr);
    ~ConnectionTester() override;

    // Whether testing this connection uses a request of the daily quota.
    static bool costsQuota(const Connection &connection);
    // The TRF number a Basic test looks up: well-formed, but from a year no result is kept for.
    static QString probeTrfNumber();

    // Starts a test, replacing one that is running. finished() follows from the event loop, never
    // from within this call. A token cached elsewhere is not used: the token is always fetched.
    void test(const Connection &connection);
    // Stops the running test; finished() is not emitted for it.
    void cancel();
    bool isRunning() const { return m_running; }

    void setTransferTimeout(int ms) { m_timeoutMs = ms; }

Q_SIGNALS:
    // `message` is plain and translated: "The credentials work." or the error's message. `error`
    // carries the details (code, HTTP status, advice, transaction ID) when ok is false.
    void finished(bool ok, const QString &message, const ApiError &error);

private:
    void testToken(const Connection &connection, quint64 generation);
    void testLookup(const Connection &connection, quint64 generation);
    void report(quint64 generation, const ApiError &error, const QString &note = {});

    QNetworkAccessManager *m_network;
    QuotaCounter *m_quota;
    TokenProvider *m_tokens;
    SearchJob *m_job = nullptr;
    int m_timeoutMs = 30000;
    bool m_running = false;
    quint64 m_generation = 0; // only the latest test reports
};
