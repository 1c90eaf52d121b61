#include "SandboxTermination.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int signalPipe[2] = {-1, -1};

// A signal handler may do almost nothing: it wakes the event loop through a socket.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

void quitOnTerminationSignals(QCoreApplication *app)
{
    if (signalPipe[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, [notifier] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const auto read = ::read(signalPipe[1], &byte, 1);
        QCoreApplication::quit();
    });

    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

#else
#include <QTimer>

#include <atomic>
#include <csignal>

namespace {

std::atomic<bool> terminationRequested = false;

void onSignal(int)
{
    terminationRequested = true;
}

} // namespace

void quitOnTerminationSignals(QCoreApplication *app)
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    // Without a self-pipe, look at the flag a few times a second.
    auto *timer = new QTimer(app);
    QObject::connect(timer, &QTimer::timeout, app, [] {
        if (terminationRequested)
            QCoreApplication::quit();
    });
    timer->start(200);
}
#endif
