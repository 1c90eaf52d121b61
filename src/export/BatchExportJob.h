#pragma once

#include "BatchReport.h"
#include "ExportOptions.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <memory>

// Writes a reconciliation report off the GUI thread, with the same shape as ExportJob so that a
// window treats both alike: progress() while it runs, cancel() stops it at the next applicant,
// finished() once the worker is done (by then a canceled or failed report has removed its
// temporary file).
class BatchExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchExportJob)

public:
    explicit BatchExportJob(QObject *parent = nullptr);
    // Cancels a running report and waits for the worker to stop.
    ~BatchExportJob() override;

    // False (and nothing happens) while another report is being written.
    bool start(const BatchReportContent &content, const ExportOptions &options);
    bool isRunning() const { return m_running; }
    void cancel();
    // The last finished report's details.
    const ExportOutcome &outcome() const { return m_outcome; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool success, const QString &message, const QString &path);

private:
    void onFinished();

    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<ExportOutcome> m_result;
    ExportOutcome m_outcome;
    bool m_running = false;
};
