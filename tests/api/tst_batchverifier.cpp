#include "ApiTestSupport.h"
#include "BatchVerifier.h"
#include "TokenProvider.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using Special = SandboxDataSet::Special;

namespace {

// Everything one batch reported.
struct Run
{
    QList<TrfLookup> lookups;
    QList<BatchProgress> progress;
    QStringList warnings;
    BatchRunOutcome outcome;
    int finishedCount = 0;
    bool started = false;

    int count(TrfLookup::State state) const
    {
        return int(std::count_if(lookups.cbegin(), lookups.cend(),
                                 [state](const TrfLookup &l) { return l.state == state; }));
    }
    const TrfLookup *find(const QString &trf) const
    {
        for (const TrfLookup &l : lookups)
            if (l.trf == trf)
                return &l;
        return nullptr;
    }
};

// The parts one test needs: a sandbox, a network, shared tokens and an in-memory quota count.
struct Rig
{
    explicit Rig(const SandboxConfig &config)
        : server(config)
        , tokens(&network)
        , quota(QString())
        , verifier(&network, &tokens, &quota)
    {
        listening = server.listen() != 0;
    }

    Run run(const QStringList &trfs, const BatchVerifier::Options &options,
            std::optional<Connection> connection = std::nullopt,
            const std::function<void(Run &)> &onResolved = {})
    {
        Run run;
        QObject context;
        QObject::connect(&verifier, &BatchVerifier::resolved, &context,
                         [&run, &onResolved](const TrfLookup &lookup) {
                             run.lookups.append(lookup);
                             if (onResolved)
                                 onResolved(run);
                         });
        QObject::connect(&verifier, &BatchVerifier::progress, &context,
                         [&run](const BatchProgress &p) { run.progress.append(p); });
        QObject::connect(&verifier, &BatchVerifier::warning, &context,
                         [&run](const QString &w) { run.warnings.append(w); });
        QObject::connect(&verifier, &BatchVerifier::finished, &context,
                         [&run](const BatchRunOutcome &o) {
                             run.outcome = o;
                             ++run.finishedCount;
                         });
        run.started = verifier.start(trfs, connection.value_or(sandboxConnection(server)), options);
        if (run.started)
            (void)QTest::qWaitFor([&run] { return run.finishedCount > 0; }, 90000);
        // Anything that would arrive late (a second finished(), a stray resolution) shows up.
        QTest::qWait(20);
        return run;
    }

    QList<SandboxRequest> resultRequests() const
    {
        QList<SandboxRequest> list;
        for (const SandboxRequest &r : server.requests())
            if (r.path.endsWith(u"/result-verification"))
                list.append(r);
        return list;
    }

    SandboxServer server;
    QNetworkAccessManager network;
    TokenProvider tokens;
    QuotaCounter quota;
    BatchVerifier verifier;
    bool listening = false;
};

SandboxConfig smallData(int records = 120)
{
    SandboxConfig config;
    config.records = records;
    config.seed = 3;
    return config;
}

BatchVerifier::Options fast(int concurrency = 4)
{
    BatchVerifier::Options options;
    options.concurrency = concurrency;
    options.job = fastOptions();
    return options;
}

QStringList ordinaryTrfs(const SandboxDataSet &data, int count, int from = 0)
{
    QStringList trfs;
    for (int i = SandboxDataSet::specialCount + from; i < data.size() && trfs.size() < count; ++i)
        trfs.append(data.at(i).trfNumber);
    return trfs;
}

// The most result requests the sandbox held at once: requests received while an earlier one was
// still waiting out the delay.
int mostInFlight(const QList<SandboxRequest> &requests, int delayMs)
{
    int most = 0;
    for (const SandboxRequest &a : requests) {
        int overlapping = 0;
        for (const SandboxRequest &b : requests) {
            const qint64 after = a.receivedAt.msecsTo(b.receivedAt);
            if (after >= 0 && after < delayMs - 40)
                ++overlapping;
        }
        most = std::max(most, overlapping);
    }
    return most;
}

void checkEveryNumberResolvedOnce(const Run &run, const QStringList &trfs)
{
    QStringList distinct = trfs;
    distinct.removeDuplicates();
    QCOMPARE(run.lookups.size(), distinct.size());
    for (const QString &trf : distinct) {
        const auto n = std::count_if(run.lookups.cbegin(), run.lookups.cend(),
                                     [&trf](const TrfLookup &l) { return l.trf == trf; });
        QVERIFY2(n == 1, qPrintable(trf));
    }
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(run.progress.size(), distinct.size());
    for (int i = 0; i < run.progress.size(); ++i) {
        QCOMPARE(run.progress.at(i).done, i + 1);
        QCOMPARE(run.progress.at(i).total, distinct.size());
    }
}

} // namespace

class TestBatchVerifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void estimateMessage();
    void estimateAgainstTheCount();
    void resolvesEveryNumberOnce_data();
    void resolvesEveryNumberOnce();
    void severalRequestsAreInFlightAtOnce();
    void oneAtATimeWhenConcurrencyIsOne();
    void renewsTheTokenMidBatch();
    void weathersAServiceUnavailableStorm();
    void aNumberThatAlwaysFailsFailsAlone();
    void aNumberThatCannotBeSentFailsAlone();
    void refusesUpFrontWhenTheQuotaDoesNotFit();
    void stopsAtTheServersQuotaRefusal();
    void stopsWhenCredentialsAreRefused();
    void stopsAfterThreeNetworkFailuresInARow();
    void cancelStopsAtOnce();
    void refusesASecondStartWhileRunning();
};

void TestBatchVerifier::estimateMessage()
{
    const BatchQuotaEstimate estimate{640, 9200, 10000};
    QVERIFY(estimate.fits());
    QVERIFY(!(BatchQuotaEstimate{9201, 9200, 10000}.fits()));
    const QString expected =
        QCoreApplication::translate(
            "BatchVerifier", "This batch needs %Ln request(s); %L1 remain today.", nullptr, 640)
            .arg(9200);
    QCOMPARE(estimate.message(), expected);
    QVERIFY(estimate.message().contains(QLocale().toString(640)));
    QVERIFY(estimate.message().contains(QLocale().toString(9200)));

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = estimate.message();
    QLocale::setDefault(QLocale::c());
    QVERIFY2(english.startsWith(u"This batch needs 640 request") &&
                 english.endsWith(u"; 9,200 remain today."),
             qPrintable(english));
    QVERIFY((BatchQuotaEstimate{9200, 9200, 10000}.fits()));
}

void TestBatchVerifier::estimateAgainstTheCount()
{
    QuotaCounter quota{QString()};
    quota.setLimit(100);
    Connection connection;
    connection.clientId = u"client-a"_s;
    quota.add(connection.clientId, 30);
    const BatchQuotaEstimate estimate = BatchVerifier::estimate(71, &quota, connection);
    QCOMPARE(estimate.needed, 71);
    QCOMPARE(estimate.remaining, 70);
    QCOMPARE(estimate.limit, 100);
    QVERIFY(!estimate.fits());
    QVERIFY(BatchVerifier::estimate(70, &quota, connection).fits());
    QVERIFY(BatchVerifier::estimate(100000, nullptr, connection).fits());
}

void TestBatchVerifier::resolvesEveryNumberOnce_data()
{
    QTest::addColumn<SandboxConfig::TrfMiss>("miss");
    QTest::addColumn<AuthMethod>("auth");
    QTest::newRow("empty answer, basic")
        << SandboxConfig::TrfMiss::EmptyResult << AuthMethod::Basic;
    QTest::newRow("404, bearer") << SandboxConfig::TrfMiss::NotFound << AuthMethod::Bearer;
}

