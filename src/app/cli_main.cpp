#include "BatchCommand.h"
#include "CliApplication.h"
#include "InterruptWatcher.h"
#include "ProcessSetup.h"
#include "ProfileCommand.h"
#include "ProfileConnectionSource.h"
#include "SearchCommand.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QNetworkProxyFactory>
#include <QTimer>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// "--format pdf" or "--format=pdf" anywhere on the command line, or, without --format, an
// --output whose name ends in .pdf (batch takes the format from it).
bool asksForPdf(int argc, char *argv[])
{
    bool formatGiven = false;
    bool pdfOutput = false;
    for (int i = 1; i < argc; ++i) {
        if (qstricmp(argv[i], "--format=pdf") == 0 ||
            (std::strcmp(argv[i], "--format") == 0 && i + 1 < argc &&
             qstricmp(argv[i + 1], "pdf") == 0))
            return true;
        if (std::strncmp(argv[i], "--format", 8) == 0)
            formatGiven = true;
        const char *output = nullptr;
        if (std::strcmp(argv[i], "--output") == 0 && i + 1 < argc)
            output = argv[i + 1];
        else if (std::strncmp(argv[i], "--output=", 9) == 0)
            output = argv[i] + 9;
        const std::size_t length = output ? std::strlen(output) : 0;
        if (length >= 4 && qstricmp(output + length - 4, ".pdf") == 0)
            pdfOutput = true;
    }
    return pdfOutput && !formatGiven;
}
} // namespace

int main(int argc, char *argv[])
{
    ProcessSetup::boundMemory();
    // A PDF report lays out text, which needs Qt's font database and so a GUI application (one
    // without a display); everything else runs on a plain core application.
    const bool pdf = asksForPdf(argc, argv);
    if (pdf)
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application =
        pdf ? std::unique_ptr<QCoreApplication>(new QGuiApplication(argc, argv))
            : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
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

    context.connectionSources.append(
        std::make_shared<ProfileConnectionSource>(context.environment));

    CommandRegistry registry;
    SearchCommand::registerIn(registry);
    BatchCommand::registerIn(registry);
    ProfileCommand::registerIn(registry);

    CliApplication cli(registry, context);
    QObject::connect(&cli, &CliApplication::finished, &app,
                     [](int code) { QCoreApplication::exit(code); });
    InterruptWatcher interrupts;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &cli, &CliApplication::interrupt);
    QTimer::singleShot(0, &cli, [&cli] { cli.start(QCoreApplication::arguments()); });
    return app.exec();
}
