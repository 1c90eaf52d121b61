#include "BatchReportTable.h"

#include <QSet>

#include <algorithm>

using Reconciliation::Entry;
using Reconciliation::Verdict;

BatchReportTable::BatchReportTable(const BatchReportContent &content)
    : m_requirementsSet(!content.requirements.isEmpty())
{
    // "Outcome" and "Mismatched fields" are what other tools look for: never translated.
    m_columns.append({Kind::Outcome, -1, QStringLiteral("Outcome")});
    m_columns.append({Kind::MismatchedFields, -1, QStringLiteral("Mismatched fields")});
    m_columns.append({Kind::Details, -1, tr("Details")});
    m_columns.append({Kind::Requirements, -1, tr("Requirements")});
    m_columns.append({Kind::Notes, -1, tr("Notes")});

    // A row may have more cells than the list has named columns; those get a name of their own.
    qsizetype applicantColumns = content.applicantHeaders.size();
    for (const Entry &entry : content.entries)
        applicantColumns = std::max(applicantColumns, entry.applicant.cells.size());
    QSet<QString> taken;
    for (qsizetype i = 0; i < applicantColumns; ++i) {
        const QString header = i < content.applicantHeaders.size() ? content.applicantHeaders.at(i)
                                                                   : tr("Column %1").arg(i + 1);
        m_columns.append({Kind::Applicant, int(i), header});
        taken.insert(header);
    }
    for (ResultColumns::Column column : resultColumns()) {
        QString header = tr("Result: %1").arg(ResultColumns::title(column));
        // Even a list that has a column named like one of the result's keeps both apart.
        while (taken.contains(header))
            header = tr("Result: %1").arg(header);
        taken.insert(header);
        m_columns.append({Kind::Result, int(column), header});
    }
}

QStringList BatchReportTable::headers() const
{
    QStringList headers;
    headers.reserve(m_columns.size());
    for (const Column &column : m_columns)
        headers.append(column.header);
    return headers;
}

QString BatchReportTable::text(const Entry &entry, const Column &column) const
{
    const Verdict &verdict = entry.verdict;
    switch (column.kind) {
    case Kind::Outcome:
        return Reconciliation::outcomeKey(verdict.outcome);
    case Kind::MismatchedFields:
        return verdict.mismatchedFieldKeys();
    case Kind::Details:
        return details(verdict);
    case Kind::Requirements:
        return requirementsText(verdict, m_requirementsSet);
    case Kind::Notes:
        return notes(verdict);
    case Kind::Applicant:
        return entry.applicant.cells.value(column.index);
    case Kind::Result:
        return entry.actual
                   ? ResultColumns::text(*entry.actual, ResultColumns::Column(column.index))
                   : QString();
    }
    return {};
}

QStringList BatchReportTable::row(const Entry &entry) const
{
    QStringList values;
    values.reserve(m_columns.size());
    for (const Column &column : m_columns)
        values.append(text(entry, column));
    return values;
}

QList<ResultColumns::Column> BatchReportTable::resultColumns()
{
    QList<ResultColumns::Column> columns = ResultColumns::all();
    columns.removeAll(ResultColumns::Photo);
    return columns;
}

QString BatchReportTable::details(const Verdict &verdict)
{
    return verdict.outcome == Reconciliation::Outcome::Error ? verdict.errorReason
                                                             : verdict.differenceText();
}

QString BatchReportTable::requirementsText(const Verdict &verdict, bool requirementsSet)
{
    if (!requirementsSet)
        return {};
    if (!verdict.requirementsChecked)
        return tr("Not checked");
    if (verdict.requirementFailures.isEmpty())
        return tr("Met");
    return tr("Not met: %1").arg(verdict.requirementFailures.join(QStringLiteral("; ")));
}

QString BatchReportTable::notes(const Verdict &verdict)
{
    return verdict.notes.join(QStringLiteral("; "));
}
