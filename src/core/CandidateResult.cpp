#include "CandidateResult.h"

#include "ApiDate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

class CandidateResultData : public QSharedData
{
public:
    QList<CandidateResult::Field> fields;
    QByteArray photo;
    CandidateResult::PhotoShape photoShape = CandidateResult::PhotoShape::None;

    // Typed values, read once when the record is built.
    QString trf, familyName, firstName, module, centre, candidateNumber, countryCode, status,
        photoMediaType;
    QDate dateOfBirth, testDate;
    BandScore listening, reading, writing, speaking, overall;
    QDateTime lastModified;
};

namespace {
QString valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == qint64(d) && std::abs(d) < 9e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

void appendJsonString(QByteArray *out, QStringView text)
{
    out->append('"');
    const QByteArray utf8 = text.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        case '\b':
            out->append("\\b");
            break;
        case '\f':
            out->append("\\f");
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned char>(c));
                out->append(buffer);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

void appendJsonValue(QByteArray *out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        appendJsonString(out, value.toString());
        return;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out->append("null");
        return;
    default: {
        // Numbers, booleans and nested values: let Qt write them, then strip the wrapping array.
        QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        out->append(wrapped.mid(1, wrapped.size() - 2));
    }
    }
}
} // namespace

CandidateResult::CandidateResult()
    : d(new CandidateResultData)
{}
CandidateResult::CandidateResult(const CandidateResult &) = default;
CandidateResult &CandidateResult::operator=(const CandidateResult &) = default;
CandidateResult::CandidateResult(CandidateResult &&) noexcept = default;
CandidateResult &CandidateResult::operator=(CandidateResult &&) noexcept = default;
CandidateResult::~CandidateResult() = default;

CandidateResult CandidateResult::fromFields(QList<Field> fields)
{
    QByteArray photo;
    PhotoShape shape = PhotoShape::None;
    for (Field &field : fields) {
        if (field.name != u"photo")
            continue;
        if (field.value.isString()) {
            auto decoded = QByteArray::fromBase64Encoding(field.value.toString().toLatin1());
            if (decoded) {
                photo = std::move(decoded.decoded);
                shape = PhotoShape::String;
                field.value = QString();
            }
        } else if (field.value.isObject()) {
            QJsonObject object = field.value.toObject();
            const QJsonValue data = object.value(u"data");
            if (data.isString()) {
                auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1());
                if (decoded) {
                    photo = std::move(decoded.decoded);
                    shape = PhotoShape::Object;
                    object.remove(u"data");
                    field.value = object;
                }
            }
        }
        break;
    }
    return fromParts(std::move(fields), std::move(photo), shape);
}

CandidateResult CandidateResult::fromParts(QList<Field> fields, QByteArray photo, PhotoShape shape)
{
    CandidateResult result;
    CandidateResultData *data = result.d.data();
    data->fields = std::move(fields);
    data->photo = std::move(photo);
    data->photoShape = shape;
    for (const Field &field : std::as_const(data->fields)) {
        const QString &n = field.name;
        if (n == u"trfNumber")
            data->trf = valueText(field.value).trimmed().toUpper();
        else if (n == u"familyName")
            data->familyName = valueText(field.value);
        else if (n == u"firstName")
            data->firstName = valueText(field.value);
        else if (n == u"module")
            data->module = valueText(field.value);
        else if (n == u"centreNumber")
            data->centre = valueText(field.value);
        else if (n == u"candidateNumber")
            data->candidateNumber = valueText(field.value);
        else if (n == u"countryCode")
            data->countryCode = valueText(field.value).trimmed();
        else if (n == u"status")
            data->status = valueText(field.value).trimmed();
        else if (n == u"photoMediaType")
            data->photoMediaType = valueText(field.value).trimmed();
        else if (n == u"dateOfBirth")
            data->dateOfBirth = ApiDate::parseDate(valueText(field.value));
        else if (n == u"testDate")
            data->testDate = ApiDate::parseDate(valueText(field.value));
        else if (n == u"listeningScore")
            data->listening = BandScore::parse(valueText(field.value));
        else if (n == u"readingScore")
            data->reading = BandScore::parse(valueText(field.value));
        else if (n == u"writingScore")
            data->writing = BandScore::parse(valueText(field.value));
        else if (n == u"speakingScore")
            data->speaking = BandScore::parse(valueText(field.value));
        else if (n == u"overallBandScore")
            data->overall = BandScore::parse(valueText(field.value));
        else if (n == u"lastModifiedDate")
            data->lastModified = ApiDate::parseDateTime(valueText(field.value));
    }
    return result;
}

