#include "StagedPhotoFolder.h"

#include "PhotoFiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// <name>, else "<base> (2).<ext>" and so on: a name not taken in `folder`.
QString freePath(const QDir &folder, const QString &fileName)
{
    const QFileInfo info(fileName);
    QString path = folder.filePath(fileName);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = folder.filePath(
            QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    return path;
}
} // namespace

StagedPhotoFolder::StagedPhotoFolder(const QString &folder)
    : m_folder(QFileInfo(folder).absoluteFilePath())
{}

StagedPhotoFolder::~StagedPhotoFolder()
{
    discard();
}

bool StagedPhotoFolder::open(QString *error)
{
    discard();
    if (QFileInfo(m_folder).exists() && !QFileInfo(m_folder).isDir()) {
        *error = tr("\"%1\" is a file, not a folder.").arg(native(m_folder));
        return false;
    }
    if (!QDir().mkpath(m_folder)) {
        *error = tr("The folder \"%1\" could not be created.").arg(native(m_folder));
        return false;
    }
    m_staging = std::make_unique<QTemporaryDir>(m_folder + QStringLiteral("/.ielts-photos-XXXXXX"));
    if (!m_staging->isValid()) {
        *error = tr("Cannot write to the folder \"%1\": %2")
                     .arg(native(m_folder), m_staging->errorString());
        m_staging.reset();
        return false;
    }
    return true;
}

bool StagedPhotoFolder::add(const QList<CandidateResult> &records, QString *error)
{
    if (!m_staging) {
        *error = tr("The photos folder was not opened.");
        return false;
    }
    for (const CandidateResult &record : records) {
        Entry entry;
        entry.fileName = PhotoFiles::fileNameFor(record);
        if (!record.photo().isEmpty()) {
            // Named by position, so that two records with the same file name cannot collide.
            entry.stagedPath = m_staging->filePath(QString::number(m_entries.size()));
            QString writeError;
            if (!PhotoFiles::writePhoto(record, entry.stagedPath, &writeError)) {
                // A folder that takes no photo at all is an error; a single failure is counted.
                if (m_entries.isEmpty() && m_failed == 0) {
                    *error = writeError;
                    return false;
                }
                ++m_failed;
                if (m_firstError.isEmpty())
                    m_firstError = writeError;
                entry.stagedPath.clear();
                continue;
            }
        }
        const QString key = record.trfNumber();
        const auto earlier = key.isEmpty() ? m_byTrf.end() : m_byTrf.find(key);
        if (earlier != m_byTrf.end()) {
            Entry &old = m_entries[*earlier];
            if (!old.stagedPath.isEmpty())
                QFile::remove(old.stagedPath);
            old.stagedPath.clear();
            old.fileName.clear(); // superseded: neither a photo nor a record without one
        }
        if (!key.isEmpty())
            m_byTrf.insert(key, m_entries.size());
        m_entries.append(entry);
    }
    return true;
}

ExportOutcome StagedPhotoFolder::commit()
{
    ExportOutcome outcome;
    outcome.path = m_folder;
    if (!m_staging) {
        outcome.message = tr("The photos folder was not opened.");
        return outcome;
    }
    const QDir folder(m_folder);
    for (const Entry &entry : std::as_const(m_entries)) {
        if (entry.fileName.isEmpty())
            continue;
        ++outcome.records;
        if (entry.stagedPath.isEmpty()) {
            ++outcome.withoutPhoto;
            continue;
        }
        const QString target = freePath(folder, entry.fileName);
        // QFile::rename() never replaces an existing file.
        if (QFile::rename(entry.stagedPath, target)) {
            ++outcome.photosWritten;
            if (QFileInfo(target).fileName() != entry.fileName)
                ++outcome.photosRenamed;
        } else {
            ++m_failed;
            if (m_firstError.isEmpty())
                m_firstError = tr("Could not save the photo to %1.").arg(native(target));
        }
    }
    outcome.photosFailed = m_failed;
    outcome.records += m_failed;
    outcome.status = outcome.photosWritten == 0 && m_failed > 0 ? ExportOutcome::Status::Failed
                                                                : ExportOutcome::Status::Succeeded;
    QStringList parts;
    parts
        << tr("Saved %n photo(s) to \"%1\".", nullptr, outcome.photosWritten).arg(native(m_folder));
    if (outcome.photosRenamed > 0)
        parts << tr("%n of them under a new name, because a file of the same name was already "
                    "there.",
                    nullptr, outcome.photosRenamed);
    if (outcome.withoutPhoto > 0)
        parts << tr("%n result(s) had no photo.", nullptr, outcome.withoutPhoto);
    if (m_failed > 0)
        parts << tr("%n photo(s) could not be saved: %1", nullptr, m_failed).arg(m_firstError);
    outcome.message = parts.join(u' ');
    discard();
    return outcome;
}

void StagedPhotoFolder::discard()
{
    m_staging.reset(); // removes the staging folder and whatever is left in it
    m_entries.clear();
    m_byTrf.clear();
    m_failed = 0;
    m_firstError.clear();
}
