#include "SearchJob.h"

#include "QuotaCounter.h"
#include "RequestBuilder.h"
#include "ResponseParser.h"
#include "TokenProvider.h"

#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <limits>

namespace {
// How far Qt's network thread reads an answer ahead of this job. Without a cap it reads as fast as
// the socket delivers, and a page sits in its chunks and in the job's buffer at once; with it, an
// answer that arrives while earlier pages are parsed waits in the socket, and the service prepares
// it meanwhile at no cost in memory here.
constexpr qint64 readAhead = 256 * 1024;
} // namespace

struct SearchJob::Parsed
{
    std::optional<ResponseParser::Page> page;
    QString error;
};

SearchJob::SearchJob(QNetworkAccessManager *network, TokenProvider *tokens, QuotaCounter *quota,
                     QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_quota(quota)
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SearchJob::sendCurrent);
}

SearchJob::~SearchJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        delete m_reply;
    }
}

void SearchJob::start(const QList<SearchQuery> &queries, const Connection &connection,
                      const JobOptions &options)
{
    if (m_running)
        return;
    m_running = true;
    ++m_generation;
    m_connection = connection;
    m_options = options;
    m_parts.clear();
    m_delivered.clear();
    m_progress = {};
    m_bytesDone = 0;
    m_outcome = {};
    m_warnedQuota = m_warnedOrder = m_warnedSplit = m_warned404 = false;

    // Build the parts now, validate in begin(): every outcome reaches the caller as a signal.
    QStringList problems;
    for (const SearchQuery &query : queries) {
        const SearchQuery::Validation validation = query.validate();
        problems += validation.errors;
        for (const QString &w : validation.warnings)
            QTimer::singleShot(0, this, [this, w] { Q_EMIT warning(w); });
        if (query.kind() == SearchQuery::Kind::Trf) {
            Part part;
            part.isTrf = true;
            part.trf = query.trfNumber();
            m_parts.push_back(part);
        } else {
            const auto pieces = splitRange(query.start(), query.end(), maxRangeDays);
            for (const auto &[from, to] : pieces) {
                Part part;
                part.start = part.cursor = from;
                part.end = to;
                m_parts.push_back(part);
            }
        }
    }
    if (!queries.isEmpty()) {
        m_photos = queries.first().includePhotos();
        m_osr = queries.first().includeOsr();
        m_pageSize = std::clamp(queries.first().pageSize(), 1, int(SearchQuery::maxPageSize));
    }
    if (queries.isEmpty())
        problems << tr("Nothing to search for: give a TRF number or a date range.");

    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation, problems] {
        if (generation != m_generation || !m_running)
            return;
        if (!problems.isEmpty()) {
            fail(ApiError::configuration(problems.join(u'\n')));
            return;
        }
        begin();
    });
}

QList<std::pair<QDateTime, QDateTime>> SearchJob::splitRange(const QDateTime &start,
                                                             const QDateTime &end, int maxDays)
{
    QList<std::pair<QDateTime, QDateTime>> pieces;
    QDateTime from = start.toUTC();
    const QDateTime to = end.toUTC();
    // Neighbouring parts share their boundary second: with an inclusive end a record there comes
    // twice and is de-duplicated, with an exclusive one it still comes once.
    while (from.addDays(maxDays) < to) {
        const QDateTime cut = from.addDays(maxDays);
        pieces.append({from, cut});
        from = cut;
    }
    pieces.append({from, to});
    return pieces;
}

bool SearchJob::isRangeRefusal(int httpStatus, const QString &code, const QString &message)
{
    // The code of this refusal is undocumented (services have used 60001 for it), so the
    // message decides.
    Q_UNUSED(code);
    if (httpStatus != 400)
        return false;
    const QString m = message.toLower();
    static const char16_t *const hints[] = {u"2000",      u"year",   u"too many",  u"exceed",
                                            u"too large", u"reduce", u"date range"};
    return std::any_of(std::begin(hints), std::end(hints),
                       [&m](const char16_t *hint) { return m.contains(QStringView(hint)); });
}

int SearchJob::estimateRequests() const
{
    int trfs = 0;
    int ranges = 0;
    for (const Part &part : m_parts)
        (part.isTrf ? trfs : ranges) += 1;
    qint64 estimate = trfs + ranges;
    if (ranges > 0 && m_options.estimatedRecords)
        estimate += (*m_options.estimatedRecords + m_pageSize - 1) / m_pageSize;
    return int(std::min<qint64>(estimate, std::numeric_limits<int>::max()));
}

