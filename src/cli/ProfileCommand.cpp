#include "ProfileCommand.h"

#include "ConnectionTester.h"
#include "ExitCode.h"
#include "KeychainSecretStore.h"
#include "ProfileStore.h"
#include "QuotaCounter.h"
#include "SandboxServer.h"
#include "SecretPrompt.h"
#include "Settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>

namespace {

const QString clientIdVariable = QStringLiteral("IELTS_CLIENT_ID");
const QString clientSecretVariable = QStringLiteral("IELTS_CLIENT_SECRET");

QString quoted(const QString &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

// The options that describe a connection, shared by add and edit.
struct ConnectionOptions
{
    QCommandLineOption clientId{QStringLiteral("client-id"),
                                ProfileCommand::tr("The client ID from the API portal."),
                                QStringLiteral("ID")};
    QCommandLineOption environment{
        QStringLiteral("environment"),
        ProfileCommand::tr("production, sandbox (the provider's), or demo (a local service with "
                           "generated data and the public demo credentials)."),
        QStringLiteral("ENV")};
    QCommandLineOption endpoint{
        QStringLiteral("endpoint"),
        ProfileCommand::tr("The full URL of the result resource, for a custom environment."),
        QStringLiteral("URL")};
    QCommandLineOption tokenUrl{
        QStringLiteral("token-url"),
        ProfileCommand::tr("The full URL of the token endpoint, with --endpoint."),
        QStringLiteral("URL")};
    QCommandLineOption auth{QStringLiteral("auth"),
                            ProfileCommand::tr("bearer (OAuth, the default) or basic."),
                            QStringLiteral("METHOD")};

    QList<QCommandLineOption> all() const
    {
        return {clientId, environment, endpoint, tokenUrl, auth};
    }
};

} // namespace

ProfileCommand::ProfileCommand(CliContext &context, QObject *parent)
    : Command(context, parent)
{}

ProfileCommand::~ProfileCommand() = default;

void ProfileCommand::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("profile"),
                 tr("List, add, edit, delete and test connection profiles."),
                 [](CliContext &context, QObject *parent) -> Command * {
                     return new ProfileCommand(context, parent);
                 });
}

std::unique_ptr<KeychainSecretStore>
ProfileCommand::keychain(const QProcessEnvironment &environment)
{
    auto store = std::make_unique<KeychainSecretStore>();
    bool ok = false;
    const int ms = environment.value(QStringLiteral("IELTS_KEYCHAIN_TIMEOUT_MS")).toInt(&ok);
    if (ok && ms > 0)
        store->setTimeout(std::chrono::milliseconds(ms));
    return store;
}

void ProfileCommand::usageError(const QString &message)
{
    const QString program = QCoreApplication::applicationName();
    const QString command =
        m_action.isEmpty() ? QStringLiteral("profile") : QStringLiteral("profile ") + m_action;
    printErr(QStringLiteral("%1 %2: %3\n").arg(program, command, message) +
             tr("Try \"%1 %2 --help\".\n").arg(program, command));
    done(ExitCode::Usage);
}

void ProfileCommand::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(exitCode);
}

