#include "ExportTestData.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTestData;

// ielts-verifier-cli search --format xlsx|pdf and --photos-dir, against its offline demo service.
class TestCliExport : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString err;
    };

    static Run search(const QStringList &extra)
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        QStringList args = {QStringLiteral("search"),
                            QStringLiteral("--environment"),
                            QStringLiteral("demo"),
                            QStringLiteral("--from"),
                            today.addDays(-100).toString(Qt::ISODate),
                            QStringLiteral("--to"),
                            today.toString(Qt::ISODate)};
        QProcess process;
        process.start(QStringLiteral(IELTS_BINARY_DIR "/bin/ielts-verifier-cli"), args + extra);
        Run run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    static int recordCount(const QString &err)
    {
        static const QRegularExpression count(QStringLiteral("(\\d+) record"));
        return count.match(err).captured(1).toInt();
    }

private Q_SLOTS:
    void xlsxWithPhotosFolder()
    {
        QTemporaryDir dir;
        const QString xlsx = dir.filePath(QStringLiteral("results.xlsx"));
        const QString photos = dir.filePath(QStringLiteral("photos"));
        const Run run =
            search({QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--output"),
                    xlsx, QStringLiteral("--photos-dir"), photos});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const int records = recordCount(run.err);
        QVERIFY2(records > 100, qPrintable(run.err));

        const QJsonObject book =
            QJsonDocument::fromJson(
                ExportTestData::run(python(), {script(QStringLiteral("read_xlsx.py")), xlsx}))
                .object();
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(book.value(u"rows").toArray().size(), records + 1);
        QCOMPARE(book.value(u"freeze").toString(), QStringLiteral("A2"));
        QCOMPARE(book.value(u"formulaTags").toInt(-1), 0);
        QCOMPARE(book.value(u"pictures").toInt(-1), 0); // photos in the folder, not the sheet
        QVERIFY(book.value(u"about")
                    .toArray()
                    .at(0)
                    .toArray()
                    .at(0)
                    .toObject()
                    .value(u"v")
                    .toString()
                    .contains(QStringLiteral("TEST DATA")));

        // Every record of the demo service has a photo.
        QCOMPARE(filesIn(photos).size(), records);
        QVERIFY(QDir(photos).entryList(QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("Saved %1 photo").arg(records)));
    }

    void pdfReport()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        const Run run = search({QStringLiteral("--format"), QStringLiteral("pdf"),
                                QStringLiteral("--output"), pdf, QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QString info =
            QString::fromUtf8(ExportTestData::run(QStringLiteral("pdfinfo"), {pdf}));
        QVERIFY2(info.contains(QStringLiteral("A4")), qPrintable(info));
        const QString text = QString::fromUtf8(
            ExportTestData::run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}));
        QVERIFY(text.contains(QStringLiteral("TEST DATA")));
        QVERIFY(text.contains(QStringLiteral("Page 1 of ")));
    }

    void binaryFormatsNeedAFile()
    {
        QTemporaryDir dir;
        const Run run =
            search({QStringLiteral("--format"), QStringLiteral("xlsx"),
                    QStringLiteral("--photos-dir"), dir.filePath(QStringLiteral("photos"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("--output")), qPrintable(run.err));
        QVERIFY(filesIn(dir.filePath(QStringLiteral("photos"))).isEmpty());
    }
};

QTEST_MAIN(TestCliExport)
#include "tst_cliexport.moc"
