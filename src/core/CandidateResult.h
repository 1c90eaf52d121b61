#pragma once

#include "BandScore.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QList>
#include <QSharedDataPointer>
#include <QString>
#include <QStringList>

#include <memory>

class CandidateResultData;

// One result record as the API sent it: every field in its original order, known or not, with
// typed accessors for what the application uses. Photos are held as decoded image bytes, so a
// page of records costs little more than the images themselves; output that only writes the
// photo's text again may keep the text instead (see setPhotoText()).
class CandidateResult final
{
public:
    struct Field
    {
        QString name;
        QJsonValue value; // for "photo": the value without its image data (see photo())
    };
    enum class PhotoShape
    {
        None,
        Object,
        String
    };

    CandidateResult();
    // Builds a record from fields in API order. A "photo" field may be a base64 string or an object
    // with a base64 "data" member; both are decoded into photo().
    static CandidateResult fromFields(QList<Field> fields);
    // For parsers that have already separated the image from its text: "photo" in `fields` holds
    // the value without its data, `photo` the decoded bytes.
    static CandidateResult fromParts(QList<Field> fields, QByteArray photo, PhotoShape shape);

    // Assembles a record field by field without building a QJsonValue for every string, for
    // parsers of large pages.
    class Builder final
    {
    public:
        Builder();
        ~Builder();
        void addText(const QString &name, QByteArrayView utf8);
        void addValue(const QString &name, const QJsonValue &value);
        void setPhoto(QByteArray photo, PhotoShape shape);
        // The photo as the base64 text the service sent; photo() decodes it on each call.
        void setPhotoText(QByteArray base64, PhotoShape shape);
        // The same, as a view into `source` (a response body), which the record keeps alive:
        // a page's photos then cost no more than the page itself.
        void setPhotoText(std::shared_ptr<const QByteArray> source, QByteArrayView base64,
                          PhotoShape shape);
        // `sharedNames` lets consecutive records with the same fields share one list of names.
        CandidateResult build(QStringList *sharedNames = nullptr);

    private:
        QExplicitlySharedDataPointer<CandidateResultData> d;
    };
    CandidateResult(const CandidateResult &);
    CandidateResult &operator=(const CandidateResult &);
    CandidateResult(CandidateResult &&) noexcept;
    CandidateResult &operator=(CandidateResult &&) noexcept;
    ~CandidateResult();

    // Every field in API order. Built on request from the compact form the record is kept in.
    QList<Field> fields() const;
    QStringList fieldNames() const;
    bool has(QStringView name) const;
    // The text of a field (numbers and booleans as text, null or absent as empty).
    QString text(QStringView name) const;

    QString trfNumber() const;
    QString familyName() const;
    QString firstName() const;
    QDate dateOfBirth() const;
    QDate testDate() const;
    QString module() const;
    QString centreNumber() const;
    QString candidateNumber() const;
    BandScore listening() const;
    BandScore reading() const;
    BandScore writing() const;
    BandScore speaking() const;
    BandScore overall() const;
    QString countryCode() const;
    QString status() const;
    bool isReleased() const;
    QDateTime lastModified() const; // UTC; invalid when absent or malformed

    QByteArray photo() const; // decoded image bytes, empty when none was sent
    bool hasPhoto() const;
    QByteArray photoBase64() const; // the photo as base64 text, as sent when it was kept so
    QString photoMediaType() const; // as sent ("JPEG"); empty when none
    PhotoShape photoShape() const;

    // The record as JSON text, fields in API order, the photo re-encoded in the shape it came in
    // (or left out when includePhoto is false).
    QByteArray toJson(bool includePhoto = true) const;

private:
    QSharedDataPointer<CandidateResultData> d;
};
