#include "SecretPrompt.h"

#include <QIODevice>
#include <QMetaObject>
#include <QSocketNotifier>

#ifdef Q_OS_WIN
#include <windows.h>

#include <iostream>
#include <string>
#else
#include <cerrno>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>
#endif

namespace {
// Far beyond any secret the keychain would keep; a longer "line" is not a secret.
constexpr qsizetype maxLineBytes = 64 * 1024;
} // namespace

struct SecretPrompt::TerminalState
{
#ifdef Q_OS_WIN
    HANDLE input = nullptr;
    DWORD mode = 0;
#else
    termios attributes{};
#endif
};

SecretPrompt::SecretPrompt(QObject *parent)
    : QObject(parent)
{}

SecretPrompt::~SecretPrompt()
{
    restoreTerminal();
}

bool SecretPrompt::inputIsTerminal()
{
#ifdef Q_OS_WIN
    DWORD mode = 0;
    return GetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), &mode) != 0;
#else
    return ::isatty(STDIN_FILENO) == 1;
#endif
}

void SecretPrompt::read(const QString &prompt, QIODevice *err)
{
    m_buffer.clear();
    m_reading = true;
    const bool terminal = inputIsTerminal();
    if (terminal && err)
        err->write(prompt.toUtf8());

#ifdef Q_OS_WIN
    // Console input cannot be watched by the event loop here; the read blocks, which is what a
    // person typing at a prompt expects anyway.
    if (terminal) {
        auto state = std::make_unique<TerminalState>();
        state->input = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(state->input, &state->mode)) {
            SetConsoleMode(state->input, state->mode & ~DWORD(ENABLE_ECHO_INPUT));
            m_terminal = std::move(state);
        }
    }
    std::string line;
    const bool gotLine = static_cast<bool>(std::getline(std::cin, line));
    m_buffer = QByteArray::fromStdString(line);
    if (terminal && err)
        err->write("\n");
    QMetaObject::invokeMethod(
        this, [this, gotLine] { finish(gotLine || !m_buffer.isEmpty()); }, Qt::QueuedConnection);
#else
    // A process started with standard input closed finds some descriptor of its own (the event
    // loop's) in its place: only a file, pipe, socket or device is input.
    struct stat input = {};
    if (::fstat(STDIN_FILENO, &input) != 0 ||
        !(S_ISREG(input.st_mode) || S_ISFIFO(input.st_mode) || S_ISCHR(input.st_mode) ||
          S_ISSOCK(input.st_mode))) {
        QMetaObject::invokeMethod(
            this, [this] { finish(false); }, Qt::QueuedConnection);
        return;
    }
    if (terminal) {
        auto state = std::make_unique<TerminalState>();
        if (::tcgetattr(STDIN_FILENO, &state->attributes) == 0) {
            termios silent = state->attributes;
            silent.c_lflag &= ~tcflag_t(ECHO);
            silent.c_lflag |= ECHONL; // the Enter key still moves to the next line
            if (::tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent) == 0)
                m_terminal = std::move(state);
        }
    }
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &SecretPrompt::onReadable);
#endif
}

void SecretPrompt::cancel()
{
    m_reading = false;
    if (m_notifier) {
        m_notifier->setEnabled(false);
        m_notifier->deleteLater();
        m_notifier = nullptr;
    }
    restoreTerminal();
    m_buffer.clear();
}

void SecretPrompt::onReadable()
{
#ifndef Q_OS_WIN
    char chunk[1024];
    const ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (got <= 0) { // end of input
        finish(!m_buffer.isEmpty());
        return;
    }
    m_buffer.append(chunk, got);
    if (m_buffer.contains('\n'))
        finish(true);
    else if (m_buffer.size() > maxLineBytes)
        finish(false);
#endif
}

void SecretPrompt::finish(bool ok)
{
    if (!m_reading)
        return;
    QByteArray line = m_buffer;
    cancel();
    const qsizetype end = line.indexOf('\n');
    if (end >= 0)
        line.truncate(end);
    if (line.endsWith('\r'))
        line.chop(1);
    const QString secret = ok ? QString::fromUtf8(line) : QString();
    Q_EMIT finished(ok, secret);
}

void SecretPrompt::restoreTerminal()
{
    if (!m_terminal)
        return;
#ifdef Q_OS_WIN
    SetConsoleMode(m_terminal->input, m_terminal->mode);
#else
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_terminal->attributes);
#endif
    m_terminal.reset();
}
