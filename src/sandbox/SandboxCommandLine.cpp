#include "SandboxCommandLine.h"

#include "SandboxDataSet.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <limits>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommandLine)
};

struct IntOption
{
    const char *name;
    const char *valueName;
    const char *description;
};

// Reads an integer option within [min, max]; the default when absent.
std::optional<int> readInt(const QCommandLineParser &parser, const QString &name, int fallback,
                           int min, int max, QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max) {
        if (error->isEmpty())
            *error = Text::tr("--%1 expects a whole number from %2 to %3, not \"%4\".")
                         .arg(name)
                         .arg(min)
                         .arg(max)
                         .arg(parser.value(name));
        return std::nullopt;
    }
    return value;
}

template <typename Enum> struct Choice
{
    QStringView word;
    Enum value;
};

template <typename Enum, std::size_t N>
std::optional<Enum> readChoice(const QCommandLineParser &parser, const QString &name, Enum fallback,
                               const Choice<Enum> (&choices)[N], QString *error)
{
    if (!parser.isSet(name))
        return fallback;
    const QString value = parser.value(name);
    QStringList words;
    for (const Choice<Enum> &choice : choices) {
        if (choice.word == value)
            return choice.value;
        words.append(choice.word.toString());
    }
    if (error->isEmpty())
        *error =
            Text::tr("--%1 expects one of %2, not \"%3\".").arg(name, words.join(u", "_s), value);
    return std::nullopt;
}

constexpr int intMax = std::numeric_limits<int>::max();

} // namespace

