#include "BatchCommand.h"

#include "ApplicantDate.h"
#include "ApplicantListReader.h"
#include "BatchReport.h"
#include "ColumnMapping.h"
#include "ExitCode.h"
#include "QuotaCounter.h"
#include "TokenProvider.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <algorithm>
#include <chrono>

namespace {
constexpr int maxConcurrency = 16;
} // namespace

BatchCommand::BatchCommand(CliContext &context, QObject *parent)
    : Command(context, parent)
    , m_connectionOptions(context)
{}

BatchCommand::~BatchCommand() = default;

void BatchCommand::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("batch"),
                 tr("Verify every applicant of a CSV or Excel list and write a reconciliation "
                    "report."),
                 [](CliContext &context, QObject *parent) -> Command * {
                     return new BatchCommand(context, parent);
                 });
}

void BatchCommand::usageError(const QString &message)
{
    printErr(QStringLiteral("%1 batch: %2\n").arg(QCoreApplication::applicationName(), message) +
             tr("Try \"%1 batch --help\".\n").arg(QCoreApplication::applicationName()));
    done(ExitCode::Usage);
}

bool BatchCommand::prepare(const QStringList &arguments)
{
    QStringList fields;
    for (const ApplicantField field : ApplicantFields::all())
        fields << ApplicantFields::key(field);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Verifies an applicant list (CSV or XLSX) against the IELTS result-verification "
           "service: every distinct TRF number is looked up once, and every row of the list gets "
           "one outcome, Verified, Mismatch, Not found, Not released or Error, in a report that "
           "keeps the list's own columns.\n\n"
           "The columns are recognised by their headers; --column FIELD=HEADER names one "
           "explicitly. FIELD is one of: %1. Credentials come from the environment variables "
           "IELTS_CLIENT_ID and IELTS_CLIENT_SECRET, or from --profile.\n\n"
           "Exit status: 0 every applicant verified (and meets the requirements given), "
           "2 invalid usage or input (an unreadable list, no TRF column, a bad option); no "
           "request was sent, 3 authentication or authorization failure, 4 any other error "
           "that stopped the batch (quota included: a batch that does not fit today's quota is "
           "refused before anything is sent), 5 network failure after retries, 6 at least one "
           "applicant did not verify (mismatch, not found, not released, error, rejected row, "
           "or below the requirements), 130 interrupted. When the batch stops (3, 4, 5, 130) "
           "no report is written.")
            .arg(fields.join(QStringLiteral(", "))));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption input(QStringLiteral("input"),
                                   tr("The applicant list, a CSV or XLSX file."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("The report to write; created or replaced only when "
                                       "every applicant was checked."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption format(QStringLiteral("format"),
                                    tr("csv, xlsx, pdf or json (default: from the output's "
                                       "extension, else csv)."),
                                    QStringLiteral("FORMAT"));
    const QCommandLineOption column(QStringLiteral("column"),
                                    tr("Read FIELD from the column headed HEADER, instead of the "
                                       "guessed one; repeat for several."),
                                    QStringLiteral("FIELD=HEADER"));
    const QCommandLineOption dateOrder(
        QStringLiteral("date-order"),
        tr("How to read dates of birth like 03/04/1990: day (3 April) or month (4 March). "
           "Default: guessed from the list."),
        QStringLiteral("ORDER"));
    const QCommandLineOption minOverall(QStringLiteral("min-overall"), tr("Required overall band."),
                                        QStringLiteral("BAND"));
    const QCommandLineOption minSkill(QStringLiteral("min-skill"),
                                      tr("Required band in every skill (a --min-listening and "
                                         "the like take precedence)."),
                                      QStringLiteral("BAND"));
    const QCommandLineOption minListening(QStringLiteral("min-listening"),
                                          tr("Required listening band."), QStringLiteral("BAND"));
    const QCommandLineOption minReading(QStringLiteral("min-reading"), tr("Required reading band."),
                                        QStringLiteral("BAND"));
    const QCommandLineOption minWriting(QStringLiteral("min-writing"), tr("Required writing band."),
                                        QStringLiteral("BAND"));
    const QCommandLineOption minSpeaking(QStringLiteral("min-speaking"),
                                         tr("Required speaking band."), QStringLiteral("BAND"));
    const QCommandLineOption maxAge(QStringLiteral("max-age-years"),
                                    tr("The test must be no older than N years."),
                                    QStringLiteral("N"));
    const QCommandLineOption photos(QStringLiteral("photos"),
                                    tr("Ask for candidate photos and put them beside each "
                                       "applicant in a PDF report."));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"),
                                         tr("Requests in flight at once, 1 to %1 (default %2).")
                                             .arg(maxConcurrency)
                                             .arg(BatchVerifier::Options().concurrency),
                                         QStringLiteral("N"));
    const QCommandLineOption ignoreQuota(
        QStringLiteral("ignore-quota"),
        tr("Send even when the batch does not fit what remains of today's quota."));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      tr("Report progress on standard error."));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("Print nothing but errors on standard error."));
    parser.addOptions({help, input, output, format, column, dateOrder, minOverall, minSkill,
                       minListening, minReading, minWriting, minSpeaking, maxAge, photos,
                       concurrency, ignoreQuota, progress, quiet});
    parser.addOptions(m_connectionOptions.options());

    if (!parser.parse(QStringList{QStringLiteral("batch")} + arguments)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText().replace(
            QStringLiteral("[options]"),
            QStringLiteral("batch --input FILE --output FILE [options]")));
        done(ExitCode::Ok);
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return false;
    }
    if (!parser.isSet(input) || !parser.isSet(output)) {
        usageError(tr("Give both --input and --output."));
        return false;
    }
    m_quiet = parser.isSet(quiet);
    m_showProgress = parser.isSet(progress) && !m_quiet;
    m_options.photos = parser.isSet(photos);
    m_options.ignoreQuota = parser.isSet(ignoreQuota);
    const QString retryBase = m_context.environment.value(QStringLiteral("IELTS_RETRY_BASE_MS"));
    if (!retryBase.isEmpty())
        m_options.job.retry.baseDelay = std::chrono::milliseconds(retryBase.toInt());
    if (parser.isSet(concurrency)) {
        bool ok = false;
        m_options.concurrency = parser.value(concurrency).toInt(&ok);
        if (!ok || m_options.concurrency < 1 || m_options.concurrency > maxConcurrency) {
            usageError(
                tr("--concurrency must be a whole number from 1 to %1.").arg(maxConcurrency));
            return false;
        }
    }
    if (!readRequirements(parser))
        return false;

    // Where the report goes.
    m_outputPath = parser.value(output);
    m_format = parser.value(format).toLower();
    if (m_format.isEmpty()) {
        const QString suffix = QFileInfo(m_outputPath).suffix().toLower();
        m_format = suffix == u"xlsx" || suffix == u"pdf" || suffix == u"json"
                       ? suffix
                       : QStringLiteral("csv");
    }
    if (m_format != u"csv" && m_format != u"xlsx" && m_format != u"pdf" && m_format != u"json") {
        usageError(tr("--format must be csv, xlsx, pdf or json."));
        return false;
    }
    const QFileInfo target(m_outputPath);
    if (target.isDir() || !target.absoluteDir().exists()) {
        usageError(tr("Cannot write %1: the folder does not exist.").arg(m_outputPath));
        return false;
    }

    // Where to send it.
    if (const QString error = m_connectionOptions.read(parser); !error.isEmpty()) {
        usageError(error);
        return false;
    }
    m_profileName = m_connectionOptions.profileName(parser);

    // What to send.
    if (!readList(parser))
        return false;
    QString order = parser.value(dateOrder).toLower();
    ApplicantDate::Order dates = ApplicantDate::Order::Undetermined;
    if (order == u"day") {
        dates = ApplicantDate::Order::DayFirst;
    } else if (order == u"month") {
        dates = ApplicantDate::Order::MonthFirst;
    } else if (!order.isEmpty()) {
        usageError(tr("--date-order must be day or month."));
        return false;
    }
    const ColumnMapping mapping = [this, &parser, &column, &fields]() -> ColumnMapping {
        ColumnMapping guessed = ColumnMapping::guess(m_table.headers);
        for (const QString &value : parser.values(column)) {
            const qsizetype equals = value.indexOf(u'=');
            ApplicantField field;
            if (equals <= 0 || !ApplicantFields::fromKey(value.left(equals).trimmed(), &field)) {
                usageError(tr("--column expects FIELD=HEADER with FIELD one of %1, not \"%2\".")
                               .arg(fields.join(QStringLiteral(", ")), value));
                return {};
            }
            const QString header = value.mid(equals + 1).trimmed();
            qsizetype index = m_table.headers.indexOf(header);
            if (index < 0) {
                const auto it = std::find_if(m_table.headers.cbegin(), m_table.headers.cend(),
                                             [&header](const QString &h) {
                                                 return h.compare(header, Qt::CaseInsensitive) == 0;
                                             });
                index = it == m_table.headers.cend() ? -1 : it - m_table.headers.cbegin();
            }
            if (index < 0) {
                usageError(tr("--column %1: the list has no column headed \"%2\"; its columns "
                              "are: %3.")
                               .arg(value, header, m_table.headers.join(QStringLiteral(", "))));
                return {};
            }
            guessed.setColumn(field, int(index));
        }
        return guessed;
    }();
    if (m_done)
        return false;
    if (!mapping.isUsable()) {
        usageError(mapping.problems().join(u' '));
        return false;
    }
    if (dates == ApplicantDate::Order::Undetermined &&
        mapping.isMapped(ApplicantField::DateOfBirth)) {
        QStringList values;
        const int dob = mapping.column(ApplicantField::DateOfBirth);
        for (const QStringList &row : std::as_const(m_table.rows))
            values << row.value(dob);
        dates = ApplicantDate::guessOrder(values);
    }
    m_batch = prepareBatch(m_table, mapping, dates);
    reportPreparation();

    if (!m_connectionOptions.startDemoIfAsked(this)) {
        printErr(tr("error: the local demo service could not start.\n"));
        done(ExitCode::Failure);
        return false;
    }
    return true;
}

