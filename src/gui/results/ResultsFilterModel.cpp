#include "ResultsFilterModel.h"

#include "ResultsModel.h"

ResultsFilterModel::ResultsFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResultsModel::SortRole);
    setDynamicSortFilter(true);
}

void ResultsFilterModel::setQuickFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    // Every word must appear somewhere in the row, in any order and case.
    m_terms = text.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ResultsFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_terms.isEmpty())
        return true;
    const QString haystack = sourceModel()
                                 ->index(sourceRow, 0, sourceParent)
                                 .data(ResultsModel::FilterTextRole)
                                 .toString()
                                 .toCaseFolded();
    for (const QString &term : m_terms) {
        if (!haystack.contains(term))
            return false;
    }
    return true;
}