namespace SandboxCommandLine {

void addOptions(QCommandLineParser &parser)
{
    const SandboxConfig defaults;
    const auto option = [&parser](const QString &name, const QString &description,
                                  const QString &valueName = QString(),
                                  const QString &defaultValue = QString()) {
        QCommandLineOption o(name, description, valueName, defaultValue);
        parser.addOption(o);
    };
    option(u"port"_s, Text::tr("Port to listen on, on 127.0.0.1 (0: any free port)."), u"N"_s,
           u"0"_s);
    option(u"records"_s, Text::tr("Number of generated records."), u"N"_s,
           QString::number(defaults.records));
    option(u"seed"_s, Text::tr("Seed of the generated data set."), u"N"_s,
           QString::number(defaults.seed));
    option(u"anchor"_s,
           Text::tr("Newest last modification date, as YYYY-MM-DDThh:mm:ss in UTC (default: "
                    "now)."),
           u"DATETIME"_s);
    option(u"span-days"_s, Text::tr("Days over which the last modification dates spread."), u"N"_s,
           QString::number(defaults.spanDays));
    option(u"client-id"_s, Text::tr("Client ID to accept."), u"ID"_s, defaults.clientId);
    option(u"client-secret"_s, Text::tr("Client secret to accept (default: the demo secret)."),
           u"SECRET"_s);
    option(u"token-lifetime"_s, Text::tr("Lifetime of access tokens, in seconds."), u"S"_s,
           QString::number(defaults.tokenLifetimeSeconds));
    option(u"fail-every"_s, Text::tr("Fail every Nth request (0: never)."), u"N"_s, u"0"_s);
    option(u"fail-status"_s, Text::tr("HTTP status of those failures: 503, 504 or 500."),
           u"STATUS"_s, QString::number(defaults.failStatus));
    option(u"retry-after"_s, Text::tr("Send Retry-After with those failures, in seconds (0: no)."),
           u"S"_s, u"0"_s);
    option(u"delay-ms"_s, Text::tr("Delay every response by this many milliseconds."), u"N"_s,
           u"0"_s);
    option(u"fail-trf"_s,
           Text::tr("Always answer a search for this TRF number with the --fail-status failure, "
                    "so clients retry and then report an error; repeat for several."),
           u"TRF"_s);
    option(u"cut-off-every"_s, Text::tr("Cut off the body of every Nth response (0: never)."),
           u"N"_s, u"0"_s);
    option(u"reset-every"_s,
           Text::tr("Close the connection instead of answering every Nth request."), u"N"_s,
           u"0"_s);
    option(u"daily-quota"_s, Text::tr("Result requests allowed per client ID and UTC day."), u"N"_s,
           QString::number(defaults.dailyQuota));
    option(u"quota-status"_s, Text::tr("HTTP status once the quota is used up: 429 or 403."),
           u"STATUS"_s, QString::number(defaults.quotaStatus));
    option(u"move-during-paging"_s,
           Text::tr("Modify one already served record while a client pages through a date range."));
    option(u"end-of-data"_s, Text::tr("Answer for a page past the last one: empty or 404."),
           u"MODE"_s, u"empty"_s);
    option(u"trf-miss"_s, Text::tr("Answer for a TRF number that matches nothing: empty or 404."),
           u"MODE"_s, u"empty"_s);
    option(
        u"refuse-ranges-over"_s,
        Text::tr("Refuse date ranges that match more than N records, even when paged (0: never)."),
        u"N"_s, u"0"_s);
    option(u"allow-ranges-over-one-year"_s, Text::tr("Accept date ranges longer than one year."));
    option(u"error-body"_s, Text::tr("Shape of error bodies: flat, gateway or text."), u"STYLE"_s,
           u"flat"_s);
    option(u"write-applicant-list"_s,
           Text::tr("Write a sample applicant list (CSV) drawn from the data set the other options "
                    "describe to FILE, and exit without serving. Its rows give every outcome of "
                    "batch verification: matches, forgiven name variants, mismatches, numbers not "
                    "found or not released, and rows that cannot be sent."),
           u"FILE"_s);
}

Result<Options, QString> read(const QCommandLineParser &parser)
{
    Options options;
    SandboxConfig &c = options.config;
    QString error;

    const std::optional<int> port = readInt(parser, u"port"_s, 0, 0, 65535, &error);
    const std::optional<int> records = readInt(parser, u"records"_s, c.records, 0, 1000000, &error);
    const std::optional<int> seed = readInt(parser, u"seed"_s, int(c.seed), 0, intMax, &error);
    const std::optional<int> spanDays =
        readInt(parser, u"span-days"_s, c.spanDays, 0, 36500, &error);
    const std::optional<int> lifetime =
        readInt(parser, u"token-lifetime"_s, c.tokenLifetimeSeconds, 0, intMax / 1000, &error);
    const std::optional<int> failEvery = readInt(parser, u"fail-every"_s, 0, 0, intMax, &error);
    const std::optional<int> failStatus =
        readInt(parser, u"fail-status"_s, c.failStatus, 500, 599, &error);
    const std::optional<int> retryAfter = readInt(parser, u"retry-after"_s, 0, 0, intMax, &error);
    const std::optional<int> delay = readInt(parser, u"delay-ms"_s, 0, 0, intMax, &error);
    const std::optional<int> cutOff = readInt(parser, u"cut-off-every"_s, 0, 0, intMax, &error);
    const std::optional<int> reset = readInt(parser, u"reset-every"_s, 0, 0, intMax, &error);
    const std::optional<int> quota =
        readInt(parser, u"daily-quota"_s, c.dailyQuota, 0, intMax, &error);
    const std::optional<int> quotaStatus =
        readInt(parser, u"quota-status"_s, c.quotaStatus, 400, 499, &error);
    const std::optional<int> refuseOver =
        readInt(parser, u"refuse-ranges-over"_s, 0, 0, intMax, &error);

    static constexpr Choice<SandboxConfig::EndOfData> endOfData[] = {
        {u"empty", SandboxConfig::EndOfData::EmptyPage},
        {u"404", SandboxConfig::EndOfData::NotFound}};
    static constexpr Choice<SandboxConfig::TrfMiss> trfMiss[] = {
        {u"empty", SandboxConfig::TrfMiss::EmptyResult},
        {u"404", SandboxConfig::TrfMiss::NotFound}};
    static constexpr Choice<SandboxConfig::ErrorBodyStyle> styles[] = {
        {u"flat", SandboxConfig::ErrorBodyStyle::Flat},
        {u"gateway", SandboxConfig::ErrorBodyStyle::Gateway},
        {u"text", SandboxConfig::ErrorBodyStyle::PlainText}};
    const auto end = readChoice(parser, u"end-of-data"_s, c.endOfData, endOfData, &error);
    const auto miss = readChoice(parser, u"trf-miss"_s, c.trfMiss, trfMiss, &error);
    const auto style = readChoice(parser, u"error-body"_s, c.errorBodyStyle, styles, &error);

    if (!error.isEmpty())
        return error;
    if (*failStatus != 500 && *failStatus != 503 && *failStatus != 504)
        return Text::tr("--fail-status expects 503, 504 or 500.");
    if (*quotaStatus != 429 && *quotaStatus != 403)
        return Text::tr("--quota-status expects 429 or 403.");

    if (parser.isSet(u"anchor"_s)) {
        const QString text = parser.value(u"anchor"_s);
        const QDate date = QDate::fromString(text.left(10), u"yyyy-MM-dd");
        const QTime time = QTime::fromString(text.mid(11), u"HH:mm:ss");
        if (text.size() != 19 || text.at(10) != u'T' || !date.isValid() || !time.isValid())
            return Text::tr("--anchor expects a date and time as YYYY-MM-DDThh:mm:ss.");
        c.anchor = QDateTime(date, time, Qt::UTC);
    }
    options.port = quint16(*port);
    c.records = *records;
    c.seed = quint32(*seed);
    c.spanDays = *spanDays;
    c.clientId = parser.value(u"client-id"_s);
    if (parser.isSet(u"client-secret"_s))
        c.clientSecret = parser.value(u"client-secret"_s);
    if (c.clientId.isEmpty() || c.clientSecret.isEmpty())
        return Text::tr("The client ID and secret must not be empty.");
    c.tokenLifetimeSeconds = *lifetime;
    c.failEveryNth = *failEvery;
    c.failStatus = *failStatus;
    c.retryAfterSeconds = *retryAfter;
    c.delayMs = *delay;
    c.cutOffEveryNth = *cutOff;
    c.resetEveryNth = *reset;
    c.dailyQuota = *quota;
    c.quotaStatus = *quotaStatus;
    c.moveRecordDuringPaging = parser.isSet(u"move-during-paging"_s);
    c.endOfData = *end;
    c.trfMiss = *miss;
    c.refuseRangesOver = *refuseOver;
    c.refuseRangesOverOneYear = !parser.isSet(u"allow-ranges-over-one-year"_s);
    c.errorBodyStyle = *style;
    for (const QString &trf : parser.values(u"fail-trf"_s)) {
        if (trf.trimmed().isEmpty())
            return Text::tr("--fail-trf expects a TRF number.");
        c.failingTrfs.append(trf.trimmed().toUpper());
    }
    options.applicantListPath = parser.value(u"write-applicant-list"_s);
    return options;
}

QString writeApplicantList(const Options &options)
{
    const SandboxDataSet data(options.config);
    QSaveFile file(options.applicantListPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(data.sampleApplicantList()) < 0 ||
        !file.commit()) {
        return Text::tr("Cannot write %1: %2").arg(options.applicantListPath, file.errorString());
    }
    return {};
}

} // namespace SandboxCommandLine
