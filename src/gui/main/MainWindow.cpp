#include "MainWindow.h"

#include "BatchRun.h"
#include "BatchWindow.h"
#include "CandidateDetailsDialog.h"
#include "ExportDialog.h"
#include "IeltsBuildInfo.h"
#include "LanguageMenu.h"
#include "MessageBanner.h"
#include "Question.h"
#include "QuotaCounter.h"
#include "ResultsFilterModel.h"
#include "ResultsModel.h"
#include "ResultsView.h"
#include "SearchController.h"
#include "SearchPane.h"
#include "Settings.h"
#include "ThumbnailCache.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
bool isTestEnvironment(Environment environment)
{
    return environment == Environment::Demo || environment == Environment::Sandbox;
}

QString supportDetails(const ApiError &error)
{
    QStringList lines;
    if (!error.code.isEmpty())
        lines.append(MainWindow::tr("Error code: %1").arg(error.code));
    if (error.httpStatus > 0)
        lines.append(MainWindow::tr("HTTP status: %1").arg(error.httpStatus));
    if (!error.transactionId.isEmpty())
        lines.append(MainWindow::tr("Transaction ID: %1").arg(error.transactionId));
    if (!error.serverMessage.isEmpty())
        lines.append(MainWindow::tr("The service said: %1").arg(error.serverMessage));
    lines.append(MainWindow::tr("Kind: %1").arg(ApiError::kindName(error.kind)));
    return lines.join(u'\n');
}
} // namespace

MainWindow::MainWindow(SearchController *controller, Settings *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_controller(controller)
    , m_settings(settings)
    , m_thumbnails(new ThumbnailCache(QSize(40, 50), this))
    , m_model(new ResultsModel(m_thumbnails, this))
    , m_proxy(new ResultsFilterModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    resize(1280, 800);
    m_proxy->setSourceModel(m_model);
    buildLayout();
    buildActions();

    connect(m_searchPane, &SearchPane::searchRequested, this, &MainWindow::search);
    connect(m_searchPane, &SearchPane::cancelRequested, this, &MainWindow::cancelSearch);
    connect(m_view, &ResultsView::detailsRequested, this, &MainWindow::openDetails);
    connect(m_view, &ResultsView::exportRequested, this, &MainWindow::openExport);
    connect(m_filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuickFilter(text);
        updateResultCount();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateResultCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateResultCount);

    connect(m_controller, &SearchController::pageReceived, m_model, &ResultsModel::addOrUpdate);
    connect(m_controller, &SearchController::progress, this, &MainWindow::onProgress);
    connect(m_controller, &SearchController::warning, this,
            [this](const QString &message) { m_warnings.append(message); });
    connect(m_controller, &SearchController::finished, this, &MainWindow::onFinished);
    connect(m_controller, &SearchController::quotaChanged, this, &MainWindow::updateQuota);

    restoreState();
    updateRunningState(false);
    updateResultCount();
}

MainWindow::~MainWindow() = default;

void MainWindow::buildLayout()
{
    m_searchPane = new SearchPane(this);
    m_searchPane->setObjectName(QStringLiteral("searchPane"));

    auto *resultsPanel = new QWidget(this);
    auto *resultsLayout = new QVBoxLayout(resultsPanel);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    m_banner = new MessageBanner(resultsPanel);
    resultsLayout->addWidget(m_banner);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(tr("&Filter:"), resultsPanel);
    m_filterEdit = new QLineEdit(resultsPanel);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Names, TRF numbers, countries, centres… (Ctrl+F)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setAccessibleName(tr("Filter results"));
    m_filterEdit->setAccessibleDescription(tr("Shows only the rows that contain every word typed"));
    filterLabel->setBuddy(m_filterEdit);
    m_countLabel = new QLabel(resultsPanel);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_countLabel->setAccessibleDescription(tr("How many results the table shows"));
    filterRow->addWidget(filterLabel);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_countLabel);
    resultsLayout->addLayout(filterRow);

    auto *progressRow = new QHBoxLayout;
    m_progressBar = new QProgressBar(resultsPanel);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setAccessibleName(tr("Search progress"));
    m_progressBar->setAccessibleDescription(tr("How far the running search has got"));
    m_progressBar->setTextVisible(false);
    m_progressLabel = new QLabel(resultsPanel);
    m_progressLabel->setObjectName(QStringLiteral("progressLabel"));
    m_progressLabel->setAccessibleDescription(tr("What the search is doing, and how it ended"));
    progressRow->addWidget(m_progressBar, 1);
    progressRow->addWidget(m_progressLabel, 2);
    resultsLayout->addLayout(progressRow);

    m_view = new ResultsView(resultsPanel);
    m_view->setModels(m_model, m_proxy);
    resultsLayout->addWidget(m_view, 1);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_searchPane);
    m_splitter->addWidget(resultsPanel);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({340, 900});
    setCentralWidget(m_splitter);

    m_profileLabel = new QLabel(this);
    m_profileLabel->setObjectName(QStringLiteral("profileLabel"));
    m_profileLabel->setTextFormat(Qt::RichText);
    m_quotaLabel = new QLabel(this);
    m_quotaLabel->setObjectName(QStringLiteral("quotaLabel"));
    m_quotaLabel->setAccessibleDescription(tr("Requests used and left today"));
    statusBar()->addPermanentWidget(m_profileLabel);
    statusBar()->addPermanentWidget(m_quotaLabel);
    // Tab follows the order of creation, which is the reading order: the search pane, the
    // banner when it shows, the filter, then the table.
}

