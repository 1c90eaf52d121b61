#include "Profile.h"

#include "RequestBuilder.h"

#include <QUuid>

#include <algorithm>

namespace {

std::optional<ProfileIssue> checkCustomUrl(const QUrl &url, ProfileField field, bool required)
{
    if (url.isEmpty()) {
        if (!required)
            return std::nullopt;
        return ProfileIssue{field, field == ProfileField::ResultUrl
                                       ? Profile::tr("Enter the address of the result service.")
                                       : Profile::tr("Enter the address of the token endpoint.")};
    }
    // The same rule the service layer applies before it sends credentials anywhere.
    const QString problem = RequestBuilder::checkEndpoint(url);
    if (!problem.isEmpty())
        return ProfileIssue{field, problem};
    return std::nullopt;
}

} // namespace

Profile Profile::create(const QString &name)
{
    Profile profile;
    profile.id = newId();
    profile.name = name;
    return profile;
}

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Profile Profile::offlineDemo()
{
    Profile profile;
    profile.id = offlineDemoId();
    profile.name = environmentDisplayName(Environment::Demo);
    profile.environment = Environment::Demo;
    profile.auth = AuthMethod::Bearer;
    profile.clientId = demoClientId();
    return profile;
}

QString Profile::offlineDemoId()
{
    return QStringLiteral("offline-demo");
}

QString Profile::demoClientId()
{
    return QStringLiteral("demo-client");
}

QString Profile::demoSecret()
{
    return QStringLiteral("demo-secret");
}

bool Profile::isTestEnvironment() const
{
    return environment == Environment::Sandbox || environment == Environment::Demo;
}

QUrl Profile::resultUrl() const
{
    return environment == Environment::Custom ? customResultUrl
                                              : Connection::defaultResultUrl(environment);
}

QUrl Profile::tokenUrl() const
{
    return environment == Environment::Custom ? customTokenUrl
                                              : Connection::defaultTokenUrl(environment);
}

QString Profile::secretKey() const
{
    return QLatin1String("profile/") + id;
}

QList<ProfileIssue> Profile::validate() const
{
    QList<ProfileIssue> issues;
    const QString trimmedName = name.trimmed();
    if (trimmedName.isEmpty())
        issues.append({ProfileField::Name, tr("Enter a name for the profile.")});
    else if (trimmedName.size() > maxNameLength)
        issues.append(
            {ProfileField::Name,
             tr("The profile name is too long: at most %1 characters.").arg(maxNameLength)});

    if (clientId.trimmed().isEmpty()) {
        issues.append(
            {ProfileField::ClientId, tr("Enter the client ID you received from the API portal.")});
    } else if (std::any_of(clientId.cbegin(), clientId.cend(), [](QChar c) {
                   return c.isSpace() || c == u':' || c.category() == QChar::Other_Control;
               })) {
        // A colon would also break Basic authorization, which joins ID and secret with one.
        issues.append({ProfileField::ClientId,
                       tr("The client ID cannot contain spaces, colons or control characters.")});
    }

    if (environment == Environment::Custom) {
        if (auto issue = checkCustomUrl(customResultUrl, ProfileField::ResultUrl, true))
            issues.append(*issue);
        if (auto issue =
                checkCustomUrl(customTokenUrl, ProfileField::TokenUrl, auth == AuthMethod::Bearer))
            issues.append(*issue);
    }
    return issues;
}

std::optional<ProfileIssue> Profile::validateSecret(const QString &secret)
{
    if (secret.isEmpty())
        return ProfileIssue{ProfileField::Secret, tr("Enter the client secret.")};
    if (secret.toUtf8().size() > maxSecretBytes)
        return ProfileIssue{ProfileField::Secret,
                            tr("The client secret is too long: the system keychain can keep at "
                               "most %1 bytes.")
                                .arg(maxSecretBytes)};
    if (std::any_of(secret.cbegin(), secret.cend(),
                    [](QChar c) { return c.category() == QChar::Other_Control; }))
        return ProfileIssue{ProfileField::Secret,
                            tr("The client secret contains a line break or another control "
                               "character. Copy it again without them.")};
    return std::nullopt;
}

Connection Profile::toConnection(const QString &secret) const
{
    Connection connection;
    connection.environment = environment;
    connection.resultUrl = resultUrl();
    connection.tokenUrl = tokenUrl();
    connection.auth = auth;
    connection.clientId = clientId;
    connection.clientSecret = secret;
    return connection;
}
