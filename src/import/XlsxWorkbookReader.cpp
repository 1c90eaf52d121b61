#include "XlsxWorkbookReader.h"

#include "TableBuilder.h"
#include "XlsxCellFormat.h"
#include "ZipArchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

constexpr int maxColumns = 16384; // XFD, Excel's last column
constexpr int maxSheetRows = 1048576;

QString damagedMessage()
{
    return QCoreApplication::translate("ApplicantListReader",
                                       "The file is damaged or is not an Excel workbook (.xlsx).");
}

QString tooLargeMessage()
{
    return QCoreApplication::translate(
               "ApplicantListReader",
               "The workbook is too large to read: it unpacks to more than %1 MB.")
        .arg(XlsxWorkbookReader::maxInflatedBytes / (1024 * 1024));
}

QString noWorksheetMessage()
{
    return QCoreApplication::translate("ApplicantListReader", "The workbook has no worksheet.");
}

QString tooManyCellsMessage()
{
    return QCoreApplication::translate(
        "ApplicantListReader",
        "The file has too many cells to read. Remove unused columns or split the list.");
}

// "r:id" whatever the prefix or namespace version (transitional or strict OOXML).
QString relationshipId(const QXmlStreamAttributes &attributes)
{
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == "id"_L1 && !attribute.namespaceUri().isEmpty())
            return attribute.value().toString();
    }
    return {};
}

bool isTrue(QStringView value)
{
    return value == "1"_L1 || value == "true"_L1;
}

// A part's target is relative to the workbook's folder unless it starts with "/".
QString resolveTarget(const QString &target)
{
    if (target.startsWith(u'/'))
        return QDir::cleanPath(target.mid(1));
    return QDir::cleanPath(u"xl/"_s + target);
}

// Text of the <t> elements inside <si> or <is>, leaving out phonetic guides (<rPh>) that
// Japanese workbooks add above the text.
QString readStringItem(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    int phoneticDepth = 0;
    while (depth > 0 && !xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            if (xml.name() == "rPh"_L1)
                ++phoneticDepth;
            else if (xml.name() == "t"_L1 && phoneticDepth == 0) {
                text += xml.readElementText(QXmlStreamReader::IncludeChildElements);
                --depth;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (xml.name() == "rPh"_L1)
                --phoneticDepth;
        }
    }
    return XlsxCellFormat::unescapeXString(text);
}

// "C7" -> column 2 (0-based), row 7; either may be absent from `ref` only if it is malformed.
bool parseCellReference(QStringView ref, int *column, int *row)
{
    qsizetype i = 0;
    int col = 0;
    while (i < ref.size() && ref[i].isLetter() && ref[i].unicode() < 128) {
        col = col * 26 + (ref[i].toUpper().unicode() - u'A' + 1);
        if (col > maxColumns)
            return false;
        ++i;
    }
    if (i == 0)
        return false;
    bool ok = false;
    const int r = ref.sliced(i).toInt(&ok);
    if (!ok || r < 1 || r > maxSheetRows)
        return false;
    *column = col - 1;
    *row = r;
    return true;
}

} // namespace

XlsxWorkbookReader::XlsxWorkbookReader(const QByteArray &bytes)
    : m_bytes(bytes)
{}

Result<ApplicantTable, QString> XlsxWorkbookReader::read(const QString &sourceName)
{
    ZipArchive zip(m_bytes, maxInflatedBytes);
    if (!zip.isOpen())
        return damagedMessage();

    Parts parts;
    if (QString error = findParts(zip, &parts); !error.isEmpty())
        return error;

    QByteArray xml;
    if (QString error = readPart(zip, parts.sharedStringsPath, false, &xml); !error.isEmpty())
        return error;
    if (QString error = readSharedStrings(xml); !error.isEmpty())
        return error;
    if (QString error = readPart(zip, parts.stylesPath, false, &xml); !error.isEmpty())
        return error;
    if (QString error = readStyles(xml); !error.isEmpty())
        return error;
    if (QString error = readPart(zip, parts.sheetPath, true, &xml); !error.isEmpty())
        return error;

    TableBuilder builder(sourceName);
    if (QString error = readSheet(xml, builder); !error.isEmpty())
        return error;
    const QString format = QCoreApplication::translate("ApplicantListReader", "XLSX, sheet “%1”")
                               .arg(parts.firstSheetName);
    const QString empty =
        QCoreApplication::translate("ApplicantListReader", "The first worksheet (“%1”) is empty.")
            .arg(parts.firstSheetName);
    return builder.finish(format, empty);
}