void MainWindow::buildActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    m_exportAction = fileMenu->addAction(tr("&Export…"));
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::openExport);
    QAction *batch = fileMenu->addAction(tr("Verify Applicant &List…"));
    batch->setObjectName(QStringLiteral("batchAction"));
    batch->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    batch->setStatusTip(tr("Check a CSV or Excel list of applicants' claimed results"));
    connect(batch, &QAction::triggered, this, &MainWindow::openBatch);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    m_copyAction = editMenu->addAction(tr("&Copy selected rows"));
    m_copyAction->setShortcut(QKeySequence::Copy);
    m_copyAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(m_copyAction);
    connect(m_copyAction, &QAction::triggered, m_view, &ResultsView::copySelection);
    m_filterAction = editMenu->addAction(tr("&Filter results"));
    m_filterAction->setShortcut(QKeySequence::Find);
    connect(m_filterAction, &QAction::triggered, this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });

    QMenu *searchMenu = menuBar()->addMenu(tr("&Search"));
    m_searchAction = searchMenu->addAction(tr("&Search"));
    m_searchAction->setObjectName(QStringLiteral("searchAction"));
    m_searchAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence::Refresh});
    connect(m_searchAction, &QAction::triggered, this, &MainWindow::search);
    m_cancelAction = searchMenu->addAction(tr("&Cancel search"));
    m_cancelAction->setObjectName(QStringLiteral("cancelAction"));
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancelSearch);
    searchMenu->addSeparator();
    QAction *trfMode = searchMenu->addAction(tr("By &TRF number"));
    trfMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(trfMode, &QAction::triggered, this, [this] {
        m_searchPane->setMode(SearchPane::Mode::Trf);
        m_searchPane->setFocus(Qt::ShortcutFocusReason);
    });
    QAction *rangeMode = searchMenu->addAction(tr("By &date range"));
    rangeMode->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(rangeMode, &QAction::triggered, this, [this] {
        m_searchPane->setMode(SearchPane::Mode::DateRange);
        m_searchPane->setFocus(Qt::ShortcutFocusReason);
    });
    searchMenu->addSeparator();
    m_detailsAction = searchMenu->addAction(tr("Candidate &details"));
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_detailsAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            openDetails(m_proxy->mapToSource(current).row());
    });

    QMenu *connectionMenu = menuBar()->addMenu(tr("&Connection"));
    QAction *profiles = connectionMenu->addAction(tr("&Profiles and credentials…"));
    profiles->setObjectName(QStringLiteral("profilesAction"));
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(profiles, &QAction::triggered, this, &MainWindow::profilesRequested);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addMenu(new LanguageMenu(m_settings, this));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About IELTS Result Verifier"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->addAction(m_searchAction);
    toolbar->addAction(m_cancelAction);
    toolbar->addSeparator();
    toolbar->addAction(m_detailsAction);
    toolbar->addAction(m_exportAction);
    toolbar->addSeparator();
    toolbar->addAction(profiles);
}

