#include "ResultOutput.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {
CandidateResult record(const QString &trf, const QString &modified,
                       const QString &country = QStringLiteral("ISL"))
{
    return CandidateResult::fromFields(
        {{QStringLiteral("familyName"), QJsonValue(QStringLiteral("=cmd"))},
         {QStringLiteral("trfNumber"), QJsonValue(trf)},
         {QStringLiteral("countryCode"), QJsonValue(country)},
         {QStringLiteral("osrFlag"), QJsonValue(QStringLiteral("Y"))},
         {QStringLiteral("lastModifiedDate"), QJsonValue(modified)}});
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestResultOutput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonFileWithAnUpdateKeepsTheLatestOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.json"));
        ResultOutput out(ResultOutput::Format::Json, false, path, nullptr);
        QString error;
        QVERIFY(out.open(&error));
        QVERIFY(out.add({record(QStringLiteral("A"), QStringLiteral("2024-01-01T00:00:00")),
                         record(QStringLiteral("B"), QStringLiteral("2024-01-02T00:00:00"))}));
        QVERIFY(!QFile::exists(path)); // nothing appears before the end
        QVERIFY(out.add({record(QStringLiteral("A"), QStringLiteral("2024-01-05T00:00:00"))}));
        QVERIFY(out.commit(&error));
        const QJsonObject doc = QJsonDocument::fromJson(read(path)).object();
        QCOMPARE(doc.value(u"recordCount").toInt(), 2);
        const QJsonArray results = doc.value(u"results").toArray();
        QCOMPARE(results.size(), 2);
        QCOMPARE(results.at(0).toObject().value(u"trfNumber").toString(), QStringLiteral("B"));
        QCOMPARE(results.at(1).toObject().value(u"lastModifiedDate").toString(),
                 QStringLiteral("2024-01-05T00:00:00"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("out.json")});
    }

    void csvRowsResolveCountriesAndNeutraliseFormulas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        ResultOutput out(ResultOutput::Format::Csv, false, path, nullptr);
        QString error;
        QVERIFY(out.open(&error));
        QVERIFY(out.add({record(QStringLiteral("A"), QStringLiteral("2024-01-01T00:00:00")),
                         record(QStringLiteral("B"), QStringLiteral("2024-01-01T00:00:00"),
                                QStringLiteral("ZZZ"))}));
        QVERIFY(out.commit(&error));
        const QList<QByteArray> lines = read(path).split('\n');
        QVERIFY(lines.at(0).startsWith("\xEF\xBB\xBF"
                                       "roName,"));
        QVERIFY(lines.at(0).endsWith("additionalFields\r"));
        const QStringList columns = ResultOutput::csvColumns(false);
        QCOMPARE(columns.indexOf(QStringLiteral("countryName")),
                 columns.indexOf(QStringLiteral("countryCode")) + 1);
        QVERIFY(lines.at(1).contains(",'=cmd,"));
        QVERIFY(lines.at(1).contains(",ISL,Iceland,"));
        QVERIFY(lines.at(2).contains(",ZZZ,ZZZ,")); // unknown codes show as themselves
        QVERIFY(lines.at(1).contains("\"{\"\"osrFlag\"\":\"\"Y\"\"}\""));
        QVERIFY(ResultOutput::csvColumns(true).endsWith(QStringLiteral("photo")));
    }

    void discardLeavesAnExistingFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("previous");
        existing.close();
        {
            ResultOutput out(ResultOutput::Format::Csv, false, path, nullptr);
            QString error;
            QVERIFY(out.open(&error));
            QVERIFY(out.add({record(QStringLiteral("A"), QStringLiteral("2024-01-01T00:00:00"))}));
            out.discard();
        }
        QCOMPARE(read(path), QByteArray("previous"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
    }

    void standardOutputGetsTheDocumentAtTheEnd()
    {
        QBuffer stdoutBuffer;
        stdoutBuffer.open(QIODevice::WriteOnly);
        ResultOutput out(ResultOutput::Format::Json, false, QString(), &stdoutBuffer);
        QString error;
        QVERIFY(out.open(&error));
        QVERIFY(out.add({record(QStringLiteral("A"), QStringLiteral("2024-01-01T00:00:00"))}));
        QVERIFY(stdoutBuffer.data().isEmpty());
        QVERIFY(out.commit(&error));
        QCOMPARE(
            QJsonDocument::fromJson(stdoutBuffer.data()).object().value(u"recordCount").toInt(), 1);
    }

    void aMissingFolderIsRefusedUpFront()
    {
        ResultOutput out(ResultOutput::Format::Csv, false,
                         QStringLiteral("/nonexistent-folder/x.csv"), nullptr);
        QString error;
        QVERIFY(!out.open(&error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestResultOutput)
#include "tst_resultoutput.moc"
