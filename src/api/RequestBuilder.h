#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkRequest>
#include <QString>
#include <QUrl>

// Builds the requests of the API document exactly: parameter names and case, formats, headers.
namespace RequestBuilder {

// One request to the result resource: a TRF number, or one page of a date range.
struct ResultRequest
{
    QString trfNumber; // set for a TRF request; the date range is then not sent
    QDateTime start;   // UTC
    QDateTime end;     // UTC
    int page = 1;
    int limit = 2000; // clamped to 1..2000
    bool photos = false;
    bool osr = false;
};

// The endpoint with the request's query parameters added (any the endpoint had are kept).
QUrl resultUrl(const QUrl &endpoint, const ResultRequest &request);

// A GET for the result resource: Accept, Authorization, X-TRANSACTION-ID, a transfer timeout and
// no automatic redirects (credentials must never follow one).
QNetworkRequest resultRequest(const QUrl &url, const QByteArray &authorization,
                              const QString &transactionId, int transferTimeoutMs);

// The token endpoint's POST and its form body (client credentials grant, scope openid).
QNetworkRequest tokenRequest(const QUrl &tokenUrl, const QString &transactionId,
                             int transferTimeoutMs);
QByteArray tokenRequestBody(const QString &clientId, const QString &clientSecret);

QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret);
QByteArray bearerAuthorization(const QString &accessToken);

// A fresh GUID without braces, for X-TRANSACTION-ID.
QString newTransactionId();

// 127.0.0.0/8, ::1 and "localhost".
bool isLoopback(const QUrl &url);
// Empty when credentials may be sent to this URL (HTTPS, or HTTP to a loopback address);
// otherwise a translated reason.
QString checkEndpoint(const QUrl &url);
// Scheme, host and port equal.
bool sameOrigin(const QUrl &a, const QUrl &b);

} // namespace RequestBuilder
