#include "ResultOutput.h"

#include "Countries.h"
#include "CsvWriter.h"
#include "ExportMonitor.h"
#include "ExportRequest.h"
#include "JsonResultWriter.h"
#include "ResultExporter.h"
#include "StagedFile.h"
#include "StagedPhotoFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace {
// The fields of a result as the service documents them, in its order (photo fields apart).
const QStringList &knownFields()
{
    static const QStringList fields = {
        QStringLiteral("roName"),           QStringLiteral("roId"),
        QStringLiteral("candidateId"),      QStringLiteral("idType"),
        QStringLiteral("centreNumber"),     QStringLiteral("candidateNumber"),
        QStringLiteral("testDate"),         QStringLiteral("module"),
        QStringLiteral("familyName"),       QStringLiteral("firstName"),
        QStringLiteral("dateOfBirth"),      QStringLiteral("gender"),
        QStringLiteral("listeningScore"),   QStringLiteral("readingScore"),
        QStringLiteral("writingScore"),     QStringLiteral("speakingScore"),
        QStringLiteral("overallBandScore"), QStringLiteral("trfNumber"),
        QStringLiteral("telephone"),        QStringLiteral("postalAddress"),
        QStringLiteral("addressLine1"),     QStringLiteral("addressLine2"),
        QStringLiteral("addressLine3"),     QStringLiteral("addressLine4"),
        QStringLiteral("region"),           QStringLiteral("town"),
        QStringLiteral("postCode"),         QStringLiteral("country"),
        QStringLiteral("countryCode"),      QStringLiteral("candidateEmail"),
        QStringLiteral("photoMediaType"),   QStringLiteral("status"),
        QStringLiteral("lastModifiedDate")};
    return fields;
}

const QString countryNameColumn = QStringLiteral("countryName");
const QString additionalColumn = QStringLiteral("additionalFields");
const QString photoColumn = QStringLiteral("photo");

} // namespace

ResultOutput::ResultOutput(Format format, bool includePhotos, const QString &path,
                           QIODevice *stdoutDevice)
    : m_format(format)
    , m_photos(includePhotos)
    , m_path(path)
    , m_stdout(stdoutDevice)
{}

ResultOutput::~ResultOutput()
{
    discard();
}

QStringList ResultOutput::csvColumns(bool includePhotos)
{
    QStringList columns;
    for (const QString &field : knownFields()) {
        columns << field;
        if (field == u"countryCode")
            columns << countryNameColumn;
    }
    columns << additionalColumn;
    if (includePhotos)
        columns << photoColumn;
    return columns;
}

QStringList ResultOutput::csvValues(const CandidateResult &record, bool includePhotos)
{
    QStringList values;
    for (const QString &field : knownFields()) {
        values << record.text(field);
        if (field == u"countryCode")
            values << Countries::nameFor(record.countryCode());
    }
    QJsonObject others;
    for (const CandidateResult::Field &field : record.fields()) {
        if (field.name != photoColumn && !knownFields().contains(field.name))
            others.insert(field.name, field.value);
    }
    values << (others.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(others).toJson(QJsonDocument::Compact)));
    if (includePhotos)
        values << QString::fromLatin1(record.photoBase64());
    return values;
}

namespace {
// The text of a value as the API sent it; its values are strings, anything else is shown as JSON.
QByteArray valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Double:
        return QByteArray::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Array:
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    case QJsonValue::Object:
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    default:
        return {};
    }
}

const QHash<QString, int> &knownFieldIndex()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        for (qsizetype i = 0; i < knownFields().size(); ++i)
            h.insert(knownFields().at(i), int(i));
        return h;
    }();
    return index;
}
} // namespace

QByteArray ResultOutput::csvRow(const CandidateResult &record, bool includePhotos)
{
    // One pass over the record's fields; rows are built as UTF-8 without a UTF-16 detour.
    const QHash<QString, int> &index = knownFieldIndex();
    QList<QByteArray> known(knownFields().size());
    QJsonObject others;
    for (const CandidateResult::Field &field : record.fields()) {
        const auto it = index.constFind(field.name);
        if (it != index.constEnd())
            known[*it] = valueText(field.value);
        else if (field.name != photoColumn)
            others.insert(field.name, field.value);
    }
    const QByteArray photo = includePhotos ? record.photoBase64() : QByteArray();
    QByteArray row;
    row.reserve(1024 + photo.size());
    for (qsizetype i = 0; i < known.size(); ++i) {
        CsvWriter::appendField(row, known.at(i), i == 0);
        if (knownFields().at(i) == u"countryCode")
            CsvWriter::appendField(row, Countries::nameFor(record.countryCode()).toUtf8(), false);
    }
    CsvWriter::appendField(
        row, others.isEmpty() ? QByteArray() : QJsonDocument(others).toJson(QJsonDocument::Compact),
        false);
    if (includePhotos)
        CsvWriter::appendField(row, photo, false);
    CsvWriter::endRow(row);
    return row;
}

