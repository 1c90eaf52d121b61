#include "ConnectionOptions.h"

#include "RequestBuilder.h"
#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

// The texts keep the context of the search command, where they were first written and
// translated.

ConnectionOptions::ConnectionOptions(CliContext &context)
    : m_context(context)
    , m_environment(QStringLiteral("environment"),
                    QCoreApplication::translate(
                        "SearchCommand",
                        "production (default), sandbox, or demo (a local service with "
                        "generated data and demo credentials)."),
                    QStringLiteral("ENV"))
    , m_endpoint(
          QStringLiteral("endpoint"),
          QCoreApplication::translate(
              "SearchCommand", "The full URL of the result resource; overrides --environment."),
          QStringLiteral("URL"))
    , m_tokenUrl(QStringLiteral("token-url"),
                 QCoreApplication::translate(
                     "SearchCommand",
                     "The full URL of the token endpoint (for --auth bearer); overrides "
                     "--environment."),
                 QStringLiteral("URL"))
    , m_auth(QStringLiteral("auth"),
             QCoreApplication::translate("SearchCommand", "basic (default) or bearer."),
             QStringLiteral("METHOD"))
{}

QList<QCommandLineOption> ConnectionOptions::options() const
{
    QList<QCommandLineOption> list{m_environment, m_endpoint, m_tokenUrl, m_auth};
    for (const auto &source : std::as_const(m_context.connectionSources))
        list += source->options();
    return list;
}

QString ConnectionOptions::read(const QCommandLineParser &parser)
{
    bool ok = true;
    m_connection.environment = environmentFromKey(
        parser.isSet(m_environment) ? parser.value(m_environment) : QStringLiteral("production"),
        &ok);
    if (!ok || m_connection.environment == Environment::Custom)
        return QCoreApplication::translate("SearchCommand",
                                           "--environment must be production, sandbox or demo.");
    m_connection.resultUrl = Connection::defaultResultUrl(m_connection.environment);
    m_connection.tokenUrl = Connection::defaultTokenUrl(m_connection.environment);
    m_connection.clientId = m_context.environment.value(QStringLiteral("IELTS_CLIENT_ID"));
    m_connection.clientSecret = m_context.environment.value(QStringLiteral("IELTS_CLIENT_SECRET"));
    for (const auto &source : std::as_const(m_context.connectionSources)) {
        const QString error = source->apply(parser, &m_connection);
        if (!error.isEmpty())
            return error;
    }
    if (parser.isSet(m_auth)) {
        m_connection.auth = authMethodFromKey(parser.value(m_auth), &ok);
        if (!ok)
            return QCoreApplication::translate("SearchCommand", "--auth must be basic or bearer.");
    }
    m_demo = m_connection.environment == Environment::Demo && !parser.isSet(m_endpoint);
    if (parser.isSet(m_endpoint)) {
        m_connection.resultUrl = QUrl(parser.value(m_endpoint), QUrl::StrictMode);
        m_connection.environment = Environment::Custom;
    }
    if (parser.isSet(m_tokenUrl))
        m_connection.tokenUrl = QUrl(parser.value(m_tokenUrl), QUrl::StrictMode);
    if (!m_demo) {
        QString problem = RequestBuilder::checkEndpoint(m_connection.resultUrl);
        if (problem.isEmpty() && m_connection.auth == AuthMethod::Bearer)
            problem = RequestBuilder::checkEndpoint(m_connection.tokenUrl);
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

bool ConnectionOptions::startDemoIfAsked(QObject *parent)
{
    if (!m_demo)
        return true;
    auto *demo = new SandboxServer(SandboxConfig(), parent);
    if (!demo->listen())
        return false;
    m_connection.resultUrl = demo->resultUrl();
    m_connection.tokenUrl = demo->tokenUrl();
    m_connection.clientId = SandboxConfig::demoClientId.toString();
    m_connection.clientSecret = SandboxConfig::demoClientSecret.toString();
    return true;
}

void ConnectionOptions::complete(QObject *owner, std::function<void(const QString &error)> done)
{
    completeFrom(0, owner, std::move(done));
}

// Sources may finish from the event loop (a secret from the keychain), one after the other.
void ConnectionOptions::completeFrom(qsizetype next, QObject *owner,
                                     std::function<void(const QString &)> done)
{
    if (next < m_context.connectionSources.size()) {
        m_context.connectionSources.at(next)->complete(
            &m_connection, owner, [this, next, owner, done](const QString &error) {
                if (error.isEmpty())
                    completeFrom(next + 1, owner, done);
                else
                    done(error);
            });
        return;
    }
    if (!m_demo && (m_connection.clientId.isEmpty() || m_connection.clientSecret.isEmpty())) {
        done(QCoreApplication::translate(
            "SearchCommand", "No credentials: set IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, or use "
                             "--profile NAME."));
        return;
    }
    done({});
}

QString ConnectionOptions::profileName(const QCommandLineParser &parser) const
{
    return parser.optionNames().contains(QStringLiteral("profile"))
               ? parser.value(QStringLiteral("profile"))
               : QCoreApplication::translate("SearchCommand", "(command line)");
}
