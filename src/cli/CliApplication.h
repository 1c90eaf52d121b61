#pragma once

#include "Command.h"

#include <QObject>
#include <QPointer>

// The ielts-verifier-cli dispatcher: global --help and --version, then the named subcommand.
class CliApplication final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CliApplication)

public:
    CliApplication(const CommandRegistry &registry, CliContext &context, QObject *parent = nullptr);

    // `arguments` as QCoreApplication::arguments() gives them, program name first. finished() may
    // come before this returns.
    void start(const QStringList &arguments);
    // Forwards an interrupt (Ctrl+C) to the running command.
    void interrupt();

    QString usage() const;

Q_SIGNALS:
    void finished(int exitCode);

private:
    void print(QIODevice *device, const QString &text);

    const CommandRegistry &m_registry;
    CliContext &m_context;
    QPointer<Command> m_command;
    bool m_interrupted = false;
};
