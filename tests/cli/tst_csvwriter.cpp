#include "CsvWriter.h"
#include "JsonResultWriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fields_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Smith") << QStringLiteral("Smith");
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("O\"Brien") << QStringLiteral("\"O\"\"Brien\"");
        QTest::newRow("newline") << QStringLiteral("line1\nline2")
                                 << QStringLiteral("\"line1\nline2\"");
        QTest::newRow("apostrophe") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien");
        QTest::newRow("equals") << QStringLiteral("=SUM(A1)") << QStringLiteral("'=SUM(A1)");
        QTest::newRow("plus") << QStringLiteral("+44 20") << QStringLiteral("'+44 20");
        QTest::newRow("minus") << QStringLiteral("-1") << QStringLiteral("'-1");
        QTest::newRow("at") << QStringLiteral("@cmd") << QStringLiteral("'@cmd");
        QTest::newRow("tab") << QStringLiteral("\tx") << QStringLiteral("'\tx");
        QTest::newRow("carriage return") << QStringLiteral("\rx") << QStringLiteral("\"'\rx\"");
        QTest::newRow("formula with comma")
            << QStringLiteral("=A1,B1") << QStringLiteral("\"'=A1,B1\"");
        QTest::newRow("unicode") << QStringLiteral("Þórsdóttir 王")
                                 << QStringLiteral("Þórsdóttir 王");
        QTest::newRow("leading space") << QStringLiteral(" x") << QStringLiteral("\" x\"");
    }
    void fields()
    {
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QCOMPARE(CsvWriter::formatField(value), expected);
        QByteArray row;
        CsvWriter::appendField(row, value.toUtf8(), true);
        QCOMPARE(QString::fromUtf8(row), expected);
    }

    void rowsHaveABomAHeaderAndCrlf()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeHeader({QStringLiteral("a"), QStringLiteral("b")}));
        QVERIFY(writer.writeRow({QStringLiteral("1"), QStringLiteral("x,y")}));
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF"
                                           "a,b\r\n1,\"x,y\"\r\n"));
        QVERIFY(writer.isOk());
    }

    void jsonDocumentCountsItsRecords()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        JsonResultWriter writer(&file, false);
        QVERIFY(writer.begin());
        for (int i = 0; i < 3; ++i) {
            const auto r = CandidateResult::fromFields(
                {{QStringLiteral("trfNumber"), QJsonValue(QStringLiteral("T%1").arg(i))},
                 {QStringLiteral("unknownField"), QJsonValue(QStringLiteral("kept"))}});
            QVERIFY(writer.add(r));
        }
        QVERIFY(writer.finish());
        file.seek(0);
        QJsonParseError error;
        const QJsonObject doc = QJsonDocument::fromJson(file.readAll(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.value(u"recordCount").toInt(), 3);
        QCOMPARE(doc.value(u"results").toArray().size(), 3);
        QCOMPARE(doc.value(u"results").toArray().at(2).toObject().value(u"unknownField").toString(),
                 QStringLiteral("kept"));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
