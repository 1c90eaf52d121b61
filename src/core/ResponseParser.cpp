#include "ResponseParser.h"

#include "Base64.h"
#include "JsonReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <array>
#include <optional>

namespace ResponseParser {

namespace {

ParseError errorFrom(const JsonReader &reader)
{
    return ParseError{reader.errorString(), reader.errorOffset()};
}

// Reads one record in order. String values go into the record as UTF-8 without becoming
// QJsonValues, and the photo's base64 text is decoded straight from the response bytes.
// Keeps a photo's base64 text as sent: a view into `source` (which `reader` reads) when it has no
// escapes, else the unescaped copy.
bool readPhotoText(JsonReader &reader, CandidateResult::Builder &builder,
                   const std::shared_ptr<const QByteArray> &source,
                   CandidateResult::PhotoShape shape)
{
    QByteArrayView plain;
    if (reader.readPlainString(&plain)) {
        builder.setPhotoText(source, plain, shape);
        return true;
    }
    QByteArray text;
    if (!reader.readStringBytes(&text))
        return false;
    builder.setPhotoText(std::move(text), shape);
    return true;
}

// With a `source`, photos are kept as base64 text viewed inside it (`reader` reads `source`).
bool readRecord(JsonReader &reader, QList<CandidateResult> *out, QStringList *sharedNames,
                const std::shared_ptr<const QByteArray> &source)
{
    if (reader.peekType() != '{')
        return reader.skipValue(); // a stray non-object element: tolerated and left out
    CandidateResult::Builder builder;
    QByteArray bytes;
    const bool ok = reader.readObject([&](const QString &name) {
        const char type = reader.peekType();
        if (name == u"photo" && type == '"') {
            if (source) {
                if (!readPhotoText(reader, builder, source, CandidateResult::PhotoShape::String))
                    return false;
                builder.addText(name, {});
                return true;
            }
            if (!reader.readStringBytes(&bytes))
                return false;
            auto decoded = Base64::decode(bytes);
            if (decoded) {
                builder.setPhoto(std::move(*decoded), CandidateResult::PhotoShape::String);
                builder.addText(name, {});
            } else {
                builder.addText(name, bytes);
            }
            return true;
        }
        if (name == u"photo" && type == '{') {
            QJsonObject rest;
            bool decodedData = false;
            const bool objectOk = reader.readObject([&](const QString &member) {
                if (member == u"data" && reader.peekType() == '"' && !decodedData) {
                    if (source) {
                        decodedData = true;
                        return readPhotoText(reader, builder, source,
                                             CandidateResult::PhotoShape::Object);
                    }
                    QByteArray base64;
                    if (!reader.readStringBytes(&base64))
                        return false;
                    auto decoded = Base64::decode(base64);
                    if (decoded) {
                        builder.setPhoto(std::move(*decoded), CandidateResult::PhotoShape::Object);
                        decodedData = true;
                    } else {
                        rest.insert(member, QString::fromLatin1(base64));
                    }
                    return true;
                }
                rest.insert(member, reader.readValue());
                return !reader.hasError();
            });
            if (!objectOk)
                return false;
            builder.addValue(name, rest);
            return true;
        }
        if (type == '"') {
            if (!reader.readStringBytes(&bytes))
                return false;
            builder.addText(name, bytes);
            return true;
        }
        builder.addValue(name, reader.readValue());
        return !reader.hasError();
    });
    if (!ok)
        return false;
    out->append(builder.build(sharedNames));
    return true;
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return {};
}

} // namespace

Result<Page, ParseError> parsePage(const QByteArray &body, PhotoForm photoForm)
{
    // A shallow copy: the records' photos point into the body the caller already holds.
    const auto source = photoForm == PhotoForm::Base64Text
                            ? std::make_shared<const QByteArray>(body)
                            : std::shared_ptr<const QByteArray>();
    JsonReader reader(source ? QByteArrayView(*source) : QByteArrayView(body));
    Page page;
    if (reader.peekType() != '{')
        return ParseError{QStringLiteral("the response is not a JSON object"), 0};
    const bool ok = reader.readObject([&](const QString &name) {
        if (name == u"results") {
            if (reader.peekType() == 'n')
                return reader.skipValue();
            QStringList sharedNames;
            return reader.readArray(
                [&] { return readRecord(reader, &page.results, &sharedNames, source); });
        }
        if (name == u"messageMetadata") {
            const QJsonObject meta = reader.readValue().toObject();
            page.messageRequestUid = textOf(meta.value(u"messageRequestUid"));
            page.currentResultSetUrl = textOf(meta.value(u"currentResultSetUrl"));
            page.nextResultSetUrl = textOf(meta.value(u"nextResultSetUrl"));
            return !reader.hasError();
        }
        if (name == u"resultSummary") {
            const QJsonValue count = reader.readValue().toObject().value(u"recordCount");
            bool numberOk = false;
            const qint64 n = count.isDouble() ? qint64(count.toDouble())
                                              : count.toString().trimmed().toLongLong(&numberOk);
            if (count.isDouble() || numberOk)
                page.recordCount = n;
            return !reader.hasError();
        }
        return reader.skipValue();
    });
    if (!ok || !reader.atEnd()) {
        if (!reader.hasError())
            return ParseError{QStringLiteral("unexpected text after the JSON document"),
                              qsizetype(-1)};
        return errorFrom(reader);
    }
    return page;
}

namespace {

QString codeText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(qint64(value.toDouble()));
    return value.toString().trimmed();
}

// Member lookup that ignores case and the usual separators: "error_code" == "errorCode".
QJsonValue member(const QJsonObject &object, std::initializer_list<QStringView> names)
{
    auto squash = [](QStringView s) {
        QString out;
        for (QChar c : s) {
            if (c.isLetterOrNumber())
                out.append(c.toLower());
        }
        return out;
    };
    for (QStringView wanted : names) {
        const QString key = squash(wanted);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (squash(it.key()) == key)
                return it.value();
        }
    }
    return {};
}

