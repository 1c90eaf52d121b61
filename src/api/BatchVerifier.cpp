#include "BatchVerifier.h"

#include "QuotaCounter.h"
#include "SearchQuery.h"
#include "TokenProvider.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>
#include <limits>

namespace {
// Network failures in a row (each after its own retries) that mean the network is gone rather
// than one request being unlucky.
constexpr int networkFailuresToStop = 3;
} // namespace

QString BatchQuotaEstimate::message() const
{
    return QCoreApplication::translate("BatchVerifier",
                                       "This batch needs %Ln request(s); %L1 remain today.",
                                       nullptr, needed)
        .arg(remaining);
}

BatchVerifier::BatchVerifier(QNetworkAccessManager *network, TokenProvider *tokens,
                             QuotaCounter *quota, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_quota(quota)
{}

BatchVerifier::~BatchVerifier()
{
    // The jobs are children and die with this object; they must not call back into it meanwhile.
    for (const Running &running : std::as_const(m_jobs))
        running.job->disconnect(this);
}

BatchQuotaEstimate BatchVerifier::estimate(int distinctTrfs, const QuotaCounter *quota,
                                           const Connection &connection)
{
    BatchQuotaEstimate estimate;
    estimate.needed = distinctTrfs;
    if (quota) {
        estimate.remaining = quota->remaining(connection.clientId);
        estimate.limit = quota->limit();
    } else {
        estimate.remaining = std::numeric_limits<int>::max();
    }
    return estimate;
}

bool BatchVerifier::start(const QStringList &trfs, const Connection &connection,
                          const Options &options)
{
    if (m_running)
        return false;
    m_running = true;
    m_stopping = false;
    const quint64 generation = ++m_generation;
    m_connection = connection;
    m_options = options;
    m_options.concurrency = std::max(1, options.concurrency);
    // The batch decides about the quota once, for all its numbers; each job must not refuse
    // again because the batch itself used up what the estimate counted on.
    m_options.job.ignoreQuota = true;
    m_queue.clear();
    m_jobs.clear();
    m_resolved.clear();
    m_warned.clear();
    m_warnedQuotaLevel = false;
    m_progressPending = false;
    m_requestsDone = 0;
    m_retriesDone = 0;
    m_networkFailuresInARow = 0;

    QSet<QString> seen;
    for (const QString &trf : trfs) {
        if (!seen.contains(trf)) {
            seen.insert(trf);
            m_queue.push_back(trf);
        }
    }
    m_total = int(m_queue.size());
    m_tokens->setRetryPolicy(options.job.retry);
    m_tokens->setTransferTimeout(options.job.transferTimeoutMs);

    QTimer::singleShot(0, this, [this, generation] { begin(generation); });
    return true;
}

void BatchVerifier::begin(quint64 generation)
{
    if (generation != m_generation || !m_running)
        return;
    const BatchQuotaEstimate needed = estimate(m_total, m_quota, m_connection);
    if (!needed.fits()) {
        if (!m_options.ignoreQuota) {
            stop(ApiError::quotaExceeded(needed.message()));
            return;
        }
        Q_EMIT warning(needed.message());
        if (generation != m_generation)
            return;
    }
    launchMore();
    if (generation == m_generation)
        finishIfDone();
}

void BatchVerifier::launchMore()
{
    const quint64 generation = m_generation;
    while (generation == m_generation && m_running && !m_stopping &&
           m_jobs.size() < m_options.concurrency && !m_queue.empty()) {
        const QString trf = m_queue.front();
        m_queue.pop_front();
        launch(trf);
    }
}

void BatchVerifier::launch(const QString &trf)
{
    SearchQuery query = SearchQuery::forTrf(trf);
    query.setIncludePhotos(m_options.photos);
    const SearchQuery::Validation validation = query.validate();
    if (!validation.isValid()) {
        // A number that cannot be sent says nothing about the connection: only it fails.
        TrfLookup lookup;
        lookup.trf = trf;
        lookup.error = ApiError::configuration(validation.errors.join(u'\n'));
        resolve(lookup);
        return;
    }

    auto *job = new SearchJob(m_network, m_tokens, m_quota, this);
    m_jobs.append({job, trf, std::nullopt});
    connect(job, &SearchJob::pageReceived, this,
            [this, job](const QList<CandidateResult> &records) {
                for (Running &running : m_jobs) {
                    if (running.job != job || records.isEmpty())
                        continue;
                    const QString wanted = SearchQuery::forTrf(running.trf).trfNumber();
                    const auto exact = std::find_if(records.cbegin(), records.cend(),
                                                    [&wanted](const CandidateResult &record) {
                                                        return record.trfNumber() == wanted;
                                                    });
                    running.record = exact != records.cend() ? *exact : records.constFirst();
                }
            });
    connect(job, &SearchJob::warning, this, &BatchVerifier::onJobWarning);
    connect(job, &SearchJob::finished, this,
            [this, job](const JobOutcome &outcome) { onJobFinished(job, outcome); });
    job->start({query}, m_connection, m_options.job);
}

void BatchVerifier::onJobWarning(const QString &message)
{
    // Every job started past the warning level says so again, each with a higher count; the
    // batch passes the first one on.
    if (m_quota) {
        const QString level =
            QCoreApplication::translate("SearchJob",
                                        "%1 of today's %2 requests for this client ID are used.")
                .arg(m_quota->used(m_connection.clientId))
                .arg(m_quota->limit());
        if (message == level) {
            if (!std::exchange(m_warnedQuotaLevel, true))
                Q_EMIT warning(message);
            return;
        }
    }
    if (m_warned.contains(message))
        return;
    m_warned.insert(message);
    Q_EMIT warning(message);
}

bool BatchVerifier::stopsBatch(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Authentication:
    case ApiError::Kind::Authorization:
    case ApiError::Kind::Quota:
    case ApiError::Kind::Configuration:
    case ApiError::Kind::Cancelled:
        return true;
    case ApiError::Kind::None:
    case ApiError::Kind::Network:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::BadRequest:
    case ApiError::Kind::Server:
    case ApiError::Kind::Protocol:
        return false;
    }
    return false;
}

