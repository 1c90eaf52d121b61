#include "ApplicantListReader.h"
#include "XlsxTestParts.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>
#include <zip.h>

using namespace Qt::StringLiterals;

namespace {

using Rows = QList<QStringList>;

const QStringList fixtureHeaders = {u"TRF Number"_s,    u"Family Name"_s, u"Given Names"_s,
                                    u"Date of Birth"_s, u"Overall"_s,     u"Phone"_s,
                                    u"Notes"_s};

Rows fixtureRows(bool withCjk)
{
    Rows rows = {
        {u"23GB000101NUNJ001A"_s, u"Núñez"_s, u"José"_s, u"1999-03-14"_s, u"7.5"_s,
         u"+44 20 7946 0958"_s, u"Likes \"quotes\""_s},
        {u"23GB000102ZOEA002A"_s, u"Zoë"_s, u"Anna"_s, u"2000-11-02"_s, u"6.5"_s, u"-5"_s,
         u"Leeds, UK – paid €150"_s},
        {u"23GB000103OBRI003A"_s, u"O'Brien"_s, u"Seán"_s, u"1998-01-30"_s, u"7"_s, u"=1+2"_s,
         u"First line\nSecond line"_s},
    };
    if (withCjk) {
        rows.append({u"23GB000104WANG004A"_s, u"王"_s, u"小明"_s, u"2001-07-21"_s, u"8"_s,
                     u"@SUM(A1)"_s, QString()});
    }
    return rows;
}

} // namespace

class TestApplicantListReader final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void csvFixtures_data();
    void csvFixtures();
    void csvParsing_data();
    void csvParsing();
    void csvErrors_data();
    void csvErrors();
    void windows1252Table();
    void manyRows();
    void tooManyRows();
    void tooLarge();
    void xlsxFromLibxlsxwriter_data();
    void xlsxFromLibxlsxwriter();
    void xlsxHandMade_data();
    void xlsxHandMade();
    void xlsxHostile_data();
    void xlsxHostile();
    void xlsxInflateBudget();
    void readFileChoosesByContent();
    void readFileErrors();

private:
    QTemporaryDir m_dir;
};

void TestApplicantListReader::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestApplicantListReader::csvFixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("withCjk");

    const QList<std::pair<QString, QString>> encodings = {
        {u"utf8"_s, u"UTF-8"_s},
        {u"utf8-bom"_s, u"UTF-8 with byte order mark"_s},
        {u"utf16le-bom"_s, u"UTF-16 (little-endian) with byte order mark"_s},
        {u"utf16be-bom"_s, u"UTF-16 (big-endian) with byte order mark"_s},
        {u"cp1252"_s, u"Windows-1252"_s},
    };
    const QList<std::pair<QString, QString>> separators = {
        {u"comma"_s, u"comma-separated"_s},
        {u"semicolon"_s, u"semicolon-separated"_s},
        {u"tab"_s, u"tab-separated"_s},
    };
    for (const auto &[encoding, encodingText] : encodings) {
        for (const auto &[separator, separatorText] : separators) {
            const QString file = u"applicants-%1-%2.csv"_s.arg(encoding, separator);
            QTest::newRow(qPrintable(file))
                << file << u"CSV, %1, %2"_s.arg(encodingText, separatorText)
                << (encoding != "cp1252"_L1);
        }
    }
    QTest::newRow("utf16le without bom")
        << u"applicants-utf16le-comma.csv"_s << u"CSV, UTF-16 (little-endian), comma-separated"_s
        << true;
    QTest::newRow("utf16be without bom") << u"applicants-utf16be-comma.csv"_s
                                         << u"CSV, UTF-16 (big-endian), comma-separated"_s << true;
    QTest::newRow("cr line ends, trailing blank lines")
        << u"applicants-utf8-cr-comma.csv"_s << u"CSV, UTF-8, comma-separated"_s << true;
}

