#include "StagedFile.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
} // namespace

StagedFile::StagedFile(const QString &targetPath, bool replaceExisting)
    : m_target(targetPath.isEmpty() ? QString() : QFileInfo(targetPath).absoluteFilePath())
    , m_replace(replaceExisting)
{}

StagedFile::~StagedFile()
{
    discard();
}

QString StagedFile::checkTarget(const QString &targetPath, bool replaceExisting)
{
    if (targetPath.isEmpty())
        return tr("Choose a file to export to.");
    const QFileInfo target(targetPath);
    if (target.isDir())
        return tr("\"%1\" is a folder. Choose a file name.").arg(native(targetPath));
    if (!QFileInfo(target.absolutePath()).isDir())
        return tr("The folder \"%1\" does not exist.").arg(native(target.absolutePath()));
    if (target.exists() && !replaceExisting)
        return tr("\"%1\" already exists and was left as it is.").arg(native(targetPath));
    return {};
}

bool StagedFile::open(QString *error)
{
    discard();
    m_committed = false;
    if (const QString reason = checkTarget(m_target, m_replace); !reason.isEmpty()) {
        *error = reason;
        return false;
    }
    const QFileInfo target(m_target);
    // In the target's own folder, so that the final move is a rename on the same file system.
    m_file = std::make_unique<QTemporaryFile>(target.absolutePath() + u"/." + target.fileName() +
                                              QStringLiteral(".XXXXXX.part"));
    if (!m_file->open()) {
        *error = tr("Cannot write to the folder \"%1\": %2")
                     .arg(native(target.absolutePath()), m_file->errorString());
        m_file.reset();
        return false;
    }
    m_file->setAutoRemove(false); // removed by discard(), kept by a successful commit()
    m_stagingPath = m_file->fileName();
    return true;
}

QFile *StagedFile::device() const
{
    return m_file && m_file->isOpen() ? m_file.get() : nullptr;
}

void StagedFile::closeDevice()
{
    if (m_file)
        m_file->close();
}

bool StagedFile::commit(QString *error)
{
    if (m_stagingPath.isEmpty()) {
        *error = tr("The export file was not created.");
        return false;
    }
    if (m_file && m_file->isOpen()) {
        const bool flushed = m_file->flush();
        const QString reason = m_file->errorString();
        m_file->close();
        if (!flushed || m_file->error() != QFileDevice::NoError) {
            *error = tr("Writing \"%1\" failed: %2").arg(native(m_target), reason);
            discard();
            return false;
        }
    }

    const QFileInfo existing(m_target);
    const bool replacing = existing.exists();
    if (replacing && !m_replace) {
        *error = tr("\"%1\" already exists and was left as it is.").arg(native(m_target));
        discard();
        return false;
    }
    // A temporary file is private to its owner; the export gets the permissions of the file it
    // replaces, or those of an ordinary new document.
    QFile::setPermissions(m_stagingPath, replacing
                                             ? existing.permissions()
                                             : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                   QFileDevice::ReadUser | QFileDevice::WriteUser |
                                                   QFileDevice::ReadGroup | QFileDevice::ReadOther);

    bool moved = false;
    QString reason;
    if (m_replace) {
        // rename() replaces the target in one step, so readers see the old file or the new one.
        std::error_code ec;
        std::filesystem::rename(std::filesystem::path(m_stagingPath.toStdU16String()),
                                std::filesystem::path(m_target.toStdU16String()), ec);
        moved = !ec;
        reason = QString::fromLocal8Bit(ec.message());
    } else {
        // QFile::rename() never replaces an existing file.
        QFile staged(m_stagingPath);
        moved = staged.rename(m_target);
        reason = QFileInfo::exists(m_target) ? tr("a file with that name appeared meanwhile")
                                             : staged.errorString();
    }
    if (!moved) {
        *error = tr("Cannot write \"%1\": %2").arg(native(m_target), reason);
        discard();
        return false;
    }
    m_file.reset();
    m_stagingPath.clear();
    m_committed = true;
    return true;
}

void StagedFile::discard()
{
    if (m_file)
        m_file->close();
    m_file.reset();
    if (!m_stagingPath.isEmpty() && !m_committed)
        QFile::remove(m_stagingPath);
    m_stagingPath.clear();
}