QString XlsxWorkbookReader::readPart(ZipArchive &zip, const QString &path, bool required,
                                     QByteArray *data)
{
    ZipArchive::Entry entry = zip.read(path);
    data->clear();
    switch (entry.status) {
    case ZipArchive::Status::Ok:
        *data = std::move(entry.data);
        return {};
    case ZipArchive::Status::Missing:
        return required ? noWorksheetMessage() : QString();
    case ZipArchive::Status::Damaged:
        return damagedMessage();
    case ZipArchive::Status::TooLarge:
        return tooLargeMessage();
    }
    return damagedMessage();
}

QString XlsxWorkbookReader::findParts(ZipArchive &zip, Parts *parts)
{
    ZipArchive::Entry workbook = zip.read(u"xl/workbook.xml"_s);
    if (workbook.status == ZipArchive::Status::TooLarge)
        return tooLargeMessage();
    if (workbook.status != ZipArchive::Status::Ok)
        return damagedMessage(); // a ZIP, but not a workbook (or a broken one)

    QList<Sheet> sheets;
    {
        QXmlStreamReader xml(workbook.data);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == "workbookPr"_L1)
                m_date1904 = isTrue(xml.attributes().value("date1904"_L1));
            else if (xml.name() == "sheet"_L1)
                sheets.append({xml.attributes().value("name"_L1).toString(),
                               relationshipId(xml.attributes())});
        }
        if (xml.hasError())
            return damagedMessage();
    }
    if (sheets.isEmpty())
        return noWorksheetMessage();

    QByteArray data;
    if (QString error = readPart(zip, u"xl/_rels/workbook.xml.rels"_s, false, &data);
        !error.isEmpty())
        return error;
    struct Relationship
    {
        QString type;
        QString target;
    };
    QHash<QString, Relationship> relationships;
    {
        QXmlStreamReader xml(data);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != "Relationship"_L1)
                continue;
            const QXmlStreamAttributes attributes = xml.attributes();
            if (attributes.value("TargetMode"_L1) == "External"_L1)
                continue;
            const QString type = attributes.value("Type"_L1).toString();
            const QString target = resolveTarget(attributes.value("Target"_L1).toString());
            relationships.insert(attributes.value("Id"_L1).toString(), {type, target});
            if (type.endsWith("/sharedStrings"_L1))
                parts->sharedStringsPath = target;
            else if (type.endsWith("/styles"_L1))
                parts->stylesPath = target;
        }
        if (!data.isEmpty() && xml.hasError())
            return damagedMessage();
    }

    // The first sheet that is a worksheet: a chart sheet has no cells.
    for (const Sheet &sheet : std::as_const(sheets)) {
        const auto it = relationships.constFind(sheet.relationshipId);
        if (it != relationships.cend() && it->type.endsWith("/worksheet"_L1)) {
            parts->firstSheetName = sheet.name;
            parts->sheetPath = it->target;
            return {};
        }
    }
    return noWorksheetMessage();
}

QString XlsxWorkbookReader::readSharedStrings(const QByteArray &data)
{
    m_sharedStrings.clear();
    if (data.isEmpty())
        return {};
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != "si"_L1)
            continue;
        // Millions of empty items would fit in the inflate budget yet not in memory.
        if (m_sharedStrings.size() >= TableBuilder::maxCells)
            return tooManyCellsMessage();
        m_sharedStrings.append(readStringItem(xml));
    }
    return xml.hasError() ? damagedMessage() : QString();
}

