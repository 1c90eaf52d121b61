#pragma once

#include <QByteArray>

#include <optional>

// Base64 as the service sends photos.
namespace Base64 {

// Standard base64 without line breaks, decoded with a table in one pass: photos are most of
// every page's bytes, and this is several times faster than the general decoder. Anything
// unusual (white space, URL-safe letters, bad padding) goes to Qt's decoder; nothing when even
// that refuses the text.
std::optional<QByteArray> decode(const QByteArray &text);

} // namespace Base64
