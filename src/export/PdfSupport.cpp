#include "PdfSupport.h"

namespace PdfSupport {

QFont makeFont(double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    font.setHintingPreference(QFont::PreferNoHinting);
    // No ligatures ("fi" as one glyph breaks searching and copying the text) and no shaping
    // where the script does not need it, which is also much faster for large tables.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QString();
}

QString singleLine(QString text)
{
    if (text.size() > maxDrawnLength)
        text.truncate(maxDrawnLength);
    for (QChar &ch : text) {
        if (ch == u'\n' || ch == u'\r' || ch == u'\t' || ch == QChar::LineSeparator ||
            ch == QChar::ParagraphSeparator)
            ch = u' ';
    }
    return text;
}

} // namespace PdfSupport
