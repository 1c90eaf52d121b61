#pragma once

#include "SearchJob.h"

#include <QObject>

class QNetworkAccessManager;
class QuotaCounter;
class TokenProvider;

// The service layer's front door: runs one search at a time against the result-verification
// service over an injected QNetworkAccessManager and reports it through signals (see SearchJob
// for the delivery and paging rules). Tokens stay cached between searches.
class ResultClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultClient)

public:
    // `quota` may be null (no counting); it must outlive the client.
    ResultClient(QNetworkAccessManager *network, QuotaCounter *quota, QObject *parent = nullptr);
    ~ResultClient() override;

    // Starts a search; returns false (and does nothing) while another one runs. Every outcome,
    // invalid input included, arrives as finished().
    bool start(const QList<SearchQuery> &queries, const Connection &connection,
               const JobOptions &options = {});
    bool start(const SearchQuery &query, const Connection &connection,
               const JobOptions &options = {});
    // Stops the running search at once; finished() is emitted with ApiError::Kind::Cancelled.
    void cancel();
    bool isRunning() const;

    TokenProvider *tokens() const { return m_tokens; }
    QuotaCounter *quota() const { return m_quota; }

Q_SIGNALS:
    void pageReceived(const QList<CandidateResult> &newOrUpdated);
    void progress(const JobProgress &progress);
    void warning(const QString &message);
    void finished(const JobOutcome &outcome);

private:
    QNetworkAccessManager *m_network;
    QuotaCounter *m_quota;
    TokenProvider *m_tokens;
    SearchJob *m_job;
};
