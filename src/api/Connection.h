#pragma once

#include <QString>
#include <QUrl>

// Where and how to reach the result-verification service: what one request needs to authorise.
enum class AuthMethod { Basic, Bearer };

enum class Environment { Production, Sandbox, Demo, Custom };

struct Connection
{
    Environment environment = Environment::Production;
    QUrl resultUrl; // the full URL of the result resource
    QUrl tokenUrl;  // the full URL of the token endpoint (Bearer only)
    AuthMethod auth = AuthMethod::Basic;
    QString clientId;
    QString clientSecret; // held in memory only; never logged, persisted or exported

    // The provider's published URLs; empty for Demo (an in-process sandbox decides them) and Custom.
    static QUrl defaultResultUrl(Environment environment);
    static QUrl defaultTokenUrl(Environment environment);
};

// Stable, untranslated names for settings and the command line ("production", "sandbox", "demo",
// "custom"; "basic", "bearer"), and their inverse (std::nullopt-like: ok=false when unknown).
QString environmentKey(Environment environment);
Environment environmentFromKey(QStringView key, bool *ok = nullptr);
QString authMethodKey(AuthMethod method);
AuthMethod authMethodFromKey(QStringView key, bool *ok = nullptr);
// Translated names for people ("Production", "Offline demo", "OAuth Bearer").
QString environmentDisplayName(Environment environment);
QString authMethodDisplayName(AuthMethod method);