void SearchJob::begin()
{
    QString problem = RequestBuilder::checkEndpoint(m_connection.resultUrl);
    if (problem.isEmpty() && m_connection.auth == AuthMethod::Bearer)
        problem = RequestBuilder::checkEndpoint(m_connection.tokenUrl);
    if (problem.isEmpty() &&
        (m_connection.clientId.isEmpty() || m_connection.clientSecret.isEmpty()))
        problem = tr("No client ID and secret are set for this connection.");
    if (!problem.isEmpty()) {
        fail(ApiError::configuration(problem));
        return;
    }

    if (m_quota) {
        const int remaining = m_quota->remaining(m_connection.clientId);
        const int estimate = estimateRequests();
        if (estimate > remaining && !m_options.ignoreQuota) {
            fail(ApiError::quotaExceeded(
                tr("This search needs an estimated %n request(s), but only %1 of today's %2 "
                   "remain for this client ID (counted on this computer).",
                   nullptr, estimate)
                    .arg(remaining)
                    .arg(m_quota->limit())));
            return;
        }
        if (m_quota->isAtWarningLevel(m_connection.clientId)) {
            m_warnedQuota = true;
            Q_EMIT warning(tr("%1 of today's %2 requests for this client ID are used.")
                               .arg(m_quota->used(m_connection.clientId))
                               .arg(m_quota->limit()));
        }
    }
    m_progress.partsTotal = int(m_parts.size());
    m_progressClock.start();
    next();
}

void SearchJob::next()
{
    if (m_parts.empty()) {
        if (m_parsing.empty())
            finish(ApiError());
        return; // the last pages are still being parsed
    }
    m_failures = 0;
    m_tokenRenewed = false;
    const Part &part = m_parts.front();
    m_progress.rangeStart = part.isTrf ? QDateTime() : part.start;
    m_progress.rangeEnd = part.isTrf ? QDateTime() : part.end;
    m_progress.position = part.isTrf ? QDateTime() : part.cursor;
    sendCurrent();
}

void SearchJob::sendCurrent()
{
    if (!m_running || m_parts.empty())
        return;
    if (m_quota && !m_options.ignoreQuota && m_quota->remaining(m_connection.clientId) <= 0) {
        fail(ApiError::quotaExceeded(
            tr("Today's quota of %1 requests for this client ID is used up (counted on this "
               "computer).")
                .arg(m_quota->limit())));
        return;
    }
    if (m_connection.auth == AuthMethod::Basic) {
        sendWithAuthorization(
            RequestBuilder::basicAuthorization(m_connection.clientId, m_connection.clientSecret));
        return;
    }
    const quint64 generation = m_generation;
    m_tokens->token(m_connection, this,
                    [this, generation](const QString &token, const ApiError &error) {
                        if (generation != m_generation || !m_running)
                            return;
                        if (error.isError())
                            fail(error);
                        else
                            sendWithAuthorization(RequestBuilder::bearerAuthorization(token));
                    });
}

void SearchJob::sendWithAuthorization(const QByteArray &authorization)
{
    const Part &part = m_parts.front();
    RequestBuilder::ResultRequest request;
    if (part.isTrf) {
        request.trfNumber = part.trf;
    } else {
        request.start = part.cursor;
        request.end = part.end;
        request.page = part.page;
        request.limit = m_pageSize;
    }
    request.photos = m_photos;
    request.osr = m_osr;

    m_transactionId = RequestBuilder::newTransactionId();
    const QUrl url = RequestBuilder::resultUrl(m_connection.resultUrl, request);
    QNetworkReply *reply = m_network->get(RequestBuilder::resultRequest(
        url, authorization, m_transactionId, m_options.transferTimeoutMs));
    m_reply = reply;
    reply->setReadBufferSize(readAhead);
    ++m_progress.requests;
    ++m_parts.front().requestsInPart;

    if (m_quota) {
        const int used = m_quota->add(m_connection.clientId);
        if (!m_warnedQuota &&
            qint64(used) * 100 >= qint64(m_quota->limit()) * QuotaCounter::warningPercent) {
            m_warnedQuota = true;
            Q_EMIT warning(tr("%1 of today's %2 requests for this client ID are used.")
                               .arg(used)
                               .arg(m_quota->limit()));
        }
    }

    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        m_progress.bytes = m_bytesDone + received;
        if (m_progressClock.elapsed() >= 250) {
            m_progressClock.restart();
            Q_EMIT progress(m_progress);
        }
    });
    m_body = QByteArray();
    connect(reply, &QNetworkReply::readyRead, this, &SearchJob::drainReply);
    connect(reply, &QNetworkReply::finished, this, &SearchJob::onReplyFinished);
}

