#include "Countries.h"
#include "MainWindow.h"
#include "QuotaCounter.h"
#include "SearchController.h"
#include "Settings.h"
#include "UiLanguage.h"

#include <QApplication>
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
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translationui.moc"
