// Pulls a date range of records with photos from a separate ielts-sandbox process into the main
// window, and reports how long the GUI thread was ever blocked, how long until every row was
// shown, peak memory against the photo bytes received, and the worst stall while scrolling the
// whole table.
//
// Usage: gui-benchmark [--records N] [--sandbox PATH]   (QT_QPA_PLATFORM=offscreen is fine)

#include "MainWindow.h"
#include "QuotaCounter.h"
#include "ResultsModel.h"
#include "ResultsView.h"
#include "SearchController.h"
#include "SearchPane.h"
#include "Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Measures the longest time the event loop of this thread did not get round to a 1 ms timer, in
// wall time (which includes waiting for a core on a loaded machine) and in this thread's own CPU
// time (the work done on the GUI thread without returning to the event loop).
class StallMeter final : public QObject
{
public:
    StallMeter()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.nsecsElapsed();
            m_clock.restart();
            const qint64 cpu = threadCpuNs();
            m_worstCpu = std::max(m_worstCpu, cpu - m_lastCpu);
            m_lastCpu = cpu;
            m_worst = std::max(m_worst, gap);
            if (gap > 30000000)
                m_long.append(gap);
        });
    }
    void start()
    {
        m_worst = 0;
        m_worstCpu = 0;
        m_lastCpu = threadCpuNs();
        m_clock.start();
        m_timer.start();
        m_long.clear();
    }
    double worstMs() const { return m_worst / 1e6; }
    double worstCpuMs() const { return m_worstCpu / 1e6; }
    // Every block over 30 ms, in milliseconds, in the order they happened.
    QString longBlocks() const
    {
        QStringList parts;
        for (qint64 gap : m_long)
            parts.append(QString::number(gap / 1e6, 'f', 0));
        return parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "));
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    qint64 m_worstCpu = 0;
    qint64 m_lastCpu = 0;
    QList<qint64> m_long;
};
} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("Records in the sandbox."),
                                           QStringLiteral("n"), QStringLiteral("20000"));
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"), QStringLiteral("The ielts-sandbox executable."),
        QStringLiteral("path"),
        QApplication::applicationDirPath() + QStringLiteral("/../bin/ielts-sandbox"));
    parser.addOption(recordsOption);
    parser.addOption(sandboxOption);
    parser.addHelpOption();
    parser.process(app);
    const int records = parser.value(recordsOption).toInt();

    const QDateTime anchor(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    QProcess sandbox;
    sandbox.start(parser.value(sandboxOption),
                  {QStringLiteral("--records"), QString::number(records),
                   QStringLiteral("--anchor"), QStringLiteral("2026-01-01T00:00:00"),
                   QStringLiteral("--span-days"), QStringLiteral("90"),
                   QStringLiteral("--daily-quota"), QStringLiteral("1000000")});
    if (!sandbox.waitForStarted() || !sandbox.waitForReadyRead(120000)) {
        std::fprintf(stderr, "the sandbox did not start\n");
        return 1;
    }
    const int port = sandbox.readLine().trimmed().toInt();
    const QString base = QStringLiteral("http://127.0.0.1:%1").arg(port);

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    QNetworkAccessManager network;
    QuotaCounter quota(dir.filePath(QStringLiteral("quota.json")));
    SearchController controller(&network, &quota);
    MainWindow window(&controller, &settings);
    Connection connection;
    connection.environment = Environment::Sandbox;
    connection.resultUrl = QUrl(base + QStringLiteral("/v1/ielts/result-verification"));
    connection.tokenUrl = QUrl(base + QStringLiteral("/v1/cambridge.id/token"));
    connection.auth = AuthMethod::Bearer;
    connection.clientId = QStringLiteral("demo-client");
    connection.clientSecret = QStringLiteral("demo-secret");
    Profile profile = Profile::create(QStringLiteral("Benchmark"));
    profile.environment = Environment::Sandbox;
    window.setActiveProfile(profile, connection);
    window.show();
    QCoreApplication::processEvents();

    const qint64 rssBefore = peakRssKb();
    StallMeter pullStalls;
    QElapsedTimer pullClock;
    JobOutcome outcome;
    bool done = false;
    QObject::connect(&controller, &SearchController::finished, &app, [&](const JobOutcome &o) {
        outcome = o;
        done = true;
    });
    window.searchPane()->setMode(SearchPane::Mode::DateRange);
    window.searchPane()->setRange(anchor.addDays(-90), anchor);
    window.searchPane()->setIncludePhotos(true);
    pullStalls.start();
    pullClock.start();
    window.search();
    while (!done)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    const double pullSeconds = pullClock.nsecsElapsed() / 1e9;
    const double pullWorst = pullStalls.worstMs();

    qint64 photoBytes = 0;
    for (const CandidateResult &r : window.resultsModel()->results())
        photoBytes += r.photo().size();

    // Scroll the whole table a screen at a time, painting each step, as a person paging down.
    ResultsView *view = window.resultsView();
    QScrollBar *bar = view->verticalScrollBar();
    StallMeter scrollStalls;
    scrollStalls.start();
    QElapsedTimer scrollClock;
    scrollClock.start();
    double worstStep = 0;
    for (int value = 0; value <= bar->maximum(); value += std::max(1, bar->pageStep())) {
        QElapsedTimer step;
        step.start();
        bar->setValue(value);
        view->viewport()->repaint();
        QCoreApplication::processEvents();
        worstStep = std::max(worstStep, step.nsecsElapsed() / 1e6);
    }
    const double scrollSeconds = scrollClock.nsecsElapsed() / 1e9;
    const qint64 rssPeak = peakRssKb();

    QTextStream out(stdout);
    out << "records shown:                  " << window.resultsModel()->rowCount() << " of "
        << records << " (" << outcome.requests << " requests"
        << (outcome.succeeded() ? QString() : QStringLiteral(", error: ") + outcome.error.summary())
        << ")\n";
    out << "time until all rows shown:      " << QString::number(pullSeconds, 'f', 2) << " s\n";
    out << "longest GUI-thread block (pull): " << QString::number(pullStalls.worstCpuMs(), 'f', 1)
        << " ms of GUI-thread work (target < 50 ms); wall-clock gap "
        << QString::number(pullWorst, 'f', 1) << " ms\n";
    out << "wall-clock gaps over 30 ms:     " << pullStalls.longBlocks() << "\n";
    out << "scrolling " << bar->maximum() / std::max(1, bar->pageStep())
        << " screens: " << QString::number(scrollSeconds, 'f', 2) << " s, worst step "
        << QString::number(worstStep, 'f', 1) << " ms, longest block "
        << QString::number(scrollStalls.worstCpuMs(), 'f', 1) << " ms of GUI-thread work\n";
    const double photoMb = photoBytes / 1048576.0;
    const double peakMb = rssPeak / 1024.0;
    out << "photo bytes received:           " << QString::number(photoMb, 'f', 1) << " MB\n";
    out << "peak memory (VmHWM):            " << QString::number(peakMb, 'f', 1)
        << " MB (before the pull " << QString::number(rssBefore / 1024.0, 'f', 1)
        << " MB); target < 1.5 x photos + 60 MB = " << QString::number(1.5 * photoMb + 60, 'f', 1)
        << " MB\n";
    out.flush();
    sandbox.terminate();
    sandbox.waitForFinished(5000);
    return outcome.succeeded() ? 0 : 1;
}
