#pragma once

#include "SandboxConfig.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

// One generated result record: its fields as the service sends them, plus what matching needs.
struct SandboxRecord
{
    enum class PhotoShape
    {
        Object, // "photo": {"data": "<base64>"}
        String  // "photo": "<base64>"
    };

    QString trfNumber;
    QDateTime lastModified; // UTC, whole seconds
    // Every field in API order with its text, "lastModifiedDate" included. "photo" and
    // "photoMediaType" are not in the list: they go right before "status" when photos are asked
    // for.
    QList<std::pair<QString, QString>> fields;
    // The One Skill Retake fields (osrFlag, osrSkill, osrOriginalTrfNumber, osrTestDate); empty for
    // ordinary records. Sent after the other fields when OSRFlag=Y.
    QList<std::pair<QString, QString>> osrFields;
    int portrait = 0; // slot in SandboxPortraits
    PhotoShape photoShape = PhotoShape::Object;
    bool corruptPhoto = false;

    QString value(QStringView field) const;
    bool isOneSkillRetake() const { return !osrFields.isEmpty(); }
};

// The ground truth the sandbox serves: records generated deterministically from the data-set part
// of a SandboxConfig (records, seed, anchor, spanDays). The first records of the generation order
// are the special ones below, so they exist in every data set of at least specialCount records.
class SandboxDataSet final
{
public:
    // Records that break naive clients.
    enum class Special
    {
        Diacritics,         // "Ñúñez", with diacritics in the town and address too
        Icelandic,          // "Zoë Þórsdóttir"
        ChineseName,        // "王" / "小龙"
        ArabicName,         // "محمد"
        Apostrophe,         // "O'Brien"
        AddressPunctuation, // commas, double quotes and a newline in the address
        FormulaLike,        // values starting with =, +, - and @
        UnknownCountry,     // countryCode "ZZZ", not in the document's table
        CountryOther,       // countryCode "0"
        CountryUnk,         // countryCode "UNK"
        CountryXxx,         // countryCode "XXX"
        CountryXkx,         // countryCode "XKX"
        Withheld,           // status "WITHHELD"
        Cancelled,          // status "CANCELLED"
        CorruptPhoto,       // photo bytes that are not a decodable JPEG
        OneSkillRetake,     // has the OSR fields
        Count
    };
    static constexpr int specialCount = int(Special::Count);

    explicit SandboxDataSet(const SandboxConfig &config);

    int size() const { return int(m_records.size()); }
    // In generation order; the specials come first.
    const QList<SandboxRecord> &records() const { return m_records; }
    // Every record with start <= lastModified <= end, ordered by lastModified, then trfNumber.
    QList<SandboxRecord> recordsInRange(const QDateTime &start, const QDateTime &end) const;
    // The same, as positions in records(); what the server works with.
    QList<int> indexesInRange(const QDateTime &start, const QDateTime &end) const;
    // nullptr when no record has this number (exact, case-sensitive match).
    const SandboxRecord *find(const QString &trfNumber) const;
    int indexOf(const QString &trfNumber) const;
    const SandboxRecord &at(int index) const { return m_records.at(index); }

    QString trf(Special special) const;
    QString trfWithCorruptPhoto() const { return trf(Special::CorruptPhoto); }
    QString trfNotReleased() const { return trf(Special::Withheld); }
    QString trfUnknownCountry() const { return trf(Special::UnknownCountry); }

    // The bytes a record's photo decodes to: a JPEG from the portrait pool, or the corrupt bytes.
    QByteArray photoBytes(const SandboxRecord &record) const;
    // The base64 text the service sends for it.
    QByteArray photoBase64(const SandboxRecord &record) const;

    // Changes a record's last modification (both the typed value and its field) and keeps the
    // order. Returns false when no record has this number.
    bool setLastModified(const QString &trfNumber, const QDateTime &utc);

    QDateTime newest() const;
    QDateTime oldest() const;

    // A realistic applicant list drawn from these records, as admissions staff would import it:
    // UTF-8 CSV (byte order mark, CRLF) with sampleApplicantListHeaders(), about 40 rows. The same
    // data set always gives the same list, and it exercises every outcome of batch verification:
    // exact matches; names differing only in case, accents, spacing, hyphens or apostrophes, or
    // given and family names swapped; a claimed overall band above the real one and a wrong date
    // of birth (mismatches); a TRF number the service does not have; the withheld and cancelled
    // records (not released); a row without a TRF number, a malformed one and a repeated one; a
    // programme starting with "="; dates of birth as YYYY-MM-DD, DD/MM/YYYY and YYYYMMDD. Smaller
    // data sets give fewer rows.
    QByteArray sampleApplicantList() const;
    static QStringList sampleApplicantListHeaders();

private:
    void sortOrder();

    QList<SandboxRecord> m_records;
    QList<int> m_order; // indexes into m_records, by lastModified then trfNumber
    QHash<QString, int> m_byTrf;
    QByteArray m_corruptPhoto;
};
