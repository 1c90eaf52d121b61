#include "BatchReport.h"

#include "BatchPdfReport.h"
#include "BatchReportTable.h"
#include "BatchXlsxReport.h"
#include "CsvWriter.h"
#include "ExportMonitor.h"
#include "ResultExporter.h"
#include "StagedFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace {
using Reconciliation::Entry;
using Reconciliation::Outcome;
using Status = ExportOutcome::Status;

Status writeCsv(QIODevice *device, const BatchReportContent &content, ExportMonitor &monitor)
{
    const BatchReportTable table(content);
    CsvWriter csv(device);
    if (!csv.writeHeader(table.headers()))
        return Status::Failed;
    for (qsizetype i = 0; i < content.entries.size(); ++i) {
        if (!csv.writeRow(table.row(content.entries.at(i))))
            return Status::Failed;
        if (!monitor.advance(i + 1))
            return Status::Canceled;
    }
    return Status::Succeeded;
}

// One JSON value as compact text: objects are built member by member below so that their keys
// keep the report's order rather than QJsonObject's alphabetical one.
QByteArray jsonValue(const QJsonValue &value)
{
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

class JsonObjectText final
{
public:
    void add(const QString &key, const QByteArray &json)
    {
        m_text += m_text.isEmpty() ? QByteArrayLiteral("{") : QByteArrayLiteral(", ");
        m_text += jsonValue(key) + QByteArrayLiteral(": ") + json;
    }
    void add(const QString &key, const QJsonValue &value) { add(key, jsonValue(value)); }
    QByteArray text() const { return m_text.isEmpty() ? QByteArrayLiteral("{}") : m_text + '}'; }

private:
    QByteArray m_text;
};

QJsonValue score(const BandScore &score)
{
    return score.isValid() ? QJsonValue(score.value()) : QJsonValue();
}

QByteArray requirementsJson(const ProgrammeRequirements &r)
{
    JsonObjectText o;
    o.add(QStringLiteral("set"), !r.isEmpty());
    o.add(QStringLiteral("description"), r.isEmpty() ? QJsonValue() : QJsonValue(r.describe()));
    o.add(QStringLiteral("minOverall"), score(r.minOverall));
    o.add(QStringLiteral("minListening"), score(r.minListening));
    o.add(QStringLiteral("minReading"), score(r.minReading));
    o.add(QStringLiteral("minWriting"), score(r.minWriting));
    o.add(QStringLiteral("minSpeaking"), score(r.minSpeaking));
    o.add(QStringLiteral("maxAgeYears"),
          r.maxAgeYears > 0 ? QJsonValue(r.maxAgeYears) : QJsonValue());
    return o.text();
}

QByteArray summaryJson(const BatchReportContent &content)
{
    const Reconciliation::Summary s = Reconciliation::summarise(content.entries);
    const ReportContext &c = content.context;
    JsonObjectText counts;
    const QList<std::pair<Outcome, int>> perOutcome = {{Outcome::Verified, s.verified},
                                                       {Outcome::Mismatch, s.mismatches},
                                                       {Outcome::NotFound, s.notFound},
                                                       {Outcome::NotReleased, s.notReleased},
                                                       {Outcome::Error, s.errors}};
    for (const auto &[outcome, n] : perOutcome)
        counts.add(Reconciliation::outcomeKey(outcome), n);

    JsonObjectText o;
    o.add(QStringLiteral("total"), s.total());
    o.add(QStringLiteral("counts"), counts.text());
    o.add(QStringLiteral("failingRequirements"), s.failingRequirements);
    o.add(QStringLiteral("description"), Reconciliation::describe(s));
    o.add(QStringLiteral("source"), content.sourceName);
    o.add(QStringLiteral("profile"), c.profileName);
    o.add(QStringLiteral("environment"), c.environmentName);
    o.add(QStringLiteral("testData"), c.isTestData);
    o.add(QStringLiteral("checkedAt"), c.retrievedAt.isValid()
                                           ? QJsonValue(c.retrievedAt.toUTC().toString(Qt::ISODate))
                                           : QJsonValue());
    o.add(QStringLiteral("generatedAt"),
          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.add(QStringLiteral("applicationVersion"), c.applicationVersion);
    return o.text();
}

// The applicant's columns under their own names, in file order; a name that repeats or is
// missing gets a number so that no cell is lost to a duplicate key.
QStringList applicantKeys(const BatchReportContent &content)
{
    const BatchReportTable table(content);
    QStringList keys;
    QSet<QString> taken;
    for (const BatchReportTable::Column &column : table.columns()) {
        if (column.kind != BatchReportTable::Kind::Applicant)
            continue;
        QString key = column.header;
        for (int n = 2; taken.contains(key); ++n)
            key = QStringLiteral("%1 (%2)").arg(column.header).arg(n);
        taken.insert(key);
        keys.append(key);
    }
    return keys;
}

QByteArray entryJson(const Entry &entry, const QStringList &applicantKeys)
{
    const Reconciliation::Verdict &v = entry.verdict;
    QJsonArray fields, differences;
    for (const Reconciliation::Difference &d : v.differences) {
        fields.append(ApplicantFields::key(d.field));
        differences.append(QJsonObject{{QStringLiteral("field"), ApplicantFields::key(d.field)},
                                       {QStringLiteral("claimed"), d.claimed},
                                       {QStringLiteral("actual"), d.actual}});
    }
    JsonObjectText requirements;
    requirements.add(QStringLiteral("checked"), v.requirementsChecked);
    requirements.add(QStringLiteral("met"), v.meetsRequirements());
    requirements.add(QStringLiteral("failures"), QJsonArray::fromStringList(v.requirementFailures));

    JsonObjectText applicant;
    for (qsizetype i = 0; i < applicantKeys.size(); ++i)
        applicant.add(applicantKeys.at(i), entry.applicant.cells.value(i));

    JsonObjectText o;
    o.add(QStringLiteral("outcome"), Reconciliation::outcomeKey(v.outcome));
    o.add(QStringLiteral("mismatchedFields"), fields);
    o.add(QStringLiteral("differences"), differences);
    o.add(QStringLiteral("error"),
          v.outcome == Outcome::Error ? QJsonValue(v.errorReason) : QJsonValue());
    o.add(QStringLiteral("notes"), QJsonArray::fromStringList(v.notes));
    o.add(QStringLiteral("requirements"), requirements.text());
    o.add(QStringLiteral("line"), entry.applicant.sourceLine);
    o.add(QStringLiteral("applicant"), applicant.text());
    // The record with its fields in the order the service sent them.
    o.add(QStringLiteral("result"),
          entry.actual ? entry.actual->toJson(false) : QByteArrayLiteral("null"));
    return o.text();
}

Status writeJson(QIODevice *device, const BatchReportContent &content, ExportMonitor &monitor)
{
    auto write = [device](const QByteArray &bytes) {
        return device->write(bytes) == bytes.size();
    };
    const QByteArray start = QByteArrayLiteral("{\"summary\": ") + summaryJson(content) +
                             QByteArrayLiteral(",\n\"requirements\": ") +
                             requirementsJson(content.requirements) +
                             QByteArrayLiteral(",\n\"applicants\": [\n");
    if (!write(start))
        return Status::Failed;
    const QStringList keys = applicantKeys(content);
    for (qsizetype i = 0; i < content.entries.size(); ++i) {
        if (i > 0 && !write(QByteArrayLiteral(",\n")))
            return Status::Failed;
        if (!write(entryJson(content.entries.at(i), keys)))
            return Status::Failed;
        if (!monitor.advance(i + 1))
            return Status::Canceled;
    }
    return write(QByteArrayLiteral("\n]}\n")) ? Status::Succeeded : Status::Failed;
}

} // namespace

namespace BatchReport {

ExportOutcome write(const BatchReportContent &content, const ExportOptions &options,
                    const std::function<void(qint64, qint64)> &progress,
                    const std::function<bool()> &cancelled)
{
    ExportMonitor monitor(progress, cancelled);
    ExportOutcome outcome;
    if (options.format == ExportFormat::PhotosFolder) {
        outcome.message = QCoreApplication::translate(
            "BatchReport", "A reconciliation report is written as CSV, Excel, JSON or PDF.");
        return outcome;
    }
    StagedFile file(options.targetPath, options.replaceExisting);
    QString error;
    if (!file.open(&error)) {
        outcome.message = error;
        return outcome;
    }

    Status status = Status::Failed;
    switch (options.format) {
    case ExportFormat::Csv:
        monitor.setTotal(content.entries.size());
        status = writeCsv(file.device(), content, monitor);
        break;
    case ExportFormat::Json:
        monitor.setTotal(content.entries.size());
        status = writeJson(file.device(), content, monitor);
        break;
    case ExportFormat::Xlsx:
        // libxlsxwriter writes the file by name.
        file.closeDevice();
        status = BatchXlsxReport::write(file.stagingPath(), content, monitor, &error);
        break;
    case ExportFormat::Pdf:
        status = BatchPdfReport::write(file.device(), content, options, monitor,
                                       &outcome.unreadablePhotos, &error);
        break;
    case ExportFormat::PhotosFolder:
        break;
    }
    if (!ResultExporter::conclude(file, status, error, monitor, &outcome))
        return outcome;

    outcome.records = content.entries.size();
    outcome.message =
        QCoreApplication::translate("BatchReport", "Wrote the report on %n applicant(s) to \"%1\".",
                                    nullptr, int(outcome.records))
            .arg(QDir::toNativeSeparators(outcome.path));
    if (outcome.unreadablePhotos > 0)
        outcome.message +=
            u' ' + QCoreApplication::translate("BatchReport",
                                               "%n photo(s) could not be read and were left out.",
                                               nullptr, outcome.unreadablePhotos);
    return outcome;
}

} // namespace BatchReport
