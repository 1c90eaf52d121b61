#pragma once

#include "Result.h"
#include "SandboxError.h"

#include <QDateTime>
#include <QString>
#include <QUrlQuery>

// The query of a result request, read by the document's rules: names exactly as documented and
// case-sensitive, photoFlag mandatory, a TRF number or a complete date range, page and limit.
struct SandboxResultQuery
{
    enum class Kind
    {
        Trf,
        DateRange
    };
    static constexpr int maxLimit = 2000;
    static constexpr qint64 maxRangeSeconds = 365LL * 86400;

    Kind kind = Kind::Trf;
    QString trfNumber; // as sent, trimmed
    QDateTime start;   // UTC, inclusive
    QDateTime end;     // UTC, inclusive
    bool photos = false;
    bool osr = false;
    bool paged = false; // page or limit was sent
    int page = 1;
    int limit = maxLimit;

    // A TRF number wins over dates (which are then not looked at). Every refusal is 400 60001.
    static Result<SandboxResultQuery, SandboxError> parse(const QUrlQuery &query,
                                                          bool refuseRangesOverOneYear);
};