void MainWindow::setActiveProfile(const Profile &profile, const Connection &connection)
{
    m_profile = profile;
    m_hasProfile = true;
    m_connection = connection;
    m_controller->setConnection(connection);
    const QString name = profile.name;
    const QString environment = environmentDisplayName(connection.environment);
    if (isTestEnvironment(connection.environment)) {
        m_profileLabel->setText(
            tr("<b style='color:#b00020'>⚠ %1 — TEST DATA</b> · %2")
                .arg(environment.toUpper().toHtmlEscaped(), name.toHtmlEscaped()));
        // The application's name is added to the title by Qt.
        setWindowTitle(tr("%1 (%2, test data)").arg(name, environment));
    } else {
        m_profileLabel->setText(
            tr("Profile: <b>%1</b> · %2").arg(name.toHtmlEscaped(), environment.toHtmlEscaped()));
        setWindowTitle(name);
    }
    m_profileLabel->setAccessibleName(
        isTestEnvironment(connection.environment)
            ? tr("Active profile %1, environment %2, test data only").arg(name, environment)
            : tr("Active profile %1, environment %2").arg(name, environment));
    m_searchPane->setLastPull(m_settings->lastPull(profile.id));
    updateRunningState(m_controller->isRunning());
    if (m_batch)
        connectBatch();
}

void MainWindow::clearActiveProfile(const QString &reason)
{
    m_hasProfile = false;
    m_controller->cancel();
    m_profileLabel->setText(tr("No profile"));
    m_profileLabel->setAccessibleName(tr("No profile"));
    setWindowTitle(QString());
    m_banner->showMessage(MessageBanner::Level::Warning, reason,
                          tr("Open Connection ▸ Profiles and credentials to choose or create "
                             "one."));
    updateRunningState(false);
    if (m_batch) {
        m_batch->clearConnection(reason);
        m_batch->setSampleList(nullptr);
    }
}

void MainWindow::setSampleList(std::function<QByteArray()> sampleList)
{
    m_sampleList = std::move(sampleList);
    if (m_batch && m_hasProfile)
        connectBatch();
}

BatchWindow *MainWindow::openBatch()
{
    if (!m_batch) {
        m_batch = new BatchWindow(m_controller->network(), m_controller->tokens(),
                                  m_controller->quota(), m_settings, this);
        if (m_hasProfile)
            connectBatch();
        else
            m_batch->clearConnection(tr("No connection profile is active."));
    }
    m_batch->show();
    m_batch->raise();
    m_batch->activateWindow();
    return m_batch;
}

void MainWindow::connectBatch()
{
    m_batch->setConnection(m_connection, reportContext());
    // The sample list is drawn from the demo's own data, so it is offered only there.
    m_batch->setSampleList(m_connection.environment == Environment::Demo ? m_sampleList : nullptr);
}

void MainWindow::search()
{
    if (!m_hasProfile) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("Nothing was sent: no connection profile is active."),
                              tr("Open Connection ▸ Profiles and credentials to choose or create "
                                 "one."));
        return;
    }
    const SearchPane::Request request = m_searchPane->request();
    if (!request.errors.isEmpty()) {
        m_banner->showMessage(MessageBanner::Level::Error,
                              tr("Nothing was sent: please correct the search first."),
                              request.errors.join(u'\n'));
        return;
    }
    if (request.queries.isEmpty())
        return;
    auto go = [this, request] {
        m_warnings = request.warnings;
        startSearch(request.queries, false);
    };
    if (m_controller->isRunning()) {
        askQuestion(
            this, tr("Search again?"),
            tr("A search is still running. Stop it and start the new one? The results shown "
               "so far will be replaced."),
            tr("Stop and search"), go);
        return;
    }
    go();
}

void MainWindow::startSearch(const QList<SearchQuery> &queries, bool ignoreQuota)
{
    m_banner->dismiss();
    m_model->clear();
    m_lastQueries = queries;
    m_searchStartedAt = QDateTime::currentDateTimeUtc();
    m_progressBar->setRange(0, 0);
    m_progressLabel->setText(tr("Sending…"));
    JobOptions options;
    options.ignoreQuota = ignoreQuota;
    updateRunningState(true);
    m_controller->start(queries, options);
}

