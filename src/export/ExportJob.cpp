#include "ExportJob.h"

#include "ExportMonitor.h"
#include "ResultExporter.h"

#include <QPromise>
#include <QtConcurrent>

#include <climits>

ExportJob::ExportJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<void>::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &ExportJob::onFinished);
}

ExportJob::~ExportJob()
{
    m_watcher.disconnect(this);
    if (m_running) {
        m_watcher.cancel();
        m_watcher.waitForFinished();
    }
}

bool ExportJob::start(const ExportContent &content, const ExportOptions &options)
{
    return startWork(
        [content, options](const ProgressFunction &progress, const CancelFunction &isCanceled) {
            ExportMonitor monitor(progress, isCanceled);
            return ResultExporter::run(content, options, monitor);
        });
}

bool ExportJob::start(const BatchReportContent &content, const ExportOptions &options)
{
    return startWork(
        [content, options](const ProgressFunction &progress, const CancelFunction &isCanceled) {
            return BatchReport::write(content, options, progress, isCanceled);
        });
}

bool ExportJob::startWork(Work work)
{
    if (m_running)
        return false;
    m_running = true;
    m_outcome = {};
    // What is reported when the export is canceled before the worker even starts.
    auto result = std::make_shared<ExportOutcome>();
    result->status = ExportOutcome::Status::Canceled;
    result->message = tr("The export was canceled; no file was written.");
    m_result = result;
    // The outcome travels beside the future: a canceled future drops its results, but a
    // worker that had already moved its file into place must still say so.
    m_watcher.setFuture(
        QtConcurrent::run(&m_pool, [work = std::move(work), result](QPromise<void> &promise) {
            *result = work(
                [&promise](qint64 done, qint64 total) {
                    if (done == 0)
                        promise.setProgressRange(0, int(std::min<qint64>(total, INT_MAX)));
                    promise.setProgressValue(int(std::min<qint64>(done, INT_MAX)));
                },
                [&promise] { return promise.isCanceled(); });
        }));
    return true;
}

void ExportJob::cancel()
{
    if (m_running)
        m_watcher.cancel();
}

void ExportJob::onFinished()
{
    m_running = false;
    m_outcome = m_result ? *m_result : ExportOutcome();
    m_result.reset();
    if (m_outcome.status == ExportOutcome::Status::Failed && m_outcome.message.isEmpty())
        m_outcome.message = tr("The export stopped unexpectedly; no file was written.");
    Q_EMIT finished(m_outcome.succeeded(), m_outcome.message, m_outcome.path);
}
