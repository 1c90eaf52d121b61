#include "ExportJob.h"
#include "ExportTestData.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTestData;

// ExportJob: the export runs on a worker thread, reports progress, and stops on cancel.
class TestExportJob : public QObject
{
    Q_OBJECT

private:
    static ExportContent content(int rows, bool photos)
    {
        ExportContent c;
        c.records = bulk(rows, photos);
        c.columns = ResultColumns::all();
        c.context = context(false);
        return c;
    }

private Q_SLOTS:
    void runsToTheEnd()
    {
        QTemporaryDir dir;
        ExportJob job;
        QSignalSpy progress(&job, &ExportJob::progress);
        QSignalSpy finished(&job, &ExportJob::finished);
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        options.targetPath = dir.filePath(QStringLiteral("results.xlsx"));
        QVERIFY(job.start(content(3000, false), options));
        QVERIFY(job.isRunning());
        QVERIFY(!job.start(content(1, false), options)); // one at a time
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), true);
        QCOMPARE(finished.first().at(2).toString(), options.targetPath);
        QVERIFY(finished.first().at(1).toString().contains(QStringLiteral("3000")));
        QVERIFY(!job.isRunning());
        QVERIFY(QFileInfo(options.targetPath).size() > 0);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), 3000);
    }

    void cancelStopsAtOnce()
    {
        QTemporaryDir dir;
        ExportJob job;
        QSignalSpy finished(&job, &ExportJob::finished);
        ExportOptions options;
        options.format = ExportFormat::Pdf;
        options.includePhotos = true;
        options.targetPath = dir.filePath(QStringLiteral("report.pdf"));
        connect(&job, &ExportJob::progress, &job, [&job](qint64 done, qint64) {
            if (done > 0)
                job.cancel();
        });
        QVERIFY(job.start(content(20000, true), options));
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QCOMPARE(job.outcome().status, ExportOutcome::Status::Canceled);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void destroyedWhileRunning()
    {
        QTemporaryDir dir;
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        options.includePhotos = true;
        options.targetPath = dir.filePath(QStringLiteral("results.xlsx"));
        {
            ExportJob job;
            QVERIFY(job.start(content(20000, true), options));
            QTest::qWait(50);
        }
        QVERIFY(filesIn(dir.path()).isEmpty());
    }
};

QTEST_MAIN(TestExportJob)
#include "tst_exportjob.moc"