QString XlsxWorkbookReader::readStyles(const QByteArray &data)
{
    m_dateStyles.clear();
    if (data.isEmpty())
        return {};
    QHash<int, bool> customDateFormats;
    bool inCellXfs = false;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == "cellXfs"_L1) {
            inCellXfs = false;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == "numFmt"_L1) {
            customDateFormats.insert(
                attributes.value("numFmtId"_L1).toInt(),
                XlsxCellFormat::isDateFormatCode(attributes.value("formatCode"_L1)));
        } else if (xml.name() == "cellXfs"_L1) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == "xf"_L1) {
            const int id = attributes.value("numFmtId"_L1).toInt();
            m_dateStyles.append(customDateFormats.contains(id)
                                    ? customDateFormats.value(id)
                                    : XlsxCellFormat::isBuiltInDateFormat(id));
        }
    }
    return xml.hasError() ? damagedMessage() : QString();
}

QString XlsxWorkbookReader::readSheet(const QByteArray &data, TableBuilder &builder)
{
    QXmlStreamReader xml(data);
    QStringList cells;
    int rowNumber = 0;
    int column = -1;
    bool inRow = false;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == "row"_L1 && inRow) {
            inRow = false;
            if (!builder.addRecord(std::move(cells), rowNumber))
                return builder.error();
            cells.clear();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes attributes = xml.attributes();
        if (xml.name() == "row"_L1) {
            // Rows and cells may leave out their numbers; they then follow the previous one.
            bool ok = false;
            const int r = attributes.value("r"_L1).toInt(&ok);
            rowNumber = ok ? r : rowNumber + 1;
            if (rowNumber < 1 || rowNumber > maxSheetRows)
                return damagedMessage();
            column = -1;
            inRow = true;
        } else if (xml.name() == "c"_L1 && inRow) {
            const QStringView ref = attributes.value("r"_L1);
            int row = rowNumber;
            if (ref.isEmpty())
                ++column;
            else if (!parseCellReference(ref, &column, &row))
                return damagedMessage();
            if (column >= maxColumns)
                return damagedMessage();
            bool styleOk = false;
            const int style = attributes.value("s"_L1).toInt(&styleOk);
            const QString text =
                cellText(xml, attributes.value("t"_L1).toString(), styleOk ? style : 0);
            if (xml.hasError())
                break;
            if (text.isEmpty())
                continue;
            if (cells.size() <= column)
                cells.resize(column + 1);
            cells[column] = text;
        }
    }
    return xml.hasError() ? damagedMessage() : QString();
}

// Reads the <c> element the reader stands on up to its end.
QString XlsxWorkbookReader::cellText(QXmlStreamReader &xml, const QString &type, int style)
{
    QString value;
    bool haveValue = false;
    QString inlineText;
    while (xml.readNextStartElement()) {
        if (xml.name() == "v"_L1) {
            value = xml.readElementText();
            haveValue = true;
        } else if (xml.name() == "is"_L1) {
            inlineText = readStringItem(xml);
        } else {
            xml.skipCurrentElement(); // <f>, <extLst>
        }
    }
    if (type == "inlineStr"_L1)
        return inlineText;
    if (!haveValue)
        return {};
    if (type == "s"_L1) {
        bool ok = false;
        const int index = value.toInt(&ok);
        return ok && index >= 0 && index < m_sharedStrings.size() ? m_sharedStrings.at(index)
                                                                  : QString();
    }
    if (type == "str"_L1 || type == "e"_L1)
        return XlsxCellFormat::unescapeXString(value);
    if (type == "b"_L1)
        return value.trimmed() == "1"_L1 ? u"TRUE"_s : u"FALSE"_s;
    if (type == "d"_L1)
        return value.left(10); // ISO 8601 already; keep the day
    bool ok = false;
    const double number = value.toDouble(&ok);
    if (!ok)
        return value;
    if (style >= 0 && style < m_dateStyles.size() && m_dateStyles.at(style)) {
        if (const auto date = XlsxCellFormat::serialToIsoDate(number, m_date1904))
            return *date;
    }
    return XlsxCellFormat::numberText(number);
}
