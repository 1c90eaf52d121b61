#include "CandidateResult.h"

#include "ApiDate.h"
#include "Base64.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstdio>

class CandidateResultData : public QSharedData
{
public:
    // The fields in API order, kept compact: one list of names (shared by records that have the
    // same fields), every string value as UTF-8 back to back in `text` (value i ends at ends[i]),
    // and the few values that are not strings (nulls, numbers, objects) beside them.
    QStringList names;
    QByteArray text;
    QList<quint32> ends;
    QList<std::pair<qsizetype, QJsonValue>> others;

    QByteArray photo;
    bool photoIsText = false; // `photo` (or `photoView`) holds base64 text, not image bytes
    // Base64 text inside a response body shared by the records of one page.
    std::shared_ptr<const QByteArray> photoSource;
    QByteArrayView photoView;
    CandidateResult::PhotoShape photoShape = CandidateResult::PhotoShape::None;

    // Typed values, read once when the record is built.
    QString trf;
    QDate dateOfBirth, testDate;
    BandScore listening, reading, writing, speaking, overall;
    QDateTime lastModified;

    qsizetype indexOf(QStringView name) const
    {
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (names.at(i) == name)
                return i;
        }
        return -1;
    }
    const QJsonValue *other(qsizetype index) const
    {
        for (const auto &entry : others) {
            if (entry.first == index)
                return &entry.second;
        }
        return nullptr;
    }
    QByteArrayView utf8At(qsizetype index) const
    {
        const quint32 begin = index == 0 ? 0 : ends.at(index - 1);
        return QByteArrayView(text).sliced(begin, ends.at(index) - begin);
    }
    QByteArrayView photoText() const { return photoSource ? photoView : QByteArrayView(photo); }
    QJsonValue valueAt(qsizetype index) const;
    QString textAt(qsizetype index) const;
    void finish();
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

