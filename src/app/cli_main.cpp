#include "CliApplication.h"
#include "InterruptWatcher.h"
#include "ProcessSetup.h"
#include "SearchCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    ProcessSetup::boundMemory();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ielts-verifier-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(IELTS_VERSION));
    QNetworkProxyFactory::setUseSystemConfiguration(true);

    QFile out;
    QFile err;
    out.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    CliContext context;
    context.out = &out;
    context.err = &err;

    CommandRegistry registry;
    SearchCommand::registerIn(registry);

    CliApplication cli(registry, context);
    QObject::connect(&cli, &CliApplication::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &cli, &CliApplication::interrupt);
    QTimer::singleShot(0, &cli, [&cli] { cli.start(QCoreApplication::arguments()); });
    return app.exec();
}
