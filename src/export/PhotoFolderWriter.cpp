#include "PhotoFolderWriter.h"

#include "ExportMonitor.h"
#include "PhotoFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

ExportOutcome PhotoFolderWriter::write(const QString &folder, const QList<CandidateResult> &records,
                                       ExportMonitor &monitor)
{
    ExportOutcome outcome;
    outcome.status = ExportOutcome::Status::Failed;
    monitor.setTotal(records.size());
    if (folder.isEmpty()) {
        outcome.message = tr("Choose a folder for the photos.");
        return outcome;
    }
    const QString path = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(path).exists() && !QFileInfo(path).isDir()) {
        outcome.message = tr("\"%1\" is a file, not a folder.").arg(native(path));
        return outcome;
    }
    if (!QDir().mkpath(path)) {
        outcome.message = tr("The folder \"%1\" could not be created.").arg(native(path));
        return outcome;
    }
    {
        // A folder that cannot take a file fails once, plainly, not once per photo.
        QTemporaryFile probe(path + QStringLiteral("/.ielts-photos-XXXXXX"));
        if (!probe.open()) {
            outcome.message =
                tr("Cannot write to the folder \"%1\": %2").arg(native(path), probe.errorString());
            return outcome;
        }
    }

    QStringList written;
    QString firstError;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const CandidateResult &record = records.at(i);
        if (record.photo().isEmpty()) {
            ++outcome.withoutPhoto;
        } else {
            const QString target = PhotoFiles::freePathIn(path, record);
            QString error;
            if (PhotoFiles::writePhoto(record, target, &error)) {
                written.append(target);
                if (QFileInfo(target).fileName() != PhotoFiles::fileNameFor(record))
                    ++outcome.photosRenamed;
            } else {
                ++outcome.photosFailed;
                if (firstError.isEmpty())
                    firstError = error;
            }
        }
        if (!monitor.advance(i + 1)) {
            for (const QString &file : std::as_const(written))
                QFile::remove(file);
            outcome.status = ExportOutcome::Status::Canceled;
            outcome.message = tr("The export was canceled; no photo was kept.");
            return outcome;
        }
    }

    outcome.photosWritten = int(written.size());
    outcome.records = records.size();
    outcome.path = path;
    const bool nothingSaved = written.isEmpty() && outcome.photosFailed > 0;
    outcome.status =
        nothingSaved ? ExportOutcome::Status::Failed : ExportOutcome::Status::Succeeded;

    QStringList parts;
    parts << tr("Saved %n photo(s) to \"%1\".", nullptr, outcome.photosWritten).arg(native(path));
    if (outcome.photosRenamed > 0)
        parts << tr("%n of them under a new name, because a file of the same name was already "
                    "there.",
                    nullptr, outcome.photosRenamed);
    if (outcome.withoutPhoto > 0)
        parts << tr("%n result(s) had no photo.", nullptr, outcome.withoutPhoto);
    if (outcome.photosFailed > 0)
        parts << tr("%n photo(s) could not be saved: %1", nullptr, outcome.photosFailed)
                     .arg(firstError);
    outcome.message = parts.join(u' ');
    return outcome;
}
