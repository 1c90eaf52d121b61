#include "BatchWindow.h"

#include "ApplicantListReader.h"
#include "BatchDetailsPane.h"
#include "BatchFilterModel.h"
#include "BatchReport.h"
#include "BatchResultsModel.h"
#include "BatchRun.h"
#include "CandidateDetailsDialog.h"
#include "ColumnMappingDialog.h"
#include "ExportJob.h"
#include "MessageBanner.h"
#include "Question.h"
#include "QuotaCounter.h"
#include "RequirementsPanel.h"
#include "Settings.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;
using Reconciliation::Outcome;

namespace {
constexpr int concurrentRequests = 4;

enum FilterChoice
{
    ShowAll = -10,
    ShowBelowRequirements = -11,
    ShowNotChecked = -12,
};

std::optional<ExportFormat> formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "xlsx"_L1)
        return ExportFormat::Xlsx;
    if (suffix == "csv"_L1)
        return ExportFormat::Csv;
    if (suffix == "json"_L1)
        return ExportFormat::Json;
    if (suffix == "pdf"_L1)
        return ExportFormat::Pdf;
    return std::nullopt;
}
} // namespace

BatchWindow::BatchWindow(QNetworkAccessManager *network, TokenProvider *tokens, QuotaCounter *quota,
                         Settings *settings, QWidget *parent)
    : QMainWindow(parent, Qt::Window)
    , m_quota(quota)
    , m_settings(settings)
    , m_run(new BatchRun(network, tokens, quota, this))
    , m_model(new BatchResultsModel(m_run, this))
    , m_proxy(new BatchFilterModel(this))
    , m_exportJob(new ExportJob(this))
{
    setObjectName(u"batchWindow"_s);
    setWindowTitle(tr("Verify Applicant List"));
    setAcceptDrops(true);
    m_proxy->setSourceModel(m_model);

    buildActions();
    buildLayout();

    connect(m_run, &BatchRun::progress, this, &BatchWindow::onProgress);
    connect(m_run, &BatchRun::finished, this, &BatchWindow::onFinished);
    connect(m_run, &BatchRun::warning, this, [this](const QString &message) {
        m_banner->showMessage(MessageBanner::Level::Warning, message);
    });
    connect(m_run, &BatchRun::entryChanged, this, [this](int row) {
        updateSummary();
        const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
        if (current.isValid() && current.row() == row)
            showCurrentDetails();
    });
    connect(m_run, &BatchRun::entriesReset, this, &BatchWindow::updateSummary);
    connect(&m_readWatcher, &QFutureWatcher<void>::finished, this, &BatchWindow::onTableRead);
    connect(m_exportJob, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progressBar->setRange(0, int(qMax<qint64>(total, 1)));
        m_progressBar->setValue(int(done));
    });
    connect(m_exportJob, &ExportJob::finished, this, &BatchWindow::onExportFinished);

    const ProgrammeRequirements saved =
        RequirementsPanel::fromText(m_settings->batchRequirements());
    m_requirements->setRequirements(saved);
    m_run->setRequirements(saved, QDate::currentDate());
    connect(m_requirements, &RequirementsPanel::changed, this,
            [this](const ProgrammeRequirements &requirements) {
                m_settings->setBatchRequirements(RequirementsPanel::toText(requirements));
                m_run->setRequirements(requirements, QDate::currentDate());
                updateSummary();
            });

    if (!restoreGeometry(m_settings->batchWindowGeometry()))
        resize(1180, 720);
    updateActions();
}

BatchWindow::~BatchWindow()
{
    m_readWatcher.waitForFinished();
}

