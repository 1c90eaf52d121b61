#pragma once

#include <QByteArray>
#include <QImage>

// Passport-style portraits for the generated records: a fixed pool of distinct faces, drawn with
// QPainter (shapes only, no text, so no font database is needed) and encoded as JPEG once per
// process, on first use. Safe to call from any thread.
namespace SandboxPortraits {
inline constexpr int poolSize = 64;
inline constexpr int width = 240;
inline constexpr int height = 300;

// The portrait of `slot` (taken modulo poolSize), drawn afresh.
QImage draw(int slot);
// The JPEG bytes of `slot`, about 8 KB, cached.
QByteArray jpeg(int slot);
// jpeg(slot) as base64 text, cached.
QByteArray base64(int slot);
} // namespace SandboxPortraits
