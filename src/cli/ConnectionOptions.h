#pragma once

#include "Command.h"
#include "Connection.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

class QCommandLineParser;
class QObject;
class SandboxServer;

// The connection options every command that talks to the service shares (--environment,
// --endpoint, --token-url, --auth, the credentials in IELTS_CLIENT_ID and IELTS_CLIENT_SECRET,
// and the options of the context's connection sources, such as --profile), read into a
// Connection.
class ConnectionOptions final
{
public:
    explicit ConnectionOptions(CliContext &context);

    QList<QCommandLineOption> options() const;
    // Reads the processed parser. Returns a translated message about the first bad value, or an
    // empty string.
    QString read(const QCommandLineParser &parser);
    // The offline demo (--environment demo without --endpoint): a local service with generated
    // data, started under `parent`. False when it could not start.
    bool startDemoIfAsked(QObject *parent);
    // Lets every connection source finish in turn (a secret from the keychain), then checks that
    // credentials are there, then calls `done` with a translated message or an empty string.
    // `done` does not run once `owner` is destroyed.
    void complete(QObject *owner, std::function<void(const QString &error)> done);

    const Connection &connection() const { return m_connection; }
    bool isDemo() const { return m_demo; }
    // For report headers: the profile given, or "(command line)".
    QString profileName(const QCommandLineParser &parser) const;

private:
    void completeFrom(qsizetype next, QObject *owner, std::function<void(const QString &)> done);

    CliContext &m_context;
    Connection m_connection;
    bool m_demo = false;
    QCommandLineOption m_environment;
    QCommandLineOption m_endpoint;
    QCommandLineOption m_tokenUrl;
    QCommandLineOption m_auth;
};
