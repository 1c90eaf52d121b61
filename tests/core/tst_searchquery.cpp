#include "SearchQuery.h"

#include <QTest>
#include <QTimeZone>

namespace {
QDateTime utc(int y, int m, int d, int h = 0, int min = 0, int s = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min, s), QTimeZone::utc());
}
const QDateTime now = utc(2026, 11, 28, 12, 0, 0);
} // namespace

Q_DECLARE_METATYPE(SearchQuery)

class TestSearchQuery final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void trfIsNormalised()
    {
        const SearchQuery query = SearchQuery::forTrf(u" 17uz 010772 rakn025a "_qs);
        QCOMPARE(query.kind(), SearchQuery::Kind::Trf);
        QCOMPARE(query.trfNumber(), u"17UZ010772RAKN025A"_qs);
        QVERIFY(query.validate(now).isValid());
        QVERIFY(query.validate(now).warnings.isEmpty());
    }

    void validate_data()
    {
        QTest::addColumn<SearchQuery>("query");
        QTest::addColumn<int>("errors");
        QTest::addColumn<int>("warnings");
        QTest::addColumn<QString>("firstMessageContains");

        QTest::newRow("trf ok") << SearchQuery::forTrf(u"17UZ010772RAKN025A"_qs) << 0 << 0
                                << QString();
        QTest::newRow("trf odd shape")
            << SearchQuery::forTrf(u"ABC1"_qs) << 0 << 1 << u"does not look like"_qs;
        QTest::newRow("trf empty") << SearchQuery::forTrf(QString()) << 1 << 0 << u"Enter"_qs;
        QTest::newRow("trf too long")
            << SearchQuery::forTrf(u"ABCDEFGHIJKLMNOPQRSTU"_qs) << 1 << 0 << u"at most 20"_qs;
        QTest::newRow("range ok") << SearchQuery::forRange(utc(2026, 11, 1), utc(2026, 11, 8)) << 0
                                  << 0 << QString();
        QTest::newRow("range ends now")
            << SearchQuery::forRange(utc(2026, 11, 27, 12), now) << 0 << 0 << QString();
        QTest::newRow("start after end")
            << SearchQuery::forRange(utc(2026, 11, 8), utc(2026, 11, 1)) << 1 << 0
            << u"before its end"_qs;
        QTest::newRow("start equals end")
            << SearchQuery::forRange(utc(2026, 11, 8), utc(2026, 11, 8)) << 1 << 0
            << u"before its end"_qs;
        QTest::newRow("end in future")
            << SearchQuery::forRange(utc(2026, 11, 1), utc(2026, 11, 28, 12, 0, 1)) << 1 << 0
            << u"in the future"_qs;
        QTest::newRow("start in future")
            << SearchQuery::forRange(utc(2026, 12, 1), utc(2026, 12, 2)) << 1 << 0
            << u"in the future"_qs;
        QTest::newRow("missing start")
            << SearchQuery::forRange(QDateTime(), utc(2026, 11, 8)) << 1 << 0 << u"start"_qs;
        QTest::newRow("over a year")
            << SearchQuery::forRange(utc(2024, 1, 1), utc(2026, 1, 1)) << 0 << 1 << u"parts"_qs;
        SearchQuery pageZero = SearchQuery::forRange(utc(2026, 11, 1), utc(2026, 11, 8));
        pageZero.setPageSize(0);
        QTest::newRow("page size 0") << pageZero << 1 << 0 << u"between 1 and 2000"_qs;
        SearchQuery pageHuge = pageZero;
        pageHuge.setPageSize(2001);
        QTest::newRow("page size 2001") << pageHuge << 1 << 0 << u"2001"_qs;
        SearchQuery pageMax = pageZero;
        pageMax.setPageSize(2000);
        QTest::newRow("page size 2000") << pageMax << 0 << 0 << QString();
    }
    void validate()
    {
        QFETCH(SearchQuery, query);
        QFETCH(int, errors);
        QFETCH(int, warnings);
        QFETCH(QString, firstMessageContains);
        const SearchQuery::Validation v = query.validate(now);
        QCOMPARE(v.errors.size(), errors);
        QCOMPARE(v.warnings.size(), warnings);
        QCOMPARE(v.isValid(), errors == 0);
        if (!firstMessageContains.isEmpty()) {
            const QString first = errors ? v.errors.first() : v.warnings.first();
            QVERIFY2(first.contains(firstMessageContains), qPrintable(first));
        }
    }

    void rangeIsHeldInUtc()
    {
        const QDateTime local(QDate(2026, 11, 1), QTime(10, 0), QTimeZone(3600));
        const SearchQuery query = SearchQuery::forRange(local, local.addDays(1));
        QCOMPARE(query.start().timeSpec(), Qt::UTC);
        QCOMPARE(query.start(), utc(2026, 11, 1, 9));
        QCOMPARE(query.describe(),
                 u"modified from 2026-11-01 09:00:00 to 2026-11-02 09:00:00 UTC"_qs);
    }

    void flags()
    {
        SearchQuery query = SearchQuery::forTrf(u"17UZ010772RAKN025A"_qs);
        QVERIFY(!query.includePhotos());
        QVERIFY(!query.includeOsr());
        QCOMPARE(query.pageSize(), 2000);
        query.setIncludePhotos(true);
        query.setIncludeOsr(true);
        QVERIFY(query.includePhotos());
        QVERIFY(query.includeOsr());
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
