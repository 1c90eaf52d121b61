#pragma once

#include "SandboxConfig.h"
#include "SandboxDataSet.h"
#include "SandboxRequest.h"

#include <QAbstractHttpServer>
#include <QDate>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QUrl>

#include <atomic>
#include <utility>
#include <variant>

struct SandboxResultQuery;
struct SandboxError;

// A local double of the result-verification service (result and token endpoints) on 127.0.0.1,
// serving a generated data set and switchable faults.
//
// Paths: /v1/ielts/result-verification and /v1/cambridge.id/token, and the same under /pp1 as on
// the provider's sandbox host. Any other path gets 404 with code 70404.
//
// Order of checks on the result endpoint: method (GET, else 404 70404), Authorization (401
// 70402/70401/70405), the daily quota (which counts every authenticated result request), Accept
// (400 60001 when missing or not accepting application/json), then the query (see
// SandboxResultQuery). A page with no records (past the last page, a date range with no match,
// page 2 of a TRF) follows config().endOfData; a TRF number that matches nothing follows
// config().trfMiss.
//
// moveRecordDuringPaging: while armed, the server remembers the records its date-range answers
// contained. On the first date-range request that continues a sequence (page >= 2, or a start
// later than a record already served), before answering, it takes the first remembered record
// that is still unchanged and sets its lastModifiedDate to the newest instant inside the queried
// range (endDateTime, or the current second when endDateTime is in the future); for page >= 2 the
// record must lie in the queried range, for an advanced start before it. The record thus moves to
// the end of the order and every record after its old position slides one place back. The data
// set (dataSet()) changes with it, recordMoved() is emitted, and the knob disarms. It is armed at
// construction and whenever setConfig() switches it from off to on.
//
// Everything runs on the thread that owns the object; it may be moved to a worker thread with its
// own event loop. The accessors below (except dataSet()) may be called from any thread.
class SandboxServer final : public QAbstractHttpServer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SandboxServer)

public:
    static constexpr qsizetype maxLoggedRequests = 10000;

    explicit SandboxServer(SandboxConfig config, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; 0 picks a free port. Returns the port, or 0 on failure.
    quint16 listen(quint16 port = 0);
    quint16 port() const { return m_port.load(); }
    QUrl baseUrl() const;   // http://127.0.0.1:PORT
    QUrl resultUrl() const; // baseUrl() + /v1/ielts/result-verification
    QUrl tokenUrl() const;  // baseUrl() + /v1/cambridge.id/token

    // The ground truth. Read it on the server's thread, or while no request is being handled.
    const SandboxDataSet &dataSet() const { return m_data; }

    SandboxConfig config() const;
    // Applies new credentials and faults at once and restarts the fault counting. The data-set
    // fields (records, seed, anchor, spanDays) keep the values the server was built with.
    void setConfig(const SandboxConfig &config);

    // Every request received, on any path, since the server started.
    int requestCount() const;
    // The requests received, oldest first: at least the latest maxLoggedRequests of them.
    QList<SandboxRequest> requests() const;
    void clearRequestLog();

Q_SIGNALS:
    void recordMoved(const QString &trfNumber, const QDateTime &from, const QDateTime &to);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<std::pair<QByteArray, QByteArray>> headers;
    };
    enum class Delivery
    {
        Full,
        CutOff,
        Reset
    };
    struct Token
    {
        QString clientId;
        QDeadlineTimer expiry;
    };
    struct Served
    {
        QString trfNumber;
        QDateTime lastModified;
    };

    SandboxRequest logRequest(const QHttpServerRequest &request);
    Response handleResult(const SandboxRequest &request, const SandboxConfig &config);
    Response handleToken(const SandboxRequest &request, const QByteArray &body,
                         const SandboxConfig &config);
    Response servePage(const SandboxResultQuery &query, const SandboxRequest &request,
                       const QString &clientId, const SandboxConfig &config);
    // The client ID the Authorization header proves, or the error to answer with.
    std::variant<QString, SandboxError> authorise(const SandboxRequest &request,
                                                  const SandboxConfig &config) const;
    bool quotaExceeded(const QString &clientId, const SandboxConfig &config);
    void moveRecordIfDue(const SandboxResultQuery &query);
    QByteArray pageBody(const QList<int> &indexes, const SandboxResultQuery &query,
                        const QString &clientId, bool hasNext);
    QByteArray recordJson(const SandboxRecord &record, const SandboxResultQuery &query) const;
    static Response errorResponse(const SandboxError &error, const SandboxRequest &request,
                                  const SandboxConfig &config);
    static Response oauthError(int status, const char *error, const QString &description);
    void deliver(QTcpSocket *socket, const Response &response, Delivery delivery, int delayMs,
                 bool close);

    SandboxDataSet m_data;
    std::atomic<quint16> m_port = 0;

    mutable QMutex m_mutex; // guards what the public accessors read: config, log, counters
    SandboxConfig m_config;
    QList<SandboxRequest> m_log;
    int m_requestCount = 0;
    int m_faultSequence = 0;
    bool m_moveArmRequested = false; // taken up by the next request, on the server's thread

    // Only the server's thread touches these.
    QHash<QString, Token> m_tokens;
    QHash<std::pair<QString, QDate>, int> m_quotaUsed;
    bool m_moveArmed = false;
    QList<Served> m_served;
    quint64 m_responseSerial = 0;
};