void TestApplicantListReader::csvFixtures()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QFETCH(bool, withCjk);

    const auto result =
        ApplicantListReader::readFile(QStringLiteral(IELTS_TEST_DATA_DIR "/applicants/") + file);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    const ApplicantTable &table = result.value();
    QCOMPARE(table.headers, fixtureHeaders);
    QCOMPARE(table.rows, fixtureRows(withCjk));
    QCOMPARE(table.sourceLines, withCjk ? QList<int>({2, 3, 4, 6}) : QList<int>({2, 3, 4}));
    QCOMPARE(table.sourceName, file);
    QCOMPARE(table.format, format);
}

void TestApplicantListReader::csvParsing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Rows>("rows");
    QTest::addColumn<QList<int>>("lines");

    QTest::newRow("separator tie goes to comma")
        << QByteArray("a;b,c\n1;2,3\n") << QStringList{u"a;b"_s, u"c"_s} << Rows{{u"1;2"_s, u"3"_s}}
        << QList<int>{2};
    QTest::newRow("separators inside quotes do not count")
        << QByteArray("\"a,b,c\";d;e\nx;y;z\n") << QStringList{u"a,b,c"_s, u"d"_s, u"e"_s}
        << Rows{{u"x"_s, u"y"_s, u"z"_s}} << QList<int>{2};
    QTest::newRow("single column") << QByteArray("TRF\n24GB1\n") << QStringList{u"TRF"_s}
                                   << Rows{{u"24GB1"_s}} << QList<int>{2};
    QTest::newRow("short rows padded, long rows add columns")
        << QByteArray("a,b,c\n1\n1,2,3,4\n") << QStringList{u"a"_s, u"b"_s, u"c"_s, u"Column 4"_s}
        << Rows{{u"1"_s, {}, {}, {}}, {u"1"_s, u"2"_s, u"3"_s, u"4"_s}} << QList<int>{2, 3};
    QTest::newRow("blank and repeated headers")
        << QByteArray("Name,name,,Name,Column 3\n1,2,3,4,5\n")
        << QStringList{u"Name"_s, u"name (2)"_s, u"Column 3 (2)"_s, u"Name (3)"_s, u"Column 3"_s}
        << Rows{{u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s}} << QList<int>{2};
    QTest::newRow("trailing separators make no columns")
        << QByteArray("a,b,,\n1,2,,\n") << QStringList{u"a"_s, u"b"_s} << Rows{{u"1"_s, u"2"_s}}
        << QList<int>{2};
    QTest::newRow("blank rows skipped, lines kept")
        << QByteArray("\n\na,b\n\n1,2\n , \n3,4\n\n\n") << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"1"_s, u"2"_s}, {u"3"_s, u"4"_s}} << QList<int>{5, 7};
    QTest::newRow("cells trimmed, quoted too")
        << QByteArray(" a ,\tb\n  1 , \"  two \" \n") << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"1"_s, u"two"_s}} << QList<int>{2};
    QTest::newRow("quoted line breaks of every kind")
        << QByteArray("a,b\r\n\"x\r\ny\",\"p\rq\"\r\n\"m\nn\",z\r\n") << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"x\ny"_s, u"p\nq"_s}, {u"m\nn"_s, u"z"_s}} << QList<int>{2, 5};
    QTest::newRow("doubled quotes and text after a closing quote")
        << QByteArray("a,b\n\"say \"\"hi\"\"\",\"5\"\"\"x\n") << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"say \"hi\""_s, u"5\"x"_s}} << QList<int>{2};
    QTest::newRow("quote inside unquoted text is literal")
        << QByteArray("a,b\n5'10\",O\"Neil\n") << QStringList{u"a"_s, u"b"_s}
        << Rows{{u"5'10\""_s, u"O\"Neil"_s}} << QList<int>{2};
    QTest::newRow("formula-looking cells are text")
        << QByteArray("a,b,c,d\n=1+2,+44 20,-5,@SUM(A1)\n")
        << QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s}
        << Rows{{u"=1+2"_s, u"+44 20"_s, u"-5"_s, u"@SUM(A1)"_s}} << QList<int>{2};
    QTest::newRow("no line end at the end")
        << QByteArray("a\tb\n1\t2") << QStringList{u"a"_s, u"b"_s} << Rows{{u"1"_s, u"2"_s}}
        << QList<int>{2};
}

