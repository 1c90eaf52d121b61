#include "SearchCommand.h"

#include "ExitCode.h"
#include "ExportRequest.h"
#include "QuotaCounter.h"
#include "ResultClient.h"
#include "SearchQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIODevice>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTimer>

#include <chrono>

SearchCommand::SearchCommand(CliContext &context, QObject *parent)
    : Command(context, parent)
    , m_connectionOptions(context)
{}

SearchCommand::~SearchCommand() = default;

void SearchCommand::registerIn(CommandRegistry &registry)
{
    registry.add(QStringLiteral("search"),
                 tr("Fetch results by TRF number or by date range, as JSON, CSV, Excel or "
                    "PDF."),
                 [](CliContext &context, QObject *parent) -> Command * {
                     return new SearchCommand(context, parent);
                 });
}

QDateTime SearchCommand::parseDateTime(const QString &text, bool endOfDay)
{
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dateTime(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}$"));
    const QString t = text.trimmed();
    if (dateOnly.match(t).hasMatch()) {
        const QDate date = QDate::fromString(t, Qt::ISODate);
        if (!date.isValid())
            return {};
        return QDateTime(date, endOfDay ? QTime(23, 59, 59) : QTime(0, 0, 0), Qt::UTC);
    }
    if (dateTime.match(t).hasMatch()) {
        const QDateTime value = QDateTime::fromString(t, QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
        if (!value.isValid())
            return {};
        return QDateTime(value.date(), value.time(), Qt::UTC);
    }
    return {};
}

void SearchCommand::usageError(const QString &message)
{
    printErr(QStringLiteral("%1 search: %2\n").arg(QCoreApplication::applicationName(), message) +
             tr("Try \"%1 search --help\".\n").arg(QCoreApplication::applicationName()));
    done(ExitCode::Usage);
}

bool SearchCommand::prepare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Fetches results from the IELTS result-verification service, by TRF number or by "
           "the date range in which candidates shared them, and writes them as JSON, CSV, an "
           "Excel workbook or a PDF report.\n\n"
           "Credentials come from the environment variables IELTS_CLIENT_ID and "
           "IELTS_CLIENT_SECRET. DATETIME is YYYY-MM-DDThh:mm:ss in UTC, or YYYY-MM-DD (the whole "
           "day: --from at 00:00:00, --to at 23:59:59).\n\n"
           "Exit status: 0 success (also when nothing was found), 2 invalid usage or input, "
           "3 authentication or authorization failure, 4 any other error from the service "
           "(quota included), 5 network failure after retries, 130 interrupted."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help."));
    const QCommandLineOption trf(QStringLiteral("trf"),
                                 tr("A TRF number to check; repeat for several."),
                                 QStringLiteral("TRF"));
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("Start of the range of last modification (UTC)."),
                                  QStringLiteral("DATETIME"));
    const QCommandLineOption to(QStringLiteral("to"),
                                tr("End of the range of last modification (UTC)."),
                                QStringLiteral("DATETIME"));
    const QCommandLineOption photos(QStringLiteral("photos"), tr("Include candidate photos."));
    const QCommandLineOption osr(QStringLiteral("osr"),
                                 tr("Ask for the One Skill Retake fields (OSRFlag=Y)."));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      tr("Records per request, 1 to 2000 (default 2000)."),
                                      QStringLiteral("N"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        tr("json (default), csv, xlsx or pdf. json and csv are written page by page; xlsx and pdf "
           "keep every record in memory and write the file at the end, and need --output."),
        QStringLiteral("FORMAT"));
    const QCommandLineOption photosDir(
        QStringLiteral("photos-dir"),
        tr("Also save each candidate's photo in DIR as <TRF>.<ext> (asks the service for "
           "photos). Never overwrites a file; the photos appear only when the search succeeds."),
        QStringLiteral("DIR"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    tr("Write to FILE instead of standard output; FILE is only "
                                       "created or replaced when the search succeeds."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption progress(QStringLiteral("progress"),
                                      tr("Report progress on standard error."));
    const QCommandLineOption quiet(QStringLiteral("quiet"),
                                   tr("Print nothing but errors on standard error."));
    const QCommandLineOption ignoreQuota(
        QStringLiteral("ignore-quota"),
        tr("Send even when the requests counted today would pass the daily quota."));
    parser.addOptions({help, trf, from, to, photos, osr, pageSize, format, photosDir, output,
                       progress, quiet, ignoreQuota});
    parser.addOptions(m_connectionOptions.options());

    if (!parser.parse(QStringList{QStringLiteral("search")} + arguments)) {
        usageError(parser.errorText());
        return false;
    }
    if (parser.isSet(help)) {
        printOut(parser.helpText().replace(QStringLiteral("[options]"),
                                           QStringLiteral("search (--trf TRF ... | --from DATETIME "
                                                          "--to DATETIME) [options]")));
        done(ExitCode::Ok);
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return false;
    }
    m_quiet = parser.isSet(quiet);
    m_showProgress = parser.isSet(progress) && !m_quiet;
    m_options.ignoreQuota = parser.isSet(ignoreQuota);
    const QString retryBase = m_context.environment.value(QStringLiteral("IELTS_RETRY_BASE_MS"));
    if (!retryBase.isEmpty())
        m_options.retry.baseDelay = std::chrono::milliseconds(retryBase.toInt());

    // What to search for.
    const QStringList trfs = parser.values(trf);
    if (!trfs.isEmpty() && (parser.isSet(from) || parser.isSet(to))) {
        usageError(tr("Give either --trf or --from and --to, not both."));
        return false;
    }
    if (trfs.isEmpty() && !(parser.isSet(from) && parser.isSet(to))) {
        usageError(parser.isSet(from) || parser.isSet(to)
                       ? tr("A date range needs both --from and --to.")
                       : tr("Give --trf TRF, or --from and --to."));
        return false;
    }
    int size = SearchQuery::maxPageSize;
    if (parser.isSet(pageSize)) {
        bool ok = false;
        size = parser.value(pageSize).toInt(&ok);
        if (!ok || size < 1 || size > SearchQuery::maxPageSize) {
            usageError(tr("--page-size must be a whole number from 1 to %1.")
                           .arg(SearchQuery::maxPageSize));
            return false;
        }
    }
    const auto configure = [&](SearchQuery query) {
        query.setIncludePhotos(parser.isSet(photos) || parser.isSet(photosDir));
        query.setIncludeOsr(parser.isSet(osr));
        query.setPageSize(size);
        return query;
    };
    if (!trfs.isEmpty()) {
        for (const QString &number : trfs)
            m_queries << configure(SearchQuery::forTrf(number));
    } else {
        const QDateTime start = parseDateTime(parser.value(from), false);
        QDateTime end = parseDateTime(parser.value(to), true);
        // "--to today" means up to now: the service refuses an end in the future.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (end.isValid() && !parser.value(to).contains(u'T') && end > now)
            end = now.addMSecs(-now.time().msec());
        if (!start.isValid() || !end.isValid()) {
            usageError(tr("\"%1\" is not a date and time; use YYYY-MM-DDThh:mm:ss (UTC) or "
                          "YYYY-MM-DD.")
                           .arg(start.isValid() ? parser.value(to) : parser.value(from)));
            return false;
        }
        m_queries << configure(SearchQuery::forRange(start, end));
    }
    QStringList problems;
    for (const SearchQuery &query : std::as_const(m_queries)) {
        const SearchQuery::Validation validation = query.validate();
        problems += validation.errors; // warnings come from the job, once
    }
    if (!problems.isEmpty()) {
        usageError(problems.join(u'\n'));
        return false;
    }

    // Where to send it.
    if (const QString error = m_connectionOptions.read(parser); !error.isEmpty()) {
        usageError(error);
        return false;
    }
    m_connection = m_connectionOptions.connection();

    // Where the results go.
    const QString fmt =
        parser.isSet(format) ? parser.value(format).toLower() : QStringLiteral("json");
    if (fmt != u"json" && fmt != u"csv" && fmt != u"xlsx" && fmt != u"pdf") {
        usageError(tr("--format must be json, csv, xlsx or pdf."));
        return false;
    }
    m_outputPath = parser.value(output);
    m_output = std::make_unique<ResultOutput>(fmt == u"csv"    ? ResultOutput::Format::Csv
                                              : fmt == u"xlsx" ? ResultOutput::Format::Xlsx
                                              : fmt == u"pdf"  ? ResultOutput::Format::Pdf
                                                               : ResultOutput::Format::Json,
                                              parser.isSet(photos), m_outputPath, m_context.out);
    QString error;
    if (!m_output->open(&error) ||
        (parser.isSet(photosDir) && !m_output->setPhotosFolder(parser.value(photosDir), &error))) {
        usageError(error);
        return false;
    }
    // CSV and JSON write each photo as the text it came in: keeping that text spares decoding
    // and re-encoding every image. Workbooks, reports and photo files need the image itself.
    if (!m_output->isCollected() && !parser.isSet(photosDir))
        m_options.photoForm = ResponseParser::PhotoForm::Base64Text;
    ReportContext report;
    report.profileName = m_connectionOptions.profileName(parser);
    report.environmentName = environmentDisplayName(m_connection.environment);
    report.isTestData = m_connection.environment == Environment::Sandbox ||
                        m_connection.environment == Environment::Demo;
    QStringList searches;
    for (const SearchQuery &query : std::as_const(m_queries))
        searches << query.describe();
    report.queryDescription = searches.join(QStringLiteral("; "));
    report.applicationVersion = QCoreApplication::applicationVersion();
    m_output->setReport(report);

    if (!m_connectionOptions.startDemoIfAsked(this)) {
        printErr(tr("error: the local demo service could not start.\n"));
        done(ExitCode::Failure);
        return false;
    }
    return true;
}

void SearchCommand::start(const QStringList &arguments)
{
    if (!prepare(arguments))
        return;
    completeConnection();
}

void SearchCommand::completeConnection()
{
    m_connectionOptions.complete(this, [this](const QString &error) {
        if (m_done)
            return;
        if (!error.isEmpty()) {
            m_output->discard();
            usageError(error);
            return;
        }
        m_connection = m_connectionOptions.connection();
        startSearch();
    });
}

void SearchCommand::startSearch()
{
    m_network = new QNetworkAccessManager(this);
    m_quota = std::make_unique<QuotaCounter>();
    m_client = new ResultClient(m_network, m_quota.get(), this);
    connect(m_client, &ResultClient::pageReceived, this, &SearchCommand::onPage);
    connect(m_client, &ResultClient::progress, this, &SearchCommand::onProgress);
    connect(m_client, &ResultClient::warning, this, &SearchCommand::onWarning);
    connect(m_client, &ResultClient::finished, this, &SearchCommand::onFinished);
    m_progressClock.start();
    m_client->start(m_queries, m_connection, m_options);
}

void SearchCommand::interrupt()
{
    if (m_client && m_client->isRunning()) {
        m_client->cancel();
        return;
    }
    if (m_output)
        m_output->discard();
    done(ExitCode::Interrupted);
}

void SearchCommand::onPage(const QList<CandidateResult> &records)
{
    if (m_outputFailed)
        return;
    if (!m_output->add(records)) {
        m_outputFailed = true;
        m_client->cancel();
    }
}

void SearchCommand::onProgress(const JobProgress &progress)
{
    if (!m_showProgress || m_progressClock.elapsed() < 500)
        return;
    m_progressClock.restart();
    QString where;
    if (progress.rangeStart.isValid())
        where = tr(", at %1").arg(progress.position.toString(Qt::ISODate));
    printErr(tr("%1 requests, %2 pages, %3 records, %4 MB%5%6\n")
                 .arg(progress.requests)
                 .arg(progress.pages)
                 .arg(progress.records)
                 .arg(double(progress.bytes) / 1e6, 0, 'f', 1)
                 .arg(where, progress.retries ? tr(", %n retries", nullptr, progress.retries)
                                              : QString()));
}

void SearchCommand::onWarning(const QString &message)
{
    if (!m_quiet)
        printErr(tr("warning: %1\n").arg(message));
}

void SearchCommand::onFinished(const JobOutcome &outcome)
{
    if (m_outputFailed) {
        m_output->discard();
        printErr(tr("error: the results could not be written.\n"));
        done(ExitCode::Failure);
        return;
    }
    if (!outcome.succeeded()) {
        m_output->discard();
        if (outcome.error.kind == ApiError::Kind::Cancelled) {
            if (!m_quiet)
                printErr(tr("Interrupted; nothing was written.\n"));
        } else {
            printApiError(outcome.error.message, outcome.error);
        }
        done(ExitCode::forError(outcome.error));
        return;
    }
    QString error;
    if (!m_output->commit(&error)) {
        printErr(tr("error: %1\n").arg(error));
        done(ExitCode::Failure);
        return;
    }
    if (!m_quiet && !m_output->photoSummary().isEmpty())
        printErr(m_output->photoSummary() + u'\n');
    if (!m_quiet) {
        for (const QString &number : outcome.notFound)
            printErr(tr("No result for TRF %1.\n").arg(number));
        printErr(tr("%n record(s) from %1 request(s)", nullptr, int(m_output->recordCount()))
                     .arg(outcome.requests) +
                 (m_outputPath.isEmpty() ? QStringLiteral(".\n")
                                         : tr(" written to %1.\n").arg(m_outputPath)));
    }
    done(ExitCode::Ok);
}

void SearchCommand::done(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(exitCode);
}
