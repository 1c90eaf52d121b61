#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

class QIODevice;
class QSocketNotifier;

// Reads one client secret from standard input, never from the command line: with echo turned off
// when the input is a terminal, as a plain line when it is a pipe or a file. On Unix the event loop
// keeps running meanwhile, so Ctrl+C still reaches the command.
class SecretPrompt final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretPrompt)

public:
    explicit SecretPrompt(QObject *parent = nullptr);
    ~SecretPrompt() override; // puts the terminal back as it was

    static bool inputIsTerminal();

    // Shows `prompt` on `err` when the input is a terminal, then reads up to the end of the line.
    // finished() follows from the event loop.
    void read(const QString &prompt, QIODevice *err);
    // Stops reading and restores the terminal; finished() is not emitted.
    void cancel();
    bool isReading() const { return m_reading; }

Q_SIGNALS:
    // `ok` is false when the input ended before anything was read, or the line was far too long.
    void finished(bool ok, const QString &secret);

private:
    void onReadable();
    void finish(bool ok);
    void restoreTerminal();

    struct TerminalState;
    std::unique_ptr<TerminalState> m_terminal;
    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
    bool m_reading = false;
};
