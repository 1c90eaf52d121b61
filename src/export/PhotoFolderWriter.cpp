#include "PhotoFolderWriter.h"

#include "ExportMonitor.h"
#include "StagedPhotoFolder.h"

ExportOutcome PhotoFolderWriter::write(const QString &folder, const QList<CandidateResult> &records,
                                       ExportMonitor &monitor)
{
    ExportOutcome outcome;
    monitor.setTotal(records.size());
    if (folder.isEmpty()) {
        outcome.message = tr("Choose a folder for the photos.");
        return outcome;
    }
    // Staged, so that a cancel keeps nothing and a finished export never overwrites a file.
    StagedPhotoFolder photos(folder);
    QString error;
    if (!photos.open(&error)) {
        outcome.message = error;
        return outcome;
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!photos.add({records.at(i)}, &error)) {
            outcome.message = error;
            return outcome;
        }
        if (!monitor.advance(i + 1)) {
            photos.discard();
            outcome.status = ExportOutcome::Status::Canceled;
            outcome.message = tr("The export was canceled; no photo was kept.");
            return outcome;
        }
    }
    return photos.commit();
}