void BatchWindow::buildActions()
{
    QToolBar *toolbar = addToolBar(tr("Batch"));
    toolbar->setObjectName(u"batchToolbar"_s);
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_openAction = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton),
                                      tr("&Open List…"), this, &BatchWindow::chooseList);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setToolTip(
        tr("Open an applicant list (CSV or Excel) (%1)")
            .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    m_sampleAction =
        toolbar->addAction(tr("Try a &Sample List"), this, &BatchWindow::openSampleList);
    m_sampleAction->setToolTip(tr("Open a list of made-up applicants drawn from the offline demo"));
    m_sampleAction->setObjectName(u"sampleListAction"_s);
    m_sampleAction->setVisible(false);

    m_verifyAction = toolbar->addAction(style()->standardIcon(QStyle::SP_MediaPlay), tr("&Verify…"),
                                        this, [this] { reviewTable(m_table); });
    m_verifyAction->setShortcut(Qt::CTRL | Qt::Key_Return);
    m_verifyAction->setToolTip(tr("Check how the list is read and verify it again"));
    m_retryAction = toolbar->addAction(style()->standardIcon(QStyle::SP_BrowserReload),
                                       tr("&Retry Failed"), this, &BatchWindow::retryFailed);
    m_retryAction->setToolTip(tr("Look up again the applicants whose lookup failed"));
    m_cancelAction = toolbar->addAction(style()->standardIcon(QStyle::SP_BrowserStop),
                                        tr("&Cancel"), this, &BatchWindow::cancel);
    m_cancelAction->setShortcut(Qt::Key_Escape);
    m_cancelAction->setToolTip(tr("Stop the batch; the answers so far are kept"));
    toolbar->addSeparator();
    m_exportAction = toolbar->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                        tr("&Export Report…"), this, &BatchWindow::chooseExport);
    m_exportAction->setShortcut(Qt::CTRL | Qt::Key_E);
    m_exportAction->setToolTip(tr("Save the reconciliation as Excel, CSV, JSON or PDF"));
    const QList<QAction *> actions = toolbar->actions();
    for (QAction *action : actions)
        addAction(action);
}

void BatchWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    m_banner = new MessageBanner(central);
    layout->addWidget(m_banner);
    m_pages = new QStackedWidget(central);
    m_pages->addWidget(buildEmptyPage());
    m_pages->addWidget(buildResultsPage());
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    m_progressLabel = new QLabel(this);
    m_progressLabel->setObjectName(u"batchProgressLabel"_s);
    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"batchProgress"_s);
    m_progressBar->setMaximumWidth(220);
    m_progressBar->setAccessibleName(tr("Batch progress"));
    m_progressBar->setVisible(false);
    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(u"batchConnection"_s);
    statusBar()->addWidget(m_progressLabel, 1);
    statusBar()->addPermanentWidget(m_progressBar);
    statusBar()->addPermanentWidget(m_connectionLabel);
}

QWidget *BatchWindow::buildEmptyPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    auto *text = new QLabel(
        tr("<h2>Check a list of applicants</h2>"
           "<p>Open the list your applicants' IELTS results came in, as CSV or Excel. Each "
           "applicant's TRF number is looked up, and what they claimed (names, date of birth, "
           "scores) is compared with the result the service holds.</p>"
           "<p>Nothing is sent until you have seen how the list is read.</p>"),
        page);
    text->setObjectName(u"batchIntro"_s);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMinimumWidth(360);
    text->setMaximumWidth(620);
    // Stretches rather than an alignment flag: an aligned label loses its height-for-width and
    // the wrapped text is cut off.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text, 1);
    textRow->addStretch();
    layout->addLayout(textRow);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    auto *open = new QPushButton(tr("Open Applicant List…"), page);
    open->setObjectName(u"openListButton"_s);
    open->setDefault(true);
    open->setAccessibleDescription(tr("Choose a CSV or Excel file of applicants"));
    connect(open, &QPushButton::clicked, this, &BatchWindow::chooseList);
    buttons->addWidget(open);
    auto *sample = new QPushButton(tr("Try a Sample List"), page);
    sample->setObjectName(u"sampleListButton"_s);
    sample->setAccessibleDescription(
        tr("Opens made-up applicants drawn from the offline demo, with every kind of outcome"));
    connect(sample, &QPushButton::clicked, this, &BatchWindow::openSampleList);
    connect(m_sampleAction, &QAction::visibleChanged, sample,
            [this, sample] { sample->setVisible(m_sampleAction->isVisible()); });
    sample->setVisible(false);
    buttons->addWidget(sample);
    buttons->addStretch();
    layout->addLayout(buttons);
    auto *drop = new QLabel(tr("You can also drop the file here."), page);
    drop->setAlignment(Qt::AlignCenter);
    layout->addWidget(drop);
    layout->addStretch();
    return page;
}

