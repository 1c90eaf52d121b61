#include "ApiDate.h"

#include <QTimeZone>

namespace {
bool allDigits(QStringView text)
{
    for (QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}
} // namespace

namespace ApiDate {

QDate parseDate(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 8 || !allDigits(text))
        return {};
    return QDate(text.left(4).toInt(), text.mid(4, 2).toInt(), text.mid(6, 2).toInt());
}

QDateTime parseDateTime(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u'Z'))
        text.chop(1);
    QStringView fraction;
    if (text.size() > 19 && text.at(19) == u'.') {
        fraction = text.mid(20);
        text = text.left(19);
        if (fraction.isEmpty() || !allDigits(fraction))
            return {};
    }
    if (text.size() != 19 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' ||
        text.at(13) != u':' || text.at(16) != u':')
        return {};
    const QStringView parts[] = {text.mid(0, 4),  text.mid(5, 2),  text.mid(8, 2),
                                 text.mid(11, 2), text.mid(14, 2), text.mid(17, 2)};
    for (QStringView part : parts) {
        if (!allDigits(part))
            return {};
    }
    const QDate date(parts[0].toInt(), parts[1].toInt(), parts[2].toInt());
    int millis = 0;
    if (!fraction.isEmpty())
        millis = fraction.left(3).toString().leftJustified(3, u'0').toInt();
    const QTime time(parts[3].toInt(), parts[4].toInt(), parts[5].toInt(), millis);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QString formatDateTime(const QDateTime &utc)
{
    return utc.toUTC().toString(dateTimeFormat);
}

} // namespace ApiDate
