#include "ApiError.h"

#include "ResponseParser.h"

#include <QCoreApplication>

namespace {
bool mentionsQuota(const QString &message)
{
    const QString m = message.toLower();
    return m.contains(u"quota") || m.contains(u"limit") || m.contains(u"too many");
}

ApiError fill(ApiError::Kind kind, const QString &message, const QString &advice)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    e.advice = advice;
    return e;
}

ApiError byCode(const QString &code)
{
    using K = ApiError::Kind;
    if (code == u"60001")
        return fill(
            K::BadRequest, ApiError::tr("The service says a mandatory query parameter is missing."),
            ApiError::tr("Check the search: a TRF number, or both dates of a range, must be given. "
                         "If they were, report this to the application's maintainers."));
    if (code == u"70401")
        return fill(
            K::Authentication, ApiError::tr("The service refused the access token as invalid."),
            ApiError::tr("Check the client ID and secret, and that they belong to this environment "
                         "(sandbox and production credentials differ)."));
    if (code == u"70402")
        return fill(K::Authentication, ApiError::tr("The service received no access token."),
                    ApiError::tr("Enter the client ID and secret for this environment."));
    if (code == u"70405")
        return fill(
            K::Authentication,
            ApiError::tr("The access token has expired and could not be renewed."),
            ApiError::tr("Try again; if it keeps happening, check the token URL and credentials."));
    if (code == u"70403")
        return fill(
            K::Authorization,
            ApiError::tr(
                "These credentials are not allowed to use the result-verification service."),
            ApiError::tr("Ask the provider's support to grant this client access to the API."));
    if (code == u"70404")
        return fill(K::NotFound, ApiError::tr("The service found nothing for this request."),
                    ApiError::tr("Check the TRF number or the date range."));
    if (code == u"60006")
        return fill(K::Server,
                    ApiError::tr("The service had a technical error while processing the request."),
                    ApiError::tr(
                        "Try again later. If it persists, report it to the provider's support with "
                        "the transaction ID."));
    if (code == u"70503")
        return fill(K::Server, ApiError::tr("One or more of the service's back-ends is down."),
                    ApiError::tr("Try again later."));
    if (code == u"70504")
        return fill(K::Server, ApiError::tr("The service's back-end timed out."),
                    ApiError::tr("Try again later."));
    return {};
}

ApiError byStatus(int status)
{
    using K = ApiError::Kind;
    if (status == 401)
        return byCode(QStringLiteral("70401"));
    if (status == 403)
        return byCode(QStringLiteral("70403"));
    if (status == 404)
        return byCode(QStringLiteral("70404"));
    if (status == 429)
        return fill(K::Quota, ApiError::tr("The service says the daily request quota is used up."),
                    ApiError::tr("Wait until the quota resets (midnight UTC) and try again."));
    if (status == 500)
        return byCode(QStringLiteral("60006"));
    if (status == 503)
        return byCode(QStringLiteral("70503"));
    if (status == 504)
        return byCode(QStringLiteral("70504"));
    if (status >= 500)
        return fill(K::Server, ApiError::tr("The service failed with HTTP status %1.").arg(status),
                    ApiError::tr("Try again later."));
    if (status >= 300 && status < 400)
        return fill(
            K::Protocol, ApiError::tr("The service answered with an unexpected redirect."),
            ApiError::tr("Check the endpoint URL; credentials are never sent to another address."));
    return fill(K::BadRequest,
                ApiError::tr("The service refused the request (HTTP status %1).").arg(status),
                ApiError::tr("Check the search and the endpoint URL."));
}
} // namespace

ApiError ApiError::fromResponse(int httpStatus, const ResponseParser::ErrorBody &body,
                                const QString &transactionId)
{
    ApiError e;
    if (httpStatus == 429 || (httpStatus == 403 && mentionsQuota(body.message)))
        e = byStatus(429);
    else if (!body.code.isEmpty())
        e = byCode(body.code);
    if (!e.isError())
        e = byStatus(httpStatus);
    e.code = body.code;
    e.httpStatus = httpStatus;
    e.serverMessage = body.message;
    e.transactionId = body.transactionId.isEmpty() ? transactionId : body.transactionId;
    return e;
}

ApiError ApiError::fromNetworkError(QNetworkReply::NetworkError error, const QString &detail,
                                    const QString &transactionId)
{
    ApiError e;
    e.kind = Kind::Network;
    e.serverMessage = detail;
    e.transactionId = transactionId;
    switch (error) {
    case QNetworkReply::HostNotFoundError:
        e.message = ApiError::tr("The service's host name could not be found.");
        e.advice =
            ApiError::tr("Check the internet connection, the proxy settings and the endpoint URL.");
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        e.message = ApiError::tr("The service did not answer in time, even after several tries.");
        e.advice = ApiError::tr("Check the internet connection and try again later.");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        e.message = ApiError::tr("A secure connection to the service could not be established.");
        e.advice =
            ApiError::tr("Check the system date and any proxy that inspects HTTPS traffic; the "
                         "application never ignores certificate errors.");
        break;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        e.message = ApiError::tr("The proxy server could not be used.");
        e.advice = ApiError::tr("Check the system proxy settings.");
        break;
    default:
        e.message = ApiError::tr("The connection to the service failed, even after several tries.");
        e.advice = ApiError::tr("Check the internet connection and try again later.");
        break;
    }
    return e;
}

ApiError ApiError::protocol(const QString &detail, int httpStatus, const QString &transactionId)
{
    ApiError e =
        fill(Kind::Protocol, ApiError::tr("The service sent an answer that cannot be understood."),
             ApiError::tr("Try again later. If it persists, report it with the transaction ID."));
    e.serverMessage = detail;
    e.httpStatus = httpStatus;
    e.transactionId = transactionId;
    return e;
}

ApiError ApiError::configuration(const QString &message)
{
    return fill(Kind::Configuration, message, ApiError::tr("Correct the settings and try again."));
}

ApiError ApiError::quotaExceeded(const QString &message)
{
    return fill(
        Kind::Quota, message,
        ApiError::tr("Wait until the quota resets (midnight UTC), narrow the search, or override "
                     "the check if you know the count is wrong."));
}

ApiError ApiError::cancelled()
{
    return fill(Kind::Cancelled, ApiError::tr("The search was cancelled."), QString());
}

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return QStringLiteral("none");
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Authorization:
        return QStringLiteral("authorization");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::BadRequest:
        return QStringLiteral("bad-request");
    case Kind::Quota:
        return QStringLiteral("quota");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Protocol:
        return QStringLiteral("protocol");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString ApiError::summary() const
{
    QStringList parts;
    parts << kindName(kind);
    if (!code.isEmpty())
        parts << QStringLiteral("code=") + code;
    if (httpStatus)
        parts << QStringLiteral("http=") + QString::number(httpStatus);
    if (!transactionId.isEmpty())
        parts << QStringLiteral("transaction=") + transactionId;
    QString text = parts.join(u' ') + QStringLiteral(": ") + message;
    if (!serverMessage.isEmpty())
        text += QStringLiteral(" (") + serverMessage + u')';
    return text;
}
