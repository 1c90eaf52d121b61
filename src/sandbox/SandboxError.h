#pragma once

#include "SandboxConfig.h"

#include <QByteArray>
#include <QString>

// An error answer of the result service: HTTP status, the document's error code and its message.
struct SandboxError
{
    int httpStatus = 400;
    QString code;
    QString message;

    // The document's status and exact message for one of its codes (60001, 70401, 70402, 70403,
    // 70404, 70405, 60006, 70503, 70504).
    static SandboxError documented(QStringView code);
    // 400 with code 60001 and a message more specific than the document's.
    static SandboxError badRequest(const QString &message);
    // The answer for an exhausted daily quota: 429 -> 70429, 403 -> 70403.
    static SandboxError quotaExceeded(int httpStatus);
    // The answer of a failing back end: 503 -> 70503, 504 -> 70504, 500 (or anything else) ->
    // 60006.
    static SandboxError backEndFailure(int httpStatus);

    // The body in the given style, and its Content-Type.
    QByteArray body(SandboxConfig::ErrorBodyStyle style, const QString &transactionId) const;
    static QByteArray contentType(SandboxConfig::ErrorBodyStyle style);
};

// Messages of the 60001 refusals that name their reason.
namespace SandboxMessages {
inline constexpr QStringView missingParameter =
    u"Message Not Processed: Mandatory Query Parameter is missing.";
inline constexpr QStringView tooManyRecords =
    u"Message Not Processed: The query returned more than 2000 records. Please send page and "
    u"limit, or reduce the date range.";
inline constexpr QStringView rangeOverOneYear =
    u"Message Not Processed: Start Date and End Date should within one year.";
inline constexpr QStringView quotaExceeded =
    u"Message Not Processed: Daily request quota exceeded. Please try again tomorrow.";
} // namespace SandboxMessages
