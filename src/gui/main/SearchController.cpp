#include "SearchController.h"

#include "QuotaCounter.h"
#include "TokenProvider.h"

SearchController::SearchController(QNetworkAccessManager *network, QuotaCounter *quota,
                                   QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_quota(quota)
    , m_tokens(new TokenProvider(network, this))
{}

SearchController::~SearchController()
{
    if (m_job)
        m_job->cancel();
}

void SearchController::setConnection(const Connection &connection)
{
    if (m_job)
        m_job->cancel();
    m_connection = connection;
    Q_EMIT quotaChanged(quotaUsedToday(), quotaLimit());
}

bool SearchController::isRunning() const
{
    return m_job && m_job->isRunning();
}

void SearchController::start(const QList<SearchQuery> &queries, const JobOptions &options)
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->cancel();
        m_job->deleteLater();
    }
    auto *job = new SearchJob(m_network, m_tokens, m_quota, this);
    m_job = job;
    connect(job, &SearchJob::pageReceived, this, &SearchController::pageReceived);
    connect(job, &SearchJob::progress, this, [this](const JobProgress &p) {
        Q_EMIT progress(p);
        Q_EMIT quotaChanged(quotaUsedToday(), quotaLimit());
    });
    connect(job, &SearchJob::warning, this, &SearchController::warning);
    connect(job, &SearchJob::finished, this, [this, job](const JobOutcome &outcome) {
        job->deleteLater();
        Q_EMIT quotaChanged(quotaUsedToday(), quotaLimit());
        Q_EMIT finished(outcome);
    });
    job->start(queries, m_connection, options);
    Q_EMIT started();
}

void SearchController::cancel()
{
    if (m_job)
        m_job->cancel();
}

int SearchController::quotaUsedToday() const
{
    return m_quota->used(m_connection.clientId);
}

int SearchController::quotaLimit() const
{
    return m_quota->limit();
}
