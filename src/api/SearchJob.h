#pragma once

#include "ApiError.h"
#include "CandidateResult.h"
#include "Connection.h"
#include "PageScan.h"
#include "ResponseParser.h"
#include "RetryPolicy.h"
#include "SearchQuery.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <deque>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class QuotaCounter;
class TokenProvider;
template <typename T> class QFutureWatcher;

struct JobOptions
{
    // Send even when the client-side count says the job would pass the daily quota.
    bool ignoreQuota = false;
    // How many records the caller expects in all date ranges together, for the quota estimate.
    std::optional<qint64> estimatedRecords;
    int transferTimeoutMs = 120000;
    RetryPolicy retry;
    ResponseParser::PhotoForm photoForm = ResponseParser::PhotoForm::Decoded;
};

struct JobProgress
{
    int requests = 0; // sent, retries and token replays included
    int pages = 0;    // answered with results or an empty page
    int retries = 0;
    qint64 records = 0; // distinct records delivered so far
    qint64 updates = 0; // records delivered again with a later lastModifiedDate
    qint64 bytes = 0;   // response bodies received
    // The date range being fetched (invalid for TRF work) and where in it the job is.
    QDateTime rangeStart;
    QDateTime rangeEnd;
    QDateTime position;
    int partsDone = 0; // TRF numbers and date sub-ranges finished
    int partsTotal = 0;
};

struct JobOutcome
{
    ApiError error; // kind None on success, also when nothing was found
    qint64 records = 0;
    int requests = 0;
    QStringList notFound; // TRF numbers the service had no result for
    bool succeeded() const { return !error.isError(); }
};

// One search against the result resource: a list of TRF numbers and/or date ranges, fetched one
// request at a time with paging, token renewal, retries, range splitting and quota accounting.
//
// Delivery: pageReceived() carries records not delivered before in this job, de-duplicated by TRF
// number. A record whose TRF number was already delivered comes again only when its
// lastModifiedDate is later (the candidate shared it again during the pull); it then replaces the
// earlier one (JobProgress::updates counts those).
//
// Paging a date range is keyset paging: after a full page the next request is the range starting
// at the last record's lastModifiedDate (inclusive), page 1. A record that moves to the end of
// the order therefore cannot make another slide into an already-fetched page and be skipped.
// When a full page does not advance the start (every record shares one timestamp), or the
// service's order is not by lastModifiedDate, the job falls back to page + 1.
class SearchJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchJob)

public:
    SearchJob(QNetworkAccessManager *network, TokenProvider *tokens, QuotaCounter *quota,
              QObject *parent = nullptr);
    ~SearchJob() override;

    // Starts at the next event-loop turn; every outcome, even invalid input, arrives as finished().
    void start(const QList<SearchQuery> &queries, const Connection &connection,
               const JobOptions &options);
    // Stops at once: aborts the request in flight and emits finished() with Cancelled.
    void cancel();
    bool isRunning() const { return m_running; }
    const JobProgress &currentProgress() const { return m_progress; }

    // Date ranges longer than this are split before anything is sent.
    static constexpr int maxRangeDays = 365;
    // The parts a range is split into up front (exposed for tests).
    static QList<std::pair<QDateTime, QDateTime>> splitRange(const QDateTime &start,
                                                             const QDateTime &end, int maxDays);
    // True for a 400 answer that refuses a date range as too large or too long.
    static bool isRangeRefusal(int httpStatus, const QString &code, const QString &message);

Q_SIGNALS:
    void pageReceived(const QList<CandidateResult> &newOrUpdated);
    void progress(const JobProgress &progress);
    void warning(const QString &message);
    void finished(const JobOutcome &outcome);

private:
    struct Part
    {
        bool isTrf = false;
        QString trf;
        QDateTime start;  // the original start of this part
        QDateTime cursor; // where keyset paging has got to (inclusive)
        QDateTime end;
        int page = 1;
        bool offsetMode = false; // fall back to page + 1
        int requestsInPart = 0;
    };
    struct Parsed;

    void begin();
    int estimateRequests() const;
    void next();
    void sendCurrent();
    void sendWithAuthorization(const QByteArray &authorization);
    void onReplyFinished();
    void drainReply();
    void queueParse(QByteArray body);
    void onParseFinished();
    void advance(const PageScan &scan);
    void deliver(QList<CandidateResult> results);
    void finishPart();
    bool retryLater(std::optional<RetryPolicy::ms> retryAfter, const ApiError &ifExhausted);
    void fail(const ApiError &error);
    void finish(const ApiError &error);
    void emitProgress();
    QList<CandidateResult> deduplicate(QList<CandidateResult> results);

    QNetworkAccessManager *m_network;
    TokenProvider *m_tokens;
    QuotaCounter *m_quota;

    Connection m_connection;
    JobOptions m_options;
    bool m_photos = false;
    bool m_osr = false;
    int m_pageSize = SearchQuery::maxPageSize;

    std::deque<Part> m_parts;
    QPointer<QNetworkReply> m_reply;
    QString m_transactionId;
    qint64 m_bytesDone = 0;
    QByteArray m_body;           // the answer in flight, read as it arrives into one buffer
    int m_failures = 0;          // of the current request
    bool m_tokenRenewed = false; // for the current request
    QTimer *m_retryTimer = nullptr;
    // Pages being parsed, oldest first; they are delivered in this order. While one is pending the
    // next answer is not read, so memory holds about one page at a time.
    std::deque<QFutureWatcher<Parsed> *> m_parsing;

    QHash<QString, QDateTime> m_delivered; // key -> lastModified delivered
    JobProgress m_progress;
    JobOutcome m_outcome;
    bool m_running = false;
    bool m_warnedQuota = false;
    bool m_warnedOrder = false;
    bool m_warnedSplit = false;
    bool m_warned404 = false;
    quint64 m_generation = 0; // guards callbacks that outlive a cancelled run
    QElapsedTimer m_progressClock;
};
