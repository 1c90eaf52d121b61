#pragma once

#include <QSortFilterProxyModel>

// Sorts results by value (scores as numbers, dates as dates) and filters them by a quick search
// over every text column.
class ResultsFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsFilterModel)

public:
    explicit ResultsFilterModel(QObject *parent = nullptr);

    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_terms;
    QString m_filter;
};
