#include "ExportMonitor.h"
#include "ExportTestData.h"
#include "ResultExporter.h"
#include "StagedPhotoFolder.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTestData;

// The photos folder: <TRF>.<ext>, never over an existing file, and an honest summary.
class TestPhotoExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesEachPhotoOnce()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("photos/new")); // created on demand
        ExportContent content;
        content.records = hostile() + bulk(9, true);
        int withPhoto = 0;
        for (const CandidateResult &r : std::as_const(content.records))
            withPhoto += r.photo().isEmpty() ? 0 : 1;

        ExportOptions options;
        options.format = ExportFormat::PhotosFolder;
        options.targetPath = folder;
        ExportMonitor monitor;
        ExportOutcome outcome = ResultExporter::run(content, options, monitor);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(outcome.photosWritten, withPhoto);
        QCOMPARE(outcome.withoutPhoto, int(content.records.size()) - withPhoto);
        QCOMPARE(outcome.photosFailed, 0);
        QCOMPARE(outcome.photosRenamed, 0);
        QVERIFY(outcome.message.contains(QString::number(withPhoto)));

        const CandidateResult &first = content.records.at(0);
        const CandidateResult &png = content.records.at(2);
        QCOMPARE(readFile(QDir(folder).filePath(first.trfNumber() + QStringLiteral(".jpg"))),
                 first.photo());
        QCOMPARE(readFile(QDir(folder).filePath(png.trfNumber() + QStringLiteral(".png"))),
                 png.photo());
        QCOMPARE(filesIn(folder).size(), withPhoto);

        // Again into the same folder: nothing is overwritten, every photo gets a new name.
        QFile marker(QDir(folder).filePath(first.trfNumber() + QStringLiteral(".jpg")));
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("kept");
        marker.close();
        outcome = ResultExporter::run(content, options, monitor);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(outcome.photosWritten, withPhoto);
        QCOMPARE(outcome.photosRenamed, withPhoto);
        QCOMPARE(readFile(marker.fileName()), QByteArray("kept"));
        QCOMPARE(readFile(QDir(folder).filePath(first.trfNumber() + QStringLiteral(" (2).jpg"))),
                 first.photo());
        QCOMPARE(filesIn(folder).size(), 2 * withPhoto);
    }

    void cancelKeepsNothing()
    {
        QTemporaryDir dir;
        ExportContent content;
        content.records = bulk(60, true);
        ExportOptions options;
        options.format = ExportFormat::PhotosFolder;
        options.targetPath = dir.path();
        int rows = 0;
        ExportMonitor monitor([](qint64, qint64) {}, [&rows] { return ++rows > 20; });
        const ExportOutcome outcome = ResultExporter::run(content, options, monitor);
        QCOMPARE(outcome.status, ExportOutcome::Status::Canceled);
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void stagedFolderKeepsTheLatestVersion()
    {
        QTemporaryDir dir;
        Spec first;
        first.trf = trf(1);
        first.photo = jpeg(Qt::red);
        Spec second = first;
        second.photo = png(Qt::blue);
        second.photoMediaType = QStringLiteral("PNG");
        Spec none;
        none.trf = trf(2);

        StagedPhotoFolder folder(dir.path());
        QString error;
        QVERIFY(folder.open(&error));
        QVERIFY(folder.add({record(first), record(none)}, &error));
        QVERIFY(folder.add({record(second)}, &error));
        // Nothing shows in the folder before the commit.
        QVERIFY(filesIn(dir.path()).isEmpty());
        const ExportOutcome outcome = folder.commit();
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(outcome.photosWritten, 1);
        QCOMPARE(outcome.withoutPhoto, 1);
        QCOMPARE(filesIn(dir.path()), QStringList{trf(1) + QStringLiteral(".png")});
        QCOMPARE(readFile(dir.filePath(trf(1) + QStringLiteral(".png"))), second.photo);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList());

        StagedPhotoFolder discarded(dir.filePath(QStringLiteral("other")));
        QVERIFY(discarded.open(&error));
        QVERIFY(discarded.add({record(first)}, &error));
        discarded.discard();
        QVERIFY(QDir(dir.filePath(QStringLiteral("other")))
                    .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot)
                    .isEmpty());
    }

    void refusesAFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("photos")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        ExportContent content;
        content.records = bulk(3, true);
        ExportOptions options;
        options.format = ExportFormat::PhotosFolder;
        options.targetPath = file.fileName();
        ExportMonitor monitor;
        const ExportOutcome outcome = ResultExporter::run(content, options, monitor);
        QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
        QVERIFY(!outcome.message.isEmpty());
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("photos")});
    }
};

QTEST_MAIN(TestPhotoExport)
#include "tst_photoexport.moc"
