#include "ResultsFilterModel.h"
#include "ResultsModel.h"
#include "ThumbnailCache.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

namespace {
CandidateResult record(const QString &trf, const QString &family, const QString &overall,
                       const QString &testDate, const QString &status = u"RELEASED"_qs,
                       const QString &modified = u"2026-11-01T10:00:00"_qs,
                       const QByteArray &photo = {})
{
    QList<CandidateResult::Field> fields{{u"trfNumber"_qs, trf},
                                         {u"familyName"_qs, family},
                                         {u"firstName"_qs, u"Ann"_qs},
                                         {u"testDate"_qs, testDate},
                                         {u"overallBandScore"_qs, overall},
                                         {u"countryCode"_qs, u"GBR"_qs},
                                         {u"status"_qs, status},
                                         {u"lastModifiedDate"_qs, modified}};
    if (!photo.isEmpty())
        fields.append({u"photo"_qs, QString::fromLatin1(photo.toBase64())});
    return CandidateResult::fromFields(fields);
}

QByteArray jpeg(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return bytes;
}
} // namespace

class TestResultsModel final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void modelTester()
    {
        ThumbnailCache cache(QSize(40, 50));
        ResultsModel model(&cache);
        ResultsFilterModel proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.addOrUpdate({record(u"A1"_qs, u"Zed"_qs, u"6.50"_qs, u"20260101"_qs),
                           record(u"B2"_qs, u"Ann"_qs, u"9.00"_qs, u"20250101"_qs)});
        model.addOrUpdate({record(u"C3"_qs, u"Moe"_qs, u""_qs, u"20240101"_qs)});
        proxy.sort(ResultColumns::Overall);
        proxy.setQuickFilter(u"moe"_qs);
        proxy.setQuickFilter({});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void updatesReplaceRowsInPlace()
    {
        ThumbnailCache cache(QSize(40, 50));
        ResultsModel model(&cache);
        model.addOrUpdate({record(u"A1"_qs, u"Old"_qs, u"6"_qs, u"20260101"_qs),
                           record(u"B2"_qs, u"Ann"_qs, u"7"_qs, u"20250101"_qs)});
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addOrUpdate({record(u"A1"_qs, u"New"_qs, u"6"_qs, u"20260101"_qs),
                           record(u"D4"_qs, u"Dee"_qs, u"5"_qs, u"20250101"_qs),
                           record(u"D4"_qs, u"Dee again"_qs, u"5"_qs, u"20250101"_qs)});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.index(0, ResultColumns::FamilyName).data().toString(), u"New"_qs);
        QCOMPARE(model.index(2, ResultColumns::FamilyName).data().toString(), u"Dee again"_qs);
        QCOMPARE(model.rowOf(u"D4"_qs), 2);
    }

    void sortsScoresAsNumbersAndDatesAsDates()
    {
        ThumbnailCache cache(QSize(40, 50));
        ResultsModel model(&cache);
        ResultsFilterModel proxy;
        proxy.setSourceModel(&model);
        model.addOrUpdate(
            {record(u"A"_qs, u"a"_qs, u"9.00"_qs, u"20240315"_qs),
             record(u"B"_qs, u"b"_qs, u"10"_qs /* malformed: no score */, u"20231201"_qs),
             record(u"C"_qs, u"c"_qs, u"4.50"_qs, u"20250101"_qs),
             record(u"D"_qs, u"d"_qs, u"6.00"_qs, u"20240101"_qs)});
        auto order = [&proxy] {
            QStringList trfs;
            for (int row = 0; row < proxy.rowCount(); ++row)
                trfs.append(proxy.index(row, ResultColumns::TrfNumber).data().toString());
            return trfs.join(u',');
        };
        proxy.sort(ResultColumns::Overall, Qt::AscendingOrder);
        QCOMPARE(order(), u"B,C,D,A"_qs); // no score first, then 4.5 < 6 < 9 (not "10" < "4.5")
        proxy.sort(ResultColumns::Overall, Qt::DescendingOrder);
        QCOMPARE(order(), u"A,D,C,B"_qs);
        proxy.sort(ResultColumns::TestDate, Qt::AscendingOrder);
        QCOMPARE(order(), u"B,D,A,C"_qs);
    }

    void quickFilterMatchesEveryWordAnywhere()
    {
        ThumbnailCache cache(QSize(40, 50));
        ResultsModel model(&cache);
        ResultsFilterModel proxy;
        proxy.setSourceModel(&model);
        model.addOrUpdate({record(u"17UZ010772RAKN025A"_qs, u"Ñúñez"_qs, u"7"_qs, u"20240101"_qs),
                           record(u"18GB000001SMIJ001G"_qs, u"Smith"_qs, u"7"_qs, u"20240101"_qs)});
        proxy.setQuickFilter(u"ñÚÑEZ"_qs);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuickFilter(u"united smith"_qs); // country name and family name
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setQuickFilter(u"rakn"_qs);
        QCOMPARE(proxy.index(0, ResultColumns::FamilyName).data().toString(), u"Ñúñez"_qs);
        proxy.setQuickFilter(u"nobody"_qs);
        QCOMPARE(proxy.rowCount(), 0);
    }

    void notReleasedStandsOutWithText()
    {
        ThumbnailCache cache(QSize(40, 50));
        ResultsModel model(&cache);
        model.addOrUpdate({record(u"A"_qs, u"a"_qs, u"7"_qs, u"20240101"_qs, u"WITHHELD"_qs),
                           record(u"B"_qs, u"b"_qs, u"7"_qs, u"20240101"_qs)});
        const QModelIndex withheld = model.index(0, ResultColumns::Status);
        QVERIFY(withheld.data().toString().contains(u"WITHHELD"));
        QVERIFY(withheld.data().toString().startsWith(u"⚠"));
        QVERIFY(withheld.data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(withheld.data(ResultsModel::NotReleasedRole).toBool());
        QCOMPARE(model.index(1, ResultColumns::Status).data().toString(), u"RELEASED"_qs);
        QVERIFY(!model.index(1, ResultColumns::Status).data(Qt::FontRole).isValid());
    }

    void countryShowsNameWithCodeInTooltip()
    {
        ThumbnailCache cache(QSize(40, 50));
        ResultsModel model(&cache);
        model.addOrUpdate({record(u"A"_qs, u"a"_qs, u"7"_qs, u"20240101"_qs)});
        const QModelIndex country = model.index(0, ResultColumns::Country);
        QCOMPARE(country.data().toString(), u"United Kingdom"_qs);
        QVERIFY(country.data(Qt::ToolTipRole).toString().contains(u"GBR"));
    }

    void thumbnailsDecodeOffTheGuiThread()
    {
        ThumbnailCache cache(QSize(40, 50));
        ResultsModel model(&cache);
        model.addOrUpdate({record(u"A"_qs, u"a"_qs, u"7"_qs, u"20240101"_qs, u"RELEASED"_qs,
                                  u"2026-11-01T10:00:00"_qs, jpeg(240, 300)),
                           record(u"B"_qs, u"b"_qs, u"7"_qs, u"20240101"_qs, u"RELEASED"_qs,
                                  u"2026-11-01T10:00:00"_qs, QByteArray("not an image at all")),
                           record(u"C"_qs, u"c"_qs, u"7"_qs, u"20240101"_qs)});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // The first request only starts decoding; nothing is waited for.
        QVERIFY(model.index(0, ResultColumns::Photo).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(1, ResultColumns::Photo).data(Qt::DecorationRole).isNull());
        QTRY_COMPARE(changed.count(), 2);
        const QImage thumb =
            model.index(0, ResultColumns::Photo).data(Qt::DecorationRole).value<QImage>();
        QVERIFY(!thumb.isNull());
        QVERIFY(thumb.width() <= 40 && thumb.height() <= 50);
        // A corrupt photo shows a placeholder, not a crash; no photo shows nothing.
        QVERIFY(model.index(1, ResultColumns::Photo).data(Qt::DecorationRole).isValid());
        QVERIFY(model.index(1, ResultColumns::Photo)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"damaged"));
        QVERIFY(model.index(2, ResultColumns::Photo).data(Qt::DecorationRole).isNull());
    }

    void hostileImagesAreRefused()
    {
        // A PNG header that declares a 100000 x 100000 image.
        QImage small(8, 8, QImage::Format_RGB32);
        small.fill(Qt::red);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        small.save(&buffer, "PNG");
        // IHDR width and height live at bytes 16..23.
        const char huge[] = {0x00, 0x01, char(0x86), char(0xA0)};
        png.replace(16, 4, huge, 4);
        png.replace(20, 4, huge, 4);
        QVERIFY(ThumbnailCache::decode(png, QSize(40, 50)).isNull());
        QVERIFY(!ThumbnailCache::decode(jpeg(100, 120), QSize(40, 50)).isNull());
    }
};

QTEST_MAIN(TestResultsModel)
#include "tst_resultsmodel.moc"
