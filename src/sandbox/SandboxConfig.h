#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QStringView>

// How the local double of the result-verification service behaves: its data and its faults.
// Every fault knob is off by default, so a default-constructed config is a well-behaved service.
struct SandboxConfig
{
    // The credentials the README names for the offline demo.
    static constexpr QStringView demoClientId = u"demo-client";
    static constexpr QStringView demoClientSecret = u"demo-secret";

    enum class EndOfData
    {
        EmptyPage, // 200 with "results": []
        NotFound   // 404 with code 70404
    };
    enum class TrfMiss
    {
        EmptyResult, // 200 with "results": []
        NotFound     // 404 with code 70404
    };
    enum class ErrorBodyStyle
    {
        Flat,     // {"errorCode": ..., "errorMessage": ..., "transactionId": ...}
        Gateway,  // {"fault": {"faultstring": ..., "detail": {"errorcode": ...}}}
        PlainText // the message alone, as text/plain
    };

    // The data set. These are read once, when the server is constructed.
    int records = 500;
    quint32 seed = 1;
    QDateTime anchor = defaultAnchor(); // the newest lastModifiedDate, UTC
    int spanDays = 90; // lastModifiedDate values lie in [anchor - spanDays, anchor]

    QString clientId = demoClientId.toString();
    QString clientSecret = demoClientSecret.toString();
    int tokenLifetimeSeconds = 3600;

    // Faults. "Every Nth" counts the requests to the result and token endpoints, starting from the
    // moment the config was applied (construction or setConfig()); when several fire on the same
    // request, a reset wins over a failure, and a failure over a cut-off.
    int failEveryNth = 0;
    int failStatus = 503;      // 503 -> 70503, 504 -> 70504, 500 -> 60006
    int retryAfterSeconds = 0; // sent as Retry-After with the failures above when > 0
    int delayMs = 0;           // every response waits this long before it is written
    // TRF searches for these numbers (as sent, compared after trimming and upper-casing) are
    // always answered with failStatus and Retry-After as above, so a client retries and gives up.
    QStringList failingTrfs;
    int cutOffEveryNth = 0; // headers with the full Content-Length, half the body, then close
    int resetEveryNth = 0;  // close the connection without any response
    int dailyQuota = 10000; // authenticated result requests per client ID per UTC day
    int quotaStatus = 429;  // 429 -> code 70429, 403 -> code 70403
    bool moveRecordDuringPaging = false; // see SandboxServer
    EndOfData endOfData = EndOfData::EmptyPage;
    TrfMiss trfMiss = TrfMiss::EmptyResult;
    int refuseRangesOver = 0; // > 0: refuse ranges matching more records, even with page/limit
    bool refuseRangesOverOneYear = true;
    ErrorBodyStyle errorBodyStyle = ErrorBodyStyle::Flat;

    static QDateTime defaultAnchor()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        return now.addMSecs(-now.time().msec());
    }
};
