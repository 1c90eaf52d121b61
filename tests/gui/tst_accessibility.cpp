#include "CandidateDetailsDialog.h"
#include "CredentialsDialog.h"
#include "ExportDialog.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "ProfileStore.h"
#include "QuotaCounter.h"
#include "ResultColumns.h"
#include "ResultsModel.h"
#include "ResultsView.h"
#include "SandboxServer.h"
#include "SearchController.h"
#include "SearchPane.h"
#include "SessionSecretStore.h"
#include "Settings.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QImage>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {
const QDateTime anchor(QDate(2026, 11, 20), QTime(12, 0), Qt::UTC);

SandboxConfig sandboxConfig()
{
    SandboxConfig config;
    config.records = 60;
    config.seed = 11;
    config.anchor = anchor;
    config.spanDays = 30;
    return config;
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 (%2)").arg(
        widget->objectName().isEmpty() ? QStringLiteral("<no objectName>") : widget->objectName(),
        QString::fromLatin1(widget->metaObject()->className()));
}

// What the Tab key can reach in this window, in the order it reaches it.
QList<QWidget *> tabChain(QWidget *window)
{
    QList<QWidget *> chain;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() &&
            w->isVisible() && w->isEnabled() && w->window() == window)
            chain.append(w);
    }
    return chain;
}

// Every control the keyboard reaches must say what it is and what it does.
QStringList unnamedControls(QWidget *window)
{
    QStringList problems;
    const QList<QWidget *> chain = tabChain(window);
    if (chain.isEmpty())
        problems.append(QStringLiteral("%1: nothing takes the focus").arg(describe(window)));
    for (QWidget *w : chain) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        if (!iface) {
            problems.append(QStringLiteral("%1: no accessible interface").arg(describe(w)));
            continue;
        }
        // A tab bar is read out as its current tab, which carries the name and the description.
        if (auto *tabs = qobject_cast<QTabBar *>(w); tabs && tabs->currentIndex() >= 0)
            iface = iface->child(tabs->currentIndex());
        if (iface->text(QAccessible::Name).trimmed().isEmpty())
            problems.append(QStringLiteral("%1: no accessible name").arg(describe(w)));
        // QAccessibleWidget falls back on the tooltip for the description.
        if (iface->text(QAccessible::Description).trimmed().isEmpty())
            problems.append(QStringLiteral("%1: no accessible description").arg(describe(w)));
    }
    return problems;
}

QWidget *focused()
{
    return QApplication::focusWidget();
}
} // namespace

