#include "QuotaCounter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

class TestQuotaCounter : public QObject
{
    Q_OBJECT

    QDateTime at(int day, int hour = 12) const
    {
        return QDateTime(QDate(2024, 3, day), QTime(hour, 0), Qt::UTC);
    }

private Q_SLOTS:
    void countsPersistAcrossInstances()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/quota.json"));
        {
            QuotaCounter counter(path);
            QCOMPARE(counter.used(QStringLiteral("client-a"), at(1)), 0);
            QCOMPARE(counter.add(QStringLiteral("client-a"), 1, at(1)), 1);
            QCOMPARE(counter.add(QStringLiteral("client-a"), 2, at(1)), 3);
            counter.add(QStringLiteral("client-b"), 5, at(1));
        }
        QuotaCounter again(path);
        QCOMPARE(again.used(QStringLiteral("client-a"), at(1)), 3);
        QCOMPARE(again.used(QStringLiteral("client-b"), at(1)), 5);
        QCOMPARE(again.remaining(QStringLiteral("client-a"), at(1)),
                 QuotaCounter::defaultLimit - 3);
    }

    void twoInstancesShareOneCount()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quota.json"));
        QuotaCounter gui(path);
        QuotaCounter cli(path);
        gui.add(QStringLiteral("c"), 4, at(1));
        cli.add(QStringLiteral("c"), 1, at(1));
        QCOMPARE(gui.used(QStringLiteral("c"), at(1)), 5);
    }

    void aNewUtcDayStartsAtZero()
    {
        QTemporaryDir dir;
        QuotaCounter counter(dir.filePath(QStringLiteral("quota.json")));
        counter.add(QStringLiteral("c"), 7, at(1, 23));
        QCOMPARE(counter.used(QStringLiteral("c"), at(1, 23).addSecs(3599)), 7);
        QCOMPARE(counter.used(QStringLiteral("c"), at(2, 0)), 0);
        // A local time just before midnight UTC+2 is already the next UTC day's count.
        const QDateTime local(QDate(2024, 3, 2), QTime(1, 30), QTimeZone(7200));
        QCOMPARE(counter.used(QStringLiteral("c"), local), 7);
        counter.add(QStringLiteral("c"), 1, at(2));
        QCOMPARE(counter.used(QStringLiteral("c"), at(2)), 1);
        QCOMPARE(counter.used(QStringLiteral("c"), at(1)), 0); // yesterday is not kept
    }

    void warningAndExhaustion()
    {
        QTemporaryDir dir;
        QuotaCounter counter(dir.filePath(QStringLiteral("quota.json")));
        counter.setLimit(10);
        counter.add(QStringLiteral("c"), 7, at(1));
        QVERIFY(!counter.isAtWarningLevel(QStringLiteral("c"), at(1)));
        counter.add(QStringLiteral("c"), 1, at(1));
        QVERIFY(counter.isAtWarningLevel(QStringLiteral("c"), at(1)));
        counter.markExhausted(QStringLiteral("c"), at(1));
        QCOMPARE(counter.remaining(QStringLiteral("c"), at(1)), 0);
        counter.add(QStringLiteral("c"), 3, at(1));
        QCOMPARE(counter.remaining(QStringLiteral("c"), at(1)), 0);
    }

    void theFileHoldsNoClientId()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("quota.json"));
        QuotaCounter counter(path);
        counter.add(QStringLiteral("356d03dd284-secret-looking-id"), 1, at(1));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("2024-03-01"));
        QVERIFY(!text.contains("356d03dd284"));
    }

    void inMemoryWithoutAPath()
    {
        QuotaCounter counter{QString()};
        counter.add(QStringLiteral("c"), 2, at(1));
        QCOMPARE(counter.used(QStringLiteral("c"), at(1)), 2);
    }

    void defaultPathIsInTheDataLocation()
    {
        QVERIFY(QuotaCounter::defaultFilePath().endsWith(u"/ielts-result-verifier/quota.json"));
    }
};

QTEST_GUILESS_MAIN(TestQuotaCounter)
#include "tst_quotacounter.moc"