void BatchVerifier::onJobFinished(SearchJob *job, const JobOutcome &outcome)
{
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(),
                                 [job](const Running &running) { return running.job == job; });
    if (it == m_jobs.end())
        return;
    const Running running = *it;
    m_jobs.erase(it);
    job->disconnect(this);
    job->deleteLater();
    m_requestsDone += outcome.requests;
    m_retriesDone += job->currentProgress().retries;

    TrfLookup lookup;
    lookup.trf = running.trf;
    bool stopping = false;
    if (outcome.succeeded()) {
        m_networkFailuresInARow = 0;
        if (outcome.notFound.isEmpty() && running.record) {
            lookup.state = TrfLookup::State::Found;
            lookup.result = running.record;
        } else {
            lookup.state = TrfLookup::State::NotFound;
        }
    } else {
        lookup.state = TrfLookup::State::Failed;
        lookup.error = outcome.error;
        if (outcome.error.kind == ApiError::Kind::Network)
            ++m_networkFailuresInARow;
        else
            m_networkFailuresInARow = 0;
        stopping =
            stopsBatch(outcome.error.kind) || m_networkFailuresInARow >= networkFailuresToStop;
    }

    const quint64 generation = m_generation;
    resolve(lookup);
    if (generation != m_generation || !m_running)
        return;
    if (stopping) {
        stop(outcome.error);
        return;
    }
    launchMore();
    if (generation == m_generation)
        finishIfDone();
}

void BatchVerifier::resolve(TrfLookup lookup)
{
    if (m_resolved.contains(lookup.trf))
        return;
    // A receiver of resolved() may cancel, which resolves the rest from inside this emission;
    // the progress owed for this number goes out first, so `done` only ever grows.
    flushProgress();
    m_resolved.insert(lookup.trf);
    m_progressPending = true;
    Q_EMIT resolved(lookup);
    flushProgress();
}

void BatchVerifier::flushProgress()
{
    if (!std::exchange(m_progressPending, false))
        return;
    Q_EMIT progress(currentProgress());
}

void BatchVerifier::finishIfDone()
{
    if (m_running && !m_stopping && m_jobs.isEmpty() && m_queue.empty())
        finish(ApiError());
}

void BatchVerifier::cancel()
{
    if (!m_running || m_stopping)
        return;
    stop(ApiError::cancelled());
}

void BatchVerifier::stop(const ApiError &error)
{
    m_stopping = true;
    ++m_generation;
    QStringList rest;
    const QList<Running> jobs = std::exchange(m_jobs, {});
    for (const Running &running : jobs) {
        m_requestsDone += running.job->currentProgress().requests;
        m_retriesDone += running.job->currentProgress().retries;
        running.job->disconnect(this);
        running.job->cancel();
        running.job->deleteLater();
        rest.append(running.trf);
    }
    for (const QString &trf : m_queue)
        rest.append(trf);
    m_queue.clear();
    // Resolving emits signals whose receivers may call back; the generation already changed, so
    // nothing here restarts, and m_stopping keeps cancel() from stopping twice.
    for (const QString &trf : std::as_const(rest)) {
        TrfLookup lookup;
        lookup.trf = trf;
        lookup.error = error;
        resolve(lookup);
    }
    finish(error);
}

void BatchVerifier::finish(const ApiError &stoppedBy)
{
    m_running = false;
    m_stopping = false;
    ++m_generation;
    BatchRunOutcome outcome;
    outcome.stoppedBy = stoppedBy;
    outcome.requests = m_requestsDone;
    Q_EMIT finished(outcome);
}

bool BatchVerifier::isRunning() const
{
    return m_running;
}

BatchProgress BatchVerifier::currentProgress() const
{
    BatchProgress progress;
    progress.done = int(m_resolved.size());
    progress.total = m_total;
    progress.requests = m_requestsDone;
    progress.retries = m_retriesDone;
    for (const Running &running : m_jobs) {
        progress.requests += running.job->currentProgress().requests;
        progress.retries += running.job->currentProgress().retries;
    }
    return progress;
}
