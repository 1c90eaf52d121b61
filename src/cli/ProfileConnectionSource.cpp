#include "ProfileConnectionSource.h"

#include "KeychainSecretStore.h"
#include "ProfileCommand.h"
#include "ProfileStore.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace {
const QString profileOption = QStringLiteral("profile");
} // namespace

ProfileConnectionSource::ProfileConnectionSource(const QProcessEnvironment &environment)
    : m_environment(environment)
{}

ProfileConnectionSource::~ProfileConnectionSource() = default;

QList<QCommandLineOption> ProfileConnectionSource::options() const
{
    return {QCommandLineOption(
        profileOption,
        QCoreApplication::translate("ProfileConnectionSource",
                                    "Use the stored connection profile NAME (see the profile "
                                    "command); IELTS_CLIENT_ID and IELTS_CLIENT_SECRET still "
                                    "override its credentials."),
        QStringLiteral("NAME"))};
}

QString ProfileConnectionSource::apply(const QCommandLineParser &parser, Connection *connection)
{
    if (!parser.isSet(profileOption))
        return {};
    if (parser.isSet(QStringLiteral("environment")))
        return QCoreApplication::translate("ProfileConnectionSource",
                                           "Give either --profile or --environment, not both.");

    m_settings = std::make_unique<Settings>();
    m_keychain = ProfileCommand::keychain(m_environment);
    m_store = std::make_unique<ProfileStore>(*m_settings, *m_keychain);
    const QString name = parser.value(profileOption);
    m_profile = m_store->findByName(name);
    if (!m_profile)
        return QCoreApplication::translate("ProfileConnectionSource",
                                           "There is no profile named \u201c%1\u201d. \"%2 "
                                           "profile list\" shows them.")
            .arg(name, QCoreApplication::applicationName());

    const QString clientId = m_environment.value(QStringLiteral("IELTS_CLIENT_ID"));
    const QString secret = m_environment.value(QStringLiteral("IELTS_CLIENT_SECRET"));
    *connection = m_profile->toConnection(secret);
    if (!clientId.isEmpty())
        connection->clientId = clientId;
    // The demo runs on public credentials that the command supplies itself.
    m_secretPending = secret.isEmpty() && m_profile->environment != Environment::Demo;
    return {};
}

void ProfileConnectionSource::complete(Connection *connection, QObject *context,
                                       std::function<void(const QString &error)> done)
{
    if (!m_secretPending) {
        done({});
        return;
    }
    m_secretPending = false;
    m_store->secret(
        m_profile->id, context,
        [connection, done = std::move(done), name = m_profile->name](const SecretResult &result) {
            if (!result.ok()) {
                QString error =
                    QCoreApplication::translate("ProfileConnectionSource",
                                                "The client secret of profile \u201c%1\u201d "
                                                "could not be read from the system keychain: %2")
                        .arg(name, result.message());
                if (!result.detail.isEmpty())
                    error += QStringLiteral(" (%1)").arg(result.detail);
                done(error);
                return;
            }
            connection->clientSecret = result.secret;
            done({});
        });
}