QWidget *BatchWindow::buildResultsPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_listLabel = new QLabel(page);
    m_listLabel->setObjectName(u"listLabel"_s);
    m_listLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_listLabel);

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(u"batchSplitter"_s);
    splitter->setChildrenCollapsible(false);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_requirements = new RequirementsPanel(left);
    leftLayout->addWidget(m_requirements);
    m_photos = new QCheckBox(tr("Fetch candidate &photos"), left);
    m_photos->setObjectName(u"fetchPhotos"_s);
    m_photos->setChecked(true);
    m_photos->setAccessibleDescription(
        tr("Ask for each result's photo, to compare with the applicant and to print in the PDF "
           "report; takes longer"));
    leftLayout->addWidget(m_photos);
    leftLayout->addStretch();

    auto *middle = new QWidget(splitter);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    m_summaryLabel = new QLabel(middle);
    m_summaryLabel->setObjectName(u"summaryLabel"_s);
    m_summaryLabel->setWordWrap(true);
    QFont bold = m_summaryLabel->font();
    bold.setBold(true);
    m_summaryLabel->setFont(bold);
    middleLayout->addWidget(m_summaryLabel);

    auto *filters = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("S&how:"), middle);
    m_outcomeFilter = new QComboBox(middle);
    m_outcomeFilter->setObjectName(u"outcomeFilter"_s);
    m_outcomeFilter->setAccessibleName(tr("Show outcome"));
    m_outcomeFilter->setAccessibleDescription(tr("Shows only the applicants with one outcome"));
    showLabel->setBuddy(m_outcomeFilter);
    m_outcomeFilter->addItem(tr("Every applicant"), int(ShowAll));
    for (Outcome outcome : Reconciliation::allOutcomes())
        m_outcomeFilter->addItem(Reconciliation::outcomeLabel(outcome), int(outcome));
    m_outcomeFilter->addItem(tr("Below the requirements"), int(ShowBelowRequirements));
    m_outcomeFilter->addItem(tr("Not checked yet"), int(ShowNotChecked));
    connect(m_outcomeFilter, &QComboBox::currentIndexChanged, this,
            &BatchWindow::onOutcomeFilterChanged);
    m_textFilter = new QLineEdit(middle);
    m_textFilter->setObjectName(u"batchTextFilter"_s);
    m_textFilter->setPlaceholderText(tr("Filter by name, TRF number, applicant ID…"));
    m_textFilter->setClearButtonEnabled(true);
    m_textFilter->setAccessibleName(tr("Filter applicants"));
    m_textFilter->setAccessibleDescription(tr("Shows only the rows that contain this text"));
    connect(m_textFilter, &QLineEdit::textChanged, m_proxy, &BatchFilterModel::setText);
    auto *findAction = new QAction(this);
    findAction->setShortcut(QKeySequence::Find);
    connect(findAction, &QAction::triggered, m_textFilter,
            [this] { m_textFilter->setFocus(Qt::ShortcutFocusReason); });
    addAction(findAction);
    filters->addWidget(showLabel);
    filters->addWidget(m_outcomeFilter);
    filters->addWidget(m_textFilter, 1);
    middleLayout->addLayout(filters);

    m_view = new QTableView(middle);
    m_view->setObjectName(u"batchTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->setVisible(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setDefaultSectionSize(130);
    m_view->setAccessibleName(tr("Applicants and outcomes"));
    m_view->setAccessibleDescription(
        tr("One row an applicant: the outcome first, then the differences, the requirements, "
           "the applicant's own columns and the result; Enter opens the full record"));
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &BatchWindow::showCurrentDetails);
    connect(m_view, &QTableView::activated, this, &BatchWindow::openFullRecord);
    middleLayout->addWidget(m_view, 1);

    m_details = new BatchDetailsPane(splitter);
    connect(m_details, &BatchDetailsPane::recordRequested, this, &BatchWindow::openFullRecord);

    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 640, 320});
    layout->addWidget(splitter, 1);
    return page;
}