void TestApplicantListReader::csvParsing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, headers);
    QFETCH(Rows, rows);
    QFETCH(QList<int>, lines);

    const auto result = ApplicantListReader::readCsv(bytes, u"list.csv"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result.value().headers, headers);
    QCOMPARE(result.value().rows, rows);
    QCOMPARE(result.value().sourceLines, lines);
    for (const QStringList &row : result.value().rows)
        QCOMPARE(row.size(), headers.size());
}

void TestApplicantListReader::csvErrors_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;
    QTest::newRow("byte order mark only") << QByteArray("\xEF\xBB\xBF") << u"The file is empty."_s;
    QTest::newRow("blank lines only") << QByteArray("\r\n ,  \n\n") << u"The file is empty."_s;
    QTest::newRow("header only") << QByteArray("TRF,Name\n\n")
                                 << u"The file has a header row but no applicants."_s;
    QTest::newRow("unclosed quote") << QByteArray("a,b\n1,2\n3,\"oops\n4,5\n6,7\n")
                                    << u"Line 3 has a quote that is never closed."_s;
    QTest::newRow("unclosed quote after a quoted line break")
        << QByteArray("a,b\n\"x\ny\",2\n3,4\n5,\"truncated")
        << u"Line 5 has a quote that is never closed."_s;
    QTest::newRow("unclosed quote in the header")
        << QByteArray("a,\"b\n1,2\n") << u"Line 1 has a quote that is never closed."_s;
}

