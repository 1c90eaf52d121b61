#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

namespace ResponseParser {
struct ErrorBody;
}

// Why a job against the result-verification service stopped, as a value: what the document and
// the server said, and what a person can do about it.
struct ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind
    {
        None,
        Network,        // no usable answer (connection, TLS, timeout) after retries
        Authentication, // credentials or token refused (70401, 70402, 70405)
        Authorization,  // this client may not use the resource (70403)
        NotFound,       // 70404 where "not found" is not an ordinary outcome
        BadRequest,     // the server refused the request as sent (60001, other 4xx)
        Quota,          // the daily request quota is used up (client count or server refusal)
        Server,         // the service failed (60006, 70503, 70504) after retries
        Protocol,       // an answer that cannot be understood (malformed JSON, redirects)
        Configuration,  // refused before anything was sent (insecure URL, invalid query)
        Cancelled,      // stopped by the caller
    };

    Kind kind = Kind::None;
    QString code;          // the document's error code ("70401"), empty when none was sent
    int httpStatus = 0;    // 0 when no HTTP answer arrived
    QString transactionId; // the X-TRANSACTION-ID of the failed request
    QString serverMessage; // the server's own words, untranslated
    QString message;       // plain language, translated
    QString advice;        // what to do next, translated

    bool isError() const { return kind != Kind::None; }

    // A failure answered by the server: maps by the document's code, else by HTTP status.
    static ApiError fromResponse(int httpStatus, const ResponseParser::ErrorBody &body,
                                 const QString &transactionId);
    // A failure without a usable HTTP answer.
    static ApiError fromNetworkError(QNetworkReply::NetworkError error, const QString &detail,
                                     const QString &transactionId);
    static ApiError protocol(const QString &detail, int httpStatus, const QString &transactionId);
    static ApiError configuration(const QString &message);
    static ApiError quotaExceeded(const QString &message);
    static ApiError cancelled();

    // One line for logs and stderr: kind, code, status, transaction ID, messages. Never secrets.
    QString summary() const;
    static QString kindName(Kind kind);
};

Q_DECLARE_METATYPE(ApiError)
