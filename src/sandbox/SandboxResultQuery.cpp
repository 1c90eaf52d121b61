#include "SandboxResultQuery.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

std::optional<QString> item(const QUrlQuery &query, const QString &name)
{
    if (!query.hasQueryItem(name))
        return std::nullopt;
    return query.queryItemValue(name, QUrl::FullyDecoded);
}

bool isFlag(const QString &value)
{
    return value == u"Y" || value == u"N";
}

// Exactly YYYY-MM-DDThh:mm:ss: no zone, no fraction, no other separator.
QDateTime parseInstant(const QString &text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})$"_s);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(),
                     match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(),
                     match.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

std::optional<int> wholeNumber(const QString &text)
{
    static const QRegularExpression digits(u"^\\d{1,9}$"_s);
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toInt();
}

} // namespace

Result<SandboxResultQuery, SandboxError> SandboxResultQuery::parse(const QUrlQuery &query,
                                                                   bool refuseRangesOverOneYear)
{
    SandboxResultQuery q;

    const std::optional<QString> photoFlag = item(query, u"photoFlag"_s);
    if (!photoFlag)
        return SandboxError::documented(u"60001");
    if (!isFlag(*photoFlag))
        return SandboxError::badRequest(u"Message Not Processed: photoFlag should be Y or N."_s);
    q.photos = *photoFlag == u"Y";

    if (const std::optional<QString> osr = item(query, u"OSRFlag"_s)) {
        if (!isFlag(*osr))
            return SandboxError::badRequest(u"Message Not Processed: OSRFlag should be Y or N."_s);
        q.osr = *osr == u"Y";
    }

    if (const std::optional<QString> page = item(query, u"page"_s)) {
        const std::optional<int> number = wholeNumber(*page);
        if (!number || *number < 1) {
            return SandboxError::badRequest(
                u"Message Not Processed: page should be a whole number from 1."_s);
        }
        q.page = *number;
        q.paged = true;
    }
    if (const std::optional<QString> limit = item(query, u"limit"_s)) {
        const std::optional<int> number = wholeNumber(*limit);
        if (number && *number > maxLimit) {
            return SandboxError::badRequest(
                u"Message Not Processed: limit should not be more than 2000."_s);
        }
        if (!number || *number < 1) {
            return SandboxError::badRequest(
                u"Message Not Processed: limit should be a whole number from 1 to 2000."_s);
        }
        q.limit = *number;
        q.paged = true;
    }

    const QString trf = item(query, u"trfNumber"_s).value_or(QString()).trimmed();
    if (!trf.isEmpty()) {
        q.kind = Kind::Trf;
        q.trfNumber = trf;
        return q;
    }

    const QString start = item(query, u"startDateTime"_s).value_or(QString());
    const QString end = item(query, u"endDateTime"_s).value_or(QString());
    if (start.isEmpty() || end.isEmpty())
        return SandboxError::documented(u"60001");
    q.kind = Kind::DateRange;
    q.start = parseInstant(start);
    q.end = parseInstant(end);
    if (!q.start.isValid()) {
        return SandboxError::badRequest(u"Message Not Processed: startDateTime should be in the "
                                        u"format YYYY-MM-DDThh:mm:ss."_s);
    }
    if (!q.end.isValid()) {
        return SandboxError::badRequest(u"Message Not Processed: endDateTime should be in the "
                                        u"format YYYY-MM-DDThh:mm:ss."_s);
    }
    if (q.start > q.end) {
        return SandboxError::badRequest(
            u"Message Not Processed: Start Date should not be after End Date."_s);
    }
    if (refuseRangesOverOneYear && q.start.secsTo(q.end) > maxRangeSeconds)
        return SandboxError::badRequest(SandboxMessages::rangeOverOneYear.toString());
    return q;
}