bool BatchCommand::readRequirements(const QCommandLineParser &parser)
{
    const auto band = [this, &parser](const QString &name, BandScore *score) {
        if (!parser.isSet(name))
            return true;
        *score = BandScore::parse(parser.value(name).trimmed());
        if (!score->isValid()) {
            usageError(tr("--%1 expects a band score from 0 to 9 in half bands, not \"%2\".")
                           .arg(name, parser.value(name)));
            return false;
        }
        return true;
    };
    BandScore skill;
    if (!band(QStringLiteral("min-overall"), &m_requirements.minOverall) ||
        !band(QStringLiteral("min-skill"), &skill))
        return false;
    m_requirements.minListening = m_requirements.minReading = m_requirements.minWriting =
        m_requirements.minSpeaking = skill;
    if (!band(QStringLiteral("min-listening"), &m_requirements.minListening) ||
        !band(QStringLiteral("min-reading"), &m_requirements.minReading) ||
        !band(QStringLiteral("min-writing"), &m_requirements.minWriting) ||
        !band(QStringLiteral("min-speaking"), &m_requirements.minSpeaking))
        return false;
    if (parser.isSet(QStringLiteral("max-age-years"))) {
        bool ok = false;
        m_requirements.maxAgeYears = parser.value(QStringLiteral("max-age-years")).toInt(&ok);
        if (!ok || m_requirements.maxAgeYears < 1 || m_requirements.maxAgeYears > 100) {
            usageError(tr("--max-age-years must be a whole number from 1 to 100."));
            return false;
        }
    }
    return true;
}