void ResultOutput::setReport(const ReportContext &report)
{
    m_report = std::make_unique<ReportContext>(report);
}

bool ResultOutput::setPhotosFolder(const QString &folder, QString *error)
{
    m_photoFolder = std::make_unique<StagedPhotoFolder>(folder);
    if (m_photoFolder->open(error))
        return true;
    m_photoFolder.reset();
    return false;
}

bool ResultOutput::open(QString *error)
{
    if (isCollected()) {
        // A workbook or a report is binary and written whole: it needs a file.
        const QString reason = m_path.isEmpty() ? tr("--format xlsx and pdf need --output FILE.")
                                                : StagedFile::checkTarget(m_path, true);
        if (!reason.isEmpty())
            *error = reason;
        return reason.isEmpty();
    }
    QString folder;
    if (m_path.isEmpty()) {
        folder = QDir::tempPath();
    } else {
        const QFileInfo target(m_path);
        if (target.isDir()) {
            *error = tr("\"%1\" is a folder; give a file name for --output.").arg(m_path);
            return false;
        }
        folder = target.absolutePath();
        if (!QFileInfo(folder).isDir()) {
            *error = tr("The folder \"%1\" does not exist.").arg(folder);
            return false;
        }
    }
    // In the target's own folder, so that the final rename cannot cross file systems.
    m_spool = std::make_unique<QTemporaryFile>(folder + QStringLiteral("/.ielts-results-XXXXXX"));
    if (!m_spool->open()) {
        *error = tr("Cannot write to \"%1\": %2").arg(folder, m_spool->errorString());
        m_spool.reset();
        return false;
    }
    const QByteArray header =
        m_format == Format::Json
            ? JsonResultWriter::paddedDocumentStart(0)
            : CsvWriter::byteOrderMark() + CsvWriter::formatRow(csvColumns(m_photos));
    m_headerLength = header.size();
    return writeSpool(header);
}

bool ResultOutput::writeSpool(const QByteArray &bytes)
{
    if (m_ok && m_spool->write(bytes) != bytes.size())
        m_ok = false;
    return m_ok;
}

bool ResultOutput::add(const QList<CandidateResult> &records)
{
    QString error;
    if (m_photoFolder && !m_photoFolder->add(records, &error))
        m_ok = false;
    if (isCollected()) {
        for (const CandidateResult &record : records) {
            const auto it = m_latest.constFind(record.trfNumber());
            if (it != m_latest.constEnd() && !record.trfNumber().isEmpty()) {
                m_collected[*it] = record; // an update replaces the earlier version
                continue;
            }
            m_latest.insert(record.trfNumber(), m_collected.size());
            m_collected.append(record);
        }
        m_count = m_collected.size();
        return m_ok;
    }
    if (!m_spool)
        return false;
    for (const CandidateResult &record : records) {
        // Straight to the spool's buffer, so that a page never exists a second time as text.
        if (m_format == Format::Json && !m_entries.isEmpty())
            writeSpool(JsonResultWriter::separator());
        const QByteArray bytes = m_format == Format::Json
                                     ? JsonResultWriter::record(record, m_photos)
                                     : csvRow(record, m_photos);
        Entry entry;
        entry.offset = m_spool->pos();
        entry.length = bytes.size();
        writeSpool(bytes);

        const QString key = record.trfNumber();
        if (!key.isEmpty()) {
            const auto it = m_latest.find(key);
            if (it != m_latest.end()) {
                m_entries[*it].superseded = true;
                m_hasSuperseded = true;
                --m_count;
            }
            m_latest.insert(key, m_entries.size());
        }
        m_entries.append(entry);
        ++m_count;
    }
    return m_ok;
}

bool ResultOutput::copyRange(QIODevice *to, qint64 offset, qint64 length)
{
    constexpr qint64 block = 1 << 20;
    if (!m_spool->seek(offset))
        return false;
    while (length > 0) {
        const QByteArray bytes = m_spool->read(std::min(block, length));
        if (bytes.isEmpty() || to->write(bytes) != bytes.size())
            return false;
        length -= bytes.size();
    }
    return true;
}