void TestApplicantListReader::csvErrors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const auto result = ApplicantListReader::readCsv(bytes, u"list.csv"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestApplicantListReader::windows1252Table()
{
    // 0x81 is undefined in Windows-1252 and keeps its C1 code point.
    const QByteArray bytes("name\n\x80\x93q\x94\x9F\x81\xE9\xFF\n");
    const auto result = ApplicantListReader::readCsv(bytes, u"list.csv"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.value().rows.at(0).at(0), u"€“q”Ÿ\u0081éÿ"_s);
    QCOMPARE(result.value().format, u"CSV, Windows-1252, comma-separated"_s);
}

void TestApplicantListReader::manyRows()
{
    QByteArray bytes = "TRF;Family name;Given name;Score\r\n";
    for (int i = 0; i < 10000; ++i)
        bytes += "24GB" + QByteArray::number(100000 + i) + "ABCD;Núñez;José;7.5\r\n";
    const auto result = ApplicantListReader::readCsv(bytes, u"list.csv"_s);
    QVERIFY(result.ok());
    QCOMPARE(result.value().rowCount(), 10000);
    QCOMPARE(result.value().rows.last().at(0), u"24GB109999ABCD"_s);
    QCOMPARE(result.value().sourceLines.last(), 10001);
}

void TestApplicantListReader::tooManyRows()
{
    QByteArray bytes = "n\n";
    bytes.reserve(ApplicantListReader::maxRows * 2 + 8);
    for (int i = 0; i <= ApplicantListReader::maxRows; ++i)
        bytes += "1\n";
    const auto refused = ApplicantListReader::readCsv(bytes, u"list.csv"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             u"The file has more than 100000 applicants. Split it into smaller lists."_s);

    bytes.chop(2);
    const auto accepted = ApplicantListReader::readCsv(bytes, u"list.csv"_s);
    QVERIFY(accepted.ok());
    QCOMPARE(accepted.value().rowCount(), ApplicantListReader::maxRows);
}

void TestApplicantListReader::tooLarge()
{
    const QByteArray bytes(ApplicantListReader::maxFileBytes + 1, ',');
    const QString message = u"The file is larger than 64 MB. Split it into smaller lists."_s;
    const auto csv = ApplicantListReader::readCsv(bytes, u"list.csv"_s);
    QVERIFY(!csv.ok());
    QCOMPARE(csv.error(), message);
    const auto xlsx = ApplicantListReader::readXlsx(bytes, u"list.xlsx"_s);
    QVERIFY(!xlsx.ok());
    QCOMPARE(xlsx.error(), message);

    // Just under the size limit, a file of separators must not make millions of cells.
    const QByteArray commas = "a\n1" + QByteArray(6'000'000, ',');
    const auto cells = ApplicantListReader::readCsv(commas, u"list.csv"_s);
    QVERIFY(cells.ok());
    QCOMPARE(cells.value().columnCount(), 1);
}

void TestApplicantListReader::xlsxFromLibxlsxwriter_data()
{
    QTest::addColumn<bool>("constantMemory");
    QTest::newRow("shared strings") << false;
    QTest::newRow("inline strings") << true;
}

void TestApplicantListReader::xlsxFromLibxlsxwriter()
{
    QFETCH(bool, constantMemory);

    const QString path = m_dir.filePath(constantMemory ? u"inline.xlsx"_s : u"shared.xlsx"_s);
    const QByteArray tmpdir = QFile::encodeName(m_dir.path());
    lxw_workbook_options options{};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *workbook = workbook_new_opt(QFile::encodeName(path).constData(), &options);
    QVERIFY(workbook);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Applicants");
    lxw_worksheet *other = workbook_add_worksheet(workbook, "Ignored");
    lxw_format *isoDate = workbook_add_format(workbook);
    format_set_num_format(isoDate, "yyyy-mm-dd");
    lxw_format *builtInDate = workbook_add_format(workbook);
    format_set_num_format_index(builtInDate, 14);
    lxw_format *decimals = workbook_add_format(workbook);
    format_set_num_format(decimals, "0.00");

    // Rows in order: constant_memory mode writes each row once it is left.
    const char *headers[] = {"TRF Number", "Family Name", "Given Names", "Date of Birth",
                             "Overall",    "Phone",       "Notes",       "Sum"};
    for (lxw_col_t c = 0; c < 8; ++c)
        worksheet_write_string(sheet, 0, c, headers[c], nullptr);

    worksheet_write_string(sheet, 1, 0, "23GB000101NUNJ001A", nullptr);
    worksheet_write_string(sheet, 1, 1, "Núñez", nullptr);
    worksheet_write_string(sheet, 1, 2, "José", nullptr);
    lxw_datetime birth = {1999, 3, 14, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 3, &birth, isoDate);
    worksheet_write_number(sheet, 1, 4, 7.5, decimals);
    worksheet_write_string(sheet, 1, 5, "+44 20 7946 0958", nullptr);
    worksheet_write_string(sheet, 1, 6, "Leeds, UK\n\"north\"", nullptr);
    worksheet_write_formula_num(sheet, 1, 7, "=1+2", nullptr, 3);

    // Row 3 left empty; row 4 has a gap where the given names would be.
    worksheet_write_string(sheet, 3, 0, "23GB000104WANG004A", nullptr);
    worksheet_write_string(sheet, 3, 1, "王", nullptr);
    lxw_datetime birth2 = {2001, 7, 21, 0, 0, 0};
    worksheet_write_datetime(sheet, 3, 3, &birth2, builtInDate);
    worksheet_write_number(sheet, 3, 4, 8, nullptr);
    worksheet_write_number(sheet, 3, 5, 447700900123.0, nullptr);
    worksheet_write_string(sheet, 3, 6, "=1+2", nullptr);
    worksheet_write_boolean(sheet, 3, 7, 1, nullptr);

    worksheet_write_string(sheet, 4, 0, "23GB000105ZOEA005A", nullptr);
    worksheet_write_string(sheet, 4, 1, "Zoë", nullptr);
    worksheet_write_string(sheet, 4, 2, "O'Brien", nullptr);
    worksheet_write_number(sheet, 4, 4, 6.25, nullptr);
    worksheet_write_string(sheet, 4, 5, "-5", nullptr);
    worksheet_write_string(sheet, 4, 6, "@SUM(A1)", nullptr);
    worksheet_write_number(sheet, 4, 7, -0.1, nullptr);

    worksheet_write_string(other, 0, 0, "Not", nullptr);
    worksheet_write_string(other, 1, 0, "this", nullptr);
    QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

    const auto result = ApplicantListReader::readFile(path);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    const ApplicantTable &table = result.value();
    QCOMPARE(table.headers,
             QStringList({u"TRF Number"_s, u"Family Name"_s, u"Given Names"_s, u"Date of Birth"_s,
                          u"Overall"_s, u"Phone"_s, u"Notes"_s, u"Sum"_s}));
    const Rows expected = {
        {u"23GB000101NUNJ001A"_s, u"Núñez"_s, u"José"_s, u"1999-03-14"_s, u"7.5"_s,
         u"+44 20 7946 0958"_s, u"Leeds, UK\n\"north\""_s, u"3"_s},
        {u"23GB000104WANG004A"_s, u"王"_s, QString(), u"2001-07-21"_s, u"8"_s, u"447700900123"_s,
         u"=1+2"_s, u"TRUE"_s},
        {u"23GB000105ZOEA005A"_s, u"Zoë"_s, u"O'Brien"_s, QString(), u"6.25"_s, u"-5"_s,
         u"@SUM(A1)"_s, u"-0.1"_s},
    };
    QCOMPARE(table.rows, expected);
    QCOMPARE(table.sourceLines, QList<int>({2, 4, 5}));
    QCOMPARE(table.format, u"XLSX, sheet “Applicants”"_s);
    QCOMPARE(table.sourceName, QFileInfo(path).fileName());
}

void TestApplicantListReader::xlsxHandMade_data()
{
    QTest::addColumn<bool>("date1904");
    QTest::addColumn<QByteArray>("rows");
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<Rows>("cells");
    QTest::addColumn<QList<int>>("lines");

    const QByteArray header =
        R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>B</t></is></c></row>)";
    const QStringList ab = {u"Name"_s, u"B"_s};

    QTest::newRow("rich text without phonetic guide, escaped CR")
        << false
        << header + R"(<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c></row>)"
        << ab << Rows{{u"Núñez Díaz"_s, u"Line\r\ntwo"_s}} << QList<int>{2};
    QTest::newRow("1900 date system and the leap-year bug")
        << false
        << header + R"(<row r="2"><c r="A2" s="1"><v>59</v></c><c r="B2" s="2"><v>61</v></c></row>
<row r="3"><c r="A3" s="1"><v>60</v></c><c r="B3" s="2"><v>45000.75</v></c></row>
<row r="4"><c r="A4" s="1"><v>1</v></c><c r="B4" s="1"><v>0</v></c></row>)"
        << ab
        << Rows{{u"1900-02-28"_s, u"1900-03-01"_s},
                {u"1900-02-29"_s, u"2023-03-15"_s},
                {u"1900-01-01"_s, u"0"_s}}
        << QList<int>{2, 3, 4};
    QTest::newRow("1904 date system")
        << true
        << header +
               R"(<row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2" s="2"><v>43538</v></c></row>)"
        << ab << Rows{{u"1904-01-01"_s, u"2023-03-15"_s}} << QList<int>{2};
    QTest::newRow("formats that are not dates")
        << false
        << header +
               R"(<row r="2"><c r="A2" s="3"><v>12.5</v></c><c r="B2" s="4"><v>7</v></c></row>)"
        << ab << Rows{{u"12.5"_s, u"7"_s}} << QList<int>{2};
    QTest::newRow("cell types")
        << false
        << header +
               R"(<row r="2"><c r="A2" t="str"><f>A1&amp;"x"</f><v>Namex</v></c><c r="B2" t="e"><v>#N/A</v></c></row>
