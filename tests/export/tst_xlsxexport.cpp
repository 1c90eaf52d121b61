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

// The Excel export read back by openpyxl.
class TestXlsxExport : public QObject
{
    Q_OBJECT

private:
    QJsonObject exportAndRead(const ExportContent &content, bool photos, ExportOutcome *outcome)
    {
        ExportOptions options;
        options.format = ExportFormat::Xlsx;
        options.includePhotos = photos;
        options.targetPath = m_dir.filePath(QStringLiteral("results-%1.xlsx").arg(++m_count));
        ExportMonitor monitor;
        *outcome = ResultExporter::run(content, options, monitor);
        if (!outcome->succeeded())
            return {};
        const QByteArray out =
            run(python(), {script(QStringLiteral("read_xlsx.py")), options.targetPath});
        return QJsonDocument::fromJson(out).object();
    }

    static QString columnLetter(qsizetype index)
    {
        QString letters;
        for (qsizetype n = index + 1; n > 0; n = (n - 1) / 26)
            letters.prepend(QChar(char16_t(u'A' + (n - 1) % 26)));
        return letters;
    }

    QTemporaryDir m_dir;
    int m_count = 0;

private Q_SLOTS:
    void valuesAndTypes()
    {
        ExportContent content;
        content.records = hostile() + bulk(200, false);
        content.columns = {
            ResultColumns::TrfNumber,   ResultColumns::FamilyName, ResultColumns::FirstName,
            ResultColumns::DateOfBirth, ResultColumns::Module,     ResultColumns::TestDate,
            ResultColumns::Listening,   ResultColumns::Reading,    ResultColumns::Writing,
            ResultColumns::Speaking,    ResultColumns::Overall,    ResultColumns::Country,
            ResultColumns::Centre,      ResultColumns::Status,     ResultColumns::LastModified};
        content.context = context(true);
        ExportOutcome outcome;
        const QJsonObject book = exportAndRead(content, false, &outcome);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QVERIFY(!QTest::currentTestFailed());

        QCOMPARE(book.value(u"sheets").toArray().size(), 2);
        QCOMPARE(book.value(u"freeze").toString(), QStringLiteral("A2"));
        QCOMPARE(book.value(u"autofilter").toString(),
                 QStringLiteral("A1:%1%2")
                     .arg(columnLetter(content.columns.size() - 1))
                     .arg(content.records.size() + 1));
        QVERIFY(book.value(u"headerBold").toBool());
        QCOMPARE(book.value(u"formulaCells").toInt(-1), 0);
        QCOMPARE(book.value(u"formulaTags").toInt(-1), 0);
        QCOMPARE(book.value(u"pictures").toInt(-1), 0);

        const QJsonObject widths = book.value(u"widths").toObject();
        for (qsizetype c = 0; c < content.columns.size(); ++c) {
            const double width = widths.value(columnLetter(c)).toDouble();
            QVERIFY2(width >= 6 && width <= 51, qPrintable(QString::number(width)));
        }

        const QJsonArray rows = book.value(u"rows").toArray();
        QCOMPARE(rows.size(), content.records.size() + 1);
        const QJsonArray header = rows.at(0).toArray();
        for (qsizetype c = 0; c < content.columns.size(); ++c)
            QCOMPARE(header.at(c).toObject().value(u"v").toString(),
                     ResultColumns::title(content.columns.at(c)));

        int numbers = 0, dates = 0;
        for (qsizetype r = 0; r < content.records.size(); ++r) {
            const CandidateResult &record = content.records.at(r);
            const QJsonArray row = rows.at(r + 1).toArray();
            for (qsizetype c = 0; c < content.columns.size(); ++c) {
                const Column column = content.columns.at(c);
                const QJsonValue value = row.at(c);
                const QString shown = ResultColumns::text(record, column);
                const QString where =
                    QStringLiteral("row %1, %2").arg(r + 2).arg(ResultColumns::key(column));
                const QJsonObject cell = value.toObject();
                if (ResultColumns::isScore(column)) {
                    if (shown.isEmpty()) {
                        QVERIFY2(value.isNull(), qPrintable(where));
                    } else {
                        QCOMPARE(cell.value(u"t").toString(), QStringLiteral("n"));
                        QCOMPARE(cell.value(u"v").toDouble(), shown.toDouble());
                        QCOMPARE(cell.value(u"f").toString(), QStringLiteral("0.0"));
                        ++numbers;
                    }
                    continue;
                }
                const QDateTime modified = record.lastModified();
                const QDate date = column == ResultColumns::DateOfBirth ? record.dateOfBirth()
                                   : column == ResultColumns::TestDate  ? record.testDate()
                                                                        : QDate();
                if (column == ResultColumns::LastModified && modified.isValid()) {
                    QCOMPARE(cell.value(u"t").toString(), QStringLiteral("d"));
                    QCOMPARE(cell.value(u"v").toString(),
                             modified.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
                    ++dates;
                } else if (ResultColumns::isDate(column) && date.isValid() && date.year() >= 1900) {
                    QCOMPARE(cell.value(u"t").toString(), QStringLiteral("d"));
                    QCOMPARE(cell.value(u"v").toString(),
                             date.toString(Qt::ISODate) + QStringLiteral("T00:00:00"));
                    ++dates;
                } else if (shown.isEmpty()) {
                    QVERIFY2(value.isNull(), qPrintable(where));
                } else {
                    // Text exactly as shown: no apostrophe, and never a formula.
                    QCOMPARE(cell.value(u"t").toString(), QStringLiteral("s"));
                    QCOMPARE(cell.value(u"v").toString(), shown);
                }
            }
        }
        QVERIFY(numbers > 900);
        QVERIFY(dates > 500);

        // The hostile values arrive as text.
        const auto text = [&](int record, Column column) {
            return rows.at(record + 1)
                .toArray()
                .at(content.columns.indexOf(column))
                .toObject()
                .value(u"v")
                .toString();
        };
        const QStringList formulas = formulaLikeValues();
        QCOMPARE(text(0, ResultColumns::FamilyName), formulas.at(0));
        QCOMPARE(text(0, ResultColumns::FirstName), formulas.at(1));
        QCOMPARE(text(1, ResultColumns::FamilyName), formulas.at(2));
        QCOMPARE(text(1, ResultColumns::FirstName), formulas.at(3));
        QCOMPARE(text(1, ResultColumns::Centre), formulas.at(4));
        QCOMPARE(text(2, ResultColumns::FirstName), QStringLiteral("Line one\nLine two"));
        QCOMPARE(text(3, ResultColumns::FamilyName), QStringLiteral("王"));
        QCOMPARE(text(4, ResultColumns::FamilyName), QStringLiteral("محمد"));
        QCOMPARE(text(6, ResultColumns::DateOfBirth), QStringLiteral("20191345"));
        QCOMPARE(text(6, ResultColumns::LastModified), QStringLiteral("not a date"));

        // The second sheet says where the results came from, test data first.
        const QJsonArray about = book.value(u"about").toArray();
        QVERIFY(about.size() >= 7);
        QVERIFY(about.at(0).toArray().at(0).toObject().value(u"v").toString().contains(
            QStringLiteral("TEST DATA")));
        QString aboutText = QString::fromUtf8(QJsonDocument(about).toJson());
        QVERIFY(aboutText.contains(content.context.profileName));
        QVERIFY(aboutText.contains(content.context.queryDescription));
    }

    void photosEmbedded()
    {
        ExportContent content;
        content.records = hostile() + bulk(30, true);
        content.columns = {ResultColumns::TrfNumber, ResultColumns::FamilyName,
                           ResultColumns::Overall};
        content.context = context(false);
        int decodable = 0;
        for (const CandidateResult &r : std::as_const(content.records))
            decodable += r.photo().isEmpty() ? 0 : 1;
        --decodable; // one hostile photo is corrupt

        ExportOutcome outcome;
        const QJsonObject book = exportAndRead(content, true, &outcome);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(outcome.unreadablePhotos, 1);
        QCOMPARE(book.value(u"pictures").toInt(), decodable);
        QVERIFY(book.value(u"media").toInt() >= 1);
        QCOMPARE(book.value(u"formulaTags").toInt(-1), 0);

        // The photo column comes first (it was hidden), with rows tall enough to show it.
        const QJsonArray rows = book.value(u"rows").toArray();
        QCOMPARE(rows.at(0).toArray().at(0).toObject().value(u"v").toString(),
                 ResultColumns::title(ResultColumns::Photo));
        QVERIFY(book.value(u"rowHeight2").toDouble() >= 70);
        QVERIFY(book.value(u"widths").toObject().value(u"A").toDouble() >= 10);
        // The corrupt photo is skipped with a note, the rest of its row is there.
        const QJsonArray corrupt = rows.at(7).toArray();
        QCOMPARE(corrupt.at(1).toObject().value(u"v").toString(),
                 content.records.at(6).trfNumber());
        QVERIFY(!corrupt.at(0).toObject().value(u"v").toString().isEmpty());
    }

    void largeExportStreams()
    {
        ExportContent content;
        content.records = bulk(5000, false);
        content.columns = ResultColumns::all();
        ExportOutcome outcome;
        const QJsonObject book = exportAndRead(content, false, &outcome);
        QVERIFY2(outcome.succeeded(), qPrintable(outcome.message));
        QCOMPARE(book.value(u"rows").toArray().size(), 5001);
        // Without photos the Photo column is left out even when it was shown.
        QCOMPARE(book.value(u"rows").toArray().at(0).toArray().size(),
                 ResultColumns::all().size() - 1);
    }
};

QTEST_MAIN(TestXlsxExport)
#include "tst_xlsxexport.moc"