void MainWindow::runDemoSearch()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_searchPane->setMode(SearchPane::Mode::DateRange);
    m_searchPane->setRange(now.addDays(-30).addMSecs(-now.time().msec()),
                           now.addMSecs(-now.time().msec()));
    m_searchPane->setIncludePhotos(true);
    search();
}

void MainWindow::cancelSearch()
{
    if (m_controller->isRunning())
        m_controller->cancel();
}

void MainWindow::onProgress(const JobProgress &progress)
{
    QString text = tr("%n page(s), ", nullptr, progress.pages) +
                   tr("%n record(s)", nullptr, int(progress.records));
    if (progress.rangeStart.isValid()) {
        const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
        text += tr(" · fetching %1 → %2 UTC")
                    .arg(progress.position.isValid() ? progress.position.toString(format)
                                                     : progress.rangeStart.toString(format),
                         progress.rangeEnd.toString(format));
        const qint64 span = progress.rangeStart.secsTo(progress.rangeEnd);
        if (span > 0 && progress.position.isValid()) {
            m_progressBar->setRange(0, 1000);
            m_progressBar->setValue(
                int(1000 * progress.rangeStart.secsTo(progress.position) / span));
        }
    } else if (progress.partsTotal > 1) {
        m_progressBar->setRange(0, progress.partsTotal);
        m_progressBar->setValue(progress.partsDone);
        text += tr(" · %1 of %2 TRF numbers").arg(progress.partsDone).arg(progress.partsTotal);
    }
    if (progress.retries > 0)
        text += tr(" · %n retry(s)", nullptr, progress.retries);
    m_progressLabel->setText(text);
}

void MainWindow::onFinished(const JobOutcome &outcome)
{
    updateRunningState(false);
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(1);
    const ApiError &error = outcome.error;
    const QString summary = tr("%n result(s) from %1", nullptr, int(m_model->rowCount()))
                                .arg(tr("%n request(s)", nullptr, outcome.requests));
    if (error.kind == ApiError::Kind::Cancelled) {
        m_progressLabel->setText(tr("Cancelled. %1 shown.").arg(summary));
        m_banner->showMessage(MessageBanner::Level::Information,
                              tr("The search was cancelled; the results received before are "
                                 "shown."));
        return;
    }
    if (error.kind == ApiError::Kind::Quota && outcome.requests == 0) {
        // Refused on this computer before anything was sent: the officer may still decide.
        m_progressLabel->setText(tr("Not sent."));
        m_banner->showMessage(MessageBanner::Level::Warning, error.message, error.advice);
        askQuestion(this, tr("Daily quota"),
                    error.message + u"\n\n" + tr("Send the search anyway?"), tr("Send anyway"),
                    [this] { startSearch(m_lastQueries, true); });
        return;
    }
    if (error.isError()) {
        m_progressLabel->setText(tr("Stopped. %1 shown.").arg(summary));
        m_banner->showMessage(MessageBanner::Level::Error, error.message, error.advice,
                              supportDetails(error));
        return;
    }
    m_progressLabel->setText(tr("Done: %1.").arg(summary));
    // A completed range pull moves "since my last pull" on to where this one ended.
    for (const SearchQuery &query : std::as_const(m_lastQueries)) {
        if (query.kind() == SearchQuery::Kind::DateRange) {
            m_settings->setLastPull(m_profile.id, query.end());
            m_searchPane->setLastPull(query.end());
        }
    }
    QStringList notes = m_warnings;
    if (!outcome.notFound.isEmpty())
        notes.prepend(tr("No result was found for %n TRF number(s): %1", nullptr,
                         int(outcome.notFound.size()))
                          .arg(outcome.notFound.join(QStringLiteral(", "))));
    if (m_model->rowCount() == 0 && outcome.notFound.isEmpty())
        notes.prepend(tr("The service found no results for this search."));
    if (!notes.isEmpty())
        m_banner->showMessage(MessageBanner::Level::Warning, notes.first(),
                              notes.mid(1).join(u'\n'));
}

ReportContext MainWindow::reportContext() const
{
    ReportContext context;
    context.profileName = m_profile.name;
    context.environmentName = environmentDisplayName(m_connection.environment);
    context.isTestData = isTestEnvironment(m_connection.environment);
    QStringList queries;
    for (const SearchQuery &query : m_lastQueries)
        queries.append(query.describe());
    context.queryDescription = queries.join(QStringLiteral("; "));
    context.retrievedAt = m_searchStartedAt;
    context.applicationVersion = QApplication::applicationVersion();
    return context;
}

