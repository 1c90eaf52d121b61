#pragma once

#include "CandidateResult.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// Pure functions from response bytes to values: no sockets, no state, safe on any thread.
namespace ResponseParser {

struct Page
{
    QList<CandidateResult> results;
    std::optional<qint64> recordCount; // resultSummary.recordCount: a page count or a total
    QString messageRequestUid;
    QString currentResultSetUrl;
    QString nextResultSetUrl;
};

struct ParseError
{
    QString message; // for logs and support, not translated
    qsizetype offset = -1;
};

// How a page's photos are kept: decoded for what shows or re-encodes images, or as the base64
// text the service sent, for output that writes that text again (CSV, JSON) and would otherwise
// decode and re-encode every photo. The text stays inside the response body, which the records
// then keep alive until the last of them is gone.
enum class PhotoForm
{
    Decoded,
    Base64Text,
};

// A page of results. Tolerates missing and extra fields, nulls, and "photo" as an object or a
// plain string; keeps every field of every record in order. Malformed JSON is an error value.
Result<Page, ParseError> parsePage(const QByteArray &body,
                                   PhotoForm photoForm = PhotoForm::Decoded);

struct ErrorBody
{
    QString code;    // the document's error code ("70401"), empty when the body has none
    QString message; // the server's own message, empty when none
    QString transactionId;
    bool isJson = false;
};

// An error body of unknown shape: looks for a code and a message under the likely names
// (top level, under "error", "errors[0]", or an API gateway "fault"). Never fails.
ErrorBody parseErrorBody(const QByteArray &body);

struct Token
{
    QString accessToken;
    QString tokenType;
    qint64 expiresInSeconds = 0; // 0 when the answer did not say
};

// The token endpoint's answer; numbers may come as strings (they do in the real service).
Result<Token, ParseError> parseToken(const QByteArray &body);

} // namespace ResponseParser
