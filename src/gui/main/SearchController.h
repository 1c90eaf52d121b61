#pragma once

#include "Connection.h"
#include "SearchJob.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QuotaCounter;
class TokenProvider;

// Runs the window's searches through the service layer, one at a time, on the GUI thread's event
// loop (nothing here blocks: requests are asynchronous and pages are parsed on worker threads).
class SearchController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchController)

public:
    SearchController(QNetworkAccessManager *network, QuotaCounter *quota,
                     QObject *parent = nullptr);
    ~SearchController() override;

    void setConnection(const Connection &connection);
    const Connection &connection() const { return m_connection; }
    QNetworkAccessManager *network() const { return m_network; }
    QuotaCounter *quota() const { return m_quota; }
    TokenProvider *tokens() const { return m_tokens; }

    bool isRunning() const;
    void start(const QList<SearchQuery> &queries, const JobOptions &options = {});
    void cancel();

    int quotaUsedToday() const;
    int quotaLimit() const;

Q_SIGNALS:
    void started();
    void pageReceived(const QList<CandidateResult> &newOrUpdated);
    void progress(const JobProgress &progress);
    void warning(const QString &message);
    void finished(const JobOutcome &outcome);
    void quotaChanged(int usedToday, int limit);

private:
    QNetworkAccessManager *m_network;
    QuotaCounter *m_quota;
    TokenProvider *m_tokens;
    QPointer<SearchJob> m_job;
    Connection m_connection;
};