void TestBatchVerifier::resolvesEveryNumberOnce()
{
    QFETCH(SandboxConfig::TrfMiss, miss);
    QFETCH(AuthMethod, auth);
    SandboxConfig config = smallData();
    config.trfMiss = miss;
    Rig rig(config);
    QVERIFY(rig.listening);
    const SandboxDataSet &data = rig.server.dataSet();
    QStringList trfs = ordinaryTrfs(data, 9);
    trfs << data.trf(Special::Withheld) << data.trf(Special::ChineseName);
    const QString unknownA = u"24XX999999NONE001A"_s;
    const QString unknownB = u"24XX999998NONE001A"_s;
    trfs << unknownA << trfs.first() << unknownB << trfs.at(3);

    const Run run = rig.run(trfs, fast(), sandboxConnection(rig.server, auth));
    QVERIFY(run.started);
    checkEveryNumberResolvedOnce(run, trfs);
    QVERIFY(run.outcome.completed());
    QCOMPARE(run.outcome.requests, 13);
    QCOMPARE(rig.resultRequests().size(), 13);
    QCOMPARE(run.count(TrfLookup::State::Found), 11);
    QCOMPARE(run.count(TrfLookup::State::NotFound), 2);
    QCOMPARE(run.find(unknownA)->state, TrfLookup::State::NotFound);
    QVERIFY(!run.find(unknownA)->result);
    for (const TrfLookup &lookup : run.lookups) {
        if (lookup.state != TrfLookup::State::Found)
            continue;
        const SandboxRecord *record = data.find(lookup.trf);
        QVERIFY(record);
        QVERIFY(lookup.result);
        QCOMPARE(lookup.result->trfNumber(), record->trfNumber);
        QCOMPARE(lookup.result->familyName(), record->value(u"familyName"));
        QVERIFY(!lookup.error.isError());
    }
    QCOMPARE(run.find(data.trf(Special::Withheld))->result->status(), u"WITHHELD"_s);
    QCOMPARE(run.progress.constLast().requests, 13);
    QCOMPARE(rig.quota.used(SandboxConfig::demoClientId.toString()), 13);
    QVERIFY(!rig.verifier.isRunning());
}

void TestBatchVerifier::severalRequestsAreInFlightAtOnce()
{
    SandboxConfig config = smallData();
    config.delayMs = 300;
    Rig rig(config);
    QVERIFY(rig.listening);
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 12);
    const Run run = rig.run(trfs, fast(4));
    checkEveryNumberResolvedOnce(run, trfs);
    QCOMPARE(run.count(TrfLookup::State::Found), 12);
    const int most = mostInFlight(rig.resultRequests(), config.delayMs);
    QVERIFY2(most >= 3 && most <= 4, qPrintable(QString::number(most)));
}

void TestBatchVerifier::oneAtATimeWhenConcurrencyIsOne()
{
    SandboxConfig config = smallData();
    config.delayMs = 150;
    Rig rig(config);
    QVERIFY(rig.listening);
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 4);
    const Run run = rig.run(trfs, fast(1));
    QCOMPARE(run.count(TrfLookup::State::Found), 4);
    QCOMPARE(mostInFlight(rig.resultRequests(), config.delayMs), 1);
    // In the order given.
    for (int i = 0; i < trfs.size(); ++i)
        QCOMPARE(run.lookups.at(i).trf, trfs.at(i));
}

void TestBatchVerifier::renewsTheTokenMidBatch()
{
    SandboxConfig config = smallData();
    config.tokenLifetimeSeconds = 1;
    config.delayMs = 150;
    Rig rig(config);
    QVERIFY(rig.listening);
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 24);
    QElapsedTimer timer;
    timer.start();
    const Run run = rig.run(trfs, fast(3), sandboxConnection(rig.server, AuthMethod::Bearer));
    QVERIFY(timer.elapsed() > 1200); // long enough that the first token ran out
    checkEveryNumberResolvedOnce(run, trfs);
    QVERIFY(run.outcome.completed());
    QCOMPARE(run.count(TrfLookup::State::Found), 24);
    const int fetches = rig.tokens.fetchCount();
    QVERIFY2(fetches >= 2, qPrintable(QString::number(fetches)));
    // Coalesced: jobs waiting at once share one fetch.
    QVERIFY2(fetches < 24, qPrintable(QString::number(fetches)));
}

void TestBatchVerifier::weathersAServiceUnavailableStorm()
{
    SandboxConfig config = smallData();
    config.failEveryNth = 2;
    config.failStatus = 503;
    Rig rig(config);
    QVERIFY(rig.listening);
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 16);
    const Run run = rig.run(trfs, fast(4));
    checkEveryNumberResolvedOnce(run, trfs);
    QVERIFY(run.outcome.completed());
    QCOMPARE(run.count(TrfLookup::State::Found), 16);
    QVERIFY(run.progress.constLast().retries >= 8);
    QCOMPARE(run.outcome.requests, rig.resultRequests().size());
    QVERIFY(run.outcome.requests >= 24);
}

