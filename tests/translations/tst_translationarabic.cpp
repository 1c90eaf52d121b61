#include "Countries.h"
#include "MainWindow.h"
#include "QuotaCounter.h"
#include "SearchController.h"
#include "Settings.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// The main window as an Arabic-speaking officer sees it: translated and laid out right-to-left.
class TestArabicWindow final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(UiLanguage::install(QStringLiteral("ar")).language(), QLocale::Arabic);
        // The application follows the translators once their LanguageChange event is delivered.
        QCoreApplication::processEvents();
    }

    void windowIsRightToLeft()
    {
        QCOMPARE(QApplication::layoutDirection(), Qt::RightToLeft);

        Settings settings(m_dir.filePath(u"settings.ini"_qs));
        QNetworkAccessManager network;
        QuotaCounter quota(m_dir.filePath(u"quota.json"_qs));
        SearchController controller(&network, &quota);
        MainWindow window(&controller, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QCOMPARE(window.layoutDirection(), Qt::RightToLeft);
        QVERIFY(window.isRightToLeft());
        auto *search = window.findChild<QPushButton *>(u"searchButton"_qs);
        QVERIFY(search);
        QCOMPARE(search->text(), u"&بحث"_qs);
        QVERIFY(search->isRightToLeft());
        // The first menu sits at the right edge of the menu bar.
        const QList<QAction *> menus = window.menuBar()->actions();
        QVERIFY(menus.size() > 1);
        QVERIFY(window.menuBar()->actionGeometry(menus.first()).x() >
                window.menuBar()->actionGeometry(menus.last()).x());
    }

    void countryNamesAreArabic() { QCOMPARE(Countries::nameFor(u"DEU"), u"ألمانيا"_qs); }
};

QTEST_MAIN(TestArabicWindow)
#include "tst_translationarabic.moc"
