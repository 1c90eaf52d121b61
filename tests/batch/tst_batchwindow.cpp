#include "ApplicantListReader.h"
#include "BatchDetailsPane.h"
#include "BatchFilterModel.h"
#include "BatchResultsModel.h"
#include "BatchRun.h"
#include "BatchWindow.h"
#include "ColumnMappingDialog.h"
#include "MessageBanner.h"
#include "QuotaCounter.h"
#include "RequirementsPanel.h"
#include "SandboxServer.h"
#include "Settings.h"
#include "TokenProvider.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using Reconciliation::Outcome;

namespace {
const QDateTime anchor(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

SandboxConfig sandboxConfig()
{
    SandboxConfig config;
    config.records = 300;
    config.seed = 11;
    config.anchor = anchor;
    config.spanDays = 60;
    return config;
}

QByteArray csv(const QStringList &lines)
{
    return lines.join(u"\r\n"_s).toUtf8() + "\r\n";
}
} // namespace

class TestBatchWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<QuotaCounter> m_quota;
    std::unique_ptr<BatchWindow> m_window;

    Connection connection() const
    {
        Connection c;
        c.environment = Environment::Sandbox;
        c.resultUrl = m_server->resultUrl();
        c.tokenUrl = m_server->tokenUrl();
        c.auth = AuthMethod::Bearer;
        c.clientId = SandboxConfig::demoClientId.toString();
        c.clientSecret = SandboxConfig::demoClientSecret.toString();
        return c;
    }

