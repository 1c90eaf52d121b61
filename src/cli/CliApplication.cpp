#include "CliApplication.h"

#include "ExitCode.h"

#include <QCoreApplication>
#include <QIODevice>

CliApplication::CliApplication(const CommandRegistry &registry, CliContext &context,
                               QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_context(context)
{}

void CliApplication::print(QIODevice *device, const QString &text)
{
    if (device)
        device->write(text.toUtf8());
}

QString CliApplication::usage() const
{
    QString text = tr("Usage: %1 COMMAND [OPTIONS]\n\n"
                      "Checks IELTS Test Report Forms against the result-verification API.\n\n"
                      "Commands:\n")
                       .arg(QCoreApplication::applicationName());
    for (const CommandRegistry::Entry &entry : m_registry.entries())
        text += QStringLiteral("  %1  %2\n").arg(entry.name.leftJustified(10), entry.summary);
    text += tr("\nGlobal options:\n"
               "  --help     Show this help; COMMAND --help shows a command's options.\n"
               "  --version  Show the version.\n");
    return text;
}

void CliApplication::start(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        print(m_context.err, usage());
        Q_EMIT finished(ExitCode::Usage);
        return;
    }
    const QString first = args.first();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        print(m_context.out, usage());
        Q_EMIT finished(ExitCode::Ok);
        return;
    }
    if (first == u"--version" || first == u"-v") {
        print(m_context.out, QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                           QCoreApplication::applicationVersion()));
        Q_EMIT finished(ExitCode::Ok);
        return;
    }
    const CommandRegistry::Entry *entry = m_registry.find(first);
    if (!entry) {
        print(
            m_context.err,
            tr("%1: unknown command \"%2\".\n\n").arg(QCoreApplication::applicationName(), first) +
                usage());
        Q_EMIT finished(ExitCode::Usage);
        return;
    }
    Command *command = entry->create(m_context, this);
    m_command = command;
    connect(command, &Command::finished, this, [this, command](int code) {
        command->deleteLater();
        Q_EMIT finished(code);
    });
    command->start(args.mid(1));
}

void CliApplication::interrupt()
{
    if (m_interrupted)
        return;
    m_interrupted = true;
    if (m_command)
        m_command->interrupt();
    else
        Q_EMIT finished(ExitCode::Interrupted);
}
