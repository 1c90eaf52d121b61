#include "BatchRun.h"
#include "BatchWindow.h"
#include "CandidateDetailsDialog.h"
#include "ColumnMappingDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "QuotaCounter.h"
#include "ResultsModel.h"
#include "ResultsView.h"
#include "SandboxServer.h"
#include "SearchController.h"
#include "SearchPane.h"
#include "Settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QDateTime anchor(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

SandboxConfig sandboxConfig(int records)
{
    SandboxConfig config;
    config.records = records;
    config.seed = 7;
    config.anchor = anchor;
    config.spanDays = 30;
    return config;
}
} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QuotaCounter> m_quota;
    std::unique_ptr<SearchController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    Connection connection(AuthMethod auth = AuthMethod::Bearer,
                          const QString &secret = SandboxConfig::demoClientSecret.toString()) const
    {
        Connection c;
        c.environment = Environment::Sandbox;
        c.resultUrl = m_server->resultUrl();
        c.tokenUrl = m_server->tokenUrl();
        c.auth = auth;
        c.clientId = SandboxConfig::demoClientId.toString();
        c.clientSecret = secret;
        return c;
    }

    void makeWindow(const Connection &c)
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_qs));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_quota = std::make_unique<QuotaCounter>(m_dir.filePath(u"quota.json"_qs));
        m_controller = std::make_unique<SearchController>(m_network.get(), m_quota.get());
        m_window = std::make_unique<MainWindow>(m_controller.get(), m_settings.get());
        Profile profile = Profile::create(u"Test office"_qs);
        profile.environment = Environment::Sandbox;
        m_window->setActiveProfile(profile, c);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SandboxServer>(sandboxConfig(4500));
        QVERIFY(m_server->listen() != 0);
    }

    void cleanup()
    {
        m_window.reset();
        m_controller.reset();
        m_quota.reset();
        m_network.reset();
        m_settings.reset();
        m_server.reset();
    }

    void trfSearchShowsTheRecord()
    {
        makeWindow(connection());
        const SandboxRecord &expected = m_server->dataSet().records().at(20);
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"trfEdit"_qs);
        edit->setFocus();
        QTest::keyClicks(edit, expected.trfNumber.toLower());
        QTest::keyClick(edit, Qt::Key_Return);
        QTRY_COMPARE(m_window->resultsModel()->rowCount(), 1);
        const CandidateResult &shown = m_window->resultsModel()->result(0);
        QCOMPARE(shown.trfNumber(), expected.trfNumber);
        QVERIFY(!m_window->banner()->isVisible());
        QTRY_VERIFY(!m_controller->isRunning());
    }

    void dateRangeFillsTheTableProgressively()
    {
        makeWindow(connection());
        const QList<int> truth = m_server->dataSet().indexesInRange(anchor.addDays(-30), anchor);
        QVERIFY(truth.size() > 4000); // more than two pages of 2,000
        QSignalSpy inserted(m_window->resultsModel(), &QAbstractItemModel::rowsInserted);
        m_window->searchPane()->setMode(SearchPane::Mode::DateRange);
        m_window->searchPane()->setRange(anchor.addDays(-30), anchor);
        m_window->search();
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isRunning(), 30000);
        QCOMPARE(m_window->resultsModel()->rowCount(), truth.size());
        QVERIFY2(inserted.count() >= 3, "rows must arrive page by page");
        QSet<QString> trfs;
        for (const CandidateResult &r : m_window->resultsModel()->results())
            trfs.insert(r.trfNumber());
        QCOMPARE(trfs.size(), truth.size());
    }

    void cancelStopsAtOnce()
    {
        SandboxConfig slow = sandboxConfig(4500);
        slow.delayMs = 1500;
        m_server->setConfig(slow);
        makeWindow(connection(AuthMethod::Basic));
        m_window->searchPane()->setMode(SearchPane::Mode::DateRange);
        m_window->searchPane()->setRange(anchor.addDays(-30), anchor);
        m_window->search();
        QVERIFY(m_controller->isRunning());
        auto *cancel = m_window->findChild<QPushButton *>(u"cancelButton"_qs);
        QVERIFY(cancel->isEnabled());
        cancel->click();
        QVERIFY(!m_controller->isRunning());
        QTRY_VERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->banner()->message().contains(u"cancelled"));
        QCOMPARE(m_window->resultsModel()->rowCount(), 0);
        QVERIFY(!cancel->isEnabled());
    }

    void badTrfSendsNothing()
    {
        makeWindow(connection());
        m_window->searchPane()->setTrfText(u"17UZ-010772"_qs);
        m_window->search();
        QVERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->level(), MessageBanner::Level::Error);
        QVERIFY(m_window->banner()->advice().contains(u"“-”"));
        QVERIFY(!m_controller->isRunning());
        QTest::qWait(100);
        QCOMPARE(m_server->requestCount(), 0);
    }

    void apiErrorShowsTheBannerWithItsCode()
    {
        makeWindow(connection(AuthMethod::Basic, u"wrong-secret"_qs));
        m_window->searchPane()->setTrfText(m_server->dataSet().records().first().trfNumber);
        m_window->search();
        QTRY_VERIFY(m_window->banner()->isVisible());
        QCOMPARE(m_window->banner()->level(), MessageBanner::Level::Error);
        QVERIFY(!m_window->banner()->message().isEmpty());
        QVERIFY2(m_window->banner()->details().contains(u"70401"),
                 qPrintable(m_window->banner()->details()));
        QVERIFY(m_window->banner()->details().contains(u"Transaction ID"));
        QVERIFY(m_window->banner()->details().contains(u"401"));
    }

    void enterOpensDetailsAndCopyMakesTabSeparatedText()
    {
        makeWindow(connection());
        const QString trf = m_server->dataSet().trfNotReleased();
        m_window->searchPane()->setTrfText(trf);
        m_window->search();
        QTRY_COMPARE(m_window->resultsModel()->rowCount(), 1);
        ResultsView *view = m_window->resultsView();
        view->setFocus();
        view->selectRow(0);
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QStringList lines = QApplication::clipboard()->text().split(u'\n');
        QVERIFY(lines.first().startsWith(u"TRF number\tFamily name"));
        QVERIFY(lines.at(1).startsWith(trf + u'\t'));

        QTest::keyClick(view, Qt::Key_Return);
        CandidateDetailsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<CandidateDetailsDialog *>()) != nullptr);
        QCOMPARE(dialog->result().trfNumber(), trf);
        dialog->close();
    }

    void applicantListWindowFollowsTheProfile()
    {
        makeWindow(connection());
        m_window->setSampleList([this] { return m_server->dataSet().sampleApplicantList(); });
        QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
        BatchWindow *batch = nullptr;
        QTRY_VERIFY((batch = m_window->findChild<BatchWindow *>()) != nullptr);
        QTRY_VERIFY(batch->isVisible());
        auto *sample = batch->findChild<QAction *>(u"sampleListAction"_qs);
        QVERIFY(sample);
        // Made-up applicants belong to the offline demo only, never to a real connection.
        QVERIFY(!sample->isVisible());

        Profile demo = Profile::create(u"Offline demo"_qs);
        demo.environment = Environment::Demo;
        Connection c = connection();
        c.environment = Environment::Demo;
        m_window->setActiveProfile(demo, c);
        QVERIFY(sample->isVisible());
        sample->trigger();
        QTRY_VERIFY(batch->mappingDialog() && batch->mappingDialog()->isVisible());
        auto *verify = batch->mappingDialog()->findChild<QPushButton *>(u"verifyButton"_qs);
        QVERIFY(verify);
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!batch->run()->entries().isEmpty() && !batch->run()->isRunning(),
                                 60000);
        QVERIFY(m_server->requestCount() > 0);
        QCOMPARE(batch->run()->failedLookups(), 0);

        m_window->clearActiveProfile(u"Signed out"_qs);
        QVERIFY(!sample->isVisible());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
