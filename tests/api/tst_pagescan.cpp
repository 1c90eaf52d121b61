#include "PageScan.h"

#include <QTest>

class TestPageScan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scan_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("last");
        QTest::addColumn<bool>("ordered");

        QTest::newRow("two records")
            << QByteArray("{\"messageMetadata\":{\"QueryResultSet\":[]},\"results\":[ "
                          "{\"trfNumber\":\"A\",\"photo\":{\"data\":\"/9j/"
                          "AAAA\"},\"lastModifiedDate\":\"2024-01-01T00:00:01\"}, "
                          "{\"trfNumber\":\"B\",\"lastModifiedDate\":\"2024-01-01T00:00:02\"}], "
                          "\"resultSummary\":{\"recordCount\":2}}")
            << true << 2 << "2024-01-01T00:00:02" << true;
        QTest::newRow("out of order")
            << QByteArray("{\"results\":[{\"lastModifiedDate\":\"2024-01-02T00:00:00\"}, "
                          "{\"lastModifiedDate\":\"2024-01-01T00:00:00\"}]}")
            << true << 2 << "2024-01-01T00:00:00" << false;
        QTest::newRow("a record without a date")
            << QByteArray(
                   R"({"results":[{"trfNumber":"A"},{"lastModifiedDate":"2024-01-01T00:00:00"}]})")
            << true << 2 << "2024-01-01T00:00:00" << false;
        QTest::newRow("escapes and look-alikes")
            << QByteArray("{\"note\":\"\\\"results\\\": "
                          "[1,2,3]\",\"results\":[{\"town\":\"a\\\\\",\"x\":\"\\\"}]\", "
                          "\"lastModifiedDate\":\"2024-03-04T05:06:07\",\"n\":-1.5e3,\"b\":true,"
                          "\"z\":null}]}")
            << true << 1 << "2024-03-04T05:06:07" << true;
        QTest::newRow("empty") << QByteArray("{\"results\":[]}") << true << 0 << "" << true;
        QTest::newRow("null results")
            << QByteArray("{\"results\":null}") << true << 0 << "" << true;
        QTest::newRow("no results member") << QByteArray("{\"a\":1}") << true << 0 << "" << true;
        QTest::newRow("cut off") << QByteArray("{\"results\":[{\"lastModifiedDate\":\"2024-01-01T0")
                                 << false << 0 << "" << true;
        QTest::newRow("not an object")
            << QByteArray("<html>oops</html>") << false << 0 << "" << true;
        QTest::newRow("nothing") << QByteArray() << false << 0 << "" << true;
    }
    void scan()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, count);
        QFETCH(QString, last);
        QFETCH(bool, ordered);
        const PageScan s = PageScan::scan(body);
        QCOMPARE(s.ok, ok);
        if (!ok)
            return;
        QCOMPARE(s.count, count);
        QCOMPARE(s.last.isValid() ? s.last.toString(Qt::ISODate) : QString(),
                 last.isEmpty() ? QString() : last + u'Z');
        QCOMPARE(s.ordered, ordered);
    }
};

QTEST_GUILESS_MAIN(TestPageScan)
#include "tst_pagescan.moc"
