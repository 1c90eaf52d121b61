#include "Countries.h"
#include "MainWindow.h"
#include "QuotaCounter.h"
#include "SearchController.h"
#include "Settings.h"
#include "UiLanguage.h"

#include <QApplication>
#include <QMenu>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The shipped translations as the application loads them: from the resources, at start-up.
class TestTranslatedUi final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QStringList shipped = UiLanguage::shipped();
        QVERIFY2(shipped.contains(u"es"), qPrintable(shipped.join(u' ')));
        const QLocale locale = UiLanguage::install(QStringLiteral("es"));
        QCOMPARE(locale.language(), QLocale::Spanish);
    }

    void countryNamesFollowTheLanguage()
    {
        QCOMPARE(Countries::nameFor(u"DEU"), u"Alemania"_qs);
        QCOMPARE(Countries::nameFor(u"ESP"), u"España"_qs);
        // Unknown codes still come back as they are.
        QCOMPARE(Countries::nameFor(u"QQQ"), u"QQQ"_qs);
    }

    void mainWindowIsTranslated()
    {
        Settings settings(m_dir.filePath(u"settings.ini"_qs));
        QNetworkAccessManager network;
        QuotaCounter quota(m_dir.filePath(u"quota.json"_qs));
        SearchController controller(&network, &quota);
        MainWindow window(&controller, &settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *search = window.findChild<QPushButton *>(u"searchButton"_qs);
        QVERIFY(search);
        QCOMPARE(search->text(), u"&Buscar"_qs);
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
        QCOMPARE(window.layoutDirection(), Qt::LeftToRight);

        // View > Language stores the choice for the next start and says so.
        auto *menu = window.findChild<QMenu *>(u"languageMenu"_qs);
        QVERIFY(menu);
        QAction *arabic = nullptr;
        for (QAction *action : menu->actions()) {
            if (action->data().toString() == u"ar")
                arabic = action;
        }
        QVERIFY(arabic);
        arabic->trigger();
        QCOMPARE(settings.language(), u"ar"_qs);
        QVERIFY(arabic->isChecked());
        auto *notice = window.findChild<QMessageBox *>(u"languageNotice"_qs);
        QVERIFY(notice);
        QTRY_VERIFY(notice->isVisible());
        QCOMPARE(notice->windowTitle(), u"Idioma"_qs);
        notice->accept();
        // Still Spanish and left-to-right until the next start.
        QCOMPARE(QApplication::layoutDirection(), Qt::LeftToRight);
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translationui.moc"
