#include "Trf.h"

#include <QTest>

class TestTrf final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("normalised");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<bool>("warned");
        QTest::addColumn<QString>("errorContains");

        QTest::newRow("document example")
            << u"17UZ010772RAKN025A"_qs << u"17UZ010772RAKN025A"_qs << true << false << QString();
        QTest::newRow("lower case, spaces")
            << u"  17uz 010772 rakn 025a "_qs << u"17UZ010772RAKN025A"_qs << true << false
            << QString();
        QTest::newRow("tabs and newline") << u"\t17UZ010772RAKN025G\n"_qs
                                          << u"17UZ010772RAKN025G"_qs << true << false << QString();
        QTest::newRow("short but sendable")
            << u"ABC123"_qs << u"ABC123"_qs << true << true << QString();
        QTest::newRow("twenty characters")
            << u"ABCDEFGHIJ0123456789"_qs << u"ABCDEFGHIJ0123456789"_qs << true << true
            << QString();
        QTest::newRow("wrong module letter")
            << u"17UZ010772RAKN025X"_qs << u"17UZ010772RAKN025X"_qs << true << true << QString();
        QTest::newRow("empty") << u"   "_qs << QString() << false << false << u"Enter"_qs;
        QTest::newRow("too long") << u"ABCDEFGHIJ0123456789X"_qs << u"ABCDEFGHIJ0123456789X"_qs
                                  << false << false << u"21"_qs;
        QTest::newRow("hyphen") << u"17UZ-010772"_qs << u"17UZ-010772"_qs << false << false
                                << u"“-”"_qs;
        QTest::newRow("accented letter")
            << u"17ÚZ010772"_qs << u"17ÚZ010772"_qs << false << false << u"“Ú”"_qs;
        QTest::newRow("quote injection")
            << u"17UZ'; DROP"_qs << u"17UZ';DROP"_qs << false << false << u"“';”"_qs;
    }
    void check()
    {
        QFETCH(QString, input);
        QFETCH(QString, normalised);
        QFETCH(bool, acceptable);
        QFETCH(bool, warned);
        QFETCH(QString, errorContains);
        const Trf::Check result = Trf::check(input);
        QCOMPARE(result.normalised, normalised);
        QCOMPARE(result.isAcceptable(), acceptable);
        QCOMPARE(!result.warning.isEmpty(), warned);
        if (!errorContains.isEmpty())
            QVERIFY2(result.error.contains(errorContains), qPrintable(result.error));
    }

    void pattern()
    {
        QVERIFY(Trf::fitsPattern(u"17UZ010772RAKN025A"));
        QVERIFY(Trf::fitsPattern(u"23GB123456SMIJ001G"));
        QVERIFY(!Trf::fitsPattern(u"17UZ010772RAKN025"));
        QVERIFY(!Trf::fitsPattern(u"17uz010772RAKN025A"));
        QVERIFY(!Trf::fitsPattern(u"1UZ0107722RAKN025A"));
    }
};

QTEST_GUILESS_MAIN(TestTrf)
#include "tst_trf.moc"
