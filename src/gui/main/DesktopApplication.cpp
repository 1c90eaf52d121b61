#include "DesktopApplication.h"

#include "CredentialsDialog.h"
#include "DemoService.h"
#include "IeltsBuildInfo.h"
#include "KeychainSecretStore.h"
#include "MainWindow.h"
#include "ProfileSession.h"
#include "ProfileStore.h"
#include "QuotaCounter.h"
#include "SearchController.h"
#include "Settings.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <optional>

struct DesktopApplication::Parts
{
    Settings settings;
    KeychainSecretStore keychain;
    ProfileStore profiles{settings, keychain};
    QNetworkAccessManager network;
    QuotaCounter quota;
    DemoService demo;
    SearchController controller{&network, &quota};
    ProfileSession session{profiles, demo};
    std::unique_ptr<MainWindow> window;
};

DesktopApplication::DesktopApplication(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Parts>())
{}

DesktopApplication::~DesktopApplication()
{
    // The window goes first: it may still hold a running search.
    d->window.reset();
}

int DesktopApplication::run(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("IELTS Result Verifier"));
    QApplication::setApplicationName(QStringLiteral("ielts-verifier"));
    QApplication::setApplicationVersion(QLatin1StringView(IeltsBuildInfo::version));
    QApplication::setDesktopFileName(QStringLiteral("ielts-verifier"));
    QIcon icon;
    for (int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/ielts-verifier-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // Requests go through the system's proxy, as the rest of the desktop does.
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    DesktopApplication application;
    const int code = application.start(QApplication::arguments());
    if (code >= 0)
        return code;
    return QApplication::exec();
}

namespace {
// The value of --language, looked up before the parser exists so that its help is translated too.
std::optional<QString> languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (argument.startsWith(option + u'='))
            return argument.mid(option.size() + 1);
    }
    return std::nullopt;
}
} // namespace

int DesktopApplication::start(const QStringList &arguments)
{
    // Before any widget or translated text exists; Arabic turns the layout right-to-left.
    UiLanguage::install(languageArgument(arguments).value_or(d->settings.language()));
    QApplication::setApplicationDisplayName(tr("IELTS Result Verifier"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks IELTS Test Report Forms against the IELTS result-verification service."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption environmentOption(
        QStringLiteral("environment"),
        tr("Open on the first profile of this environment: production, sandbox or demo (the "
           "offline demo, which needs no credentials)."),
        tr("environment"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), tr("Open on the stored profile with this name."), tr("name"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        tr("Show the interface in this language, such as en, es, ar or zh_CN, instead of the one "
           "chosen in View ▸ Language (not saved)."),
        tr("language"));
    parser.addOption(environmentOption);
    parser.addOption(profileOption);
    parser.addOption(languageOption);
    parser.process(arguments);

    d->window = std::make_unique<MainWindow>(&d->controller, &d->settings);
    MainWindow *window = d->window.get();
    connect(&d->session, &ProfileSession::ready, window, &MainWindow::setActiveProfile);
    connect(&d->session, &ProfileSession::failed, this, &DesktopApplication::profileFailed);
    connect(window, &MainWindow::profilesRequested, this, [this] { openProfiles(false); });
    window->setSampleList([demo = &d->demo] { return demo->sampleApplicantList(); });
    window->show();

    auto usage = [window](const QString &message) {
        window->clearActiveProfile(message);
    };
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        if (const auto profile = d->profiles.findByName(name))
            d->session.activate(profile->id);
        else
            usage(tr("There is no profile named “%1”.").arg(name));
        return -1;
    }
    if (parser.isSet(environmentOption)) {
        bool ok = false;
        const Environment environment = environmentFromKey(parser.value(environmentOption), &ok);
        if (!ok) {
            usage(tr("“%1” is not an environment; use production, sandbox or demo.")
                      .arg(parser.value(environmentOption)));
            return -1;
        }
        if (environment == Environment::Demo) {
            // A newcomer's first look: results on screen without typing anything.
            connect(
                &d->session, &ProfileSession::ready, window, [window] { window->runDemoSearch(); },
                Qt::SingleShotConnection);
            d->session.activateOfflineDemo();
            return -1;
        }
        for (const Profile &profile : d->profiles.profiles()) {
            if (profile.environment == environment) {
                d->session.activate(profile.id);
                return -1;
            }
        }
        usage(tr("There is no %1 profile yet.").arg(environmentDisplayName(environment)));
        return -1;
    }
    if (const auto active = d->profiles.activeProfile()) {
        d->session.activate(active->id);
        return -1;
    }
    // First start: nothing to connect with yet.
    QTimer::singleShot(0, this, [this] { openProfiles(true); });
    return -1;
}

void DesktopApplication::openProfiles(bool firstStart)
{
    MainWindow *window = d->window.get();
    auto *dialog = new CredentialsDialog(d->profiles, &d->network, &d->quota, window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFirstStart(firstStart && d->profiles.profiles().isEmpty());
    // Testing the demo profile needs the demo service; it only runs when a demo profile exists.
    QString demoError;
    if (d->profiles.profile(Profile::offlineDemoId()) && d->demo.start(&demoError))
        dialog->setDemoEndpoints(d->demo.resultUrl(), d->demo.tokenUrl());
    connect(dialog, &CredentialsDialog::profileActivated, this, [this, window](const QString &id) {
        if (id.isEmpty())
            window->clearActiveProfile(tr("No connection profile is left."));
        else
            d->session.activate(id);
    });
    connect(dialog, &QDialog::finished, window, [this, window] {
        if (!d->profiles.activeProfile())
            window->clearActiveProfile(tr("No connection profile is set up yet."));
    });
    dialog->open();
}

void DesktopApplication::profileFailed(const QString &message)
{
    d->window->clearActiveProfile(message);
}