namespace {
// Whether answers fetched over one connection still describe what the other would return.
bool sameService(const Connection &a, const Connection &b)
{
    return a.resultUrl == b.resultUrl && a.clientId == b.clientId;
}
} // namespace

void BatchWindow::setConnection(const Connection &connection, const ReportContext &context)
{
    if (m_run->isRunning() && !sameService(connection, m_runConnection)) {
        m_run->cancel();
        m_banner->showMessage(MessageBanner::Level::Warning,
                              tr("The batch was stopped because the connection profile changed."),
                              tr("The answers received so far are kept. Verify the list again to "
                                 "check it against the new profile."));
    }
    m_connection = connection;
    m_context = context;
    m_hasConnection = true;
    m_connectionLabel->setText(context.isTestData ? tr("%1 (test data)").arg(context.profileName)
                                                  : context.profileName);
    updateActions();
}

void BatchWindow::clearConnection(const QString &reason)
{
    if (m_run->isRunning())
        m_run->cancel();
    m_hasConnection = false;
    m_connectionLabel->setText(reason);
    updateActions();
}

void BatchWindow::setSampleList(std::function<QByteArray()> sampleList)
{
    m_sampleList = std::move(sampleList);
    m_sampleAction->setVisible(bool(m_sampleList));
}

void BatchWindow::chooseList()
{
    auto *dialog = new QFileDialog(this, tr("Open Applicant List"));
    dialog->setObjectName(u"openListDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters({tr("Applicant lists (*.csv *.xlsx *.txt *.tsv)"), tr("All files (*)")});
    const QString folder = m_settings->batchFolder();
    dialog->setDirectory(folder.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                             : folder);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_settings->setBatchFolder(QFileInfo(path).absolutePath());
        openList(path);
    });
    dialog->open();
}

void BatchWindow::openList(const QString &path)
{
    if (m_readWatcher.isRunning() || m_run->isRunning())
        return;
    m_banner->dismiss();
    m_progressLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    auto result = std::make_shared<std::optional<Result<ApplicantTable, QString>>>();
    m_readResult = result;
    m_readWatcher.setFuture(QtConcurrent::run(
        [path, result] { result->emplace(ApplicantListReader::readFile(path)); }));
    updateActions();
}

void BatchWindow::openSampleList()
{
    if (!m_sampleList || m_readWatcher.isRunning() || m_run->isRunning())
        return;
    const QByteArray bytes = m_sampleList();
    auto result = ApplicantListReader::readCsv(bytes, tr("sample-applicants.csv"));
    if (!result) {
        m_banner->showMessage(MessageBanner::Level::Error, result.error());
        return;
    }
    reviewTable(result.value());
}

void BatchWindow::onTableRead()
{
    m_progressLabel->clear();
    updateActions();
    if (!m_readResult || !m_readResult->has_value())
        return;
    const Result<ApplicantTable, QString> result = std::move(**m_readResult);
    m_readResult.reset();
    if (!result) {
        m_banner->showMessage(MessageBanner::Level::Error, tr("The applicant list cannot be read."),
                              result.error());
        return;
    }
    reviewTable(result.value());
}

void BatchWindow::reviewTable(const ApplicantTable &table)
{
    if (table.headers.isEmpty() || m_run->isRunning())
        return;
    const Connection connection = m_connection;
    QuotaCounter *quota = m_quota;
    auto *dialog = new ColumnMappingDialog(
        table,
        [connection, quota](int trfs) { return BatchVerifier::estimate(trfs, quota, connection); },
        this);
    dialog->setObjectName(u"columnMappingDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (table.sourceName == m_table.sourceName && table.headers == m_table.headers &&
        !m_prepared.applicants.isEmpty()) {
        // Verifying the same list again starts from the choices made last time.
        dialog->setMapping(m_lastMapping);
        dialog->setDateOrder(m_lastDateOrder);
    }
    m_mappingDialog = dialog;
    connect(dialog, &QDialog::accepted, this, &BatchWindow::onMappingAccepted);
    connect(dialog, &QObject::destroyed, this, [this, dialog] {
        if (m_mappingDialog == dialog)
            m_mappingDialog = nullptr;
    });
    dialog->open();
}

