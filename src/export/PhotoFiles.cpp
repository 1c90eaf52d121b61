#include "PhotoFiles.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QSaveFile>

namespace PhotoFiles {

QString extensionFor(const CandidateResult &result)
{
    const QString type = result.photoMediaType().toLower().remove(QStringLiteral("image/"));
    if (type == u"jpeg" || type == u"jpg")
        return QStringLiteral("jpg");
    if (type == u"png" || type == u"gif" || type == u"bmp" || type == u"webp" || type == u"tiff")
        return type;
    QByteArray bytes = result.photo();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray sniffed = QImageReader::imageFormat(&buffer).toLower();
    if (sniffed == "jpeg")
        return QStringLiteral("jpg");
    if (!sniffed.isEmpty())
        return QString::fromLatin1(sniffed);
    return QStringLiteral("bin");
}

QString fileNameFor(const CandidateResult &result)
{
    QString base = result.trfNumber();
    // A TRF number is letters and digits; anything else must not reach a file name.
    base.remove(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")));
    if (base.isEmpty())
        base = QStringLiteral("photo");
    return base + u'.' + extensionFor(result);
}

bool writePhoto(const CandidateResult &result, const QString &path, QString *error)
{
    if (result.photo().isEmpty()) {
        *error = QCoreApplication::translate("PhotoFiles", "There is no photo for %1.")
                     .arg(result.trfNumber());
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.photo()) != result.photo().size() ||
        !file.commit()) {
        *error = QCoreApplication::translate("PhotoFiles", "Could not save the photo to %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        file.cancelWriting();
        return false;
    }
    return true;
}

QString freePathIn(const QString &folder, const CandidateResult &result)
{
    const QDir dir(folder);
    const QString name = fileNameFor(result);
    QString candidate = dir.filePath(name);
    const QFileInfo info(name);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = dir.filePath(
            QStringLiteral("%1 (%2).%3").arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    return candidate;
}

} // namespace PhotoFiles