<row r="3"><c r="A3" t="b"><v>0</v></c><c r="B3" t="d"><v>2024-02-29T00:00:00</v></c></row>
<row r="4"><c r="A4" t="n"><v>1E-7</v></c><c r="B4" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c></row>)"
        << ab
        << Rows{{u"Namex"_s, u"#N/A"_s}, {u"FALSE"_s, u"2024-02-29"_s}, {u"1e-07"_s, u"inline"_s}}
        << QList<int>{2, 3, 4};
    QTest::newRow("rows and cells without numbers, gaps, empty styled cells")
        << false << header + R"(<row><c><v>1</v></c><c><v>2</v></c><c s="1"/></row>
<row r="7"><c r="B7"><v>3</v></c><c r="Z7" s="2"/></row>
<row r="8"><c r="C8"><v>4</v></c></row>)"
        << QStringList{u"Name"_s, u"B"_s, u"Column 3"_s}
        << Rows{{u"1"_s, u"2"_s, QString()},
                {QString(), u"3"_s, QString()},
                {QString(), QString(), u"4"_s}}
        << QList<int>{2, 7, 8};
}

void TestApplicantListReader::xlsxHandMade()
{
    QFETCH(bool, date1904);
    QFETCH(QByteArray, rows);
    QFETCH(QStringList, headers);
    QFETCH(Rows, cells);
    QFETCH(QList<int>, lines);

    const QByteArray bytes =
        makeZip(m_dir.filePath(u"handmade.xlsx"_s), {{"xl/workbook.xml", workbookXml(date1904)},
                                                     {"xl/_rels/workbook.xml.rels", workbookRels},
                                                     {"xl/worksheets/sheet1.xml", sheetXml(rows)},
                                                     {"xl/sharedStrings.xml", sharedStringsXml},
                                                     {"xl/styles.xml", stylesXml}});
    QVERIFY(!bytes.isEmpty());
    const auto result = ApplicantListReader::readXlsx(bytes, u"list.xlsx"_s);
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error()));
    QCOMPARE(result.value().headers, headers);
    QCOMPARE(result.value().rows, cells);
    QCOMPARE(result.value().sourceLines, lines);
    QCOMPARE(result.value().format, u"XLSX, sheet “List”"_s);
}

