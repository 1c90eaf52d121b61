#pragma once

#include "QuotaCounter.h"
#include "ResultClient.h"
#include "SandboxServer.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

// A network access manager that remembers every request it sends, so tests can check where
// credentials went.
class RecordingNetwork final : public QNetworkAccessManager
{
public:
    struct Sent
    {
        QUrl url;
        bool hasAuthorization = false;
    };
    QList<Sent> sent;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        sent.append({request.url(), request.hasRawHeader("Authorization")});
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

// Everything one search delivered.
struct JobRun
{
    QList<CandidateResult> delivered; // in delivery order, updates included
    QHash<QString, CandidateResult> latest;
    QStringList warnings;
    QList<JobProgress> progress;
    JobOutcome outcome;
    bool finished = false;

    QSet<QString> trfs() const
    {
        QSet<QString> set;
        for (auto it = latest.cbegin(); it != latest.cend(); ++it)
            set.insert(it.key());
        return set;
    }
};

inline JobRun runJob(ResultClient &client, const QList<SearchQuery> &queries,
                     const Connection &connection, const JobOptions &options, int timeoutMs = 60000)
{
    JobRun run;
    QObject context;
    QObject::connect(&client, &ResultClient::pageReceived, &context,
                     [&run](const QList<CandidateResult> &records) {
                         for (const CandidateResult &r : records) {
                             run.delivered.append(r);
                             run.latest.insert(r.trfNumber(), r);
                         }
                     });
    QObject::connect(&client, &ResultClient::warning, &context,
                     [&run](const QString &w) { run.warnings.append(w); });
    QObject::connect(&client, &ResultClient::progress, &context,
                     [&run](const JobProgress &p) { run.progress.append(p); });
    QObject::connect(&client, &ResultClient::finished, &context, [&run](const JobOutcome &o) {
        run.outcome = o;
        run.finished = true;
    });
    if (!client.start(queries, connection, options))
        return run;
    (void)QTest::qWaitFor([&run] { return run.finished; }, timeoutMs);
    return run;
}

inline QSet<QString> trfSet(const QList<SandboxRecord> &records)
{
    QSet<QString> set;
    for (const SandboxRecord &r : records)
        set.insert(r.trfNumber);
    return set;
}

inline Connection sandboxConnection(const SandboxServer &server,
                                    AuthMethod auth = AuthMethod::Basic)
{
    Connection c;
    c.environment = Environment::Custom;
    c.resultUrl = server.resultUrl();
    c.tokenUrl = server.tokenUrl();
    c.auth = auth;
    c.clientId = SandboxConfig::demoClientId.toString();
    c.clientSecret = SandboxConfig::demoClientSecret.toString();
    return c;
}

inline JobOptions fastOptions()
{
    JobOptions o;
    o.retry.baseDelay = std::chrono::milliseconds(2);
    o.retry.maxDelay = std::chrono::milliseconds(20);
    o.transferTimeoutMs = 20000;
    return o;
}
