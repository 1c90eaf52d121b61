#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

RetryPolicy::ms RetryPolicy::delayFor(int failedAttempts, std::optional<ms> retryAfter,
                                      double jitter) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 30);
    const double raw = double(baseDelay.count()) * std::pow(2.0, exponent);
    const double capped = std::min(raw, double(maxDelay.count()));
    const double scaled = capped * (0.5 + 0.5 * std::clamp(jitter, 0.0, 1.0));
    ms delay{qint64(std::llround(scaled))};
    if (retryAfter)
        delay = std::max(delay, std::min(*retryAfter, maxRetryAfter));
    return delay;
}

RetryPolicy::ms RetryPolicy::delayFor(int failedAttempts, std::optional<ms> retryAfter) const
{
    return delayFor(failedAttempts, retryAfter, QRandomGenerator::global()->generateDouble());
}

std::optional<RetryPolicy::ms> RetryPolicy::parseRetryAfter(const QByteArray &value,
                                                            const QDateTime &nowUtc)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<ms>(ms(seconds * 1000));

    // HTTP-date (RFC 9110): IMF-fixdate, with the obsolete RFC 850 and asctime forms.
    const QString s = QString::fromLatin1(text).simplified();
    static const char *const formats[] = {"ddd, dd MMM yyyy HH:mm:ss 'GMT'",
                                          "dddd, dd-MMM-yy HH:mm:ss 'GMT'",
                                          "ddd MMM d HH:mm:ss yyyy"};
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDateTime when = c.toDateTime(s, QString::fromLatin1(format));
        if (!when.isValid())
            continue;
        if (when.date().year() < 1970)
            when = when.addYears(100);
        when = QDateTime(when.date(), when.time(), Qt::UTC);
        const qint64 delta = nowUtc.msecsTo(when);
        return ms(std::max<qint64>(0, delta));
    }
    return std::nullopt;
}

bool RetryPolicy::isTransientStatus(int httpStatus)
{
    return httpStatus == 500 || httpStatus == 502 || httpStatus == 503 || httpStatus == 504;
}

bool RetryPolicy::isTransientNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // a transfer timeout aborts the reply
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}
