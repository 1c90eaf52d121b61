#include "Connection.h"

#include <QCoreApplication>

QUrl Connection::defaultResultUrl(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QUrl(
            QStringLiteral("https://apis.cambridgeassessment.org.uk/v1/ielts/result-verification"));
    case Environment::Sandbox:
        return QUrl(QStringLiteral(
            "https://apis-sandbox.cambridgeassessment.org.uk/pp1/v1/ielts/result-verification"));
    case Environment::Demo:
    case Environment::Custom:
        break;
    }
    return {};
}

QUrl Connection::defaultTokenUrl(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QUrl(
            QStringLiteral("https://apis.cambridgeassessment.org.uk/v1/cambridge.id/token"));
    case Environment::Sandbox:
        return QUrl(QStringLiteral(
            "https://apis-sandbox.cambridgeassessment.org.uk/pp1/v1/cambridge.id/token"));
    case Environment::Demo:
    case Environment::Custom:
        break;
    }
    return {};
}

QString environmentKey(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QStringLiteral("production");
    case Environment::Sandbox:
        return QStringLiteral("sandbox");
    case Environment::Demo:
        return QStringLiteral("demo");
    case Environment::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

Environment environmentFromKey(QStringView key, bool *ok)
{
    const QString k = key.trimmed().toString().toLower();
    bool found = true;
    Environment result = Environment::Production;
    if (k == u"production")
        result = Environment::Production;
    else if (k == u"sandbox")
        result = Environment::Sandbox;
    else if (k == u"demo")
        result = Environment::Demo;
    else if (k == u"custom")
        result = Environment::Custom;
    else
        found = false;
    if (ok)
        *ok = found;
    return result;
}

QString authMethodKey(AuthMethod method)
{
    return method == AuthMethod::Bearer ? QStringLiteral("bearer") : QStringLiteral("basic");
}

AuthMethod authMethodFromKey(QStringView key, bool *ok)
{
    const QString k = key.trimmed().toString().toLower();
    const bool isBearer = k == u"bearer";
    if (ok)
        *ok = isBearer || k == u"basic";
    return isBearer ? AuthMethod::Bearer : AuthMethod::Basic;
}

QString environmentDisplayName(Environment environment)
{
    switch (environment) {
    case Environment::Production:
        return QCoreApplication::translate("Connection", "Production");
    case Environment::Sandbox:
        return QCoreApplication::translate("Connection", "Provider sandbox");
    case Environment::Demo:
        return QCoreApplication::translate("Connection", "Offline demo");
    case Environment::Custom:
        return QCoreApplication::translate("Connection", "Custom endpoint");
    }
    return {};
}

QString authMethodDisplayName(AuthMethod method)
{
    return method == AuthMethod::Bearer ? QCoreApplication::translate("Connection", "OAuth Bearer")
                                        : QCoreApplication::translate("Connection", "HTTP Basic");
}
