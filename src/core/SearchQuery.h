#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

// What the user asks the API for: one TRF number or a UTC range of last modification, plus flags.
class SearchQuery final
{
public:
    enum class Kind
    {
        Trf,
        DateRange
    };
    static constexpr int maxPageSize = 2000;

    static SearchQuery forTrf(const QString &trfNumber);
    static SearchQuery forRange(const QDateTime &start, const QDateTime &end);

    Kind kind() const { return m_kind; }
    QString trfNumber() const { return m_trf; }
    QDateTime start() const { return m_start; }
    QDateTime end() const { return m_end; }

    bool includePhotos() const { return m_photos; }
    void setIncludePhotos(bool on) { m_photos = on; }
    bool includeOsr() const { return m_osr; }
    void setIncludeOsr(bool on) { m_osr = on; }
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = size; }

    struct Validation
    {
        QStringList errors;   // the query must not be sent
        QStringList warnings; // it may be sent, but the user should know
        bool isValid() const { return errors.isEmpty(); }
    };
    // Checks everything the API would refuse, with specific, translated messages. The TRF number is
    // normalised by forTrf(); `now` is injectable so tests do not depend on the clock.
    Validation validate(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // A short human-readable description ("TRF 17UZ010772RAKN025A", "modified 2024-01-01 ... UTC").
    QString describe() const;

    friend bool operator==(const SearchQuery &a, const SearchQuery &b) = default;

private:
    Kind m_kind = Kind::Trf;
    QString m_trf;
    QDateTime m_start;
    QDateTime m_end;
    bool m_photos = false;
    bool m_osr = false;
    int m_pageSize = maxPageSize;
};
