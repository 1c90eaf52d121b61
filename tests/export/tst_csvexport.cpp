#include "Countries.h"
#include "ExportMonitor.h"
#include "ExportTestData.h"
#include "ResultExporter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace ExportTestData;
using ResultColumns::Column;

// The CSV export read back by Python's csv module.
class TestCsvExport : public QObject
{
    Q_OBJECT

private:
    QJsonObject readBack(const QString &path)
    {
        const QByteArray out = run(python(), {script(QStringLiteral("read_csv.py")), path});
        return QJsonDocument::fromJson(out).object();
    }

private Q_SLOTS:
    void readsBackAsShown()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        ExportContent content;
        content.records = hostile() + bulk(60, false);
        // The user's arrangement, with the photo column shown: it has no text, so CSV drops it.
        content.columns = {ResultColumns::Overall,     ResultColumns::TrfNumber,
                           ResultColumns::Photo,       ResultColumns::FamilyName,
                           ResultColumns::FirstName,   ResultColumns::Country,
                           ResultColumns::DateOfBirth, ResultColumns::Centre,
                           ResultColumns::Status,      ResultColumns::LastModified};
        content.context = context(false);
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.targetPath = dir.filePath(QStringLiteral("results.csv"));
        ExportMonitor monitor;
        const ExportOutcome outcome = ResultExporter::run(content, options, monitor);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(outcome.path, options.targetPath);
        QCOMPARE(outcome.records, content.records.size());

        const QJsonObject csv = readBack(options.targetPath);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(csv.value(u"bom").toBool());
        QCOMPARE(csv.value(u"bareLineFeeds").toInt(-1), 0);
        QVERIFY(csv.value(u"endsWithCrlf").toBool());

        const QList<Column> columns =
            ResultExporter::columnsFor(ExportFormat::Csv, content.columns, false);
        QVERIFY(!columns.contains(ResultColumns::Photo));
        const QJsonArray rows = csv.value(u"rows").toArray();
        QCOMPARE(rows.size(), content.records.size() + 1);
        QJsonArray header;
        for (Column c : columns)
            header.append(ResultColumns::title(c));
        QCOMPARE(rows.at(0).toArray(), header);

        const QStringList formulas = formulaLikeValues();
        int neutralised = 0;
        for (qsizetype r = 0; r < content.records.size(); ++r) {
            const QJsonArray row = rows.at(r + 1).toArray();
            QCOMPARE(row.size(), columns.size());
            for (qsizetype c = 0; c < columns.size(); ++c) {
                const QString shown = ResultColumns::text(content.records.at(r), columns.at(c));
                const QString read = row.at(c).toString();
                const bool dangerous =
                    !shown.isEmpty() && QStringLiteral("=+-@\t\r").contains(shown.front());
                if (dangerous) {
                    // Neutralised, and still the same text after the apostrophe.
                    QCOMPARE(read, u'\'' + shown);
                    ++neutralised;
                } else {
                    QCOMPARE(read, shown);
                }
                QVERIFY2(read.isEmpty() || !QStringLiteral("=+-@\t\r").contains(read.front()),
                         qPrintable(read));
            }
        }
        QVERIFY(neutralised >= 5);

        // Spot checks on the hostile records.
        const auto cell = [&](int record, Column column) {
            return rows.at(record + 1).toArray().at(columns.indexOf(column)).toString();
        };
        QCOMPARE(cell(0, ResultColumns::FamilyName), u'\'' + formulas.at(0));
        QCOMPARE(cell(0, ResultColumns::FirstName), QStringLiteral("'+44 20 7946 0958"));
        QCOMPARE(cell(1, ResultColumns::FamilyName), QStringLiteral("'-x"));
        QCOMPARE(cell(1, ResultColumns::FirstName), QStringLiteral("'@x"));
        QCOMPARE(cell(2, ResultColumns::FamilyName), QStringLiteral("O\"Brien, Jr."));
        QCOMPARE(cell(2, ResultColumns::FirstName), QStringLiteral("Line one\nLine two"));
        QCOMPARE(cell(3, ResultColumns::FamilyName), QStringLiteral("王"));
        QCOMPARE(cell(3, ResultColumns::Country), Countries::nameFor(u"CHN"));
        QCOMPARE(cell(4, ResultColumns::FamilyName), QStringLiteral("محمد"));
        QCOMPARE(cell(4, ResultColumns::Country), QStringLiteral("ZZZ"));
        QCOMPARE(cell(5, ResultColumns::FirstName), QStringLiteral("Zoë Þórsdóttir"));
        QCOMPARE(cell(5, ResultColumns::Overall), QStringLiteral("0"));
        QCOMPARE(cell(6, ResultColumns::FamilyName), QStringLiteral("'\tTabbed"));
        QCOMPARE(cell(6, ResultColumns::FirstName), QStringLiteral(" spaced "));
        QCOMPARE(cell(7, ResultColumns::Overall), QStringLiteral("7.5"));
        QCOMPARE(cell(7, ResultColumns::DateOfBirth), QStringLiteral("1990-01-01"));
    }

    void emptyExportHasHeaderOnly()
    {
        QTemporaryDir dir;
        ExportContent content;
        content.columns = {ResultColumns::TrfNumber, ResultColumns::Overall};
        ExportOptions options;
        options.format = ExportFormat::Csv;
        options.targetPath = dir.filePath(QStringLiteral("empty.csv"));
        ExportMonitor monitor;
        const ExportOutcome outcome = ResultExporter::run(content, options, monitor);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        const QJsonArray rows = readBack(options.targetPath).value(u"rows").toArray();
        QCOMPARE(rows.size(), 1);
    }
};

QTEST_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