    void makeWindow()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_s));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<TokenProvider>(m_network.get());
        m_quota = std::make_unique<QuotaCounter>(QString());
        m_window = std::make_unique<BatchWindow>(m_network.get(), m_tokens.get(), m_quota.get(),
                                                 m_settings.get());
        ReportContext context;
        context.profileName = u"Admissions office"_s;
        context.environmentName = u"Sandbox"_s;
        context.isTestData = true;
        m_window->setConnection(connection(), context);
        SandboxServer *server = m_server.get();
        m_window->setSampleList([server] { return server->dataSet().sampleApplicantList(); });
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // Opens the sample list and presses Verify in the mapping dialog.
    void verifySample()
    {
        m_window->openSampleList();
        QTRY_VERIFY(m_window->mappingDialog());
        ColumnMappingDialog *dialog = m_window->mappingDialog();
        QTRY_VERIFY(dialog->isVisible());
        auto *verify = dialog->findChild<QPushButton *>(u"verifyButton"_s);
        QVERIFY(verify);
        QVERIFY(verify->isEnabled());
        QTest::mouseClick(verify, Qt::LeftButton);
        QTRY_VERIFY(m_window->run()->isRunning() || !m_window->run()->entries().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->run()->isRunning(), 60000);
    }

    // What the sandbox says the outcome for a TRF number must be, from its own data.
    Outcome expectedKind(const QString &trf) const
    {
        const SandboxRecord *record = m_server->dataSet().find(trf);
        if (!record)
            return Outcome::NotFound;
        if (record->value(u"status") != u"RELEASED"_s)
            return Outcome::NotReleased;
        return Outcome::Verified; // or Mismatch: decided by the claim
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<SandboxServer>(sandboxConfig());
        QVERIFY(m_server->listen() != 0);
    }

    void cleanup()
    {
        m_window.reset();
        m_quota.reset();
        m_tokens.reset();
        m_network.reset();
        m_settings.reset();
        m_server.reset();
    }

    void sampleListGivesEveryOutcome()
    {
        makeWindow();
        m_window->openSampleList();
        QTRY_VERIFY(m_window->mappingDialog());
        ColumnMappingDialog *dialog = m_window->mappingDialog();
        // The guess maps the sample's headers, and the bad rows are listed before anything is sent.
        QCOMPARE(dialog->comboFor(ApplicantField::Trf)->currentText(), u"TRF number"_s);
        QCOMPARE(dialog->comboFor(ApplicantField::FamilyName)->currentText(), u"Family name"_s);
        QVERIFY(!dialog->prepared().rejected.isEmpty());
        auto *rejected = dialog->findChild<QTreeWidget *>(u"rejectedList"_s);
        QCOMPARE(rejected->topLevelItemCount(), dialog->prepared().rejected.size());
        QCOMPARE(m_server->requestCount(), 0);

        QTest::mouseClick(dialog->findChild<QPushButton *>(u"verifyButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            !m_window->run()->entries().isEmpty() && !m_window->run()->isRunning(), 60000);

        const QList<Reconciliation::Entry> &entries = m_window->run()->entries();
        QSet<Outcome> seen;
        for (int i = 0; i < entries.size(); ++i) {
            const Reconciliation::Entry &entry = entries.at(i);
            QVERIFY(m_window->run()->isResolved(i));
            seen.insert(entry.verdict.outcome);
            if (entry.verdict.outcome == Outcome::Error)
                continue; // rows that could not be sent
            const Outcome expected = expectedKind(entry.applicant.trf);
            if (expected == Outcome::Verified)
                QVERIFY2(entry.verdict.outcome == Outcome::Verified ||
                             entry.verdict.outcome == Outcome::Mismatch,
                         qPrintable(entry.applicant.trf));
            else
                QCOMPARE(entry.verdict.outcome, expected);
            if (entry.verdict.outcome == Outcome::Mismatch)
                QVERIFY(!entry.verdict.differences.isEmpty());
        }
        QVERIFY(seen.contains(Outcome::Verified));
        QVERIFY(seen.contains(Outcome::Mismatch));
        QVERIFY(seen.contains(Outcome::NotFound));
        QVERIFY(seen.contains(Outcome::NotReleased));
        QVERIFY(seen.contains(Outcome::Error));

        // The table shows every row, outcome first, and the summary counts them.
        QCOMPARE(m_window->model()->rowCount(), entries.size());
        QCOMPARE(m_window->model()->headerData(0, Qt::Horizontal).toString(), u"Outcome"_s);
        const Reconciliation::Summary summary = Reconciliation::summarise(entries);
        QCOMPARE(m_window->summaryText(), Reconciliation::describe(summary));
        QVERIFY(m_window->summaryText().contains(u"verified"_s));
    }

    void outcomeFilterNarrowsTheTable()
    {
        makeWindow();
        verifySample();
        const Reconciliation::Summary summary = m_window->run()->summary();
        QVERIFY(summary.mismatches > 0);
        auto *filter = m_window->findChild<QComboBox *>(u"outcomeFilter"_s);
        filter->setCurrentIndex(filter->findData(int(Outcome::Mismatch)));
        QCOMPARE(m_window->filterModel()->rowCount(), summary.mismatches);
        for (int r = 0; r < m_window->filterModel()->rowCount(); ++r)
            QCOMPARE(
                m_window->filterModel()->index(r, 0).data(BatchResultsModel::OutcomeRole).toInt(),
                int(Outcome::Mismatch));
        filter->setCurrentIndex(filter->findData(int(Outcome::NotFound)));
        QCOMPARE(m_window->filterModel()->rowCount(), summary.notFound);
        filter->setCurrentIndex(0);
        QCOMPARE(m_window->filterModel()->rowCount(), m_window->model()->rowCount());
    }

    void detailsShowClaimNextToResult()
    {
        makeWindow();
        verifySample();
        auto *filter = m_window->findChild<QComboBox *>(u"outcomeFilter"_s);
        filter->setCurrentIndex(filter->findData(int(Outcome::Mismatch)));
        QVERIFY(m_window->filterModel()->rowCount() > 0);
        m_window->view()->setFocus();
        m_window->view()->setCurrentIndex(m_window->filterModel()->index(0, 0));
        QTableWidget *comparison = m_window->detailsPane()->comparison();
        QTRY_VERIFY(comparison->rowCount() > 0);
        bool differs = false;
        for (int r = 0; r < comparison->rowCount(); ++r)
            differs = differs || comparison->item(r, 3)->text().contains(u"Differs"_s);
        QVERIFY2(differs, "a mismatch shows which field differs, in words");
    }

    void requirementsRejudgeWithoutRequests()
    {
        makeWindow();
        verifySample();
        const int requests = m_server->requestCount();
        QCOMPARE(m_window->run()->summary().failingRequirements, 0);
        auto *overall = m_window->findChild<QDoubleSpinBox *>(u"minOverall"_s);
        QVERIFY(overall);
        overall->setValue(9.0);
        QTRY_VERIFY(m_window->run()->summary().failingRequirements > 0);
        // Every released result below 9 now falls short; nothing was sent to find that out.
        const Reconciliation::Summary summary = m_window->run()->summary();
        QVERIFY(summary.failingRequirements >= summary.verified);
        QCOMPARE(m_server->requestCount(), requests);
        QVERIFY(m_settings->batchRequirements().contains(u"overall=9"_s));
        auto *filter = m_window->findChild<QComboBox *>(u"outcomeFilter"_s);
        filter->setCurrentIndex(filter->count() - 2); // below the requirements
        QCOMPARE(m_window->filterModel()->rowCount(), summary.failingRequirements);
    }

    void exportWritesTheReconciliation()
    {
        makeWindow();
        verifySample();
        QSignalSpy done(m_window.get(), &BatchWindow::exportFinished);
        const QString path = m_dir.filePath(u"report.csv"_s);
        m_window->exportReport(path);
        QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
        QVERIFY2(done.constFirst().at(0).toBool(), qPrintable(done.constFirst().at(1).toString()));
        auto read = ApplicantListReader::readFile(path);
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error()));
        const ApplicantTable &report = read.value();
        QCOMPARE(report.headers.value(0), u"Outcome"_s);
        QCOMPARE(report.rowCount(), m_window->run()->entries().size());
        for (int i = 0; i < report.rowCount(); ++i)
            QCOMPARE(report.rows.at(i).at(0),
                     Reconciliation::outcomeKey(m_window->run()->entries().at(i).verdict.outcome));

        // A name the report cannot be written as is refused with a message, nothing written.
        m_window->exportReport(m_dir.filePath(u"report.docx"_s));
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(!QFile::exists(m_dir.filePath(u"report.docx"_s)));
    }

    void cancelKeepsAnswersAndRetryFinishes()
    {
        SandboxConfig slow = sandboxConfig();
        slow.delayMs = 150;
        m_server->setConfig(slow);
        makeWindow();
        m_window->openSampleList();
        QTRY_VERIFY(m_window->mappingDialog());
        QTest::mouseClick(m_window->mappingDialog()->findChild<QPushButton *>(u"verifyButton"_s),
                          Qt::LeftButton);
        QSignalSpy progress(m_window->run(), &BatchRun::progress);
        QTRY_VERIFY(m_window->run()->isRunning());
        QTRY_VERIFY(!progress.isEmpty());
        m_window->cancel();
        QTRY_VERIFY(!m_window->run()->isRunning());
        QVERIFY(m_window->run()->failedLookups() > 0);
        for (int i = 0; i < m_window->run()->entries().size(); ++i)
            QVERIFY(m_window->run()->isResolved(i));

        m_server->setConfig(sandboxConfig());
        m_window->retryFailed();
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->run()->isRunning(), 60000);
        QCOMPARE(m_window->run()->failedLookups(), 0);
    }

    void switchingProfileStopsTheBatchAndKeepsItsSource()
    {
        SandboxConfig slow = sandboxConfig();
        slow.delayMs = 150;
        m_server->setConfig(slow);
        makeWindow();
        m_window->openSampleList();
        QTRY_VERIFY(m_window->mappingDialog());
        QTest::mouseClick(m_window->mappingDialog()->findChild<QPushButton *>(u"verifyButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(m_window->run()->isRunning());

        Connection other = connection();
        other.clientId = u"another-client"_s;
        ReportContext otherContext;
        otherContext.profileName = u"Another office"_s;
        m_window->setConnection(other, otherContext);
        QTRY_VERIFY(!m_window->run()->isRunning());
        QVERIFY(m_window->banner()->isVisible());
        QVERIFY(m_window->run()->failedLookups() > 0);

        // A retry would mix answers from two profiles: refused before anything is sent.
        const int requests = m_server->requestCount();
        m_window->retryFailed();
        QVERIFY(!m_window->run()->isRunning());
        QCOMPARE(m_server->requestCount(), requests);
        QVERIFY(m_window->banner()->isVisible());

        // The report still names the profile the answers came from.
        const QString path = m_dir.filePath(u"partial.json"_s);
        QSignalSpy done(m_window.get(), &BatchWindow::exportFinished);
        m_window->exportReport(path);
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty(), 30000);
        QVERIFY(done.constFirst().at(0).toBool());
        QFile report(path);
        QVERIFY(report.open(QIODevice::ReadOnly));
        const QByteArray json = report.readAll();
        QVERIFY(json.contains("Admissions office"));
        QVERIFY(!json.contains("Another office"));
    }

    void unreadableListShowsWhyAndSendsNothing()
    {
        makeWindow();
        const QString path = m_dir.filePath(u"broken.csv"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(csv({u"TRF number,Family name"_s, u"\"24GB001234SMIJ001A,Smith"_s}));
        file.close();
        m_window->openList(path);
        QTRY_VERIFY(m_window->banner()->isVisible());
        QVERIFY(!m_window->mappingDialog());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void overQuotaAsksFirst()
    {
        makeWindow();
        m_quota->setLimit(3);
        m_window->openSampleList();
        QTRY_VERIFY(m_window->mappingDialog());
        QTest::mouseClick(m_window->mappingDialog()->findChild<QPushButton *>(u"verifyButton"_s),
                          Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = m_window->findChild<QMessageBox *>(u"questionBox"_s)));
        QVERIFY(box->text().contains(u"3"_s));
        box->button(QMessageBox::No)->click();
        QTest::qWait(100);
        QVERIFY(!m_window->run()->isRunning());
        QCOMPARE(m_server->requestCount(), 0);
    }
};

QTEST_MAIN(TestBatchWindow)
#include "tst_batchwindow.moc"