void BatchWindow::onMappingAccepted()
{
    if (!m_mappingDialog)
        return;
    m_lastMapping = m_mappingDialog->mapping();
    m_lastDateOrder = m_mappingDialog->dateOrder();
    verify(m_mappingDialog->table(), m_mappingDialog->prepared());
}

void BatchWindow::verify(const ApplicantTable &table, const PreparedBatch &batch)
{
    if (m_run->isRunning())
        return;
    if (!m_hasConnection) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("There is no working connection to check the list with."),
                              m_connectionLabel->text());
        return;
    }
    m_table = table;
    m_prepared = batch;
    const BatchQuotaEstimate estimate =
        BatchVerifier::estimate(int(batch.distinctTrfs.size()), m_quota, m_connection);
    if (!estimate.fits()) {
        askQuestion(this, tr("Daily Quota"),
                    tr("%1\nSend anyway? The service will refuse the requests past its limit.")
                        .arg(estimate.message()),
                    tr("Send Anyway"), [this] { start(true); });
        return;
    }
    start(false);
}

void BatchWindow::start(bool ignoreQuota)
{
    m_banner->dismiss();
    m_model->setApplicantHeaders(m_table.headers);
    m_listLabel->setText(tr("%1 — %2").arg(m_table.sourceName, m_table.format));
    m_pages->setCurrentIndex(1);
    m_details->clear();

    BatchVerifier::Options options;
    options.concurrency = concurrentRequests;
    options.photos = m_photos->isChecked();
    options.ignoreQuota = ignoreQuota;
    m_verifiedAt = QDateTime::currentDateTimeUtc();
    m_runConnection = m_connection;
    m_runContext = m_context;
    m_run->setRequirements(m_requirements->requirements(), QDate::currentDate());
    if (!m_run->start(m_table, m_prepared, m_connection, options))
        return;
    if (!m_prepared.warnings.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning, m_prepared.warnings.join(u' '));
    m_progressBar->setRange(0, int(qMax<qsizetype>(m_prepared.distinctTrfs.size(), 1)));
    m_progressBar->setValue(0);
    m_progressBar->setVisible(true);
    m_progressLabel->setText(
        tr("Checking %n applicant(s)…", nullptr, int(m_prepared.applicants.size())));
    fitOutcomeColumn();
    updateActions();
    updateSummary();
}

void BatchWindow::fitOutcomeColumn()
{
    // Wide enough for the longest outcome in this language, whatever the rows hold so far.
    QFont bold = m_view->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int width = 0;
    for (Outcome outcome : Reconciliation::allOutcomes())
        width = std::max(width, metrics.horizontalAdvance(BatchResultsModel::outcomeText(outcome)));
    const int icon = m_view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_view);
    width += icon + 4 * m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 16;
    m_view->setColumnWidth(BatchResultsModel::OutcomeColumn,
                           std::max(width, m_view->horizontalHeader()->sectionSizeHint(
                                               BatchResultsModel::OutcomeColumn)));
}

void BatchWindow::cancel()
{
    if (m_run->isRunning())
        m_run->cancel();
    else if (m_exportJob->isRunning())
        m_exportJob->cancel();
}

void BatchWindow::retryFailed()
{
    if (!sameService(m_connection, m_runConnection)) {
        m_banner->showMessage(
            MessageBanner::Level::Error,
            tr("Nothing was sent: this list was checked with the profile %1.")
                .arg(m_runContext.profileName),
            tr("Switch back to that profile to retry, or verify the whole list again."));
        return;
    }
    BatchVerifier::Options options;
    options.concurrency = concurrentRequests;
    options.photos = m_photos->isChecked();
    if (!m_run->retryFailed(m_connection, options))
        return;
    m_banner->dismiss();
    m_progressBar->setVisible(true);
    m_progressLabel->setText(tr("Looking up the failed applicants again…"));
    updateActions();
}

