#pragma once

#include "BatchReport.h"
#include "ExportOptions.h"
#include "ExportRequest.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <functional>
#include <memory>

// Runs one export (search results or a batch's reconciliation) off the GUI thread and reports
// its progress. cancel() stops it at the next row;
// finished() comes once the worker is done, so by then a canceled or failed export has removed
// its temporary file.
class ExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportJob)

public:
    explicit ExportJob(QObject *parent = nullptr);
    // Cancels a running export and waits for the worker to stop.
    ~ExportJob() override;

    // False (and nothing happens) while another export runs.
    bool start(const ExportContent &content, const ExportOptions &options);
    bool start(const BatchReportContent &content, const ExportOptions &options);
    bool isRunning() const { return m_running; }
    void cancel();
    // The last finished export's details (photo counts, ...).
    const ExportOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool success, const QString &message, const QString &path);

private:
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;
    using CancelFunction = std::function<bool()>;
    using Work = std::function<ExportOutcome(const ProgressFunction &, const CancelFunction &)>;
    bool startWork(Work work);
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<ExportOutcome> m_result;
    ExportOutcome m_outcome;
    bool m_running = false;
};
