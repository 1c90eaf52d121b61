#pragma once

#include "BatchReport.h"
#include "ResultColumns.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// The table the tabular reconciliation reports (CSV, Excel) write, so that both have the same
// columns in the same order: the verdict's, the applicant's own as read, then the result's with
// headers that cannot be taken for the applicant's.
class BatchReportTable final
{
    Q_DECLARE_TR_FUNCTIONS(BatchReportTable)

public:
    enum class Kind
    {
        Outcome,
        MismatchedFields,
        Details,
        Requirements,
        Notes,
        Applicant, // `index` is the applicant's cell
        Result,    // `index` is a ResultColumns::Column
    };
    struct Column
    {
        Kind kind = Kind::Outcome;
        int index = -1;
        QString header;
    };

    explicit BatchReportTable(const BatchReportContent &content);

    const QList<Column> &columns() const { return m_columns; }
    QStringList headers() const;
    // A cell as text: empty where the entry has nothing for the column.
    QString text(const Reconciliation::Entry &entry, const Column &column) const;
    QStringList row(const Reconciliation::Entry &entry) const;

    // The result's columns a report carries: every column but the photo.
    static QList<ResultColumns::Column> resultColumns();
    // The difference text, or the reason for an Error.
    static QString details(const Reconciliation::Verdict &verdict);
    // Translated "Met" or "Not met: <failures>" ("Not checked" without a released result);
    // empty when no requirements were set.
    static QString requirementsText(const Reconciliation::Verdict &verdict, bool requirementsSet);
    static QString notes(const Reconciliation::Verdict &verdict);

private:
    QList<Column> m_columns;
    bool m_requirementsSet = false;
};
