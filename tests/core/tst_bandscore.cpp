#include "BandScore.h"

#include <QTest>

class TestBandScore final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("shown");
        QTest::newRow("6.50") << u"6.50"_qs << true << 6.5 << u"6.5"_qs;
        QTest::newRow("9.00") << u"9.00"_qs << true << 9.0 << u"9"_qs;
        QTest::newRow("0") << u"0"_qs << true << 0.0 << u"0"_qs;
        QTest::newRow("7.5") << u" 7.5 "_qs << true << 7.5 << u"7.5"_qs;
        QTest::newRow("empty") << QString() << false << 0.0 << QString();
        QTest::newRow("blank") << u"  "_qs << false << 0.0 << QString();
        QTest::newRow("text") << u"N/A"_qs << false << 0.0 << QString();
        QTest::newRow("above nine") << u"9.50"_qs << false << 0.0 << QString();
        QTest::newRow("negative") << u"-1"_qs << false << 0.0 << QString();
        QTest::newRow("quarter band") << u"6.25"_qs << false << 0.0 << QString();
        QTest::newRow("comma decimal") << u"6,5"_qs << false << 0.0 << QString();
        QTest::newRow("nan") << u"nan"_qs << false << 0.0 << QString();
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(double, value);
        QFETCH(QString, shown);
        const BandScore score = BandScore::parse(text);
        QCOMPARE(score.isValid(), valid);
        QCOMPARE(score.value(), value);
        QCOMPARE(score.toString(), shown);
    }

    void noScoreIsNotZero()
    {
        QVERIFY(BandScore::parse(u"") != BandScore::parse(u"0"));
        QVERIFY(BandScore::parse(u"") < BandScore::parse(u"0"));
        QVERIFY(!(BandScore::parse(u"0") < BandScore::parse(u"")));
    }

    void ordersNumerically()
    {
        // As text "10" < "9"; as band scores 4.5 < 6 < 8.5.
        QVERIFY(BandScore::parse(u"4.50") < BandScore::parse(u"6.00"));
        QVERIFY(BandScore::parse(u"6") < BandScore::parse(u"8.5"));
        QVERIFY(!(BandScore::parse(u"8.5") < BandScore::parse(u"8.50")));
    }
};

QTEST_GUILESS_MAIN(TestBandScore)
#include "tst_bandscore.moc"
