#pragma once

#include <QByteArray>
#include <QImage>
#include <QSize>

// Candidate photos decoded for exports: scaled while decoding, and refused before decoding when
// the image claims an absurd size, so that one hostile photo cannot exhaust memory. Safe on any
// thread.
namespace PhotoThumbnail {

// Largest declared width or height accepted, in pixels.
inline constexpr int maxImageSide = 6000;

// The photo scaled to fit `box` (keeping its proportions); a null image when there is no photo or
// it cannot be decoded.
QImage decode(const QByteArray &photo, QSize box);
// An image as JPEG bytes at 96 dots per inch (which spreadsheet applications use to size an
// image), transparency flattened on white; empty on failure.
QByteArray toJpeg(const QImage &image, int quality = 88);

} // namespace PhotoThumbnail
