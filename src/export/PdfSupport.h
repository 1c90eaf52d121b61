#pragma once

#include <QColor>
#include <QDateTime>
#include <QFont>
#include <QString>

// What the PDF reports share: the layout's resolution, the font, the colours, and text made safe
// to draw on one line.
namespace PdfSupport {

inline constexpr int resolution = 300;           // dots per inch of the layout
inline constexpr double dot = resolution / 72.0; // device units per point
inline constexpr double marginMm = 10;
inline constexpr int maxDrawnLength = 300;

inline const QColor ruleColor{0xC8, 0xCE, 0xD6};
inline const QColor stripeColor{0xF3, 0xF5, 0xF8};
inline const QColor headerFill{0xE3, 0xE8, 0xEF};
inline const QColor warningColor{0xB0, 0x00, 0x20};
inline const QColor quietColor{0x55, 0x5B, 0x66};

// DejaVu Sans at `points`, without ligatures or needless shaping, so that the text layer can be
// searched and copied.
QFont makeFont(double points, bool bold = false);
// "yyyy-MM-dd HH:mm:ss" in UTC; empty for an invalid time.
QString timestamp(const QDateTime &time);
// At most maxDrawnLength characters, line breaks and tabs as spaces.
QString singleLine(QString text);

} // namespace PdfSupport
