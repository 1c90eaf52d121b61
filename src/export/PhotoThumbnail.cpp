#include "PhotoThumbnail.h"

#include <QBuffer>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace PhotoThumbnail {

QImage decode(const QByteArray &photo, QSize box)
{
    if (photo.isEmpty() || box.isEmpty())
        return {};
    QByteArray bytes = photo; // shared, not copied: QBuffer only reads
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::ReadOnly))
        return {};
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.width() > maxImageSide || declared.height() > maxImageSide)
        return {};
    QSize target = declared;
    if (target.width() > box.width() || target.height() > box.height())
        target = declared.scaled(box, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    reader.setScaledSize(target);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    return image;
}

QByteArray toJpeg(const QImage &source, int quality)
{
    if (source.isNull())
        return {};
    QImage image = source;
    if (image.hasAlphaChannel()) {
        // JPEG has no transparency: put the photo on white, as it would show on a page.
        QImage opaque(image.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, image);
        painter.end();
        image = opaque;
    }
    constexpr int dotsPerMeterAt96Dpi = 3780;
    image.setDotsPerMeterX(dotsPerMeterAt96Dpi);
    image.setDotsPerMeterY(dotsPerMeterAt96Dpi);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return out;
}

} // namespace PhotoThumbnail