bool BatchCommand::readList(const QCommandLineParser &parser)
{
    auto table = ApplicantListReader::readFile(parser.value(QStringLiteral("input")));
    if (!table) {
        usageError(
            tr("Cannot read %1: %2").arg(parser.value(QStringLiteral("input")), table.error()));
        return false;
    }
    m_table = std::move(table).value();
    if (m_table.rowCount() == 0) {
        usageError(tr("%1 has no applicants.").arg(parser.value(QStringLiteral("input"))));
        return false;
    }
    return true;
}

void BatchCommand::reportPreparation()
{
    if (m_quiet)
        return;
    for (const RejectedRow &row : std::as_const(m_batch.rejected)) {
        printErr(row.trfText.trimmed().isEmpty()
                     ? tr("line %1: not checked: %2\n").arg(row.sourceLine).arg(row.reason)
                     : tr("line %1 (TRF %2): not checked: %3\n")
                           .arg(row.sourceLine)
                           .arg(row.trfText.trimmed(), row.reason));
    }
    for (const QString &warning : std::as_const(m_batch.warnings))
        printErr(tr("warning: %1\n").arg(warning));
}

void BatchCommand::start(const QStringList &arguments)
{
    if (!prepare(arguments))
        return;
    m_connectionOptions.complete(this, [this](const QString &error) {
        if (m_done)
            return;
        if (!error.isEmpty()) {
            usageError(error);
            return;
        }
        m_connection = m_connectionOptions.connection();
        verify();
    });
}