void BatchWindow::onProgress(const BatchProgress &progress)
{
    m_progressBar->setRange(0, qMax(progress.total, 1));
    m_progressBar->setValue(progress.done);
    QString text = tr("Checked %1 of %2 TRF numbers").arg(progress.done).arg(progress.total);
    if (progress.retries > 0)
        text += tr(" (%n retried request(s))", nullptr, progress.retries);
    m_progressLabel->setText(text);
}

void BatchWindow::onFinished(const BatchRunOutcome &outcome)
{
    m_progressBar->setVisible(false);
    if (outcome.completed()) {
        m_progressLabel->setText(tr("Finished: %n request(s) sent.", nullptr, outcome.requests));
    } else if (outcome.stoppedBy.kind == ApiError::Kind::Cancelled) {
        m_progressLabel->setText(tr("Stopped. The answers so far are kept; "
                                    "the rest are marked as not checked."));
    } else {
        m_progressLabel->clear();
        const ApiError &error = outcome.stoppedBy;
        QStringList details;
        if (!error.code.isEmpty())
            details.append(tr("Code %1").arg(error.code));
        if (error.httpStatus > 0)
            details.append(tr("HTTP status %1").arg(error.httpStatus));
        if (!error.transactionId.isEmpty())
            details.append(tr("Transaction ID %1").arg(error.transactionId));
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("The batch stopped: %1").arg(error.message),
                              error.advice + u' ' +
                                  tr("Applicants checked before it stopped keep their outcome; "
                                     "use Retry Failed for the rest."),
                              details.join(u'\n'));
    }
    updateActions();
    updateSummary();
}

QString BatchWindow::summaryText() const
{
    return m_summaryLabel ? m_summaryLabel->text() : QString();
}

void BatchWindow::updateSummary()
{
    const Reconciliation::Summary summary = m_run->summary();
    QString text = Reconciliation::describe(summary);
    const int pending = int(m_run->entries().size()) - summary.total();
    if (pending > 0)
        text += tr(" — %n still to check", nullptr, pending);
    m_summaryLabel->setText(text);
    m_summaryLabel->setAccessibleName(text);
}

void BatchWindow::updateActions()
{
    const bool running = m_run->isRunning();
    const bool reading = m_readWatcher.isRunning();
    const bool exporting = m_exportJob->isRunning();
    const bool busy = running || reading || exporting;
    m_openAction->setEnabled(!busy);
    m_sampleAction->setEnabled(!busy);
    m_verifyAction->setEnabled(!busy && !m_table.headers.isEmpty() && m_hasConnection);
    m_retryAction->setEnabled(!busy && m_run->failedLookups() > 0 && m_hasConnection);
    m_cancelAction->setEnabled(running || exporting);
    m_exportAction->setEnabled(!busy && !m_run->entries().isEmpty());
    m_requirements->setEnabled(!exporting);
    m_photos->setEnabled(!busy);
}

void BatchWindow::onOutcomeFilterChanged()
{
    const int choice = m_outcomeFilter->currentData().toInt();
    if (choice == ShowAll)
        m_proxy->showAll();
    else if (choice == ShowBelowRequirements)
        m_proxy->showBelowRequirements();
    else if (choice == ShowNotChecked)
        m_proxy->showNotYetChecked();
    else
        m_proxy->showOutcome(choice);
}

void BatchWindow::showCurrentDetails()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid()) {
        m_details->clear();
        return;
    }
    m_details->showEntry(m_model->entry(index.row()), m_model->isResolved(index.row()));
}

