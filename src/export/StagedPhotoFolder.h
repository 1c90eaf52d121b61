#pragma once

#include "ExportOptions.h"

#include "CandidateResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QTemporaryDir;

// Photos saved into a folder while results arrive page by page: each one is written at once to
// a hidden staging folder inside the target (so memory holds no more than a page), a later
// version of a record replaces the earlier one, and commit() moves them into place as
// <TRF>.<ext>, never over an existing file. Discarded (or destroyed uncommitted), it leaves
// nothing behind. For runs that may still fail or be interrupted after photos have arrived.
class StagedPhotoFolder final
{
    Q_DECLARE_TR_FUNCTIONS(StagedPhotoFolder)

public:
    explicit StagedPhotoFolder(const QString &folder);
    ~StagedPhotoFolder();
    StagedPhotoFolder(const StagedPhotoFolder &) = delete;
    StagedPhotoFolder &operator=(const StagedPhotoFolder &) = delete;

    // Creates the folder when needed, and the staging folder in it.
    bool open(QString *error);
    bool add(const QList<CandidateResult> &records, QString *error);
    // Moves the photos into the folder; the outcome counts them and says so in plain words.
    ExportOutcome commit();
    void discard();

private:
    struct Entry
    {
        QString stagedPath; // empty: the record had no photo
        QString fileName;   // <TRF>.<ext>
    };

    QString m_folder;
    std::unique_ptr<QTemporaryDir> m_staging;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_byTrf;
    int m_failed = 0;
    QString m_firstError;
};
