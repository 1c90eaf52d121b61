#pragma once

#include "BatchPreparation.h"
#include "BatchVerifier.h"
#include "ProgrammeRequirements.h"
#include "Reconciliation.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>

// Verifies a prepared applicant list: looks up its TRF numbers and turns every answer into the
// verdict of the applicant who gave that number, as the answers arrive. Holds one entry per row
// of the list, in file order; rows that could not be sent are Error entries from the start.
class BatchRun final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchRun)

public:
    BatchRun(QNetworkAccessManager *network, TokenProvider *tokens, QuotaCounter *quota,
             QObject *parent = nullptr);
    ~BatchRun() override;

    // Replaces the entries with the rows of `batch` and starts looking them up. Returns false
    // (and changes nothing) while a run is going on.
    bool start(const ApplicantTable &table, const PreparedBatch &batch,
               const Connection &connection, const BatchVerifier::Options &options);
    // Looks up again the numbers whose lookup failed (not rows that could not be sent).
    bool retryFailed(const Connection &connection, const BatchVerifier::Options &options);
    void cancel();
    bool isRunning() const;
    int failedLookups() const;

    // Verdicts are worked out again for every resolved entry, at once (no request is sent).
    void setRequirements(const ProgrammeRequirements &requirements, const QDate &today);
    const ProgrammeRequirements &requirements() const { return m_requirements; }

    const QList<Reconciliation::Entry> &entries() const { return m_entries; }
    bool isResolved(int index) const { return m_state.value(index) != State::Pending; }
    // The entries of every resolved row; unresolved ones are left out.
    QList<Reconciliation::Entry> resolvedEntries() const;
    Reconciliation::Summary summary() const;

    // The entries for a batch before any answer: rejected rows as Error, the rest pending.
    static QList<Reconciliation::Entry> initialEntries(const ApplicantTable &table,
                                                       const PreparedBatch &batch);

Q_SIGNALS:
    void started(int entries);
    void entryChanged(int index);
    void entriesReset();
    void progress(const BatchProgress &progress);
    void warning(const QString &message);
    void finished(const BatchRunOutcome &outcome);

private:
    enum class State
    {
        Pending,
        Rejected,
        Resolved,
        LookupFailed,
    };
    void onResolved(const TrfLookup &lookup);
    void evaluate(int index);

    BatchVerifier *m_verifier;
    QList<Reconciliation::Entry> m_entries;
    QList<State> m_state;
    QHash<QString, QList<int>> m_byTrf;
    ProgrammeRequirements m_requirements;
    QDate m_today = QDate::currentDate();
};