void BatchWindow::openFullRecord()
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    if (!index.isValid() || !m_model->isResolved(index.row()))
        return;
    const Reconciliation::Entry &entry = m_model->entry(index.row());
    if (!entry.actual)
        return;
    VerificationRecord::Context context = m_runContext;
    context.queryDescription =
        tr("TRF number %1 from the applicant list %2").arg(entry.applicant.trf, m_table.sourceName);
    context.retrievedAt = m_verifiedAt;
    auto *dialog = new CandidateDetailsDialog(*entry.actual, context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void BatchWindow::chooseExport()
{
    auto *dialog = new QFileDialog(this, tr("Export Reconciliation Report"));
    dialog->setObjectName(u"exportReportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    const QStringList filters = {tr("Excel workbook (*.xlsx)"),
                                 tr("PDF report with photos (*.pdf)"), tr("CSV (*.csv)"),
                                 tr("JSON (*.json)")};
    const QStringList suffixes = {u"xlsx"_s, u"pdf"_s, u"csv"_s, u"json"_s};
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(suffixes.first());
    connect(dialog, &QFileDialog::filterSelected, dialog,
            [dialog, filters, suffixes](const QString &f) {
                dialog->setDefaultSuffix(suffixes.value(filters.indexOf(f), suffixes.first()));
            });
    const QString folder = m_settings->batchFolder();
    const QString base = QFileInfo(m_table.sourceName).completeBaseName();
    dialog->setDirectory(folder.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                             : folder);
    //: The suggested file name of a reconciliation report; %1 is the applicant list's name.
    dialog->selectFile(tr("%1 - verification.xlsx").arg(base.isEmpty() ? tr("applicants") : base));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        m_settings->setBatchFolder(QFileInfo(path).absolutePath());
        exportReport(path);
    });
    dialog->open();
}

void BatchWindow::exportReport(const QString &path)
{
    if (m_exportJob->isRunning() || m_run->isRunning())
        return;
    const std::optional<ExportFormat> format = formatForPath(path);
    if (!format) {
        m_banner->showMessage(
            MessageBanner::Level::Error,
            tr("“%1” does not end in .xlsx, .pdf, .csv or .json.").arg(QFileInfo(path).fileName()),
            tr("Choose one of those types so the report can be written."));
        return;
    }
    BatchReportContent content;
    content.applicantHeaders = m_table.headers;
    content.entries = m_run->entries();
    for (qsizetype i = 0; i < content.entries.size(); ++i) {
        if (!m_run->isResolved(int(i)))
            content.entries[i].verdict =
                Reconciliation::error(tr("Not checked: the batch was stopped before this row."));
    }
    content.requirements = m_run->requirements();
    content.sourceName = m_table.sourceName;
    content.context = m_runContext;
    content.context.queryDescription = tr("Applicant list %1").arg(m_table.sourceName);
    content.context.retrievedAt = m_verifiedAt;

    ExportOptions options;
    options.format = *format;
    options.targetPath = path;
    // Only the PDF, made for a committee, carries photos.
    options.includePhotos = *format == ExportFormat::Pdf;
    // The save dialog has already asked before replacing a file.
    options.replaceExisting = true;
    if (!m_exportJob->start(content, options))
        return;
    m_progressBar->setVisible(true);
    m_progressBar->setValue(0);
    m_progressLabel->setText(tr("Writing %1…").arg(QFileInfo(path).fileName()));
    updateActions();
}

void BatchWindow::onExportFinished()
{
    m_progressBar->setVisible(false);
    const ExportOutcome &outcome = m_exportJob->outcome();
    if (outcome.succeeded()) {
        m_progressLabel->setText(outcome.message);
        m_banner->showMessage(MessageBanner::Level::Information, outcome.message);
    } else if (outcome.status == ExportOutcome::Status::Canceled) {
        m_progressLabel->setText(outcome.message);
    } else {
        m_progressLabel->clear();
        m_banner->showMessage(MessageBanner::Level::Error, outcome.message);
    }
    updateActions();
    Q_EMIT exportFinished(outcome.succeeded(), outcome.message);
}

void BatchWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setBatchWindowGeometry(saveGeometry());
    // Closing hides the window: a running batch carries on and its results stay for later.
    QMainWindow::closeEvent(event);
}

void BatchWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void BatchWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.constFirst().isLocalFile()) {
        event->acceptProposedAction();
        openList(urls.constFirst().toLocalFile());
    }
}
