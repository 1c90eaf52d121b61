#include "ApiDate.h"

#include <QTest>
#include <QTimeZone>

class TestApiDate final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("plain") << u"20030414"_qs << QDate(2003, 4, 14);
        QTest::newRow("padded") << u" 20190702 "_qs << QDate(2019, 7, 2);
        QTest::newRow("leap day") << u"20240229"_qs << QDate(2024, 2, 29);
        QTest::newRow("not a leap day") << u"20230229"_qs << QDate();
        QTest::newRow("month 13") << u"20031314"_qs << QDate();
        QTest::newRow("dashes") << u"2003-04-14"_qs << QDate();
        QTest::newRow("short") << u"2003041"_qs << QDate();
        QTest::newRow("letters") << u"2003O414"_qs << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }
    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(ApiDate::parseDate(text), expected);
    }

    void parseDateTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QTimeZone utc = QTimeZone::utc();
        QTest::newRow("document example")
            << u"2019-09-24T06:12:25"_qs << QDateTime(QDate(2019, 9, 24), QTime(6, 12, 25), utc);
        QTest::newRow("with Z") << u"2019-08-10T09:08:57Z"_qs
                                << QDateTime(QDate(2019, 8, 10), QTime(9, 8, 57), utc);
        QTest::newRow("fraction") << u"2020-11-09T14:10:08.609Z"_qs
                                  << QDateTime(QDate(2020, 11, 9), QTime(14, 10, 8, 609), utc);
        QTest::newRow("space separator") << u"2019-08-10 09:08:57"_qs << QDateTime();
        QTest::newRow("no seconds") << u"2019-08-10T09:08"_qs << QDateTime();
        QTest::newRow("hour 24") << u"2019-08-10T24:00:00"_qs << QDateTime();
        QTest::newRow("offset") << u"2019-08-10T09:08:57+02:00"_qs << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }
    void parseDateTime()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime parsed = ApiDate::parseDateTime(text);
        QCOMPARE(parsed.isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(parsed, expected);
            QCOMPARE(parsed.timeSpec(), Qt::UTC);
        }
    }

    void formatDateTime()
    {
        const QDateTime utc(QDate(2019, 10, 7), QTime(6, 12, 25, 999), QTimeZone::utc());
        QCOMPARE(ApiDate::formatDateTime(utc), u"2019-10-07T06:12:25"_qs);
        // An instant in another zone is written as the same instant in UTC.
        const QDateTime plusTwo(QDate(2019, 10, 7), QTime(8, 12, 25), QTimeZone(7200));
        QCOMPARE(ApiDate::formatDateTime(plusTwo), u"2019-10-07T06:12:25"_qs);
    }
};

QTEST_GUILESS_MAIN(TestApiDate)
#include "tst_apidate.moc"
