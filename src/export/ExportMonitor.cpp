#include "ExportMonitor.h"

#include <utility>

ExportMonitor::ExportMonitor(ProgressFunction progress, CancelFunction isCanceled)
    : m_progress(std::move(progress))
    , m_isCanceled(std::move(isCanceled))
{}

ExportMonitor ExportMonitor::withFlag(const std::atomic<bool> *flag, ProgressFunction progress)
{
    return ExportMonitor(std::move(progress),
                         [flag] { return flag && flag->load(std::memory_order_relaxed); });
}

void ExportMonitor::setTotal(qint64 total)
{
    m_total = qMax<qint64>(0, total);
    m_step = qMax<qint64>(1, m_total / 400);
    m_lastReported = -1;
    if (m_progress)
        m_progress(0, m_total);
}

bool ExportMonitor::advance(qint64 done)
{
    if (m_progress && (done - m_lastReported >= m_step || done >= m_total)) {
        m_lastReported = done;
        m_progress(done, m_total);
    }
    return !isCanceled();
}

bool ExportMonitor::isCanceled() const
{
    return m_isCanceled && m_isCanceled();
}
