#pragma once

#include "ApiError.h"

#include "Connection.h"

#include <QCommandLineOption>
#include <QList>
#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

class QCommandLineParser;
class QIODevice;

// Adds options that decide the connection (for instance a stored profile) to the commands that
// talk to the service, without those commands knowing where the settings come from.
class ConnectionSource
{
public:
    virtual ~ConnectionSource() = default;
    virtual QList<QCommandLineOption> options() const = 0;
    // Applies what the parsed options say to `connection`. Returns a translated error message, or
    // an empty string when the options were absent or applied.
    virtual QString apply(const QCommandLineParser &parser, Connection *connection) = 0;
    // Finishes what apply() cannot do at once, such as reading a secret from the keychain, and
    // then calls `done` with a translated error message or an empty string. `done` may run before
    // this returns, and does not run once `context` is destroyed.
    virtual void complete(Connection *connection, QObject *context,
                          std::function<void(const QString &error)> done)
    {
        Q_UNUSED(connection);
        Q_UNUSED(context);
        done({});
    }
};

// What a command may use of its surroundings; tests substitute every part.
struct CliContext
{
    QIODevice *out = nullptr; // results when no --output is given, and --help
    QIODevice *err = nullptr; // errors, warnings, progress
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QList<std::shared_ptr<ConnectionSource>> connectionSources;
};

// One subcommand of ielts-verifier-cli. It runs in the event loop and reports its exit status
// through finished(), exactly once.
class Command : public QObject
{
    Q_OBJECT

public:
    explicit Command(CliContext &context, QObject *parent = nullptr)
        : QObject(parent)
        , m_context(context)
    {}

    // `arguments` are those after the command's name. May emit finished() before returning.
    virtual void start(const QStringList &arguments) = 0;
    // Ctrl+C: stop at once, leave nothing half-written, finish with ExitCode::Interrupted.
    virtual void interrupt() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    void printOut(const QString &text);
    void printErr(const QString &text);
    // A failure on stderr: the message, then the code, HTTP status and transaction ID support
    // asks for, the service's own words and what to do next.
    void printApiError(const QString &message, const ApiError &error);
    CliContext &m_context;
};

// The subcommands by name; each part of the CLI registers its own from its own file.
class CommandRegistry final
{
public:
    using Factory = std::function<Command *(CliContext &context, QObject *parent)>;
    struct Entry
    {
        QString name;
        QString summary; // translated, one line
        Factory create;
    };

    void add(const QString &name, const QString &summary, Factory create);
    const Entry *find(QStringView name) const;
    const QList<Entry> &entries() const { return m_entries; }

private:
    QList<Entry> m_entries;
};
