#include "ExportMonitor.h"
#include "ExportTestData.h"
#include "ResultExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTestData;

// The JSON export re-parsed by Python's json module, which keeps the order of members.
class TestJsonExport : public QObject
{
    Q_OBJECT

private:
    // A JSON value as read_json.py prints it: every object as [[name, value], ...].
    static QJsonValue asPairs(const QJsonValue &value)
    {
        if (value.isObject()) {
            QJsonArray pairs;
            const QJsonObject object = value.toObject();
            for (auto it = object.begin(); it != object.end(); ++it)
                pairs.append(QJsonArray{it.key(), asPairs(it.value())});
            return pairs;
        }
        return value;
    }

private Q_SLOTS:
    void everyFieldInOrder()
    {
        QTemporaryDir dir;
        QList<Spec> specs;
        QList<CandidateResult> records;
        const QList<CandidateResult> hostileRecords = hostile();
        for (int i = 0; i < 25; ++i) {
            Spec s;
            s.trf = trf(i);
            s.familyName = i == 3 ? QStringLiteral("=HYPERLINK(\"x\")") : QStringLiteral("KIM");
            s.firstName =
                i == 4 ? QStringLiteral("Line\nbreak \"quoted\" \\ 王") : QStringLiteral("MIN");
            if (i % 2 == 0)
                s.photo = jpeg(QColor(40 * (i % 6), 100, 150));
            s.photoAsString = i % 4 == 0;
            if (i == 5)
                s.extraFields = {{QStringLiteral("osrFlag"), QStringLiteral("Y")},
                                 {QStringLiteral("futureField"), QStringLiteral("kept")}};
            specs.append(s);
            records.append(record(s));
        }
        ExportContent content;
        content.records = records;
        content.columns = {ResultColumns::TrfNumber}; // columns do not limit JSON
        ExportOptions options;
        options.format = ExportFormat::Json;
        options.targetPath = dir.filePath(QStringLiteral("results.json"));
        ExportMonitor monitor;
        const ExportOutcome outcome = ResultExporter::run(content, options, monitor);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));

        const QByteArray out =
            run(python(), {script(QStringLiteral("read_json.py")), outcome.path});
        QVERIFY(!QTest::currentTestFailed());
        const QJsonArray document = QJsonDocument::fromJson(out).array();
        QCOMPARE(document.size(), 2);
        QCOMPARE(document.at(0).toArray().at(0).toString(), QStringLiteral("recordCount"));
        QCOMPARE(document.at(0).toArray().at(1).toInt(), specs.size());
        QCOMPARE(document.at(1).toArray().at(0).toString(), QStringLiteral("results"));
        const QJsonArray results = document.at(1).toArray().at(1).toArray();
        QCOMPARE(results.size(), specs.size());
        for (qsizetype i = 0; i < specs.size(); ++i) {
            // Exactly the fields that were received, in their order, with their values.
            QJsonArray expected;
            for (const CandidateResult::Field &field : fields(specs.at(i)))
                expected.append(QJsonArray{field.name, asPairs(field.value)});
            QCOMPARE(results.at(i).toArray(), expected);
        }
    }
};

QTEST_MAIN(TestJsonExport)
#include "tst_jsonexport.moc"
