#pragma once

#include "ApplicantTable.h"
#include "BatchPreparation.h"
#include "BatchVerifier.h"
#include "ColumnMapping.h"
#include "Connection.h"
#include "ExportOptions.h"
#include "ExportRequest.h"
#include "Result.h"

#include <QFutureWatcher>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class BatchDetailsPane;
class ExportJob;
class BatchFilterModel;
class BatchResultsModel;
class BatchRun;
class ColumnMappingDialog;
class MessageBanner;
class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QStackedWidget;
class QTableView;
class QuotaCounter;
class RequirementsPanel;
class Settings;
class TokenProvider;

// Checks a whole applicant list against the service: open a CSV or Excel list, confirm how its
// columns are read, then watch each applicant's outcome arrive, narrow the table by outcome, see
// claim and result side by side, and export the reconciliation for a committee.
class BatchWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BatchWindow)

public:
    BatchWindow(QNetworkAccessManager *network, TokenProvider *tokens, QuotaCounter *quota,
                Settings *settings, QWidget *parent = nullptr);
    ~BatchWindow() override;

    // The connection batches run with, and what reports say about it.
    void setConnection(const Connection &connection, const ReportContext &context);
    void clearConnection(const QString &reason);
    // Offers a ready-made list drawn from the offline demo's data (empty function: no offer).
    void setSampleList(std::function<QByteArray()> sampleList);

    // Reads a list off the GUI thread and then shows how its columns will be read.
    void openList(const QString &path);
    void openSampleList();
    // Shows the column mapping for a list already read.
    void reviewTable(const ApplicantTable &table);
    void verify(const ApplicantTable &table, const PreparedBatch &batch);
    void cancel();
    void retryFailed();
    // Writes the reconciliation; the format follows the file name's extension.
    void exportReport(const QString &path);

    BatchRun *run() const { return m_run; }
    BatchResultsModel *model() const { return m_model; }
    BatchFilterModel *filterModel() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }
    ColumnMappingDialog *mappingDialog() const { return m_mappingDialog; }
    RequirementsPanel *requirementsPanel() const { return m_requirements; }
    BatchDetailsPane *detailsPane() const { return m_details; }
    QString summaryText() const;

Q_SIGNALS:
    void exportFinished(bool success, const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    QWidget *buildEmptyPage();
    QWidget *buildResultsPage();
    void chooseList();
    void chooseExport();
    void onTableRead();
    void onMappingAccepted();
    void start(bool ignoreQuota);
    void onProgress(const BatchProgress &progress);
    void onFinished(const BatchRunOutcome &outcome);
    void onExportFinished();
    void onOutcomeFilterChanged();
    void updateSummary();
    void fitOutcomeColumn();
    void updateActions();
    void showCurrentDetails();
    void openFullRecord();

    QuotaCounter *m_quota;
    Settings *m_settings;
    BatchRun *m_run;
    BatchResultsModel *m_model;
    BatchFilterModel *m_proxy;
    ExportJob *m_exportJob;

    QStackedWidget *m_pages = nullptr;
    MessageBanner *m_banner = nullptr;
    QLabel *m_listLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QComboBox *m_outcomeFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QTableView *m_view = nullptr;
    BatchDetailsPane *m_details = nullptr;
    RequirementsPanel *m_requirements = nullptr;
    QCheckBox *m_photos = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_sampleAction = nullptr;
    QAction *m_verifyAction = nullptr;
    QAction *m_retryAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_exportAction = nullptr;

    ColumnMappingDialog *m_mappingDialog = nullptr;
    QFutureWatcher<void> m_readWatcher;
    std::shared_ptr<std::optional<Result<ApplicantTable, QString>>> m_readResult;
    std::function<QByteArray()> m_sampleList;
    Connection m_connection;
    bool m_hasConnection = false;
    ReportContext m_context;
    // The connection and profile the current results came from, for retries and reports.
    Connection m_runConnection;
    ReportContext m_runContext;
    ApplicantTable m_table;
    PreparedBatch m_prepared;
    ColumnMapping m_lastMapping;
    ApplicantDate::Order m_lastDateOrder = ApplicantDate::Order::DayFirst;
    QDateTime m_verifiedAt;
};