void TestBatchVerifier::aNumberThatAlwaysFailsFailsAlone()
{
    SandboxConfig config = smallData();
    Rig rig(config);
    QVERIFY(rig.listening);
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 8);
    config.failingTrfs = {trfs.at(2)};
    rig.server.setConfig(config);
    const Run run = rig.run(trfs, fast(2));
    checkEveryNumberResolvedOnce(run, trfs);
    QVERIFY(run.outcome.completed());
    QCOMPARE(run.count(TrfLookup::State::Found), 7);
    const TrfLookup *failed = run.find(trfs.at(2));
    QCOMPARE(failed->state, TrfLookup::State::Failed);
    QCOMPARE(failed->error.kind, ApiError::Kind::Server);
    QCOMPARE(failed->error.code, u"70503"_s);
    // Tried as often as the retry policy allows, then given up.
    const QList<SandboxRequest> requests = rig.resultRequests();
    const auto attempts =
        std::count_if(requests.cbegin(), requests.cend(), [&trfs](const SandboxRequest &r) {
            return r.query.queryItemValue(u"trfNumber"_s) == trfs.at(2);
        });
    QCOMPARE(int(attempts), fastOptions().retry.maxAttempts);
}

void TestBatchVerifier::aNumberThatCannotBeSentFailsAlone()
{
    Rig rig(smallData());
    QVERIFY(rig.listening);
    QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 3);
    trfs.insert(1, u"12-AB!"_s);
    const Run run = rig.run(trfs, fast(2));
    checkEveryNumberResolvedOnce(run, trfs);
    QVERIFY(run.outcome.completed());
    QCOMPARE(run.count(TrfLookup::State::Found), 3);
    QCOMPARE(run.find(u"12-AB!"_s)->state, TrfLookup::State::Failed);
    QCOMPARE(run.find(u"12-AB!"_s)->error.kind, ApiError::Kind::Configuration);
    QCOMPARE(rig.resultRequests().size(), 3);
}

void TestBatchVerifier::refusesUpFrontWhenTheQuotaDoesNotFit()
{
    Rig rig(smallData());
    QVERIFY(rig.listening);
    rig.quota.setLimit(20);
    rig.quota.add(SandboxConfig::demoClientId.toString(), 12);
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 9);
    const Run run = rig.run(trfs, fast());
    checkEveryNumberResolvedOnce(run, trfs);
    QCOMPARE(run.outcome.stoppedBy.kind, ApiError::Kind::Quota);
    QCOMPARE(run.outcome.stoppedBy.message, (BatchQuotaEstimate{9, 8, 20}.message()));
    QCOMPARE(run.outcome.requests, 0);
    QCOMPARE(run.count(TrfLookup::State::Failed), 9);
    for (const TrfLookup &lookup : run.lookups)
        QCOMPARE(lookup.error.kind, ApiError::Kind::Quota);
    QCOMPARE(rig.server.requestCount(), 0);
    QCOMPARE(rig.quota.used(SandboxConfig::demoClientId.toString()), 12);

    // Eight fit.
    const Run fits = rig.run(trfs.mid(0, 8), fast());
    QVERIFY(fits.outcome.completed());
    QCOMPARE(fits.count(TrfLookup::State::Found), 8);
}

void TestBatchVerifier::stopsAtTheServersQuotaRefusal()
{
    SandboxConfig config = smallData();
    config.dailyQuota = 5;
    Rig rig(config);
    QVERIFY(rig.listening);
    rig.quota.setLimit(2); // the count here says no, but the batch is told to go anyway
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 12);
    BatchVerifier::Options options = fast(1);
    options.ignoreQuota = true;
    const Run run = rig.run(trfs, options);
    checkEveryNumberResolvedOnce(run, trfs);
    QVERIFY(!run.warnings.isEmpty());
    QVERIFY(run.warnings.contains(BatchQuotaEstimate{12, 2, 2}.message()));
    QCOMPARE(run.outcome.stoppedBy.kind, ApiError::Kind::Quota);
    QCOMPARE(run.outcome.stoppedBy.code, u"70429"_s);
    QCOMPARE(run.count(TrfLookup::State::Found), 5);
    QCOMPARE(run.count(TrfLookup::State::Failed), 7);
    QCOMPARE(rig.resultRequests().size(), 6);
    for (const TrfLookup &lookup : run.lookups)
        if (lookup.state == TrfLookup::State::Failed)
            QCOMPARE(lookup.error.code, u"70429"_s);
    QCOMPARE(rig.quota.remaining(SandboxConfig::demoClientId.toString()), 0);
}

