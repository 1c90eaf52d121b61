#include "SandboxError.h"

#include "SandboxJson.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {

struct Documented
{
    QStringView code;
    int httpStatus;
    QStringView message;
};

// The error table of the API document, word for word.
constexpr std::array documentedErrors = {
    Documented{u"60001", 400, u"Message Not Processed: Mandatory Query Parameter is missing."},
    Documented{u"70401", 401,
               u"Message Not Processed: Invalid Access token. Please provide valid access token."},
    Documented{u"70402", 401,
               u"Message Not Processed: Missing Access token. Please provide valid access token."},
    Documented{u"70405", 401,
               u"Message Not Processed: Access token expired. Please try again with valid token."},
    Documented{u"70403", 403,
               u"Message Not Processed: Not allowed to access requested resource. Please contact "
               u"support for the access."},
    Documented{u"70404", 404, u"Message Not Processed: Requested resource is not found."},
    Documented{u"60006", 500,
               u"Message Not Processed. There is some technical error while processing request. "
               u"Please report this to Support team."},
    Documented{u"70503", 503,
               u"Message Not Processed: One or more back-end is down. Please try again later."},
    Documented{u"70504", 504,
               u"Message Not Processed: Back-end timed out. Please try again later."},
};

} // namespace

SandboxError SandboxError::documented(QStringView code)
{
    for (const Documented &entry : documentedErrors) {
        if (entry.code == code)
            return {entry.httpStatus, entry.code.toString(), entry.message.toString()};
    }
    return documented(u"60006");
}

SandboxError SandboxError::badRequest(const QString &message)
{
    return {400, u"60001"_s, message};
}

SandboxError SandboxError::quotaExceeded(int httpStatus)
{
    if (httpStatus == 403)
        return {403, u"70403"_s, SandboxMessages::quotaExceeded.toString()};
    return {429, u"70429"_s, SandboxMessages::quotaExceeded.toString()};
}

SandboxError SandboxError::backEndFailure(int httpStatus)
{
    if (httpStatus == 503)
        return documented(u"70503");
    if (httpStatus == 504)
        return documented(u"70504");
    SandboxError error = documented(u"60006");
    if (httpStatus >= 500 && httpStatus <= 599)
        error.httpStatus = httpStatus;
    return error;
}

QByteArray SandboxError::body(SandboxConfig::ErrorBodyStyle style,
                              const QString &transactionId) const
{
    switch (style) {
    case SandboxConfig::ErrorBodyStyle::Flat: {
        SandboxJson::ObjectWriter json;
        json.add("errorCode", code);
        json.add("errorMessage", message);
        json.add("transactionId", transactionId);
        return json.finish();
    }
    case SandboxConfig::ErrorBodyStyle::Gateway: {
        SandboxJson::ObjectWriter detail;
        detail.add("errorcode", code);
        SandboxJson::ObjectWriter fault;
        fault.add("faultstring", message);
        fault.addRaw("detail", detail.finish());
        SandboxJson::ObjectWriter json;
        json.addRaw("fault", fault.finish());
        return json.finish();
    }
    case SandboxConfig::ErrorBodyStyle::PlainText:
        return message.toUtf8();
    }
    return {};
}

QByteArray SandboxError::contentType(SandboxConfig::ErrorBodyStyle style)
{
    return style == SandboxConfig::ErrorBodyStyle::PlainText ? "text/plain; charset=utf-8"_ba
                                                             : "application/json"_ba;
}