void TestApplicantListReader::xlsxHostile_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");

    const QString damaged = u"The file is damaged or is not an Excel workbook (.xlsx)."_s;
    const QString noSheet = u"The workbook has no worksheet."_s;
    const QByteArray sheet = sheetXml(
        R"(<row r="1"><c t="inlineStr"><is><t>A</t></is></c></row><row r="2"><c><v>1</v></c></row>)");

    QTest::newRow("zip signature then garbage")
        << QByteArray("PK\x03\x04garbage that is no zip at all", 34) << damaged;
    QTest::newRow("empty") << QByteArray() << u"The file is empty."_s;

    const QByteArray good =
        makeZip(m_dir.filePath(u"good.xlsx"_s), {{"xl/workbook.xml", workbookXml(false)},
                                                 {"xl/_rels/workbook.xml.rels", workbookRels},
                                                 {"xl/worksheets/sheet1.xml", sheet}});
    QTest::newRow("truncated") << good.left(good.size() / 2) << damaged;
    QByteArray flipped = good;
    // Inside the first entry's compressed data (after the local header, its name and extra
    // field): inflating fails or the checksum no longer matches.
    const auto u16 = [&good](int at) {
        return static_cast<uchar>(good[at]) | static_cast<uchar>(good[at + 1]) << 8;
    };
    const int data = 30 + u16(26) + u16(28);
    for (int i = data + 2; i < data + 10; ++i)
        flipped[i] = static_cast<char>(flipped[i] ^ 0x55);
    QTest::newRow("corrupt data") << flipped << damaged;
    QTest::newRow("a zip that is not a workbook")
        << makeZip(m_dir.filePath(u"other.zip"_s), {{"readme.txt", "hello"}}) << damaged;
    QTest::newRow("workbook without sheets")
        << makeZip(m_dir.filePath(u"nosheets.xlsx"_s),
                   {{"xl/workbook.xml", workbookWithoutSheetsXml},
                    {"xl/_rels/workbook.xml.rels", workbookRels}})
        << noSheet;
    QTest::newRow("worksheet part missing")
        << makeZip(m_dir.filePath(u"missing.xlsx"_s),
                   {{"xl/workbook.xml", workbookXml(false)},
                    {"xl/_rels/workbook.xml.rels", workbookRels}})
        << noSheet;
    QTest::newRow("worksheet is not XML")
        << makeZip(m_dir.filePath(u"badxml.xlsx"_s),
                   {{"xl/workbook.xml", workbookXml(false)},
                    {"xl/_rels/workbook.xml.rels", workbookRels},
                    {"xl/worksheets/sheet1.xml", "<worksheet><sheetData><row><c>"}})
        << damaged;
    QTest::newRow("cell reference out of range")
        << makeZip(m_dir.filePath(u"farcell.xlsx"_s),
                   {{"xl/workbook.xml", workbookXml(false)},
                    {"xl/_rels/workbook.xml.rels", workbookRels},
                    {"xl/worksheets/sheet1.xml",
                     sheetXml(R"(<row r="1"><c r="XFE1"><v>1</v></c></row>)")}})
        << damaged;
    QTest::newRow("empty worksheet") << makeZip(m_dir.filePath(u"emptysheet.xlsx"_s),
                                                {{"xl/workbook.xml", workbookXml(false)},
                                                 {"xl/_rels/workbook.xml.rels", workbookRels},
                                                 {"xl/worksheets/sheet1.xml", sheetXml("")}})
                                     << u"The first worksheet (“List”) is empty."_s;
}