void ProfileCommand::start(const QStringList &arguments)
{
    static const QList<std::pair<QString, Action>> actions = {
        {QStringLiteral("list"), Action::List}, {QStringLiteral("add"), Action::Add},
        {QStringLiteral("edit"), Action::Edit}, {QStringLiteral("delete"), Action::Delete},
        {QStringLiteral("test"), Action::Test},
    };
    const QString first = arguments.value(0);
    for (const auto &[name, action] : actions) {
        if (first == name) {
            m_action = name;
            m_settings = std::make_unique<Settings>();
            m_keychain = keychain(m_context.environment);
            m_store = new ProfileStore(*m_settings, *m_keychain, this);
            run(action, arguments.mid(1));
            return;
        }
    }

    const QString program = QCoreApplication::applicationName();
    const QString help =
        tr("Usage: %1 profile ACTION [options]\n\n"
           "Connection profiles are shared with the desktop application. A profile's client "
           "secret is kept in the system keychain; it is read from standard input, without echo "
           "at a terminal, and never taken from the command line.\n\n"
           "Actions:\n"
           "  list                   Show the profiles; * marks the active one.\n"
           "  add NAME --client-id ID [--environment ENV | --endpoint URL --token-url URL]\n"
           "      [--auth bearer|basic]\n"
           "                         Add a profile; the secret is read from standard input.\n"
           "  edit NAME [--name NEW] [--client-id ID] [--environment ENV | --endpoint URL\n"
           "      --token-url URL] [--auth bearer|basic] [--new-secret]\n"
           "                         Change a profile; --new-secret reads a new secret.\n"
           "  delete NAME            Delete a profile and its secret in the keychain.\n"
           "  test [NAME]            Check that the credentials work (the active profile by "
           "default).\n\n"
           "%1 search --profile NAME uses a profile. IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, "
           "when set, override a profile's credentials.\n\n"
           "Exit status: 0 success, 1 the keychain failed, 2 invalid usage or input, 3 "
           "credentials refused (test), 4 other error from the service (test), 5 network "
           "failure (test), 130 interrupted.\n")
            .arg(program);
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printOut(help);
        done(ExitCode::Ok);
        return;
    }
    printErr(first.isEmpty()
                 ? help
                 : tr("%1 profile: unknown action \"%2\".\n\n").arg(program, first) + help);
    done(ExitCode::Usage);
}

void ProfileCommand::interrupt()
{
    if (m_prompt && m_prompt->isReading()) {
        m_prompt->cancel(); // gives the terminal its echo back
        if (SecretPrompt::inputIsTerminal())
            printErr(QStringLiteral("\n")); // the Enter key that never came
    }
    if (m_tester)
        m_tester->cancel();
    printErr(tr("Interrupted.\n"));
    done(ExitCode::Interrupted);
}

