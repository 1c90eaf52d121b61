#include "CredentialsText.h"

#include <QStringList>

QString CredentialsText::listLabel(const Profile &profile, bool active)
{
    QString label = profile.name;
    if (profile.isTestEnvironment())
        label += u"  [" + tr("TEST DATA") + u']';
    if (active)
        label += u"  \u2014 " + tr("in use");
    return label;
}

QString CredentialsText::listDescription(const Profile &profile, bool active)
{
    QString text = tr("%1, %2, %3")
                       .arg(profile.name, environmentDisplayName(profile.environment),
                            authMethodDisplayName(profile.auth));
    if (profile.isTestEnvironment())
        text += u". " + tr("Test data only: results from this profile are not real.");
    if (active)
        text += u". " + tr("This is the profile in use.");
    return text;
}

QString CredentialsText::environmentNote(Environment environment, bool demoRunning)
{
    switch (environment) {
    case Environment::Production:
        return tr("Real results, from the provider's production service.");
    case Environment::Sandbox:
        return tr("TEST DATA: the provider's sandbox returns invented results, never real ones. "
                  "Its credentials differ from production ones.");
    case Environment::Demo:
        return demoRunning ? tr("TEST DATA: the offline demo runs on this computer with invented "
                                "results.")
                           : tr("TEST DATA: the offline demo runs on this computer with invented "
                                "results. It is not running now; it starts when a demo profile "
                                "is in use.");
    case Environment::Custom:
        return tr("Addresses of your own, such as a gateway of your institution. Credentials are "
                  "sent over HTTPS only (plain HTTP to this computer only).");
    }
    return {};
}

QString CredentialsText::testCostNote(AuthMethod auth, int remaining, int limit)
{
    if (auth == AuthMethod::Bearer)
        return tr("Testing asks the token endpoint for an access token; it does not count against "
                  "the daily quota.");
    QString note = tr("Testing with Basic authorization sends one request to the result service, "
                      "which counts against the client ID's daily quota.");
    if (remaining >= 0 && limit > 0)
        note += u' ' + tr("%1 of %2 requests are left today (counted on this computer).")
                           .arg(remaining)
                           .arg(limit);
    return note;
}

QString CredentialsText::testOutcome(bool ok, const QString &message, const ApiError &error,
                                     bool usedQuota)
{
    if (ok) {
        QString text = message;
        if (usedQuota)
            text += u' ' + tr("The test used one request of today's quota.");
        return text;
    }
    QString text = tr("The test failed: %1").arg(message);
    if (!error.advice.isEmpty())
        text += u' ' + error.advice;
    if (!error.serverMessage.isEmpty() && error.serverMessage != message)
        text += u' ' + tr("The service said: \u201c%1\u201d").arg(error.serverMessage);
    QStringList details;
    if (!error.code.isEmpty())
        details << tr("code %1").arg(error.code);
    if (error.httpStatus != 0)
        details << tr("HTTP status %1").arg(error.httpStatus);
    if (!error.transactionId.isEmpty())
        details << tr("transaction ID %1").arg(error.transactionId);
    if (!details.isEmpty())
        text += u" (" + details.join(QStringLiteral(", ")) + u')';
    return text;
}