void TestApplicantListReader::xlsxHostile()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);

    const auto result = ApplicantListReader::readXlsx(bytes, u"list.xlsx"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestApplicantListReader::xlsxInflateBudget()
{
    // A sheet that inflates past the budget is refused however small the file is.
    const QString path = m_dir.filePath(u"bomb.xlsx"_s);
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    QVERIFY(zip);
    for (const auto &[name, content] :
         QList<std::pair<QByteArray, QByteArray>>{{"xl/workbook.xml", workbookXml(false)},
                                                  {"xl/_rels/workbook.xml.rels", workbookRels}}) {
        zip_fileinfo info{};
        zipOpenNewFileInZip64(zip, name.constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                              Z_DEFLATED, Z_BEST_SPEED, 0);
        zipWriteInFileInZip(zip, content.constData(), static_cast<unsigned>(content.size()));
        zipCloseFileInZip(zip);
    }
    zip_fileinfo info{};
    zipOpenNewFileInZip64(zip, "xl/worksheets/sheet1.xml", &info, nullptr, 0, nullptr, 0, nullptr,
                          Z_DEFLATED, Z_BEST_SPEED, 1);
    const QByteArray spaces(16 * 1024 * 1024, ' ');
    for (int i = 0; i < 17; ++i)
        zipWriteInFileInZip(zip, spaces.constData(), static_cast<unsigned>(spaces.size()));
    zipCloseFileInZip(zip);
    zipClose(zip, nullptr);

    const QByteArray bytes = readBytes(path);
    QVERIFY(bytes.size() < 4 * 1024 * 1024);
    const auto result = ApplicantListReader::readXlsx(bytes, u"bomb.xlsx"_s);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(),
             u"The workbook is too large to read: it unpacks to more than 256 MB."_s);
}

void TestApplicantListReader::readFileChoosesByContent()
{
    // A workbook saved with the wrong extension is still read as a workbook.
    const QByteArray workbook = makeZip(
        m_dir.filePath(u"wb.xlsx"_s),
        {{"xl/workbook.xml", workbookXml(false)},
         {"xl/_rels/workbook.xml.rels", workbookRels},
         {"xl/worksheets/sheet1.xml",
          sheetXml(
              R"(<row r="1"><c t="inlineStr"><is><t>TRF</t></is></c></row><row r="2"><c><v>42</v></c></row>)")}});
    const QString misnamed = m_dir.filePath(u"really-a-workbook.csv"_s);
    {
        QFile file(misnamed);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(workbook);
    }
    const auto result = ApplicantListReader::readFile(misnamed);
    QVERIFY(result.ok());
    QCOMPARE(result.value().format, u"XLSX, sheet “List”"_s);
    QCOMPARE(result.value().rows, Rows({{u"42"_s}}));
    QCOMPARE(result.value().sourceName, u"really-a-workbook.csv"_s);
}

void TestApplicantListReader::readFileErrors()
{
    const auto missing = ApplicantListReader::readFile(m_dir.filePath(u"nowhere/gone.csv"_s));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.error().startsWith(u"Cannot open “gone.csv”: "_s),
             qPrintable(missing.error()));

    const QString xls = m_dir.filePath(u"old.xls"_s);
    {
        QFile file(xls);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    }
    const auto old = ApplicantListReader::readFile(xls);
    QVERIFY(!old.ok());
    QVERIFY2(old.error().startsWith(u"“old.xls” is an old Excel file (.xls)"_s),
             qPrintable(old.error()));
}

QTEST_GUILESS_MAIN(TestApplicantListReader)
#include "tst_applicantlistreader.moc"
