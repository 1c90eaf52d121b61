#pragma once

#include "CandidateResult.h"
#include "ResultColumns.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class ThumbnailCache;

// The results of one search as a table: one row a candidate, keyed by TRF number, filled page by
// page while the search runs. Photos appear as thumbnails decoded off the GUI thread.
class ResultsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsModel)

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1, // numbers for scores, dates for dates
        TrfRole,
        NotReleasedRole, // true for a status other than RELEASED
        FilterTextRole,  // the row's text, for the quick filter
    };

    explicit ResultsModel(ThumbnailCache *thumbnails, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Adds new candidates at the end and replaces those already shown (same TRF number).
    void addOrUpdate(const QList<CandidateResult> &results);
    void clear();

    const CandidateResult &result(int row) const { return m_results.at(row); }
    const QList<CandidateResult> &results() const { return m_results; }
    int rowOf(const QString &trfNumber) const { return m_rowByTrf.value(trfNumber, -1); }

private:
    void thumbnailReady(const QString &trfNumber);

    ThumbnailCache *m_thumbnails;
    QList<CandidateResult> m_results;
    QHash<QString, int> m_rowByTrf;
};
