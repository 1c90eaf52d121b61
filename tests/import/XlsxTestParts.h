#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

// Parts of hand-made workbooks, to feed the reader what no spreadsheet program writes on request.

QByteArray readBytes(const QString &path);
// Writes a ZIP holding the given entries (name, content) to `path` and returns its bytes.
QByteArray makeZip(const QString &path, const QList<std::pair<QByteArray, QByteArray>> &entries,
                   int level = -1);
QByteArray workbookXml(bool date1904);
QByteArray sheetXml(const QByteArray &rows);

extern const QByteArray workbookRels;
extern const QByteArray stylesXml;
extern const QByteArray sharedStringsXml;
extern const QByteArray workbookWithoutSheetsXml;
