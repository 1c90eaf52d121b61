#pragma once

#include <QtGlobal>

#include <atomic>
#include <functional>

// Progress and cancellation for an export on any thread: writers report each row and stop as soon
// as isCanceled() turns true. Progress is passed on at most a few hundred times per export, so a
// listener on another thread is not flooded.
class ExportMonitor final
{
public:
    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;
    using CancelFunction = std::function<bool()>;

    ExportMonitor() = default;
    ExportMonitor(ProgressFunction progress, CancelFunction isCanceled);
    // Canceled when `flag` turns true (it must outlive the monitor).
    static ExportMonitor withFlag(const std::atomic<bool> *flag, ProgressFunction progress = {});

    void setTotal(qint64 total);
    qint64 total() const { return m_total; }
    // Reports `done` rows of total(); false when the export should stop.
    bool advance(qint64 done);
    bool isCanceled() const;

private:
    ProgressFunction m_progress;
    CancelFunction m_isCanceled;
    qint64 m_total = 0;
    qint64 m_step = 1;
    qint64 m_lastReported = -1;
};
