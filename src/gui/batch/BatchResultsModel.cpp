#include "BatchResultsModel.h"

#include "BatchRun.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

using namespace Qt::StringLiterals;
using Reconciliation::Outcome;

BatchResultsModel::BatchResultsModel(BatchRun *run, QObject *parent)
    : QAbstractTableModel(parent)
    , m_run(run)
{
    connect(m_run, &BatchRun::entriesReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(m_run, &BatchRun::entryChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1)); });
}

void BatchResultsModel::setApplicantHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    endResetModel();
}

int BatchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_run->entries().size());
}

int BatchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : resultColumn() + int(resultColumns().size());
}

const Reconciliation::Entry &BatchResultsModel::entry(int row) const
{
    return m_run->entries().at(row);
}

bool BatchResultsModel::isResolved(int row) const
{
    return m_run->isResolved(row);
}

QString BatchResultsModel::outcomeText(Outcome outcome)
{
    return Reconciliation::outcomeLabel(outcome);
}

QVariant BatchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const Reconciliation::Entry &e = entry(row);

    switch (role) {
    case OutcomeRole:
        return isResolved(row) ? int(e.verdict.outcome) : -1;
    case BelowRequirementsRole:
        return isResolved(row) && e.verdict.requirementsChecked && !e.verdict.meetsRequirements();
    case FilterTextRole: {
        QStringList parts;
        for (int c = 0; c < columnCount(); ++c)
            parts.append(cellText(row, c));
        return parts.join(u'\n');
    }
    default:
        break;
    }

    if (column == OutcomeColumn)
        return outcomeData(row, role);

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return cellText(row, column);
    case Qt::ToolTipRole: {
        const QString text = cellText(row, column);
        return text.size() > 40 || column == DifferencesColumn ? text : QString();
    }
    case SortRole: {
        const int field = column - resultColumn();
        if (field >= 0 && isResolved(row) && e.actual)
            return ResultColumns::sortKey(*e.actual, resultColumns().at(field));
        return cellText(row, column).toCaseFolded();
    }
    case Qt::FontRole:
        if (column == RequirementsColumn && data(index, BelowRequirementsRole).toBool()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant BatchResultsModel::outcomeData(int row, int role) const
{
    const Reconciliation::Entry &e = entry(row);
    const bool resolved = isResolved(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
    case SortRole:
        return cellText(row, OutcomeColumn);
    case Qt::DecorationRole: {
        if (!resolved)
            return {};
        // Each outcome has its own icon next to its word, so colour is never the only signal.
        QStyle *style = QApplication::style();
        switch (e.verdict.outcome) {
        case Outcome::Verified:
            return style->standardIcon(QStyle::SP_DialogApplyButton);
        case Outcome::Mismatch:
            return style->standardIcon(QStyle::SP_MessageBoxWarning);
        case Outcome::NotFound:
            return style->standardIcon(QStyle::SP_MessageBoxQuestion);
        case Outcome::NotReleased:
            return style->standardIcon(QStyle::SP_MessageBoxInformation);
        case Outcome::Error:
            return style->standardIcon(QStyle::SP_MessageBoxCritical);
        }
        return {};
    }
    case Qt::FontRole:
        if (resolved && e.verdict.outcome != Outcome::Verified) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole:
        if (!resolved)
            return {};
        if (e.verdict.outcome == Outcome::Error)
            return e.verdict.errorReason;
        return e.verdict.differenceText();
    default:
        return {};
    }
}

QString BatchResultsModel::requirementsText(const Reconciliation::Verdict &verdict) const
{
    if (!verdict.requirementsChecked)
        return {};
    if (verdict.requirementFailures.isEmpty())
        return tr("Meets the requirements");
    return tr("Below: %1").arg(verdict.requirementFailures.join(u' '));
}

QString BatchResultsModel::cellText(int row, int column) const
{
    const Reconciliation::Entry &e = entry(row);
    const bool resolved = isResolved(row);
    if (column == OutcomeColumn)
        return resolved ? outcomeText(e.verdict.outcome)
                        : (m_run->isRunning() ? tr("Checking…") : tr("Not checked"));
    if (!resolved && column < FixedColumnCount)
        return {};
    switch (column) {
    case DifferencesColumn:
        return e.verdict.outcome == Outcome::Error ? e.verdict.errorReason
                                                   : e.verdict.differenceText();
    case RequirementsColumn:
        return requirementsText(e.verdict);
    case NotesColumn:
        return e.verdict.notes.join(u' ');
    default:
        break;
    }
    const int applicantColumn = column - FixedColumnCount;
    if (applicantColumn < m_headers.size())
        return e.applicant.cells.value(applicantColumn);
    const int field = column - resultColumn();
    if (!resolved || !e.actual || field < 0 || field >= resultColumns().size())
        return {};
    return ResultColumns::text(*e.actual, resultColumns().at(field));
}

const QList<ResultColumns::Column> &BatchResultsModel::resultColumns()
{
    static const QList<ResultColumns::Column> columns = {
        ResultColumns::TrfNumber,   ResultColumns::FamilyName, ResultColumns::FirstName,
        ResultColumns::DateOfBirth, ResultColumns::TestDate,   ResultColumns::Listening,
        ResultColumns::Reading,     ResultColumns::Writing,    ResultColumns::Speaking,
        ResultColumns::Overall,     ResultColumns::Status};
    return columns;
}

QVariant BatchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case OutcomeColumn:
        return tr("Outcome");
    case DifferencesColumn:
        return tr("Differences");
    case RequirementsColumn:
        return tr("Requirements");
    case NotesColumn:
        return tr("Notes");
    default:
        break;
    }
    const int applicantColumn = section - FixedColumnCount;
    if (applicantColumn < m_headers.size())
        return m_headers.at(applicantColumn);
    const int field = section - resultColumn();
    if (field < 0 || field >= resultColumns().size())
        return {};
    //: A column of the batch table holding what the service has for the TRF number, next to the
    //: applicant's claim.
    return tr("Result: %1").arg(ResultColumns::title(resultColumns().at(field)));
}
