#include "SandboxCommandLine.h"
#include "SandboxServer.h"
#include "SandboxTermination.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxMain)
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ielts-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("A local double of the IELTS result-verification API, on 127.0.0.1."));
    parser.addHelpOption();
    SandboxCommandLine::addOptions(parser);
    parser.process(app);

    QTextStream err(stderr);
    const auto options = SandboxCommandLine::read(parser);
    if (!options) {
        err << options.error() << Qt::endl;
        return 2;
    }
    if (!options.value().applicantListPath.isEmpty()) {
        const QString error = SandboxCommandLine::writeApplicantList(options.value());
        if (!error.isEmpty()) {
            err << error << Qt::endl;
            return 1;
        }
        return 0;
    }

    SandboxServer server(options.value().config);
    const quint16 port = server.listen(options.value().port);
    if (port == 0) {
        err << Text::tr("Cannot listen on 127.0.0.1 port %1.").arg(options.value().port)
            << Qt::endl;
        return 1;
    }

    // The port comes first and alone on its line, for scripts and tests that start the sandbox.
    QTextStream out(stdout);
    out << port << Qt::endl;
    const SandboxConfig &config = options.value().config;
    out << Text::tr("Result endpoint: %1").arg(server.resultUrl().toString()) << '\n';
    out << Text::tr("Token endpoint:  %1").arg(server.tokenUrl().toString()) << '\n';
    if (config.clientSecret == SandboxConfig::demoClientSecret)
        out << Text::tr("Credentials: client ID %1, secret %2")
                   .arg(config.clientId, config.clientSecret);
    else
        out << Text::tr("Credentials: client ID %1 and the secret given").arg(config.clientId);
    out << '\n'
        << Text::tr("Records: %1. Press Ctrl+C to stop.").arg(server.dataSet().size()) << Qt::endl;

    quitOnTerminationSignals(&app);
    return app.exec();
}
