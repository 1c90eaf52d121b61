#pragma once

#include "Command.h"
#include "ConnectionOptions.h"
#include "ResultOutput.h"
#include "SearchJob.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <memory>

class QNetworkAccessManager;
class QuotaCounter;
class ResultClient;

// `search`: fetches results by TRF number or date range and writes them as JSON or CSV.
class SearchCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchCommand)

public:
    SearchCommand(CliContext &context, QObject *parent = nullptr);
    ~SearchCommand() override;

    static void registerIn(CommandRegistry &registry);

    void start(const QStringList &arguments) override;
    void interrupt() override;

    // "YYYY-MM-DDThh:mm:ss" (UTC) or "YYYY-MM-DD" (the day's first second, or its last when
    // `endOfDay`); an invalid date-time otherwise.
    static QDateTime parseDateTime(const QString &text, bool endOfDay);

private:
    bool prepare(const QStringList &arguments);
    void completeConnection();
    void startSearch();
    void usageError(const QString &message);
    void onPage(const QList<CandidateResult> &records);
    void onProgress(const JobProgress &progress);
    void onWarning(const QString &message);
    void onFinished(const JobOutcome &outcome);
    void done(int exitCode);

    QNetworkAccessManager *m_network = nullptr;
    std::unique_ptr<QuotaCounter> m_quota;
    ResultClient *m_client = nullptr;
    std::unique_ptr<ResultOutput> m_output;
    QList<SearchQuery> m_queries;
    ConnectionOptions m_connectionOptions;
    Connection m_connection;
    JobOptions m_options;
    QString m_outputPath;
    bool m_quiet = false;
    bool m_showProgress = false;
    bool m_done = false;
    bool m_outputFailed = false;
    QElapsedTimer m_progressClock;
};
