#pragma once

#include "Reconciliation.h"
#include "ResultColumns.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

class BatchRun;

// A batch's applicants as a table, the outcome first, then the differences, the requirements and
// the notes, then the applicant's own columns as read, then what the service holds. Rows follow
// the list's order and change in place as the answers arrive.
class BatchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchResultsModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        OutcomeRole, // int(Reconciliation::Outcome), or -1 while the row waits for its answer
        BelowRequirementsRole, // true when the result falls short of the programme's requirements
        FilterTextRole,
    };
    enum FixedColumn
    {
        OutcomeColumn,
        DifferencesColumn,
        RequirementsColumn,
        NotesColumn,
        FixedColumnCount
    };

    explicit BatchResultsModel(BatchRun *run, QObject *parent = nullptr);

    void setApplicantHeaders(const QStringList &headers);
    const QStringList &applicantHeaders() const { return m_headers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const Reconciliation::Entry &entry(int row) const;
    bool isResolved(int row) const;

    static QString outcomeText(Reconciliation::Outcome outcome);

private:
    // What the service holds, shown after the applicant's columns.
    static const QList<ResultColumns::Column> &resultColumns();
    QVariant outcomeData(int row, int role) const;
    QString requirementsText(const Reconciliation::Verdict &verdict) const;
    QString cellText(int row, int column) const;
    int resultColumn() const { return FixedColumnCount + int(m_headers.size()); }

    BatchRun *m_run;
    QStringList m_headers;
};
