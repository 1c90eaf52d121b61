#include "ApplicantListReader.h"

#include "CsvRecordParser.h"
#include "CsvTextDecoder.h"
#include "TableBuilder.h"
#include "XlsxWorkbookReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

constexpr QByteArrayView zipSignature("PK\x03\x04", 4);
// The container of .xls files and of password-protected workbooks of any Excel version.
constexpr QByteArrayView compoundFileSignature("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);

QString tooLargeMessage()
{
    return QCoreApplication::translate(
               "ApplicantListReader", "The file is larger than %1 MB. Split it into smaller lists.")
        .arg(ApplicantListReader::maxFileBytes / (1024 * 1024));
}

QString emptyMessage()
{
    return QCoreApplication::translate("ApplicantListReader", "The file is empty.");
}

QString separatorName(QChar separator)
{
    if (separator == u';')
        return QCoreApplication::translate("ApplicantListReader", "semicolon-separated");
    if (separator == u'\t')
        return QCoreApplication::translate("ApplicantListReader", "tab-separated");
    return QCoreApplication::translate("ApplicantListReader", "comma-separated");
}

} // namespace

namespace ApplicantListReader {

Result<ApplicantTable, QString> readFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return QCoreApplication::translate("ApplicantListReader", "Cannot open “%1”: %2")
            .arg(name, file.errorString());
    }
    if (file.size() > maxFileBytes)
        return tooLargeMessage();
    const QByteArray bytes = file.read(maxFileBytes + 1);
    if (file.error() != QFileDevice::NoError) {
        return QCoreApplication::translate("ApplicantListReader", "Cannot read “%1”: %2")
            .arg(name, file.errorString());
    }
    if (bytes.startsWith(zipSignature))
        return readXlsx(bytes, name);
    if (bytes.startsWith(compoundFileSignature)) {
        return QCoreApplication::translate(
                   "ApplicantListReader",
                   "“%1” is an old Excel file (.xls) or a password-protected workbook. Save it "
                   "without a password as an Excel workbook (.xlsx) or as CSV.")
            .arg(name);
    }
    return readCsv(bytes, name);
}

Result<ApplicantTable, QString> readCsv(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.size() > maxFileBytes)
        return tooLargeMessage();
    const CsvTextDecoder::Decoded decoded = CsvTextDecoder::decode(bytes);
    const QChar separator = CsvRecordParser::guessSeparator(decoded.text);
    CsvRecordParser parser(decoded.text, separator);
    TableBuilder builder(sourceName);
    QStringList cells;
    while (true) {
        const CsvRecordParser::Status status = parser.next(cells);
        if (status == CsvRecordParser::Status::End)
            break;
        if (status == CsvRecordParser::Status::UnclosedQuote) {
            return QCoreApplication::translate("ApplicantListReader",
                                               "Line %1 has a quote that is never closed.")
                .arg(parser.line());
        }
        if (!builder.addRecord(std::move(cells), parser.line()))
            return builder.error();
    }
    const QString format =
        QCoreApplication::translate("ApplicantListReader", "CSV, %1, %2", "encoding, separator")
            .arg(CsvTextDecoder::describe(decoded.encoding), separatorName(separator));
    return builder.finish(format, emptyMessage());
}

Result<ApplicantTable, QString> readXlsx(const QByteArray &bytes, const QString &sourceName)
{
    if (bytes.size() > maxFileBytes)
        return tooLargeMessage();
    if (bytes.isEmpty())
        return emptyMessage();
    return XlsxWorkbookReader(bytes).read(sourceName);
}

} // namespace ApplicantListReader
