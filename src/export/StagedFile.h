#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QFile;
class QTemporaryFile;

// A file written under a temporary name in its target's folder and moved into place only by
// commit(), so that a failed or canceled export never leaves a partial file behind. A file that
// already exists at the target is replaced only when the caller says the user agreed; otherwise
// the move refuses to clobber it, even one that appeared while the export ran.
class StagedFile final
{
    Q_DECLARE_TR_FUNCTIONS(StagedFile)

public:
    StagedFile(const QString &targetPath, bool replaceExisting);
    ~StagedFile(); // discards unless committed
    StagedFile(const StagedFile &) = delete;
    StagedFile &operator=(const StagedFile &) = delete;

    // Checks the target and creates the temporary file, open for writing. False with a
    // translated reason.
    bool open(QString *error);
    // The temporary file, open for writing; null before open() or after closeDevice().
    QFile *device() const;
    // For writers that open the file by name (libxlsxwriter, QPdfWriter): closes the device and
    // keeps the temporary file, which they may truncate and write.
    void closeDevice();
    QString stagingPath() const { return m_stagingPath; }
    QString targetPath() const { return m_target; }

    // Moves the finished file into place. False with a translated reason; the temporary file is
    // removed either way.
    bool commit(QString *error);
    void discard();

    // The reason an export cannot go to `targetPath`, or an empty string when it can.
    static QString checkTarget(const QString &targetPath, bool replaceExisting);

private:
    QString m_target;
    bool m_replace;
    std::unique_ptr<QTemporaryFile> m_file;
    QString m_stagingPath;
    bool m_committed = false;
};
