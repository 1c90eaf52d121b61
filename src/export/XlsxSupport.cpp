#include "XlsxSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <utility>

namespace XlsxSupport {

Workbook::Workbook(const QString &path, bool constantMemory)
    : m_path(QFile::encodeName(QDir::toNativeSeparators(path)))
    , m_tmpdir(QFile::encodeName(QDir::toNativeSeparators(QDir::tempPath())))
{
    lxw_workbook_options options = {};
    options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = m_tmpdir.data();
    options.use_zip64 = LXW_TRUE; // photos can make a large file; readers all accept ZIP64
    m_workbook = workbook_new_opt(m_path.constData(), &options);
}

Workbook::~Workbook()
{
    lxw_workbook_free(m_workbook);
}

lxw_error Workbook::close()
{
    lxw_workbook *workbook = std::exchange(m_workbook, nullptr);
    return workbook_close(workbook);
}

QByteArray cellText(const QString &text)
{
    return (text.size() > maxCellLength ? text.left(maxCellLength) : text).toUtf8();
}

int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar ch : text)
        width += ch.unicode() >= 0x2E80 ? 2 : 1; // CJK and other wide scripts
    return width;
}

QString sheetName(QString name)
{
    static const QString forbidden = QStringLiteral("[]:*?/\\");
    for (QChar &ch : name) {
        if (forbidden.contains(ch))
            ch = u' ';
    }
    while (name.startsWith(u'\''))
        name.remove(0, 1);
    while (name.endsWith(u'\''))
        name.chop(1);
    name = name.left(31).trimmed();
    return name.isEmpty() ? QStringLiteral("Sheet") : name;
}

lxw_datetime excelDate(const QDate &date)
{
    return lxw_datetime{date.year(), date.month(), date.day(), 0, 0, 0.0};
}

lxw_datetime excelDateTime(const QDateTime &utc)
{
    const QDate date = utc.date();
    const QTime time = utc.time();
    return lxw_datetime{date.year(), date.month(),  date.day(),
                        time.hour(), time.minute(), time.second() + time.msec() / 1000.0};
}

bool isExcelDate(const QDate &date)
{
    return date.isValid() && date.year() >= 1900 && date.year() <= 9999;
}

lxw_error writeText(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col, const QString &text,
                    lxw_format *format)
{
    if (text.isEmpty())
        return LXW_NO_ERROR;
    const QByteArray utf8 = cellText(text);
    return worksheet_write_string(sheet, row, col, utf8.constData(), format);
}

namespace {
BandScore scoreOf(const CandidateResult &r, ResultColumns::Column column)
{
    switch (column) {
    case ResultColumns::Listening:
        return r.listening();
    case ResultColumns::Reading:
        return r.reading();
    case ResultColumns::Writing:
        return r.writing();
    case ResultColumns::Speaking:
        return r.speaking();
    case ResultColumns::Overall:
        return r.overall();
    default:
        return {};
    }
}
} // namespace

lxw_error writeResultCell(lxw_worksheet *sheet, lxw_row_t row, lxw_col_t col,
                          const CandidateResult &r, ResultColumns::Column column,
                          const ValueFormats &formats)
{
    if (ResultColumns::isScore(column)) {
        const BandScore score = scoreOf(r, column);
        return score.isValid()
                   ? worksheet_write_number(sheet, row, col, score.value(), formats.score)
                   : LXW_NO_ERROR;
    }
    if (column == ResultColumns::DateOfBirth || column == ResultColumns::TestDate) {
        const QDate date = column == ResultColumns::DateOfBirth ? r.dateOfBirth() : r.testDate();
        if (isExcelDate(date)) {
            lxw_datetime value = excelDate(date);
            return worksheet_write_datetime(sheet, row, col, &value, formats.date);
        }
    } else if (column == ResultColumns::LastModified) {
        const QDateTime modified = r.lastModified().toUTC();
        if (modified.isValid() && isExcelDate(modified.date())) {
            lxw_datetime value = excelDateTime(modified);
            return worksheet_write_datetime(sheet, row, col, &value, formats.dateTime);
        }
    }
    // Everything else, and dates the API sent malformed, as text: never as a formula.
    return writeText(sheet, row, col, ResultColumns::text(r, column));
}

void describeWorkbook(lxw_workbook *workbook, const ReportContext &context, const QString &title,
                      const QString &subject, const QList<lxw_worksheet *> &sheets,
                      lxw_worksheet *printedSheet)
{
    QByteArray titleText = title.toUtf8();
    const QByteArray subjectText = subject.toUtf8();
    const QByteArray author = context.profileName.toUtf8();
    QByteArray comments;
    if (context.isTestData) {
        titleText = QCoreApplication::translate("XlsxSupport", "%1 (TEST DATA)",
                                                "Title of a workbook holding test data")
                        .arg(title)
                        .toUtf8();
        comments =
            QCoreApplication::translate("XlsxSupport", "Test data from %1: not real IELTS results.")
                .arg(context.environmentName)
                .toUtf8();
        for (lxw_worksheet *sheet : sheets)
            worksheet_set_tab_color(sheet, LXW_COLOR_RED);
        // An ampersand starts a control code in a page header.
        QString header =
            QCoreApplication::translate("XlsxSupport", "TEST DATA: not real IELTS results");
        header.replace(u'&', QStringLiteral("&&"));
        const QByteArray pageHeader = (u"&C" + header.left(120)).toUtf8();
        worksheet_set_header(printedSheet, pageHeader.constData());
    }
    QByteArray creator = QByteArrayLiteral("IELTS Result Verifier");
    lxw_doc_properties properties = {};
    properties.title = titleText.data();
    properties.subject = const_cast<char *>(subjectText.constData());
    properties.author = const_cast<char *>(author.constData());
    properties.comments = comments.data();
    properties.company = creator.data();
    workbook_set_properties(workbook, &properties);
}

} // namespace XlsxSupport