void TestBatchVerifier::stopsWhenCredentialsAreRefused()
{
    Rig rig(smallData());
    QVERIFY(rig.listening);
    Connection wrong = sandboxConnection(rig.server);
    wrong.clientSecret = u"not-the-secret"_s;
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 20);
    const Run run = rig.run(trfs, fast(3), wrong);
    checkEveryNumberResolvedOnce(run, trfs);
    QCOMPARE(run.outcome.stoppedBy.kind, ApiError::Kind::Authentication);
    QCOMPARE(run.count(TrfLookup::State::Failed), 20);
    // Only the first few were sent before the batch stopped.
    QVERIFY(rig.resultRequests().size() <= 3);
    QVERIFY(run.outcome.requests <= 3);
}

void TestBatchVerifier::stopsAfterThreeNetworkFailuresInARow()
{
    SandboxConfig config = smallData();
    config.resetEveryNth = 1;
    Rig rig(config);
    QVERIFY(rig.listening);
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 10);
    BatchVerifier::Options options = fast(1);
    options.job.retry.maxAttempts = 2;
    const Run run = rig.run(trfs, options);
    checkEveryNumberResolvedOnce(run, trfs);
    QCOMPARE(run.outcome.stoppedBy.kind, ApiError::Kind::Network);
    QCOMPARE(run.count(TrfLookup::State::Failed), 10);
    QSet<QString> tried;
    for (const SandboxRequest &r : rig.resultRequests())
        tried.insert(r.query.queryItemValue(u"trfNumber"_s));
    QCOMPARE(tried, (QSet<QString>{trfs.at(0), trfs.at(1), trfs.at(2)}));
}

void TestBatchVerifier::cancelStopsAtOnce()
{
    SandboxConfig config = smallData();
    config.delayMs = 250;
    Rig rig(config);
    QVERIFY(rig.listening);
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 10);
    Rig *r = &rig;
    const Run run = rig.run(trfs, fast(2), std::nullopt, [r](Run &current) {
        if (current.lookups.size() == 2)
            r->verifier.cancel();
    });
    checkEveryNumberResolvedOnce(run, trfs);
    QCOMPARE(run.outcome.stoppedBy.kind, ApiError::Kind::Cancelled);
    QCOMPARE(run.count(TrfLookup::State::Found), 2);
    QCOMPARE(run.count(TrfLookup::State::Failed), 8);
    QVERIFY(!rig.verifier.isRunning());
    const qsizetype sent = rig.resultRequests().size();
    QVERIFY(sent <= 4);
    QTest::qWait(600);
    QCOMPARE(rig.resultRequests().size(), sent);
}

void TestBatchVerifier::refusesASecondStartWhileRunning()
{
    SandboxConfig config = smallData();
    config.delayMs = 100;
    Rig rig(config);
    QVERIFY(rig.listening);
    const QStringList trfs = ordinaryTrfs(rig.server.dataSet(), 3);
    QSignalSpy finished(&rig.verifier, &BatchVerifier::finished);
    QVERIFY(rig.verifier.start(trfs, sandboxConnection(rig.server), fast()));
    QVERIFY(rig.verifier.isRunning());
    QVERIFY(!rig.verifier.start(trfs, sandboxConnection(rig.server), fast()));
    QVERIFY(finished.wait(20000));
    QVERIFY(!rig.verifier.isRunning());
    QVERIFY(rig.verifier.start({}, sandboxConnection(rig.server), fast()));
    QVERIFY(finished.wait(5000));
}

QTEST_GUILESS_MAIN(TestBatchVerifier)
#include "tst_batchverifier.moc"