void ProfileCommand::run(Action action, const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const ConnectionOptions connection;
    const QCommandLineOption format(QStringLiteral("format"), tr("text (default) or json."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption newName(QStringLiteral("name"), tr("A new name for the profile."),
                                     QStringLiteral("NEW"));
    const QCommandLineOption newSecret(QStringLiteral("new-secret"),
                                       tr("Read a new client secret from standard input."));
    parser.addOption(help);
    QString synopsis;
    switch (action) {
    case Action::List:
        parser.addOption(format);
        break;
    case Action::Add:
        parser.addOptions(connection.all());
        parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile's name."));
        synopsis = QStringLiteral("NAME --client-id ID");
        break;
    case Action::Edit:
        parser.addOptions(connection.all());
        parser.addOptions({newName, newSecret});
        parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile to change."));
        synopsis = QStringLiteral("NAME");
        break;
    case Action::Delete:
        parser.addPositionalArgument(QStringLiteral("NAME"), tr("The profile to delete."));
        synopsis = QStringLiteral("NAME");
        break;
    case Action::Test:
        parser.addPositionalArgument(QStringLiteral("NAME"),
                                     tr("The profile to test; the active one by default."));
        synopsis = QStringLiteral("[NAME]");
        break;
    }

    if (!parser.parse(QStringList{QStringLiteral("profile")} + arguments)) {
        usageError(parser.errorText());
        return;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QStringLiteral("[options]"),
                     QStringLiteral("%1 %2 [options]").arg(m_action, synopsis).simplified());
        text.replace(QStringLiteral("[NAME]"), QString()); // the synopsis above says it
        printOut(text);
        done(ExitCode::Ok);
        return;
    }

    const QStringList positional = parser.positionalArguments();
    const qsizetype maxPositional = action == Action::List ? 0 : 1;
    if (positional.size() > maxPositional) {
        usageError(tr("Unexpected argument \"%1\".").arg(positional.at(maxPositional)));
        return;
    }
    if (action == Action::List) {
        list(parser);
        return;
    }
    if (positional.isEmpty() && action != Action::Test) {
        usageError(tr("Give the profile's name."));
        return;
    }
    const QString name = positional.value(0);

    if (action == Action::Add) {
        Profile profile;
        profile.name = name;
        const QString problem = applyOptions(parser, &profile);
        if (!problem.isEmpty()) {
            usageError(problem);
            return;
        }
        add(profile);
        return;
    }

    std::optional<Profile> existing;
    if (name.isEmpty()) {
        existing = m_store->activeProfile();
        if (!existing) {
            usageError(tr("No profile is active; give the profile's name."));
            return;
        }
    } else {
        existing = m_store->findByName(name);
        if (!existing) {
            usageError(tr("There is no profile named %1. \"%2 profile list\" shows them.")
                           .arg(quoted(name), QCoreApplication::applicationName()));
            return;
        }
    }

    switch (action) {
    case Action::Edit: {
        Profile changed = *existing;
        if (parser.isSet(newName))
            changed.name = parser.value(newName);
        const QString problem = applyOptions(parser, &changed);
        if (!problem.isEmpty()) {
            usageError(problem);
            return;
        }
        edit(changed, parser.isSet(newSecret));
        return;
    }
    case Action::Delete:
        remove(*existing);
        return;
    case Action::Test:
        test(*existing);
        return;
    case Action::List:
    case Action::Add:
        break;
    }
}

QString ProfileCommand::applyOptions(const QCommandLineParser &parser, Profile *profile) const
{
    const ConnectionOptions o;
    if (parser.isSet(o.environment) && parser.isSet(o.endpoint))
        return tr("Give either --environment or --endpoint, not both.");
    if (parser.isSet(o.environment)) {
        bool ok = false;
        const Environment environment = environmentFromKey(parser.value(o.environment), &ok);
        if (!ok || environment == Environment::Custom)
            return tr("--environment must be production, sandbox or demo; a custom environment "
                      "is given with --endpoint and --token-url.");
        profile->environment = environment;
        profile->customResultUrl.clear();
        profile->customTokenUrl.clear();
        if (environment == Environment::Demo && profile->clientId.isEmpty())
            profile->clientId = Profile::demoClientId();
    }
    if (parser.isSet(o.endpoint)) {
        profile->environment = Environment::Custom;
        profile->customResultUrl = QUrl(parser.value(o.endpoint), QUrl::StrictMode);
    }
    if (parser.isSet(o.tokenUrl)) {
        if (profile->environment != Environment::Custom)
            return tr("--token-url goes with --endpoint.");
        profile->customTokenUrl = QUrl(parser.value(o.tokenUrl), QUrl::StrictMode);
    }
    if (parser.isSet(o.auth)) {
        bool ok = false;
        profile->auth = authMethodFromKey(parser.value(o.auth), &ok);
        if (!ok)
            return tr("--auth must be bearer or basic.");
    }
    if (parser.isSet(o.clientId))
        profile->clientId = parser.value(o.clientId);

    // Everything but the secret is checked before anyone is asked to type it.
    QStringList problems;
    for (const ProfileIssue &issue : m_store->check(*profile))
        problems.append(issue.message);
    return problems.join(u'\n');
}

void ProfileCommand::list(const QCommandLineParser &parser)
{
    const QString format = parser.value(QStringLiteral("format")).toLower();
    if (!format.isEmpty() && format != u"text" && format != u"json") {
        usageError(tr("--format must be text or json."));
        return;
    }
    const QList<Profile> profiles = m_store->profiles();
    const QString active = m_store->activeProfileId();

    if (format == u"json") {
        QJsonArray array;
        for (const Profile &p : profiles) {
            QJsonObject object{
                {QStringLiteral("name"), p.name},
                {QStringLiteral("active"), p.id == active},
                {QStringLiteral("environment"), environmentKey(p.environment)},
                {QStringLiteral("auth"), authMethodKey(p.auth)},
                {QStringLiteral("clientId"), p.clientId},
                {QStringLiteral("testData"), p.isTestEnvironment()},
            };
            if (p.environment == Environment::Custom) {
                object.insert(QStringLiteral("resultUrl"), p.customResultUrl.toString());
                object.insert(QStringLiteral("tokenUrl"), p.customTokenUrl.toString());
            }
            array.append(object);
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        done(ExitCode::Ok);
        return;
    }

    if (profiles.isEmpty()) {
        printErr(tr("There are no profiles yet. \"%1 profile add NAME --client-id ID\" adds one.\n")
                     .arg(QCoreApplication::applicationName()));
        done(ExitCode::Ok);
        return;
    }
    const QStringList headers = {tr("NAME"), tr("ENVIRONMENT"), tr("AUTHORIZATION"),
                                 tr("CLIENT ID")};
    QList<QStringList> rows;
    for (const Profile &p : profiles) {
        QString environment = environmentDisplayName(p.environment);
        if (p.environment == Environment::Custom)
            environment += QStringLiteral(" (%1)").arg(p.customResultUrl.toDisplayString());
        if (p.isTestEnvironment())
            environment += tr(" [test data]");
        rows.append({p.name, environment, authMethodDisplayName(p.auth), p.clientId});
    }
    QList<qsizetype> widths(headers.size(), 0);
    for (const QStringList &row : QList<QStringList>{headers} + rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    }
    const auto line = [&widths](const QString &marker, const QStringList &row) -> QString {
        QString text = marker;
        for (qsizetype i = 0; i < row.size(); ++i)
            text += i + 1 < row.size() ? row.at(i).leftJustified(widths[i] + 2) : row.at(i);
        return text + u'\n';
    };
    QString text = line(QStringLiteral("  "), headers);
    for (qsizetype i = 0; i < rows.size(); ++i)
        text += line(profiles.at(i).id == active ? QStringLiteral("* ") : QStringLiteral("  "),
                     rows.at(i));
    printOut(text);
    done(ExitCode::Ok);
}

void ProfileCommand::readSecret(const Profile &profile,
                                std::function<void(const QString &secret)> then)
{
    m_prompt = new SecretPrompt(this);
    connect(m_prompt, &SecretPrompt::finished, this,
            [this, then = std::move(then)](bool ok, const QString &secret) {
                if (!ok) {
                    usageError(tr("No client secret was given on standard input."));
                    return;
                }
                if (const auto issue = Profile::validateSecret(secret)) {
                    usageError(issue->message);
                    return;
                }
                then(secret);
            });
    m_prompt->read(tr("Client secret for %1: ").arg(quoted(profile.name)), m_context.err);
}

void ProfileCommand::add(Profile profile)
{
    const bool demo = profile.environment == Environment::Demo;
    const QString success =
        demo ? tr("Profile %1 added; the offline demo needs no client secret.\n")
                   .arg(quoted(profile.name))
             : tr("Profile %1 added; its client secret is in the system keychain.\n")
                   .arg(quoted(profile.name));
    const auto store = [this, profile, success](const QString &secret) {
        m_store->add(
            profile, secret, SecretPersistence::Keychain, this,
            [this, success](const ProfileResult &result) { reportStored(result, success); });
    };
    // The demo's credentials are public: nothing to ask for.
    if (demo)
        store(QString());
    else
        readSecret(profile, store);
}

void ProfileCommand::edit(const Profile &profile, bool newSecret)
{
    const auto store = [this, profile](const std::optional<QString> &secret) {
        m_store->update(profile, secret, SecretPersistence::Keychain, this,
                        [this, name = profile.name](const ProfileResult &result) {
                            reportStored(result, tr("Profile %1 changed.\n").arg(quoted(name)));
                        });
    };
    if (newSecret)
        readSecret(profile, store);
    else
        store(std::nullopt);
}

void ProfileCommand::remove(const Profile &profile)
{
    const QString success =
        profile.environment == Environment::Demo
            ? tr("Profile %1 deleted.\n").arg(quoted(profile.name))
            : tr("Profile %1 deleted, and its client secret removed from the system keychain.\n")
                  .arg(quoted(profile.name));
    m_store->remove(profile.id, this, [this, success](const ProfileResult &result) {
        reportStored(result, success);
    });
}

void ProfileCommand::reportStored(const ProfileResult &result, const QString &success)
{
    if (!result.issues.isEmpty()) {
        usageError(result.message());
        return;
    }
    if (result.secretError != SecretError::None) {
        SecretResult secret = SecretResult::failure(result.secretError, result.secretDetail);
        reportSecretError(tr("Nothing was changed."), secret);
        return;
    }
    printErr(success);
    const auto active = m_store->activeProfile();
    if (active && active->id == result.profileId && m_action == u"add")
        printErr(tr("It is the active profile.\n"));
    done(ExitCode::Ok);
}

void ProfileCommand::reportSecretError(const QString &what, const SecretResult &result)
{
    QString text = tr("error: %1 %2\n").arg(result.message(), what);
    if (!result.detail.isEmpty())
        text += tr("  the keychain said: %1\n").arg(result.detail);
    if (result.error == SecretError::NoBackend || result.error == SecretError::Timeout ||
        result.error == SecretError::Locked)
        text += tr("  what to do: on the command line, %1 and %2 can give the credentials for "
                   "one run instead.\n")
                    .arg(clientIdVariable, clientSecretVariable);
    printErr(text);
    done(ExitCode::Failure);
}

void ProfileCommand::test(const Profile &profile)
{
    Connection connection = profile.toConnection(QString());
    const QString idOverride = m_context.environment.value(clientIdVariable);
    const QString secretOverride = m_context.environment.value(clientSecretVariable);
    if (!idOverride.isEmpty())
        connection.clientId = idOverride;
    if (!secretOverride.isEmpty())
        connection.clientSecret = secretOverride;
    if (!idOverride.isEmpty() || !secretOverride.isEmpty())
        printErr(tr("note: %1 and %2 from the environment override the profile's credentials.\n")
                     .arg(clientIdVariable, clientSecretVariable));

    if (profile.environment == Environment::Demo) {
        m_demo = new SandboxServer(SandboxConfig(), this);
        if (!m_demo->listen()) {
            printErr(tr("error: the local demo service could not start.\n"));
            done(ExitCode::Failure);
            return;
        }
        connection.resultUrl = m_demo->resultUrl();
        connection.tokenUrl = m_demo->tokenUrl();
        if (idOverride.isEmpty())
            connection.clientId = SandboxConfig::demoClientId.toString();
        if (secretOverride.isEmpty())
            connection.clientSecret = SandboxConfig::demoClientSecret.toString();
    }
    if (!connection.clientSecret.isEmpty()) {
        testWith(connection);
        return;
    }
    m_store->secret(profile.id, this, [this, connection](const SecretResult &result) mutable {
        if (!result.ok()) {
            reportSecretError(tr("Nothing was tested."), result);
            return;
        }
        connection.clientSecret = result.secret;
        testWith(connection);
    });
}

void ProfileCommand::testWith(const Connection &connection)
{
    if (ConnectionTester::costsQuota(connection))
        printErr(tr("Testing HTTP Basic credentials costs one request of the daily quota: a "
                    "lookup of TRF number %1, which cannot exist.\n")
                     .arg(ConnectionTester::probeTrfNumber()));
    m_network = new QNetworkAccessManager(this);
    m_quota = std::make_unique<QuotaCounter>();
    m_tester = new ConnectionTester(m_network, m_quota.get(), this);
    connect(m_tester, &ConnectionTester::finished, this, &ProfileCommand::reportTest);
    m_tester->test(connection);
}

void ProfileCommand::reportTest(bool ok, const QString &message, const ApiError &error)
{
    if (ok) {
        printErr(message + u'\n');
        done(ExitCode::Ok);
        return;
    }
    printApiError(message, error);
    done(ExitCode::forError(error));
}