void SearchJob::drainReply()
{
    // Reading into one buffer sized from Content-Length keeps a page in memory once; readAll() at
    // the end would hold it twice. While earlier pages are pending the data stays in the reply,
    // whose buffer is capped, so the answer waits in the socket.
    QNetworkReply *reply = m_reply;
    if (!reply || !reply->isOpen() || (!m_parsing.empty() && !reply->isFinished()))
        return;
    const qint64 available = reply->bytesAvailable();
    if (available <= 0)
        return;
    if (m_body.isEmpty()) {
        const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (length > 0 && length < (qint64(1) << 31))
            m_body.reserve(length);
    }
    const qsizetype old = m_body.size();
    m_body.resize(old + available);
    const qint64 got = reply->read(m_body.data() + old, available);
    m_body.resize(old + std::max<qint64>(got, 0));
}

void SearchJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    drainReply();
    m_reply = nullptr;
    reply->deleteLater();
    reply->disconnect(this);

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    QByteArray body = std::exchange(m_body, QByteArray());
    const QString transactionId = m_transactionId;
    m_bytesDone += body.size();
    m_progress.bytes = m_bytesDone;

    if (status == 0) {
        const ApiError error =
            ApiError::fromNetworkError(reply->error(), reply->errorString(), transactionId);
        if (RetryPolicy::isTransientNetworkError(reply->error()))
            retryLater(std::nullopt, error);
        else
            fail(error);
        return;
    }

    if (status == 200) {
        // A body cut off mid-way: the socket closed early, or fewer bytes than announced.
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        const bool encoded = !reply->rawHeader("Content-Encoding").isEmpty();
        if (reply->error() != QNetworkReply::NoError ||
            (length.isValid() && !encoded && length.toLongLong() != body.size())) {
            retryLater(std::nullopt,
                       ApiError::fromNetworkError(QNetworkReply::RemoteHostClosedError,
                                                  tr("The answer was cut off."), transactionId));
            return;
        }
        const PageScan scan = PageScan::scan(body);
        if (!scan.ok) {
            retryLater(std::nullopt, ApiError::protocol(tr("The answer is not valid JSON."), status,
                                                        transactionId));
            return;
        }
        queueParse(std::move(body));
        advance(scan);
        return;
    }

    const ResponseParser::ErrorBody errorBody = ResponseParser::parseErrorBody(body);
    const ApiError error = ApiError::fromResponse(status, errorBody, transactionId);
    Part &part = m_parts.front();

    if (status == 401 && m_connection.auth == AuthMethod::Bearer && !m_tokenRenewed &&
        (errorBody.code.isEmpty() || errorBody.code == u"70401" || errorBody.code == u"70405")) {
        // The token expired or was revoked mid-job: renew it once and replay this very request.
        m_tokenRenewed = true;
        m_tokens->invalidate(m_connection);
        sendCurrent();
        return;
    }
    if (status == 404) {
        if (errorBody.code != u"70404" && !m_warned404) {
            m_warned404 = true;
            Q_EMIT warning(tr("The service answered \"not found\" without the documented code "
                              "70404; it was taken to mean no results. If every search finds "
                              "nothing, check the endpoint URL."));
        }
        if (part.isTrf)
            m_outcome.notFound.append(part.trf);
        ++m_progress.pages;
        finishPart();
        return;
    }
    if (RetryPolicy::isTransientStatus(status)) {
        retryLater(RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                QDateTime::currentDateTimeUtc()),
                   error);
        return;
    }
    if (!part.isTrf && isRangeRefusal(status, errorBody.code, errorBody.message)) {
        const qint64 seconds = part.cursor.secsTo(part.end);
        if (seconds < 2) {
            fail(error);
            return;
        }
        const QDateTime mid = part.cursor.addSecs(seconds / 2);
        Part first = part;
        first.end = mid;
        first.page = 1;
        first.offsetMode = false;
        first.requestsInPart = 0;
        Part second = first;
        second.start = second.cursor = mid;
        second.end = part.end;
        m_parts.pop_front();
        m_parts.push_front(second);
        m_parts.push_front(first);
        ++m_progress.partsTotal;
        if (!m_warnedSplit) {
            m_warnedSplit = true;
            Q_EMIT warning(tr("The service refused a date range as too large; it is being "
                              "fetched in smaller parts."));
        }
        next();
        return;
    }
    if (error.kind == ApiError::Kind::Quota && m_quota)
        m_quota->markExhausted(m_connection.clientId);
    fail(error);
}