const QList<CandidateResult::Field> &CandidateResult::fields() const
{
    return d->fields;
}

bool CandidateResult::has(QStringView name) const
{
    for (const Field &field : d->fields) {
        if (field.name == name)
            return true;
    }
    return false;
}

QString CandidateResult::text(QStringView name) const
{
    for (const Field &field : d->fields) {
        if (field.name == name)
            return valueText(field.value);
    }
    return {};
}

QString CandidateResult::trfNumber() const
{
    return d->trf;
}
QString CandidateResult::familyName() const
{
    return d->familyName;
}
QString CandidateResult::firstName() const
{
    return d->firstName;
}
QDate CandidateResult::dateOfBirth() const
{
    return d->dateOfBirth;
}
QDate CandidateResult::testDate() const
{
    return d->testDate;
}
QString CandidateResult::module() const
{
    return d->module;
}
QString CandidateResult::centreNumber() const
{
    return d->centre;
}
QString CandidateResult::candidateNumber() const
{
    return d->candidateNumber;
}
BandScore CandidateResult::listening() const
{
    return d->listening;
}
BandScore CandidateResult::reading() const
{
    return d->reading;
}
BandScore CandidateResult::writing() const
{
    return d->writing;
}
BandScore CandidateResult::speaking() const
{
    return d->speaking;
}
BandScore CandidateResult::overall() const
{
    return d->overall;
}
QString CandidateResult::countryCode() const
{
    return d->countryCode;
}
QString CandidateResult::status() const
{
    return d->status;
}
bool CandidateResult::isReleased() const
{
    return d->status.compare(u"RELEASED", Qt::CaseInsensitive) == 0;
}
QDateTime CandidateResult::lastModified() const
{
    return d->lastModified;
}
QByteArray CandidateResult::photo() const
{
    return d->photo;
}
QString CandidateResult::photoMediaType() const
{
    return d->photoMediaType;
}
CandidateResult::PhotoShape CandidateResult::photoShape() const
{
    return d->photoShape;
}

QByteArray CandidateResult::toJson(bool includePhoto) const
{
    QByteArray out;
    out.reserve(1024 + (includePhoto ? d->photo.size() * 4 / 3 + 16 : 0));
    out.append('{');
    bool first = true;
    for (const Field &field : d->fields) {
        const bool isPhoto = field.name == u"photo";
        if (isPhoto && !includePhoto)
            continue;
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(&out, field.name);
        out.append(':');
        if (isPhoto && d->photoShape == PhotoShape::String) {
            out.append('"').append(d->photo.toBase64()).append('"');
        } else if (isPhoto && d->photoShape == PhotoShape::Object) {
            // The members other than the image, then the image as "data".
            const QJsonObject rest = field.value.toObject();
            out.append('{');
            for (auto it = rest.begin(); it != rest.end(); ++it) {
                appendJsonString(&out, it.key());
                out.append(':');
                appendJsonValue(&out, it.value());
                out.append(',');
            }
            out.append("\"data\":\"").append(d->photo.toBase64()).append("\"}");
        } else {
            appendJsonValue(&out, field.value);
        }
    }
    out.append('}');
    return out;
}
