#pragma once

#include "ApiError.h"
#include "CandidateResult.h"
#include "Connection.h"
#include "SearchJob.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

class QNetworkAccessManager;
class QuotaCounter;
class TokenProvider;

// What happened to one TRF number of a batch.
struct TrfLookup
{
    enum class State
    {
        Found,    // `result` holds the record
        NotFound, // the service has no result for it
        Failed,   // `error` says why (also for numbers never sent because the batch stopped)
    };
    QString trf;
    State state = State::Failed;
    std::optional<CandidateResult> result;
    ApiError error;
};

struct BatchProgress
{
    int done = 0;  // TRF numbers resolved, whatever the outcome
    int total = 0; // distinct TRF numbers in the batch
    int requests = 0;
    int retries = 0;
};

struct BatchRunOutcome
{
    // Set when the batch stopped before every number was tried: cancelled, credentials refused,
    // quota used up, or the network gone. Numbers not tried were reported as Failed with it.
    ApiError stoppedBy;
    int requests = 0;
    bool completed() const { return !stoppedBy.isError(); }
};

// The requests a batch needs against what remains of today's quota, said before anything is sent.
struct BatchQuotaEstimate
{
    int needed = 0;
    int remaining = 0;
    int limit = 0;
    bool fits() const { return needed <= remaining; }
    // Translated: "This batch needs 640 requests; 9,200 remain today."
    QString message() const;
};

// Looks up a list of TRF numbers, one request per distinct number (retries and token renewal
// included), a few at a time, through the same SearchJob that single searches use.
class BatchVerifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchVerifier)

public:
    struct Options
    {
        int concurrency = 4; // requests in flight at once
        bool photos = false;
        bool ignoreQuota = false; // send even when the estimate does not fit
        JobOptions job;
    };

    // `tokens` and `quota` are shared with the other searches; `quota` may be null.
    BatchVerifier(QNetworkAccessManager *network, TokenProvider *tokens, QuotaCounter *quota,
                  QObject *parent = nullptr);
    ~BatchVerifier() override;

    static BatchQuotaEstimate estimate(int distinctTrfs, const QuotaCounter *quota,
                                       const Connection &connection);

    // Starts at the next event-loop turn; returns false while a batch runs. Every outcome,
    // a refusal for quota included, arrives as finished().
    bool start(const QStringList &trfs, const Connection &connection, const Options &options);
    // Stops at once; numbers not yet resolved are reported as Failed with Cancelled.
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void resolved(const TrfLookup &lookup);
    void progress(const BatchProgress &progress);
    void warning(const QString &message);
    void finished(const BatchRunOutcome &outcome);

private:
    // A number being looked up, with what its job has delivered so far.
    struct Running
    {
        SearchJob *job = nullptr;
        QString trf;
        std::optional<CandidateResult> record;
    };

    void begin(quint64 generation);
    void launchMore();
    void launch(const QString &trf);
    void finishIfDone();
    void onJobFinished(SearchJob *job, const JobOutcome &outcome);
    void onJobWarning(const QString &message);
    void resolve(TrfLookup lookup);
    void flushProgress();
    void stop(const ApiError &error);
    void finish(const ApiError &stoppedBy);
    BatchProgress currentProgress() const;
    static bool stopsBatch(ApiError::Kind kind);

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    QuotaCounter *m_quota;

    Connection m_connection;
    Options m_options;
    std::deque<QString> m_queue; // numbers not yet started, in the order given
    QList<Running> m_jobs;       // in the order they started; never more than Options::concurrency
    QSet<QString> m_resolved;
    QSet<QString> m_warned; // warnings already passed on, so each job does not repeat them
    bool m_warnedQuotaLevel = false;
    int m_total = 0;
    int m_requestsDone = 0; // by finished jobs
    int m_retriesDone = 0;
    int m_networkFailuresInARow = 0;
    bool m_running = false;
    bool m_stopping = false;
    bool m_progressPending = false; // resolved() went out, progress() not yet
    quint64 m_generation = 0;       // guards the deferred start against a cancel before it
};
