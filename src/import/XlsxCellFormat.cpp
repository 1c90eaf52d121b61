#include "XlsxCellFormat.h"

#include <QDate>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace XlsxCellFormat {

bool isBuiltInDateFormat(int numFmtId)
{
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
}

bool isDateFormatCode(QStringView code)
{
    bool inQuotes = false;
    bool inBrackets = false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const QChar c = code[i];
        if (inQuotes) {
            inQuotes = c != u'"';
            continue;
        }
        if (inBrackets) {
            inBrackets = c != u']';
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inQuotes = true;
            break;
        case u'[':
            inBrackets = true;
            break;
        case u'\\': // the next character is shown literally
        case u'_':  // the next character's width is left as space
        case u'*':  // the next character fills the cell
            ++i;
            break;
        case u'd':
        case u'D':
        case u'm':
        case u'M':
        case u'y':
        case u'Y':
            return true;
        default:
            break;
        }
    }
    return false;
}

std::optional<QString> serialToIsoDate(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial >= 2958466) // past 9999-12-31
        return std::nullopt;
    const auto days = static_cast<qint64>(std::floor(serial));
    QDate date;
    if (date1904) {
        date = QDate(1904, 1, 1).addDays(days);
    } else {
        // Excel counts 1900-02-29, which never was (Lotus 1-2-3's leap-year bug): serial 60 is
        // that day, and serials from 61 on are one more than the real day count.
        if (days < 1)
            return std::nullopt;
        if (days == 60)
            return QStringLiteral("1900-02-29");
        date = QDate(1899, 12, days < 60 ? 31 : 30).addDays(days);
    }
    return date.toString(Qt::ISODate);
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString unescapeXString(const QString &text)
{
    if (!text.contains(QLatin1StringView("_x")))
        return text;
    QString result;
    result.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        // _xHHHH_ : seven characters, four of them hexadecimal digits.
        if (text[i] == u'_' && i + 6 < text.size() && text[i + 1] == u'x' && text[i + 6] == u'_') {
            const QStringView hex = QStringView(text).sliced(i + 2, 4);
            bool ok = std::all_of(hex.begin(), hex.end(), [](QChar c) {
                return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f');
            });
            const uint code = ok ? hex.toUInt(&ok, 16) : 0;
            if (ok) {
                result += QChar(static_cast<char16_t>(code));
                i += 7;
                continue;
            }
        }
        result += text[i];
        ++i;
    }
    return result;
}

} // namespace XlsxCellFormat
