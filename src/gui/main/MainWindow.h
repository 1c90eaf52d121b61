#pragma once

#include "Connection.h"
#include "ExportRequest.h"
#include "Profile.h"
#include "SearchJob.h"

#include <QDateTime>
#include <QMainWindow>

#include <functional>

class BatchWindow;
class MessageBanner;
class QAction;
class QLabel;
class QLineEdit;
class QProgressBar;
class QSplitter;
class ResultsFilterModel;
class ResultsModel;
class ResultsView;
class SearchController;
class SearchPane;
class ThumbnailCache;
class Settings;

// The officer's window: the search pane on one side, the results filling in on the other, one
// banner for anything that went wrong, and the active profile always in view.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(SearchController *controller, Settings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The profile whose connection the controller uses, shown in the status bar.
    void setActiveProfile(const Profile &profile, const Connection &connection);
    // No usable profile: searching is disabled and the status bar says why.
    void clearActiveProfile(const QString &reason);

    SearchPane *searchPane() const { return m_searchPane; }
    ResultsModel *resultsModel() const { return m_model; }
    ResultsView *resultsView() const { return m_view; }
    MessageBanner *banner() const { return m_banner; }

    // Starts the search the pane describes; refuses with a message when the input is not valid.
    void search();
    void cancelSearch();
    void openDetails(int sourceRow);
    // The export dialog for the results shown, the filtered view or the selection.
    void openExport();
    // The offline demo's first look: the last 30 days with photos, fetched at once.
    void runDemoSearch();
    // The applicant-list window, created on first use and kept on the active profile.
    BatchWindow *openBatch();
    // Offers the batch window a sample list while the demo profile is active.
    void setSampleList(std::function<QByteArray()> sampleList);

Q_SIGNALS:
    void profilesRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void startSearch(const QList<SearchQuery> &queries, bool ignoreQuota);
    void onProgress(const JobProgress &progress);
    void onFinished(const JobOutcome &outcome);
    void updateQuota(int used, int limit);
    void updateRunningState(bool running);
    void updateResultCount();
    void showAbout();
    ReportContext reportContext() const;
    void connectBatch();
    void restoreState();
    void saveState();

    SearchController *m_controller;
    Settings *m_settings;
    ThumbnailCache *m_thumbnails;
    ResultsModel *m_model;
    ResultsFilterModel *m_proxy;

    SearchPane *m_searchPane = nullptr;
    MessageBanner *m_banner = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_progressLabel = nullptr;
    QLabel *m_countLabel = nullptr;
    ResultsView *m_view = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_profileLabel = nullptr;
    QLabel *m_quotaLabel = nullptr;

    QAction *m_searchAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_filterAction = nullptr;
    QAction *m_exportAction = nullptr;

    BatchWindow *m_batch = nullptr;
    std::function<QByteArray()> m_sampleList;

    Profile m_profile;
    bool m_hasProfile = false;
    Connection m_connection;
    QList<SearchQuery> m_lastQueries;
    QDateTime m_searchStartedAt;
    QStringList m_warnings;
    bool m_closeConfirmed = false;
};
