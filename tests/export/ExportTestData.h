#pragma once

#include "CandidateResult.h"
#include "ExportRequest.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QSize>
#include <QString>

// Result records for export tests: realistic ones in bulk, and a set of hostile ones (formula-like
// values, quotes, commas and newlines, CJK, Arabic and diacritics, unknown fields, bad photos).
namespace ExportTestData {

QByteArray jpeg(const QColor &color, QSize size = QSize(120, 160));
QByteArray png(const QColor &color, QSize size = QSize(60, 80));

struct Spec
{
    QString trf;
    QString familyName = QStringLiteral("DOE");
    QString firstName = QStringLiteral("JANE");
    QString dateOfBirth = QStringLiteral("20030414");
    QString testDate = QStringLiteral("20190702");
    QString module = QStringLiteral("Academic");
    QStringList scores = {QStringLiteral("7.50"), QStringLiteral("8.00"), QStringLiteral("6.50"),
                          QStringLiteral("7.00"), QStringLiteral("7.50")};
    QString countryCode = QStringLiteral("MHL");
    QString centre = QStringLiteral("SIT02");
    QString status = QStringLiteral("RELEASED");
    QString lastModified = QStringLiteral("2019-08-10T09:08:57");
    QString address = QStringLiteral("1 Main Street");
    QByteArray photo;           // empty: no photo field
    bool photoAsString = false; // "photo": "<base64>" instead of {"data": ...}
    QString photoMediaType = QStringLiteral("JPEG");
    QList<std::pair<QString, QString>> extraFields; // sent after the known ones
};

// The fields as the service sends them, in its order.
QList<CandidateResult::Field> fields(const Spec &spec);
CandidateResult record(const Spec &spec);

// A TRF number of the right shape for record `i`.
QString trf(int i);
// `count` ordinary records; every third without a photo when `photos`.
QList<CandidateResult> bulk(int count, bool photos);
// Records that break naive exporters; the first one has an unknown (One Skill Retake) field.
QList<CandidateResult> hostile();
// Values the hostile records carry that a spreadsheet would evaluate.
QStringList formulaLikeValues();

ReportContext context(bool testData);

// The text of a file, or an empty array.
QByteArray readFile(const QString &path);
// Runs a program and returns its standard output; fails the test on a non-zero exit.
QByteArray run(const QString &program, const QStringList &arguments, int timeoutMs = 60000);
// Python with openpyxl (Debian's), never a pyenv one earlier on PATH.
QString python();
QString script(const QString &name);
// Every file in a folder, hidden ones included.
QStringList filesIn(const QString &folder);

} // namespace ExportTestData
