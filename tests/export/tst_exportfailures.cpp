#include "ExportMonitor.h"
#include "ExportTestData.h"
#include "ResultExporter.h"
#include "StagedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTestData;

// Cancel and failure paths: never a partial file, never an existing file replaced without
// the user's agreement.
class TestExportFailures : public QObject
{
    Q_OBJECT

private:
    static void addFormats()
    {
        QTest::addColumn<ExportFormat>("format");
        QTest::newRow("csv") << ExportFormat::Csv;
        QTest::newRow("xlsx") << ExportFormat::Xlsx;
        QTest::newRow("pdf") << ExportFormat::Pdf;
        QTest::newRow("json") << ExportFormat::Json;
    }

    static ExportContent content(int rows)
    {
        ExportContent c;
        c.records = bulk(rows, true);
        c.columns = ResultColumns::all();
        c.context = context(false);
        return c;
    }

    static ExportOptions options(ExportFormat format, const QString &path, bool replace)
    {
        ExportOptions o;
        o.format = format;
        o.targetPath = path;
        o.includePhotos = true;
        o.replaceExisting = replace;
        return o;
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

private Q_SLOTS:
    void unwritableFolder_data() { addFormats(); }
    void unwritableFolder()
    {
        QFETCH(ExportFormat, format);
        // Nobody, root included, can create a file in /proc.
        const QString path =
            QStringLiteral("/proc/ielts-results.") + ResultExporter::suffix(format);
        ExportMonitor monitor;
        const ExportOutcome outcome =
            ResultExporter::run(content(5), options(format, path, true), monitor);
        QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
        QVERIFY(outcome.message.contains(QStringLiteral("/proc")));
        QVERIFY(outcome.path.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
    }

    void missingFolder_data() { addFormats(); }
    void missingFolder()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/results.out"));
        ExportMonitor monitor;
        const ExportOutcome outcome =
            ResultExporter::run(content(5), options(format, path, true), monitor);
        QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
        QVERIFY(outcome.message.contains(QStringLiteral("does not exist")));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void existingFileKeptWithoutAgreement_data() { addFormats(); }
    void existingFileKeptWithoutAgreement()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.out"));
        writeFile(path, "original");
        ExportMonitor monitor;
        const ExportOutcome outcome =
            ResultExporter::run(content(5), options(format, path, false), monitor);
        QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
        QVERIFY(outcome.message.contains(QStringLiteral("already exists")));
        QCOMPARE(readFile(path), QByteArray("original"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("results.out")});
    }

    void existingFileReplacedWithAgreement_data() { addFormats(); }
    void existingFileReplacedWithAgreement()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("results.out"));
        writeFile(path, "original");
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        ExportMonitor monitor;
        const ExportOutcome outcome =
            ResultExporter::run(content(5), options(format, path, true), monitor);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QVERIFY(readFile(path).size() > 100);
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("results.out")});
        // The replacement keeps the permissions of the file it replaced.
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void cancelMidway_data() { addFormats(); }
    void cancelMidway()
    {
        QFETCH(ExportFormat, format);
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.out"));
        const QString existing = dir.filePath(QStringLiteral("existing.out"));
        writeFile(existing, "original");

        for (const QString &path : {fresh, existing}) {
            qint64 reported = 0;
            int polls = 0;
            ExportMonitor monitor([&reported](qint64 done, qint64) { reported = done; },
                                  [&polls] { return ++polls > 40; });
            const ExportOutcome outcome =
                ResultExporter::run(content(200), options(format, path, true), monitor);
            QCOMPARE(outcome.status, ExportOutcome::Status::Canceled);
            QVERIFY(!outcome.message.isEmpty());
            QVERIFY(reported < 200); // it stopped before the end
        }
        QVERIFY(!QFileInfo::exists(fresh));
        QCOMPARE(readFile(existing), QByteArray("original"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("existing.out")});
    }

    void targetIsAFolder()
    {
        QTemporaryDir dir;
        ExportMonitor monitor;
        const ExportOutcome outcome =
            ResultExporter::run(content(2), options(ExportFormat::Csv, dir.path(), true), monitor);
        QCOMPARE(outcome.status, ExportOutcome::Status::Failed);
        QVERIFY(outcome.message.contains(QStringLiteral("folder")));
        QVERIFY(filesIn(dir.path()).isEmpty());
    }

    void stagedFileNeverClobbersAFileThatAppeared()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("late.csv"));
        StagedFile file(path, false);
        QString error;
        QVERIFY(file.open(&error));
        file.device()->write("new");
        writeFile(path, "appeared meanwhile");
        QVERIFY(!file.commit(&error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(readFile(path), QByteArray("appeared meanwhile"));
        QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("late.csv")});
    }
};

QTEST_MAIN(TestExportFailures)
#include "tst_exportfailures.moc"
