#include <QFile>
#include <QImage>
#include <QTest>

// The application icon that ielts_resources carries for window icons at run time.
class tst_PackagingIcons final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void png_data();
    void png();
    void svg();
};

void tst_PackagingIcons::png_data()
{
    QTest::addColumn<int>("size");
    for (const int size : {16, 32, 48, 64, 128, 256})
        QTest::addRow("%d px", size) << size;
}

void tst_PackagingIcons::png()
{
    QFETCH(int, size);
    const QString path = QStringLiteral(":/icons/ielts-verifier-%1.png").arg(size);
    const QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(path));
    QCOMPARE(image.size(), QSize(size, size));
    QVERIFY(image.hasAlphaChannel());
    // Transparent corners, so the icon sits on any background.
    QCOMPARE(qAlpha(image.pixel(0, size - 1)), 0);
}

void tst_PackagingIcons::svg()
{
    QFile file(QStringLiteral(":/icons/ielts-verifier.svg"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("viewBox=\"0 0 64 64\""));
}

QTEST_GUILESS_MAIN(tst_PackagingIcons)
#include "tst_packaging_icons.moc"