void fillFrom(const QJsonObject &object, ErrorBody *body)
{
    if (body->code.isEmpty()) {
        const QJsonValue code =
            member(object, {u"errorCode", u"code", u"errorcode", u"statusCode"});
        if (code.isString() || code.isDouble())
            body->code = codeText(code);
    }
    if (body->message.isEmpty()) {
        const QJsonValue message =
            member(object, {u"errorMessage", u"message", u"error_description", u"errorDescription",
                            u"faultstring", u"description", u"detail", u"title"});
        if (message.isString())
            body->message = message.toString().trimmed();
    }
    if (body->transactionId.isEmpty()) {
        const QJsonValue id =
            member(object, {u"transactionId", u"x-transaction-id", u"messageRequestUid"});
        if (id.isString())
            body->transactionId = id.toString();
    }
}

} // namespace

ErrorBody parseErrorBody(const QByteArray &body)
{
    ErrorBody result;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error == QJsonParseError::NoError && document.isObject()) {
        result.isJson = true;
        const QJsonObject root = document.object();
        fillFrom(root, &result);
        const QJsonValue nestedError = member(root, {u"error"});
        if (nestedError.isObject())
            fillFrom(nestedError.toObject(), &result);
        else if (nestedError.isString() && result.code.isEmpty())
            result.code = nestedError.toString(); // OAuth: {"error": "invalid_client", ...}
        const QJsonValue errors = member(root, {u"errors"});
        if (errors.isArray() && !errors.toArray().isEmpty() && errors.toArray().first().isObject())
            fillFrom(errors.toArray().first().toObject(), &result);
        const QJsonValue fault = member(root, {u"fault"});
        if (fault.isObject()) {
            const QJsonObject faultObject = fault.toObject();
            fillFrom(faultObject, &result);
            const QJsonValue detail = member(faultObject, {u"detail"});
            if (detail.isObject())
                fillFrom(detail.toObject(), &result);
        }
        return result;
    }
    if (error.error == QJsonParseError::NoError)
        result.isJson = true;

    // Not JSON: plain text may still carry a code of the document and a readable message.
    const QString text = QString::fromUtf8(body.left(4096)).trimmed();
    if (text.startsWith(u'<'))
        return result; // an HTML error page says nothing useful to a person
    static const QRegularExpression codePattern(QStringLiteral("\\b([67]0[0-9]{3})\\b"));
    const QRegularExpressionMatch match = codePattern.match(text);
    if (match.hasMatch())
        result.code = match.captured(1);
    result.message = text.left(500);
    return result;
}

Result<Token, ParseError> parseToken(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return ParseError{error.errorString(), error.offset};
    if (!document.isObject())
        return ParseError{QStringLiteral("the token answer is not a JSON object"), 0};
    const QJsonObject object = document.object();
    Token token;
    token.accessToken = object.value(u"access_token").toString();
    if (token.accessToken.isEmpty())
        return ParseError{QStringLiteral("the token answer has no access_token"), -1};
    token.tokenType = object.value(u"token_type").toString();
    const QJsonValue expires = object.value(u"expires_in");
    if (expires.isDouble())
        token.expiresInSeconds = qint64(expires.toDouble());
    else
        token.expiresInSeconds = expires.toString().trimmed().toLongLong();
    if (token.expiresInSeconds < 0)
        token.expiresInSeconds = 0;
    return token;
}

} // namespace ResponseParser
