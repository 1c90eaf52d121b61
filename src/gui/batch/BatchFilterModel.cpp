#include "BatchFilterModel.h"

#include "BatchResultsModel.h"

BatchFilterModel::BatchFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(BatchResultsModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    // Rows change as answers arrive; the filter must follow them.
    setDynamicSortFilter(true);
}

void BatchFilterModel::showAll()
{
    m_show = Show::All;
    invalidateFilter();
}

void BatchFilterModel::showOutcome(int outcome)
{
    m_show = Show::Outcome;
    m_outcome = outcome;
    invalidateFilter();
}

void BatchFilterModel::showBelowRequirements()
{
    m_show = Show::BelowRequirements;
    invalidateFilter();
}

void BatchFilterModel::showNotYetChecked()
{
    m_show = Show::NotYetChecked;
    invalidateFilter();
}

void BatchFilterModel::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool BatchFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    switch (m_show) {
    case Show::All:
        break;
    case Show::Outcome:
        if (index.data(BatchResultsModel::OutcomeRole).toInt() != m_outcome)
            return false;
        break;
    case Show::BelowRequirements:
        if (!index.data(BatchResultsModel::BelowRequirementsRole).toBool())
            return false;
        break;
    case Show::NotYetChecked:
        if (index.data(BatchResultsModel::OutcomeRole).toInt() != -1)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    return index.data(BatchResultsModel::FilterTextRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}
