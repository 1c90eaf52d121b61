#include "RequestBuilder.h"

#include "ApiDate.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>

namespace RequestBuilder {

QUrl resultUrl(const QUrl &endpoint, const ResultRequest &request)
{
    QUrl url = endpoint;
    QUrlQuery query(url);
    const auto flag = [](bool on) {
        return on ? QStringLiteral("Y") : QStringLiteral("N");
    };
    if (!request.trfNumber.isEmpty()) {
        query.addQueryItem(QStringLiteral("trfNumber"), request.trfNumber);
    } else {
        query.addQueryItem(QStringLiteral("startDateTime"), ApiDate::formatDateTime(request.start));
        query.addQueryItem(QStringLiteral("endDateTime"), ApiDate::formatDateTime(request.end));
    }
    query.addQueryItem(QStringLiteral("photoFlag"), flag(request.photos));
    if (request.osr)
        query.addQueryItem(QStringLiteral("OSRFlag"), flag(true));
    if (request.trfNumber.isEmpty()) {
        query.addQueryItem(QStringLiteral("page"), QString::number(std::max(1, request.page)));
        query.addQueryItem(QStringLiteral("limit"),
                           QString::number(std::clamp(request.limit, 1, 2000)));
    }
    url.setQuery(query);
    return url;
}

QNetworkRequest resultRequest(const QUrl &url, const QByteArray &authorization,
                              const QString &transactionId, int transferTimeoutMs)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", authorization);
    request.setRawHeader("X-TRANSACTION-ID", transactionId.toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(transferTimeoutMs);
    return request;
}

QNetworkRequest tokenRequest(const QUrl &tokenUrl, const QString &transactionId,
                             int transferTimeoutMs)
{
    QNetworkRequest request(tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-TRANSACTION-ID", transactionId.toLatin1());
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(transferTimeoutMs);
    return request;
}

QByteArray tokenRequestBody(const QString &clientId, const QString &clientSecret)
{
    // Percent-encode everything but unreserved characters: a '+' or '&' in a secret must survive.
    return QByteArrayLiteral("client_id=") + QUrl::toPercentEncoding(clientId) +
           QByteArrayLiteral("&client_secret=") + QUrl::toPercentEncoding(clientSecret) +
           QByteArrayLiteral("&grant_type=client_credentials&scope=openid");
}

QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret)
{
    return QByteArrayLiteral("Basic ") + (clientId + u':' + clientSecret).toUtf8().toBase64();
}

QByteArray bearerAuthorization(const QString &accessToken)
{
    return QByteArrayLiteral("Bearer ") + accessToken.toLatin1();
}

QString newTransactionId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isLoopback(const QUrl &url)
{
    const QString host = url.host();
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString checkEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return QCoreApplication::translate("RequestBuilder", "\"%1\" is not a valid URL.")
            .arg(url.toDisplayString());
    if (!url.userInfo().isEmpty())
        return QCoreApplication::translate("RequestBuilder",
                                           "The URL must not contain a user name or password.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme == u"http" && isLoopback(url))
        return {};
    return QCoreApplication::translate(
               "RequestBuilder",
               "\"%1\" is not an HTTPS address. Credentials are only sent over HTTPS "
               "(plain HTTP is allowed for this computer's own addresses only).")
        .arg(url.toDisplayString());
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    const auto defaultPort = [](const QUrl &u) {
        return u.port(u.scheme().toLower() == u"https" ? 443 : 80);
    };
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0 &&
           a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

} // namespace RequestBuilder