void MainWindow::openDetails(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount())
        return;
    auto *dialog = new CandidateDetailsDialog(m_model->result(sourceRow), reportContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openExport()
{
    if (m_model->rowCount() == 0)
        return;
    ExportRequest request;
    request.records = m_model->results();
    request.filteredRows = m_view->visibleSourceRows();
    request.selectedRows = m_view->selectedSourceRows();
    request.columns = m_view->arrangedColumns();
    request.context = reportContext();
    auto *dialog = new ExportDialog(std::move(request), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::updateQuota(int used, int limit)
{
    const int left = std::max(0, limit - used);
    m_quotaLabel->setText(
        tr("Today: %Ln request(s) used, %1 left", nullptr, used).arg(QLocale().toString(left)));
    m_quotaLabel->setToolTip(tr("Counted on this computer for client ID %1, per UTC day; the "
                                "service allows %2 a day.")
                                 .arg(m_connection.clientId, QLocale().toString(limit)));
    m_searchPane->setQuota(used, limit);
}

void MainWindow::updateRunningState(bool running)
{
    m_searchPane->setRunning(running);
    m_cancelAction->setEnabled(running);
    m_progressBar->setVisible(running || m_progressBar->value() > 0);
}

void MainWindow::updateResultCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_countLabel->setText(shown == total ? tr("%n result(s)", nullptr, total)
                                         : tr("%1 of %2 shown").arg(shown).arg(total));
    m_exportAction->setEnabled(total > 0);
    m_detailsAction->setEnabled(total > 0);
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About IELTS Result Verifier"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setText(
        tr("<h3>IELTS Result Verifier %1</h3>"
           "<p>Checks IELTS Test Report Forms against the IELTS result-verification service.</p>"
           "<p>Build %2 of %3.<br>Qt %4 (running on %5), QtKeychain %6, libxlsxwriter %7, "
           "minizip.</p>"
           "<p>Qt is used under the GNU LGPL version 3; QtKeychain and libxlsxwriter under the "
           "BSD 2-clause licence; minizip under the zlib licence.</p>")
            .arg(QLatin1StringView(IeltsBuildInfo::version),
                 QLatin1StringView(IeltsBuildInfo::sourceRevision()),
                 QLatin1StringView(IeltsBuildInfo::buildDate()),
                 QLatin1StringView(IeltsBuildInfo::qtVersion), QString::fromLatin1(qVersion()),
                 QLatin1StringView(IeltsBuildInfo::qtKeychainVersion),
                 QLatin1StringView(IeltsBuildInfo::xlsxwriterVersion)));
    box->open();
}

void MainWindow::restoreState()
{
    restoreGeometry(m_settings->windowGeometry());
    QMainWindow::restoreState(m_settings->windowState());
    m_splitter->restoreState(m_settings->splitterState());
    m_view->restoreLayout(m_settings->columnLayout());
    m_searchPane->setMode(m_settings->lastSearchMode() == u"range" ? SearchPane::Mode::DateRange
                                                                   : SearchPane::Mode::Trf);
}

void MainWindow::saveState()
{
    m_settings->setWindowGeometry(saveGeometry());
    m_settings->setWindowState(QMainWindow::saveState());
    m_settings->setSplitterState(m_splitter->saveState());
    m_settings->setColumnLayout(m_view->saveLayout());
    m_settings->setLastSearchMode(m_searchPane->mode() == SearchPane::Mode::DateRange
                                      ? QStringLiteral("range")
                                      : QStringLiteral("trf"));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const bool batchRunning = m_batch && m_batch->run()->isRunning();
    if ((m_controller->isRunning() || batchRunning) && !m_closeConfirmed) {
        event->ignore();
        askQuestion(this, tr("Quit?"),
                    batchRunning
                        ? tr("An applicant list is still being verified. Stop it and quit?")
                        : tr("A search is still running. Stop it and quit?"),
                    {}, [this] {
                        m_closeConfirmed = true;
                        m_controller->cancel();
                        if (m_batch)
                            m_batch->cancel();
                        close();
                    });
        return;
    }
    if (m_batch)
        m_batch->close();
    saveState();
    event->accept();
}