void SearchJob::queueParse(QByteArray body)
{
    auto *watcher = new QFutureWatcher<Parsed>(this);
    m_parsing.push_back(watcher);
    connect(watcher, &QFutureWatcher<Parsed>::finished, this, &SearchJob::onParseFinished);
    watcher->setFuture(
        QtConcurrent::run([body = std::move(body), photoForm = m_options.photoForm]() mutable {
            Parsed parsed;
            auto result = ResponseParser::parsePage(body, photoForm);
            body = QByteArray(); // free the text before the records are handed over
            if (result.ok())
                parsed.page = std::move(result).value();
            else
                parsed.error = result.error().message;
            return parsed;
        }));
}

void SearchJob::onParseFinished()
{
    const quint64 generation = m_generation;
    while (m_running && generation == m_generation && !m_parsing.empty() &&
           m_parsing.front()->isFinished()) {
        QFutureWatcher<Parsed> *watcher = m_parsing.front();
        m_parsing.pop_front();
        Parsed parsed = watcher->result();
        watcher->disconnect(this);
        watcher->deleteLater();
        if (!parsed.page) {
            // The quick scan accepted what the parser refused; the paging has moved on, so
            // this page cannot simply be asked for again.
            fail(ApiError::protocol(parsed.error, 200, m_transactionId));
            return;
        }
        deliver(std::move(parsed.page->results));
    }
    if (!m_running || generation != m_generation || !m_parsing.empty())
        return;
    if (m_reply)
        drainReply();
    if (m_parts.empty())
        finish(ApiError());
}

void SearchJob::deliver(QList<CandidateResult> results)
{
    QList<CandidateResult> fresh = deduplicate(std::move(results));
    if (!fresh.isEmpty())
        Q_EMIT pageReceived(fresh);
}

void SearchJob::advance(const PageScan &scan)
{
    ++m_progress.pages;
    Part &part = m_parts.front();
    if (part.isTrf) {
        if (scan.count == 0)
            m_outcome.notFound.append(part.trf);
        finishPart();
        return;
    }
    if (scan.count < m_pageSize) {
        finishPart();
        return;
    }
    if (!scan.ordered && !part.offsetMode) {
        part.offsetMode = true;
        if (!m_warnedOrder) {
            m_warnedOrder = true;
            Q_EMIT warning(tr("The service did not return records in order of last "
                              "modification; pages are fetched by number instead, so a record "
                              "shared again during the search may be missed."));
        }
    }
    if (!part.offsetMode && scan.last.isValid() && scan.last > part.cursor) {
        part.cursor = scan.last;
        part.page = 1;
    } else {
        ++part.page;
    }
    m_progress.position = part.cursor;
    m_failures = 0;
    m_tokenRenewed = false;
    emitProgress();
    sendCurrent();
}

QList<CandidateResult> SearchJob::deduplicate(QList<CandidateResult> results)
{
    QList<CandidateResult> fresh;
    fresh.reserve(results.size());
    for (CandidateResult &record : results) {
        QString key = record.trfNumber();
        if (key.isEmpty())
            key = QStringLiteral("#") + QString::fromLatin1(record.toJson(false).toBase64());
        const QDateTime modified = record.lastModified();
        const auto it = m_delivered.find(key);
        if (it == m_delivered.end()) {
            m_delivered.insert(key, modified);
            fresh.append(std::move(record));
        } else if (modified.isValid() && (!it->isValid() || modified > *it)) {
            *it = modified;
            ++m_progress.updates;
            fresh.append(std::move(record));
        }
    }
    m_progress.records = m_delivered.size();
    return fresh;
}

void SearchJob::finishPart()
{
    m_parts.pop_front();
    ++m_progress.partsDone;
    emitProgress();
    next();
}

bool SearchJob::retryLater(std::optional<RetryPolicy::ms> retryAfter, const ApiError &ifExhausted)
{
    ++m_failures;
    if (!m_options.retry.mayRetry(m_failures)) {
        fail(ifExhausted);
        return false;
    }
    ++m_progress.retries;
    emitProgress();
    m_retryTimer->start(m_options.retry.delayFor(m_failures, retryAfter));
    return true;
}

void SearchJob::cancel()
{
    if (!m_running)
        return;
    fail(ApiError::cancelled());
}

void SearchJob::fail(const ApiError &error)
{
    finish(error);
}

void SearchJob::finish(const ApiError &error)
{
    ++m_generation;
    m_running = false;
    m_retryTimer->stop();
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    for (QFutureWatcher<Parsed> *watcher : m_parsing) {
        watcher->disconnect(this);
        watcher->deleteLater();
    }
    m_parsing.clear();
    m_parts.clear();
    m_outcome.error = error;
    m_outcome.records = m_delivered.size();
    m_outcome.requests = m_progress.requests;
    Q_EMIT progress(m_progress);
    Q_EMIT finished(m_outcome);
}

void SearchJob::emitProgress()
{
    m_progressClock.restart();
    Q_EMIT progress(m_progress);
}
