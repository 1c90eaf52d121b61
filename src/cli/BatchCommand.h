#pragma once

#include "ApplicantTable.h"
#include "BatchPreparation.h"
#include "BatchRun.h"
#include "Command.h"
#include "ConnectionOptions.h"
#include "ProgrammeRequirements.h"
#include "Reconciliation.h"

#include <QElapsedTimer>

#include <memory>

class QCommandLineParser;
class QNetworkAccessManager;
class QuotaCounter;
class TokenProvider;

// `batch`: verifies every applicant of a CSV or XLSX list against the service and writes a
// reconciliation report (CSV, Excel, PDF or JSON) with one outcome per row of the list.
class BatchCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchCommand)

public:
    BatchCommand(CliContext &context, QObject *parent = nullptr);
    ~BatchCommand() override;

    static void registerIn(CommandRegistry &registry);

    void start(const QStringList &arguments) override;
    void interrupt() override;

private:
    bool prepare(const QStringList &arguments);
    bool readRequirements(const QCommandLineParser &parser);
    bool readList(const QCommandLineParser &parser);
    void reportPreparation();
    void verify();
    void onProgress(const BatchProgress &progress);
    void onFinished(const BatchRunOutcome &outcome);
    void writeReport();
    void usageError(const QString &message);
    void done(int exitCode);

    ConnectionOptions m_connectionOptions;
    Connection m_connection;
    BatchVerifier::Options m_options;
    ProgrammeRequirements m_requirements;
    QString m_outputPath;
    QString m_format; // "csv", "xlsx", "pdf" or "json"
    QString m_profileName;
    ApplicantTable m_table;
    PreparedBatch m_batch;

    QNetworkAccessManager *m_network = nullptr;
    TokenProvider *m_tokens = nullptr;
    std::unique_ptr<QuotaCounter> m_quota;
    BatchRun *m_run = nullptr;
    bool m_quiet = false;
    bool m_showProgress = false;
    bool m_done = false;
    QElapsedTimer m_progressClock;
};
