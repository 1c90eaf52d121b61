#pragma once

#include "CandidateResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QFile;
class QIODevice;
class QTemporaryFile;
class StagedPhotoFolder;
struct ReportContext;

// Where the CLI's results go: a file, written under a temporary name in the same folder and
// renamed only when the run succeeded, or standard output, written at the end. Records are
// spooled to disk page by page, so memory stays bounded by a page; a record delivered again as an
// update replaces its earlier version in the final output. An Excel workbook or a PDF report is
// a whole document, so those records are collected and written at the end instead.
class ResultOutput final
{
    Q_DECLARE_TR_FUNCTIONS(ResultOutput)

public:
    enum class Format
    {
        Json,
        Csv,
        Xlsx,
        Pdf
    };

    // An empty path means standard output (`stdoutDevice`).
    ResultOutput(Format format, bool includePhotos, const QString &path, QIODevice *stdoutDevice);
    ~ResultOutput();

    // Creates the spool; false with a translated reason when the output cannot be written.
    bool open(QString *error);
    // What the PDF report and the workbook say about the run.
    void setReport(const ReportContext &report);
    // Also saves each record's photo in `folder`, placed only when the run succeeds.
    bool setPhotosFolder(const QString &folder, QString *error);
    // What commit() did with the photos, in plain words; empty without a photos folder.
    QString photoSummary() const { return m_photoSummary; }
    bool add(const QList<CandidateResult> &records);
    // Writes the final output; the spool is removed either way.
    bool commit(QString *error);
    // Throws away everything written so far; an existing output file is left as it was.
    void discard();

    qint64 recordCount() const { return m_count; }
    // Workbooks and reports are collected and written whole; CSV and JSON are spooled.
    bool isCollected() const { return m_format == Format::Xlsx || m_format == Format::Pdf; }

    // The CSV layout: the API's fields in its order with the country's name after its code,
    // any other field (OSR fields included) as JSON in "additionalFields", the photo as base64
    // in the last column when photos were asked for.
    static QStringList csvColumns(bool includePhotos);
    static QStringList csvValues(const CandidateResult &record, bool includePhotos);
    // The same row as CSV bytes, CRLF-terminated.
    static QByteArray csvRow(const CandidateResult &record, bool includePhotos);

private:
    bool commitDocument(QString *error);
    bool commitCollected(QString *error);

    struct Entry
    {
        qint64 offset = 0;
        qint64 length = 0;
        bool superseded = false;
    };
    bool writeSpool(const QByteArray &bytes);
    bool copyRange(QIODevice *to, qint64 offset, qint64 length);

    Format m_format;
    bool m_photos;
    QString m_path;
    QIODevice *m_stdout;
    std::unique_ptr<QTemporaryFile> m_spool;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_latest; // TRF number -> entry
    qint64 m_count = 0;
    qint64 m_headerLength = 0;
    bool m_hasSuperseded = false;
    bool m_ok = true;
    std::unique_ptr<ReportContext> m_report;
    QList<CandidateResult> m_collected;
    std::unique_ptr<StagedPhotoFolder> m_photoFolder;
    QString m_photoSummary;
};
