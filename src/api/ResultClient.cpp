#include "ResultClient.h"

#include "TokenProvider.h"

ResultClient::ResultClient(QNetworkAccessManager *network, QuotaCounter *quota, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_quota(quota)
    , m_tokens(new TokenProvider(network, this))
    , m_job(new SearchJob(network, m_tokens, quota, this))
{
    connect(m_job, &SearchJob::pageReceived, this, &ResultClient::pageReceived);
    connect(m_job, &SearchJob::progress, this, &ResultClient::progress);
    connect(m_job, &SearchJob::warning, this, &ResultClient::warning);
    connect(m_job, &SearchJob::finished, this, &ResultClient::finished);
}

ResultClient::~ResultClient() = default;

bool ResultClient::start(const QList<SearchQuery> &queries, const Connection &connection,
                         const JobOptions &options)
{
    if (m_job->isRunning())
        return false;
    m_tokens->setRetryPolicy(options.retry);
    m_tokens->setTransferTimeout(options.transferTimeoutMs);
    m_job->start(queries, connection, options);
    return true;
}

bool ResultClient::start(const SearchQuery &query, const Connection &connection,
                         const JobOptions &options)
{
    return start(QList<SearchQuery>{query}, connection, options);
}

void ResultClient::cancel()
{
    if (m_job->isRunning()) {
        m_tokens->cancelAll();
        m_job->cancel();
    }
}

bool ResultClient::isRunning() const
{
    return m_job->isRunning();
}