class TestAccessibility final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<QuotaCounter> m_quota;
    std::unique_ptr<SearchController> m_controller;
    std::unique_ptr<MainWindow> m_window;

    void makeWindow()
    {
        m_settings = std::make_unique<Settings>(m_dir.filePath(u"settings.ini"_qs));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_quota = std::make_unique<QuotaCounter>(m_dir.filePath(u"quota.json"_qs));
        m_controller = std::make_unique<SearchController>(m_network.get(), m_quota.get());
        m_window = std::make_unique<MainWindow>(m_controller.get(), m_settings.get());
        Connection c;
        c.environment = Environment::Sandbox;
        c.resultUrl = m_server->resultUrl();
        c.tokenUrl = m_server->tokenUrl();
        c.auth = AuthMethod::Bearer;
        c.clientId = SandboxConfig::demoClientId.toString();
        c.clientSecret = SandboxConfig::demoClientSecret.toString();
        Profile profile = Profile::create(u"Test office"_qs);
        profile.environment = Environment::Sandbox;
        m_window->setActiveProfile(profile, c);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // A search for one released and one unreleased result, so the table has rows of both.
    void fillResults()
    {
        const QString released = m_server->dataSet().records().at(SandboxDataSet::specialCount + 3).trfNumber;
        const QString notReleased = m_server->dataSet().trfNotReleased();
        m_window->searchPane()->setMode(SearchPane::Mode::Trf);
        m_window->searchPane()->setTrfText(released + u'\n' + notReleased);
        m_window->search();
        QTRY_COMPARE(m_window->resultsModel()->rowCount(), 2);
        QTRY_VERIFY(!m_controller->isRunning());
    }

    template <typename Dialog>
    Dialog *waitForDialog()
    {
        Dialog *dialog = nullptr;
        if (!QTest::qWaitFor([&] {
                dialog = m_window->findChild<Dialog *>();
                return dialog && dialog->isVisible();
            }))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QAccessible::setActive(true);
    }

    void init()
    {
        m_server = std::make_unique<SandboxServer>(sandboxConfig());
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

    void mainWindowControlsAreNamed()
    {
        makeWindow();
        fillResults();
        // The banner with everything it can show: details, copy and dismiss.
        m_window->banner()->showMessage(MessageBanner::Level::Error, u"Something failed"_qs,
                                        u"Try again"_qs, u"Error code: 1"_qs);
        m_window->findChild<QToolButton *>(u"bannerDetailsButton"_qs)->setChecked(true);
        for (SearchPane::Mode mode : {SearchPane::Mode::Trf, SearchPane::Mode::DateRange}) {
            m_window->searchPane()->setMode(mode);
            const QStringList problems = unnamedControls(m_window.get());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        }
        QAccessibleInterface *banner = QAccessible::queryAccessibleInterface(m_window->banner());
        QVERIFY(banner->text(QAccessible::Name).contains(u"Error"));
        QVERIFY(banner->text(QAccessible::Description).contains(u"Something failed"));
    }

    void tabReachesTheWorkflowInReadingOrder()
    {
        makeWindow();
        fillResults();
        const QList<QWidget *> chain = tabChain(m_window.get());
        auto *trfEdit = m_window->findChild<QWidget *>(u"trfEdit"_qs);
        auto *searchButton = m_window->findChild<QWidget *>(u"searchButton"_qs);
        auto *filterEdit = m_window->findChild<QWidget *>(u"filterEdit"_qs);
        const qsizetype input = chain.indexOf(trfEdit);
        const qsizetype button = chain.indexOf(searchButton);
        const qsizetype filter = chain.indexOf(filterEdit);
        const qsizetype view = chain.indexOf(m_window->resultsView());
        QStringList order;
        for (QWidget *w : chain)
            order.append(describe(w));
        const QString shown = order.join(u" → ");
        QVERIFY2(input >= 0 && button >= 0 && filter >= 0 && view >= 0, qPrintable(shown));
        QVERIFY2(input < button && button < filter && filter < view, qPrintable(shown));

        // The Tab key itself goes round the same way, without getting stuck.
        trfEdit->setFocus(Qt::TabFocusReason);
        QList<QWidget *> visited{trfEdit};
        for (int i = 0; i < chain.size() + 2 && focused() != m_window->resultsView(); ++i) {
            QTest::keyClick(focused(), Qt::Key_Tab);
            QVERIFY2(!visited.contains(focused()) || focused() == trfEdit,
                     qPrintable(describe(focused())));
            visited.append(focused());
        }
        QCOMPARE(focused(), m_window->resultsView());
        QVERIFY(visited.contains(searchButton));
    }

    void keyboardAloneSearchesOpensAndCloses()
    {
        makeWindow();
        const QString trf = m_server->dataSet().trfNotReleased();
        // Ctrl+1 (Search ▸ By TRF number) puts the cursor in the TRF field.
        QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
        auto *trfEdit = m_window->findChild<QPlainTextEdit *>(u"trfEdit"_qs);
        QCOMPARE(focused(), trfEdit);
        QTest::keyClicks(focused(), trf);
        QTest::keyClick(focused(), Qt::Key_Return);
        QTRY_COMPARE(m_window->resultsModel()->rowCount(), 1);
        QTRY_VERIFY(!m_controller->isRunning());
        QCOMPARE(m_window->resultsModel()->result(0).trfNumber(), trf);

        for (int i = 0; i < 20 && focused() != m_window->resultsView(); ++i)
            QTest::keyClick(focused(), Qt::Key_Tab);
        QCOMPARE(focused(), m_window->resultsView());
        QVERIFY(m_window->resultsView()->currentIndex().isValid());

        QTest::keyClick(focused(), Qt::Key_Return);
        QPointer<CandidateDetailsDialog> details = waitForDialog<CandidateDetailsDialog>();
        QVERIFY(details);
        QCOMPARE(details->result().trfNumber(), trf);
        QTRY_VERIFY(focused() && details->isAncestorOf(focused()));
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(!details);
        // The window manager gives the activation back; the focus is where it was.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QCOMPARE(focused(), m_window->resultsView());

        // Copy, then export through its dialog, and leave it with Esc.
        QTest::keyClick(focused(), Qt::Key_Space); // selects the current row
        QCOMPARE(m_window->resultsView()->selectedSourceRows(), QList<int>{0});
        QTest::keyClick(focused(), Qt::Key_C, Qt::ControlModifier);
        QVERIFY(QApplication::clipboard()->text().contains(trf));
        QTest::keyClick(focused(), Qt::Key_E, Qt::ControlModifier);
        QPointer<ExportDialog> exportDialog = waitForDialog<ExportDialog>();
        QVERIFY(exportDialog);
        QTRY_VERIFY(focused() && exportDialog->isAncestorOf(focused()));
        auto *exportButton = exportDialog->findChild<QPushButton *>(u"exportButton"_qs);
        QVERIFY(exportButton->isDefault());
        QTest::keyClick(focused(), Qt::Key_Escape);
        QTRY_VERIFY(!exportDialog);
    }

    void detailsAndExportDialogControlsAreNamed()
    {
        makeWindow();
        fillResults();
        const int notReleasedRow = m_window->resultsModel()->result(0).isReleased() ? 1 : 0;
        m_window->openDetails(notReleasedRow);
        QPointer<CandidateDetailsDialog> details = waitForDialog<CandidateDetailsDialog>();
        QVERIFY(details);
        QStringList problems = unnamedControls(details);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        auto *warning = details->findChild<QWidget *>(u"statusWarning"_qs);
        QVERIFY(warning->isVisible());
        details->close();
        QTRY_VERIFY(!details);

        m_window->openExport();
        QPointer<ExportDialog> exportDialog = waitForDialog<ExportDialog>();
        QVERIFY(exportDialog);
        problems = unnamedControls(exportDialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        exportDialog->reject();
        QTRY_VERIFY(!exportDialog);
    }

    void credentialsDialogControlsAreNamed()
    {
        Settings settings(m_dir.filePath(u"credentials.ini"_qs));
        SessionSecretStore secrets;
        ProfileStore profiles(settings, secrets);
        QNetworkAccessManager network;
        CredentialsDialog dialog(profiles, &network, nullptr);
        dialog.setFirstStart(true);
        dialog.open();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList problems = unnamedControls(&dialog);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // Enter always presses a button: the one with the focus, else the default (Save).
        QVERIFY(dialog.findChild<QPushButton *>(u"saveButton"_qs)->autoDefault());
        const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
        QVERIFY(std::any_of(buttons.cbegin(), buttons.cend(), [](const QPushButton *button) {
            return button->isDefault() && button->isVisible();
        }));
        dialog.reject();
    }

    void notReleasedIsSaidInWords()
    {
        makeWindow();
        fillResults();
        ResultsModel *model = m_window->resultsModel();
        int checked = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex status = model->index(row, ResultColumns::Status);
            const QString shown = status.data(Qt::DisplayRole).toString();
            const QString spoken = status.data(Qt::AccessibleTextRole).toString();
            if (model->result(row).isReleased()) {
                QVERIFY(!shown.contains(u"⚠"));
                continue;
            }
            ++checked;
            QVERIFY2(shown.startsWith(u"⚠"), qPrintable(shown));
            QVERIFY2(spoken.contains(u"not released"), qPrintable(spoken));
            QVERIFY(status.data(Qt::FontRole).value<QFont>().bold());
        }
        QCOMPARE(checked, 1);
        auto *profile = m_window->findChild<QWidget *>(u"profileLabel"_qs);
        QVERIFY(profile->accessibleName().contains(u"test data"));
    }

    void currentCellKeepsAVisibleFrameInASelectedRow()
    {
        makeWindow();
        fillResults();
        ResultsView *view = m_window->resultsView();
        view->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(view->hasFocus());
        const QModelIndex current = view->model()->index(0, ResultColumns::FamilyName);
        const QModelIndex neighbour = view->model()->index(0, ResultColumns::FirstName);
        view->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        const QImage image = view->viewport()->grab().toImage();
        const QColor frame = view->palette().color(QPalette::Active, QPalette::HighlightedText);
        const QColor selection = view->palette().color(QPalette::Active, QPalette::Highlight);
        QVERIFY(frame != selection);
        const qreal ratio = image.devicePixelRatio();
        auto pixel = [&](const QModelIndex &index) {
            const QRect rect = view->visualRect(index);
            return image.pixelColor(QPoint(rect.left() + 1, rect.center().y()) * ratio);
        };
        QCOMPARE(pixel(current), frame);
        QCOMPARE(pixel(neighbour), selection);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