void BatchCommand::verify()
{
    if (m_batch.distinctTrfs.isEmpty()) {
        writeReport(); // every row was rejected: the report says why, and nothing is sent
        return;
    }
    m_network = new QNetworkAccessManager(this);
    m_tokens = new TokenProvider(m_network, this);
    m_quota = std::make_unique<QuotaCounter>();
    m_run = new BatchRun(m_network, m_tokens, m_quota.get(), this);
    connect(m_run, &BatchRun::progress, this, &BatchCommand::onProgress);
    connect(m_run, &BatchRun::warning, this, [this](const QString &message) {
        if (!m_quiet)
            printErr(tr("warning: %1\n").arg(message));
    });
    connect(m_run, &BatchRun::finished, this, &BatchCommand::onFinished);
    m_progressClock.start();
    m_run->setRequirements(m_requirements, QDate::currentDate());
    m_run->start(m_table, m_batch, m_connection, m_options);
}

void BatchCommand::interrupt()
{
    if (m_run && m_run->isRunning()) {
        m_run->cancel();
        return;
    }
    done(ExitCode::Interrupted);
}

void BatchCommand::onProgress(const BatchProgress &progress)
{
    if (!m_showProgress || (m_progressClock.elapsed() < 500 && progress.done < progress.total))
        return;
    m_progressClock.restart();
    printErr(tr("%1 of %2 TRF numbers checked, %n request(s)", nullptr, progress.requests)
                 .arg(progress.done)
                 .arg(progress.total) +
             (progress.retries ? tr(", %n retries", nullptr, progress.retries) : QString()) +
             u'\n');
}

void BatchCommand::onFinished(const BatchRunOutcome &outcome)
{
    if (!outcome.completed()) {
        // A half-checked list would read as if the unchecked applicants had failed.
        if (outcome.stoppedBy.kind == ApiError::Kind::Cancelled) {
            if (!m_quiet)
                printErr(tr("Interrupted; nothing was written.\n"));
        } else {
            printApiError(outcome.stoppedBy.message, outcome.stoppedBy);
            if (!m_quiet)
                printErr(tr("The batch stopped; no report was written.\n"));
        }
        done(ExitCode::forError(outcome.stoppedBy));
        return;
    }
    writeReport();
}

void BatchCommand::writeReport()
{
    BatchReportContent content;
    content.applicantHeaders = m_table.headers;
    // Every row was answered (an incomplete run writes nothing), or none was sent at all.
    content.entries = m_run ? m_run->entries() : BatchRun::initialEntries(m_table, m_batch);
    content.requirements = m_requirements;
    content.sourceName = m_table.sourceName;
    content.context.profileName = m_profileName;
    content.context.environmentName = environmentDisplayName(m_connection.environment);
    content.context.isTestData = m_connection.environment == Environment::Sandbox ||
                                 m_connection.environment == Environment::Demo;
    content.context.queryDescription = tr("Applicant list %1").arg(m_table.sourceName);
    content.context.retrievedAt = QDateTime::currentDateTimeUtc();
    content.context.applicationVersion = QCoreApplication::applicationVersion();

    ExportOptions options;
    options.format = m_format == u"xlsx"   ? ExportFormat::Xlsx
                     : m_format == u"pdf"  ? ExportFormat::Pdf
                     : m_format == u"json" ? ExportFormat::Json
                                           : ExportFormat::Csv;
    options.targetPath = m_outputPath;
    options.includePhotos = m_options.photos;
    options.replaceExisting = true;
    const ExportOutcome written = BatchReport::write(content, options);
    if (!written.succeeded()) {
        printErr(tr("error: %1\n").arg(written.message));
        done(ExitCode::Failure);
        return;
    }
    const Reconciliation::Summary summary = Reconciliation::summarise(content.entries);
    if (!m_quiet)
        printErr(
            tr("%1. Report written to %2.\n").arg(Reconciliation::describe(summary), m_outputPath));
    done(summary.allVerified() && m_batch.rejected.isEmpty() ? ExitCode::Ok
                                                             : ExitCode::NotVerified);
}

void BatchCommand::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(exitCode);
}
