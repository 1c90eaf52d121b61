// Times the CSV and Excel exports of a realistic result set (the sandbox's generated data, without
// photos) and leaves the files behind for comparison with other writers.
//
//   export-benchmark [--records N] [--out DIR]
//
// Prints one "name: value" line per figure.

#include "ExportMonitor.h"
#include "ResultExporter.h"
#include "SandboxDataSet.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonValue>
#include <QTemporaryDir>
#include <QTextStream>

namespace {
QList<CandidateResult> generate(int count)
{
    SandboxConfig config;
    config.records = count;
    config.seed = 20000;
    config.anchor = QDateTime(QDate(2024, 6, 30), QTime(12, 0), Qt::UTC);
    config.spanDays = 365;
    const SandboxDataSet data(config);
    QList<CandidateResult> records;
    records.reserve(data.size());
    for (const SandboxRecord &record : data.records()) {
        QList<CandidateResult::Field> fields;
        fields.reserve(record.fields.size() + record.osrFields.size());
        for (const auto &[name, value] : record.fields)
            fields.append({name, QJsonValue(value)});
        for (const auto &[name, value] : record.osrFields)
            fields.append({name, QJsonValue(value)});
        records.append(CandidateResult::fromFields(std::move(fields)));
    }
    return records;
}

double timeExport(const ExportContent &content, ExportFormat format, const QString &path,
                  QString *error)
{
    ExportOptions options;
    options.format = format;
    options.targetPath = path;
    options.replaceExisting = true;
    ExportMonitor monitor;
    QElapsedTimer timer;
    timer.start();
    const ExportOutcome outcome = ResultExporter::run(content, options, monitor);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!outcome.succeeded()) {
        *error = outcome.message;
        return -1;
    }
    return seconds;
}
} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"),
                                           QStringLiteral("How many records to export."),
                                           QStringLiteral("N"), QStringLiteral("20000"));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Folder for the exported files."),
                                       QStringLiteral("DIR"));
    parser.addOptions({recordsOption, outOption});
    parser.process(app);

    QTextStream out(stdout);
    QTemporaryDir temporary;
    const QString folder = parser.isSet(outOption) ? parser.value(outOption) : temporary.path();
    QDir().mkpath(folder);

    QElapsedTimer timer;
    timer.start();
    ExportContent content;
    content.records = generate(parser.value(recordsOption).toInt());
    content.columns = ResultColumns::all();
    content.columns.removeAll(ResultColumns::Photo);
    content.context.profileName = QStringLiteral("Benchmark");
    content.context.environmentName = QStringLiteral("Sandbox");
    content.context.isTestData = true;
    content.context.retrievedAt = QDateTime::currentDateTimeUtc();
    out << "records: " << content.records.size() << '\n';
    out << "columns: " << content.columns.size() << '\n';
    out << "generate_seconds: " << timer.nsecsElapsed() / 1e9 << '\n';
    out.flush();

    QString error;
    const QString csvPath = QDir(folder).filePath(QStringLiteral("export-benchmark.csv"));
    const QString xlsxPath = QDir(folder).filePath(QStringLiteral("export-benchmark.xlsx"));
    const double csv = timeExport(content, ExportFormat::Csv, csvPath, &error);
    const double xlsx = csv < 0 ? -1 : timeExport(content, ExportFormat::Xlsx, xlsxPath, &error);
    if (csv < 0 || xlsx < 0) {
        QTextStream(stderr) << "export failed: " << error << '\n';
        return 1;
    }
    out << "csv_seconds: " << csv << '\n';
    out << "xlsx_seconds: " << xlsx << '\n';
    out << "csv_bytes: " << QFileInfo(csvPath).size() << '\n';
    out << "xlsx_bytes: " << QFileInfo(xlsxPath).size() << '\n';
    return 0;
}
