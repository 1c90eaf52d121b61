#pragma once

#include <QSortFilterProxyModel>

#include <optional>

// The batch table as the person narrows it: one outcome (or the rows below the programme's
// requirements) and a quick text filter over every column.
class BatchFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchFilterModel)

public:
    // What the outcome filter keeps: every row, one Reconciliation::Outcome, or the rows that fall
    // short of the requirements.
    enum class Show
    {
        All,
        Outcome,
        BelowRequirements,
        NotYetChecked,
    };

    explicit BatchFilterModel(QObject *parent = nullptr);

    void showAll();
    void showOutcome(int outcome);
    void showBelowRequirements();
    void showNotYetChecked();
    void setText(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Show m_show = Show::All;
    int m_outcome = -1;
    QString m_text;
};