void appendJsonUtf8(QByteArray *out, QByteArrayView utf8)
{
    out->append('"');
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

void appendJsonString(QByteArray *out, QStringView text)
{
    appendJsonUtf8(out, text.toUtf8());
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

QJsonValue CandidateResultData::valueAt(qsizetype index) const
{
    if (const QJsonValue *value = other(index))
        return *value;
    return QString::fromUtf8(utf8At(index));
}

QString CandidateResultData::textAt(qsizetype index) const
{
    if (const QJsonValue *value = other(index))
        return valueText(*value);
    return QString::fromUtf8(utf8At(index));
}

void CandidateResultData::finish()
{
    auto textOf = [this](QStringView name) {
        const qsizetype i = indexOf(name);
        return i < 0 ? QString() : textAt(i);
    };
    trf = textOf(u"trfNumber").trimmed().toUpper();
    dateOfBirth = ApiDate::parseDate(textOf(u"dateOfBirth"));
    testDate = ApiDate::parseDate(textOf(u"testDate"));
    listening = BandScore::parse(textOf(u"listeningScore"));
    reading = BandScore::parse(textOf(u"readingScore"));
    writing = BandScore::parse(textOf(u"writingScore"));
    speaking = BandScore::parse(textOf(u"speakingScore"));
    overall = BandScore::parse(textOf(u"overallBandScore"));
    lastModified = ApiDate::parseDateTime(textOf(u"lastModifiedDate"));
    text.squeeze();
    ends.squeeze();
}

CandidateResult::Builder::Builder()
    : d(new CandidateResultData)
{}

CandidateResult::Builder::~Builder() = default;

void CandidateResult::Builder::addText(const QString &name, QByteArrayView utf8)
{
    d->names.append(name);
    d->text.append(utf8.data(), utf8.size());
    d->ends.append(quint32(d->text.size()));
}

void CandidateResult::Builder::addValue(const QString &name, const QJsonValue &value)
{
    if (value.isString()) {
        addText(name, value.toString().toUtf8());
        return;
    }
    d->others.append({d->names.size(), value});
    d->names.append(name);
    d->ends.append(quint32(d->text.size()));
}

void CandidateResult::Builder::setPhoto(QByteArray photo, PhotoShape shape)
{
    d->photo = std::move(photo);
    d->photoIsText = false;
    d->photoShape = shape;
}

void CandidateResult::Builder::setPhotoText(QByteArray base64, PhotoShape shape)
{
    d->photo = std::move(base64);
    d->photoSource.reset();
    d->photoView = {};
    d->photoIsText = true;
    d->photoShape = shape;
}

void CandidateResult::Builder::setPhotoText(std::shared_ptr<const QByteArray> source,
                                            QByteArrayView base64, PhotoShape shape)
{
    d->photo = QByteArray();
    d->photoSource = std::move(source);
    d->photoView = base64;
    d->photoIsText = true;
    d->photoShape = shape;
}

CandidateResult CandidateResult::Builder::build(QStringList *sharedNames)
{
    if (sharedNames) {
        if (*sharedNames == d->names)
            d->names = *sharedNames;
        else
            *sharedNames = d->names;
    }
    d->finish();
    CandidateResult result;
    result.d = QSharedDataPointer<CandidateResultData>(d.data());
    d.reset(new CandidateResultData);
    return result;
}

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
    Builder builder;
    for (const Field &field : std::as_const(fields))
        builder.addValue(field.name, field.value);
    builder.setPhoto(std::move(photo), shape);
    return builder.build();
}

QList<CandidateResult::Field> CandidateResult::fields() const
{
    QList<Field> fields;
    fields.reserve(d->names.size());
    for (qsizetype i = 0; i < d->names.size(); ++i)
        fields.append({d->names.at(i), d->valueAt(i)});
    return fields;
}

QStringList CandidateResult::fieldNames() const
{
    return d->names;
}

bool CandidateResult::has(QStringView name) const
{
    return d->indexOf(name) >= 0;
}

QString CandidateResult::text(QStringView name) const
{
    const qsizetype i = d->indexOf(name);
    return i < 0 ? QString() : d->textAt(i);
}

QString CandidateResult::trfNumber() const
{
    return d->trf;
}
QString CandidateResult::familyName() const
{
    return text(u"familyName");
}
QString CandidateResult::firstName() const
{
    return text(u"firstName");
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
    return text(u"module");
}
QString CandidateResult::centreNumber() const
{
    return text(u"centreNumber");
}
QString CandidateResult::candidateNumber() const
{
    return text(u"candidateNumber");
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
    return text(u"countryCode").trimmed();
}
QString CandidateResult::status() const
{
    return text(u"status").trimmed();
}
bool CandidateResult::isReleased() const
{
    const qsizetype i = d->indexOf(u"status");
    if (i < 0 || d->other(i))
        return false;
    return d->utf8At(i).trimmed().compare("RELEASED", Qt::CaseInsensitive) == 0;
}
QDateTime CandidateResult::lastModified() const
{
    return d->lastModified;
}
QByteArray CandidateResult::photo() const
{
    if (d->photoIsText)
        return Base64::decode(d->photoText().toByteArray()).value_or(QByteArray());
    return d->photo;
}
bool CandidateResult::hasPhoto() const
{
    return !d->photoText().isEmpty();
}
QByteArray CandidateResult::photoBase64() const
{
    return d->photoIsText ? d->photoText().toByteArray() : d->photo.toBase64();
}
QString CandidateResult::photoMediaType() const
{
    return text(u"photoMediaType").trimmed();
}
CandidateResult::PhotoShape CandidateResult::photoShape() const
{
    return d->photoShape;
}

QByteArray CandidateResult::toJson(bool includePhoto) const
{
    QByteArray out;
    out.reserve(d->text.size() + 32 * d->names.size() +
                (includePhoto ? d->photoText().size() * 4 / 3 + 16 : 0));
    const QByteArray photoText = includePhoto ? photoBase64() : QByteArray();
    out.append('{');
    bool first = true;
    for (qsizetype i = 0; i < d->names.size(); ++i) {
        const QString &name = d->names.at(i);
        const bool isPhoto = name == u"photo";
        if (isPhoto && !includePhoto)
            continue;
        if (!first)
            out.append(',');
        first = false;
        appendJsonString(&out, name);
        out.append(':');
        if (isPhoto && d->photoShape == PhotoShape::String) {
            out.append('"').append(photoText).append('"');
        } else if (isPhoto && d->photoShape == PhotoShape::Object) {
            // The members other than the image, then the image as "data".
            const QJsonValue *rest = d->other(i);
            const QJsonObject object = rest ? rest->toObject() : QJsonObject();
            out.append('{');
            for (auto it = object.begin(); it != object.end(); ++it) {
                appendJsonString(&out, it.key());
                out.append(':');
                appendJsonValue(&out, it.value());
                out.append(',');
            }
            out.append("\"data\":\"").append(photoText).append("\"}");
        } else if (const QJsonValue *value = d->other(i)) {
            appendJsonValue(&out, *value);
        } else {
            appendJsonUtf8(&out, d->utf8At(i));
        }
    }
    out.append('}');
    return out;
}
