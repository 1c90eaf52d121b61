#include "BatchRun.h"

#include <QSet>

#include <algorithm>

BatchRun::BatchRun(QNetworkAccessManager *network, TokenProvider *tokens, QuotaCounter *quota,
                   QObject *parent)
    : QObject(parent)
    , m_verifier(new BatchVerifier(network, tokens, quota, this))
{
    connect(m_verifier, &BatchVerifier::resolved, this, &BatchRun::onResolved);
    connect(m_verifier, &BatchVerifier::progress, this, &BatchRun::progress);
    connect(m_verifier, &BatchVerifier::warning, this, &BatchRun::warning);
    connect(m_verifier, &BatchVerifier::finished, this, &BatchRun::finished);
}

BatchRun::~BatchRun() = default;

QList<Reconciliation::Entry> BatchRun::initialEntries(const ApplicantTable &table,
                                                      const PreparedBatch &batch)
{
    QList<Reconciliation::Entry> entries;
    entries.reserve(batch.applicants.size() + batch.rejected.size());
    for (const Applicant &applicant : batch.applicants)
        entries.append({applicant, {}, std::nullopt});
    for (const RejectedRow &rejected : batch.rejected) {
        Applicant applicant;
        applicant.row = rejected.row;
        applicant.sourceLine = rejected.sourceLine;
        applicant.trf = rejected.trfText;
        applicant.cells = table.rows.value(rejected.row);
        entries.append({applicant, Reconciliation::error(rejected.reason), std::nullopt});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Reconciliation::Entry &a, const Reconciliation::Entry &b) {
                         return a.applicant.row < b.applicant.row;
                     });
    return entries;
}

bool BatchRun::start(const ApplicantTable &table, const PreparedBatch &batch,
                     const Connection &connection, const BatchVerifier::Options &options)
{
    if (isRunning())
        return false;
    m_entries = initialEntries(table, batch);
    m_state.clear();
    m_byTrf.clear();

    QSet<int> rejectedRows;
    for (const RejectedRow &rejected : batch.rejected)
        rejectedRows.insert(rejected.row);
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const bool rejected = rejectedRows.contains(m_entries.at(i).applicant.row);
        m_state.append(rejected ? State::Rejected : State::Pending);
        if (!rejected)
            m_byTrf[m_entries.at(i).applicant.trf].append(int(i));
    }
    Q_EMIT entriesReset();
    Q_EMIT started(int(m_entries.size()));
    return m_verifier->start(batch.distinctTrfs, connection, options);
}

bool BatchRun::retryFailed(const Connection &connection, const BatchVerifier::Options &options)
{
    if (isRunning())
        return false;
    QStringList trfs;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_state.at(i) != State::LookupFailed)
            continue;
        const QString &trf = m_entries.at(i).applicant.trf;
        if (!trfs.contains(trf))
            trfs.append(trf);
        m_state[i] = State::Pending;
        m_entries[i].verdict = {};
        Q_EMIT entryChanged(int(i));
    }
    if (trfs.isEmpty())
        return false;
    return m_verifier->start(trfs, connection, options);
}

void BatchRun::cancel()
{
    m_verifier->cancel();
}

bool BatchRun::isRunning() const
{
    return m_verifier->isRunning();
}

int BatchRun::failedLookups() const
{
    return int(std::count(m_state.cbegin(), m_state.cend(), State::LookupFailed));
}

void BatchRun::setRequirements(const ProgrammeRequirements &requirements, const QDate &today)
{
    m_requirements = requirements;
    m_today = today;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_state.at(i) == State::Resolved) {
            evaluate(int(i));
            Q_EMIT entryChanged(int(i));
        }
    }
}

QList<Reconciliation::Entry> BatchRun::resolvedEntries() const
{
    QList<Reconciliation::Entry> resolved;
    resolved.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_state.at(i) != State::Pending)
            resolved.append(m_entries.at(i));
    }
    return resolved;
}

Reconciliation::Summary BatchRun::summary() const
{
    return Reconciliation::summarise(resolvedEntries());
}

void BatchRun::onResolved(const TrfLookup &lookup)
{
    const QList<int> indexes = m_byTrf.value(lookup.trf);
    for (int index : indexes) {
        if (lookup.state == TrfLookup::State::Failed) {
            m_state[index] = State::LookupFailed;
            const QString reason = lookup.error.advice.isEmpty()
                                       ? lookup.error.message
                                       : lookup.error.message + u' ' + lookup.error.advice;
            m_entries[index].verdict = Reconciliation::error(reason);
            m_entries[index].actual.reset();
        } else {
            m_state[index] = State::Resolved;
            m_entries[index].actual = lookup.result;
            evaluate(index);
        }
        Q_EMIT entryChanged(index);
    }
}

void BatchRun::evaluate(int index)
{
    Reconciliation::Entry &entry = m_entries[index];
    const CandidateResult *actual = entry.actual ? &*entry.actual : nullptr;
    entry.verdict = Reconciliation::verify(entry.applicant, actual, m_requirements, m_today);
}
