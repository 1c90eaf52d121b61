#pragma once

#include "ApplicantTable.h"
#include "Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class TableBuilder;
class ZipArchive;
class QXmlStreamReader;

// Reads the first worksheet of an XLSX workbook (a ZIP of XML parts) into an ApplicantTable,
// showing each cell as Excel would: shared and inline strings, numbers as their shortest text,
// date-formatted numbers as YYYY-MM-DD, formulas by their last computed value.
class XlsxWorkbookReader final
{
public:
    // Inflating stops here: a few hundred kilobytes of ZIP can unpack to gigabytes.
    static constexpr qint64 maxInflatedBytes = 256LL * 1024 * 1024;

    explicit XlsxWorkbookReader(const QByteArray &bytes);
    Result<ApplicantTable, QString> read(const QString &sourceName);

private:
    struct Sheet
    {
        QString name;
        QString relationshipId;
    };
    struct Parts
    {
        QString firstSheetName;
        QString sheetPath;
        QString sharedStringsPath = QStringLiteral("xl/sharedStrings.xml");
        QString stylesPath = QStringLiteral("xl/styles.xml");
    };

    // Each returns an error message, empty when all went well.
    QString readPart(ZipArchive &zip, const QString &path, bool required, QByteArray *data);
    QString findParts(ZipArchive &zip, Parts *parts);
    QString readSharedStrings(const QByteArray &xml);
    QString readStyles(const QByteArray &xml);
    QString readSheet(const QByteArray &xml, TableBuilder &builder);
    QString cellText(QXmlStreamReader &xml, const QString &type, int style);

    const QByteArray &m_bytes;
    bool m_date1904 = false;
    QStringList m_sharedStrings;
    QList<bool> m_dateStyles; // per cellXfs index
};