bool ResultOutput::commit(QString *error)
{
    // Held aside: the document's own clean-up must not take the photos with it.
    const std::unique_ptr<StagedPhotoFolder> photos = std::move(m_photoFolder);
    if (!m_ok) {
        *error = tr("Saving the photos failed.");
        discard();
        return false;
    }
    if (!(isCollected() ? commitCollected(error) : commitDocument(error)))
        return false;
    if (photos) {
        const ExportOutcome outcome = photos->commit();
        m_photoSummary = outcome.message;
        if (!outcome.succeeded()) {
            *error = outcome.message;
            return false;
        }
    }
    return true;
}

bool ResultOutput::commitCollected(QString *error)
{
    ExportContent content;
    content.records = std::exchange(m_collected, {});
    content.columns = ResultColumns::all();
    if (m_report)
        content.context = *m_report;
    if (!content.context.retrievedAt.isValid())
        content.context.retrievedAt = QDateTime::currentDateTimeUtc();
    ExportOptions options;
    options.format = m_format == Format::Xlsx ? ExportFormat::Xlsx : ExportFormat::Pdf;
    options.targetPath = m_path;
    options.includePhotos = m_photos;
    options.replaceExisting = true; // as for JSON and CSV: --output is replaced on success
    ExportMonitor monitor;
    const ExportOutcome outcome = ResultExporter::run(content, options, monitor);
    if (!outcome.succeeded())
        *error = outcome.message;
    return outcome.succeeded();
}

bool ResultOutput::commitDocument(QString *error)
{
    if (!m_spool) {
        *error = tr("The output was not opened.");
        return false;
    }
    if (m_format == Format::Json)
        writeSpool(JsonResultWriter::documentEnd());
    if (m_ok && m_format == Format::Json) {
        const qint64 end = m_spool->pos();
        m_ok = m_spool->seek(0) &&
               m_spool->write(JsonResultWriter::paddedDocumentStart(m_count)) == m_headerLength &&
               m_spool->seek(end);
    }
    m_ok = m_ok && m_spool->flush();
    if (!m_ok) {
        *error = tr("Writing the results failed: %1").arg(m_spool->errorString());
        discard();
        return false;
    }

    const qint64 spoolSize = m_spool->size();
    if (!m_path.isEmpty() && !m_hasSuperseded) {
        m_spool->close();
        std::error_code ec;
        std::filesystem::rename(QFile::encodeName(m_spool->fileName()).toStdString(),
                                QFile::encodeName(m_path).toStdString(), ec);
        if (ec) {
            *error =
                tr("Cannot write \"%1\": %2").arg(m_path, QString::fromStdString(ec.message()));
            discard();
            return false;
        }
        m_spool->setAutoRemove(false);
        m_spool.reset();
        return true;
    }

    // Standard output, or a spool with superseded records: copy what is current.
    std::unique_ptr<QSaveFile> file;
    QIODevice *target = m_stdout;
    if (!m_path.isEmpty()) {
        file = std::make_unique<QSaveFile>(m_path);
        if (!file->open(QIODevice::WriteOnly)) {
            *error = tr("Cannot write \"%1\": %2").arg(m_path, file->errorString());
            discard();
            return false;
        }
        target = file.get();
    }
    bool ok = true;
    if (!m_hasSuperseded) {
        ok = copyRange(target, 0, spoolSize);
    } else {
        const QByteArray header =
            m_format == Format::Json
                ? JsonResultWriter::documentStart(m_count)
                : CsvWriter::byteOrderMark() + CsvWriter::formatRow(csvColumns(m_photos));
        ok = target->write(header) == header.size();
        bool first = true;
        for (const Entry &entry : std::as_const(m_entries)) {
            if (!ok)
                break;
            if (entry.superseded)
                continue;
            if (m_format == Format::Json && !first)
                ok = target->write(JsonResultWriter::separator()) >= 0;
            first = false;
            ok = ok && copyRange(target, entry.offset, entry.length);
        }
        if (ok && m_format == Format::Json)
            ok = target->write(JsonResultWriter::documentEnd()) >= 0;
    }
    if (ok && file)
        ok = file->commit();
    if (!ok) {
        *error = tr("Writing the results failed: %1")
                     .arg(file ? file->errorString() : target->errorString());
        if (file)
            file->cancelWriting();
    }
    discard();
    return ok;
}

void ResultOutput::discard()
{
    m_photoFolder.reset();
    m_collected.clear();
    if (m_spool) {
        m_spool->close();
        m_spool->remove();
        m_spool.reset();
    }
}
