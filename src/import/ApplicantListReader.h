#pragma once

#include "ApplicantTable.h"
#include "Result.h"

#include <QByteArray>
#include <QString>

// Reads an applicant list from a CSV or XLSX file into an ApplicantTable. CSV may be UTF-8 (with
// or without a byte order mark), UTF-16 (with a byte order mark, or recognised by its zero bytes)
// or Windows-1252, separated by commas, semicolons or tabs (guessed from the header line), quoted
// as RFC 4180 says, with quoted line breaks kept. XLSX: the first worksheet, shared and inline
// strings, numbers as their shortest text, cells formatted as dates as YYYY-MM-DD.
// Errors are translated, plain-language messages ("The file is empty.", "Line 7 has a quote that
// is never closed.").
namespace ApplicantListReader {

inline constexpr qint64 maxFileBytes = 64 * 1024 * 1024;
inline constexpr int maxRows = 100000;

Result<ApplicantTable, QString> readFile(const QString &path);
// CSV text as bytes; `sourceName` is kept in the table.
Result<ApplicantTable, QString> readCsv(const QByteArray &bytes, const QString &sourceName);
Result<ApplicantTable, QString> readXlsx(const QByteArray &bytes, const QString &sourceName);

} // namespace ApplicantListReader
