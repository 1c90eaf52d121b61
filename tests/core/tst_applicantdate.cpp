#include "ApplicantDate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Order = ApplicantDate::Order;

class TestApplicantDate final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Order>("order");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("ambiguous");
        QTest::addColumn<bool>("error");

        const QDate april3(1990, 4, 3);
        QTest::newRow("iso") << u"1990-04-03"_s << Order::Undetermined << april3 << false << false;
        QTest::newRow("iso single digits")
            << u"1990-4-3"_s << Order::MonthFirst << april3 << false << false;
        QTest::newRow("year first slashes")
            << u"1990/04/03"_s << Order::MonthFirst << april3 << false << false;
        QTest::newRow("compact") << u"19900403"_s << Order::Undetermined << april3 << false
                                 << false;
        QTest::newRow("day first proven")
            << u"23/04/1990"_s << Order::Undetermined << QDate(1990, 4, 23) << false << false;
        QTest::newRow("ambiguous read day first")
            << u"03/04/1990"_s << Order::Undetermined << april3 << true << false;
        QTest::newRow("day first chosen")
            << u"03/04/1990"_s << Order::DayFirst << april3 << false << false;
        QTest::newRow("month first chosen")
            << u"04/03/1990"_s << Order::MonthFirst << april3 << false << false;
        QTest::newRow("same day and month is not ambiguous")
            << u"04/04/1990"_s << Order::Undetermined << QDate(1990, 4, 4) << false << false;
        QTest::newRow("single digits")
            << u"3/4/1990"_s << Order::DayFirst << april3 << false << false;
        QTest::newRow("hyphens") << u"03-04-1990"_s << Order::DayFirst << april3 << false << false;
        QTest::newRow("hyphens month first")
            << u"04-03-1990"_s << Order::MonthFirst << april3 << false << false;
        QTest::newRow("dots are day first whatever the order")
            << u"03.04.1990"_s << Order::MonthFirst << april3 << false << false;
        QTest::newRow("dots are never ambiguous")
            << u"03.04.1990"_s << Order::Undetermined << april3 << false << false;
        QTest::newRow("time part")
            << u"03/04/1990 00:00"_s << Order::DayFirst << april3 << false << false;
        QTest::newRow("time with seconds")
            << u"1990-04-03 00:00:00"_s << Order::Undetermined << april3 << false << false;
        QTest::newRow("iso date-time")
            << u"1990-04-03T00:00:00"_s << Order::Undetermined << april3 << false << false;
        QTest::newRow("time with AM")
            << u"4/3/1990 12:00:00 AM"_s << Order::MonthFirst << april3 << false << false;
        QTest::newRow("spaces around")
            << u"  1990-04-03 "_s << Order::Undetermined << april3 << false << false;
        QTest::newRow("31 February")
            << u"31/02/1990"_s << Order::DayFirst << QDate() << false << true;
        QTest::newRow("month 13 month first")
            << u"13/04/1990"_s << Order::MonthFirst << QDate() << false << true;
        QTest::newRow("iso 30 February")
            << u"1990-02-30"_s << Order::Undetermined << QDate() << false << true;
        QTest::newRow("words") << u"third of April"_s << Order::Undetermined << QDate() << false
                               << true;
        QTest::newRow("two-digit year")
            << u"03/04/90"_s << Order::DayFirst << QDate() << false << true;
        QTest::newRow("mixed separators")
            << u"03/04-1990"_s << Order::DayFirst << QDate() << false << true;
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Order, order);
        QFETCH(QDate, date);
        QFETCH(bool, ambiguous);
        QFETCH(bool, error);

        const ApplicantDate::Parsed parsed = ApplicantDate::parse(text, order);
        QCOMPARE(parsed.date, date);
        QCOMPARE(parsed.ambiguous, ambiguous);
        QCOMPARE(!parsed.error.isEmpty(), error);
        QVERIFY(!parsed.isEmpty);
        if (error)
            QVERIFY2(parsed.error.contains(text.trimmed()), qPrintable(parsed.error));
    }

    void empty()
    {
        const ApplicantDate::Parsed parsed = ApplicantDate::parse(u"   ", Order::Undetermined);
        QVERIFY(parsed.isEmpty);
        QVERIFY(!parsed.date.isValid());
        QVERIFY(parsed.error.isEmpty());
    }

    void guessOrder_data()
    {
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<Order>("order");

        QTest::newRow("none") << QStringList() << Order::Undetermined;
        QTest::newRow("all ambiguous")
            << QStringList{u"03/04/1990"_s, u"01/02/2000"_s, QString()} << Order::Undetermined;
        QTest::newRow("day above 12")
            << QStringList{u"03/04/1990"_s, u"23/04/1990"_s} << Order::DayFirst;
        QTest::newRow("month-first proof")
            << QStringList{u"03/04/1990"_s, u"04/23/1990 00:00"_s} << Order::MonthFirst;
        QTest::newRow("contradiction")
            << QStringList{u"23/04/1990"_s, u"04/23/1990"_s} << Order::Undetermined;
        QTest::newRow("iso says nothing")
            << QStringList{u"1990-04-23"_s, u"19900423"_s} << Order::Undetermined;
        QTest::newRow("dots say nothing") << QStringList{u"23.04.1990"_s} << Order::Undetermined;
        QTest::newRow("hyphens count") << QStringList{u"23-04-1990"_s} << Order::DayFirst;
    }

    void guessOrder()
    {
        QFETCH(QStringList, values);
        QFETCH(Order, order);
        QCOMPARE(ApplicantDate::guessOrder(values), order);
    }

    void describe()
    {
        QCOMPARE(ApplicantDate::describe(QDate(1990, 4, 3)), u"3 April 1990"_s);
        QCOMPARE(ApplicantDate::describe(QDate(2001, 12, 25)), u"25 December 2001"_s);
    }
};

QTEST_GUILESS_MAIN(TestApplicantDate)
#include "tst_applicantdate.moc"
