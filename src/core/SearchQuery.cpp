#include "SearchQuery.h"

#include "ApiDate.h"
#include "Trf.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SearchQuery", text);
}
} // namespace

SearchQuery SearchQuery::forTrf(const QString &trfNumber)
{
    SearchQuery query;
    query.m_kind = Kind::Trf;
    query.m_trf = Trf::normalise(trfNumber);
    return query;
}

SearchQuery SearchQuery::forRange(const QDateTime &start, const QDateTime &end)
{
    SearchQuery query;
    query.m_kind = Kind::DateRange;
    query.m_start = start.isValid() ? start.toUTC() : start;
    query.m_end = end.isValid() ? end.toUTC() : end;
    return query;
}

SearchQuery::Validation SearchQuery::validate(const QDateTime &now) const
{
    Validation v;
    if (m_kind == Kind::Trf) {
        const Trf::Check check = Trf::check(m_trf);
        if (!check.error.isEmpty())
            v.errors.append(check.error);
        if (!check.warning.isEmpty())
            v.warnings.append(check.warning);
    } else {
        if (!m_start.isValid())
            v.errors.append(tr("Enter the start of the date range as YYYY-MM-DDThh:mm:ss (UTC)."));
        if (!m_end.isValid())
            v.errors.append(tr("Enter the end of the date range as YYYY-MM-DDThh:mm:ss (UTC)."));
        if (m_start.isValid() && m_end.isValid()) {
            const qint64 start = m_start.toSecsSinceEpoch();
            const qint64 end = m_end.toSecsSinceEpoch();
            const qint64 nowSecs = now.toSecsSinceEpoch();
            if (start >= end)
                v.errors.append(tr("The start of the date range must be before its end."));
            if (end > nowSecs)
                v.errors.append(
                    QCoreApplication::translate("SearchQuery",
                                                "The end of the date range (%1 UTC) is in the "
                                                "future; the latest possible end is now (%2 UTC).")
                        .arg(ApiDate::formatDateTime(m_end), ApiDate::formatDateTime(now)));
            else if (start > nowSecs)
                v.errors.append(tr("The start of the date range is in the future."));
            if (end - start > 365LL * 24 * 3600 && start < end)
                v.warnings.append(tr("The range is longer than one year; it will be fetched in "
                                     "parts of at most one year each."));
        }
    }
    if (m_pageSize < 1 || m_pageSize > maxPageSize)
        v.errors.append(QCoreApplication::translate(
                            "SearchQuery", "The page size must be between 1 and %1; it is %2.")
                            .arg(maxPageSize)
                            .arg(m_pageSize));
    return v;
}

QString SearchQuery::describe() const
{
    if (m_kind == Kind::Trf)
        return QCoreApplication::translate("SearchQuery", "TRF %1").arg(m_trf);
    return QCoreApplication::translate("SearchQuery", "modified from %1 to %2 UTC")
        .arg(ApiDate::formatDateTime(m_start).replace(u'T', u' '),
             ApiDate::formatDateTime(m_end).replace(u'T', u' '));
}
