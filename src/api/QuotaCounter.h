#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>

// Counts requests to the result resource per client ID and UTC day, in a small JSON file that
// holds no secrets (client IDs are stored as hashes), so separate runs and processes share it.
class QuotaCounter final
{
public:
    static constexpr int defaultLimit = 10000;
    static constexpr int warningPercent = 80;

    // An empty path keeps the count in memory only.
    explicit QuotaCounter(const QString &filePath = defaultFilePath());
    // ielts-result-verifier/quota.json in the user's data location, shared by GUI and CLI.
    static QString defaultFilePath();

    QString filePath() const { return m_path; }
    int limit() const { return m_limit; }
    void setLimit(int limit) { m_limit = limit; }

    int used(const QString &clientId, const QDateTime &nowUtc = now()) const;
    int remaining(const QString &clientId, const QDateTime &nowUtc = now()) const;
    bool isAtWarningLevel(const QString &clientId, const QDateTime &nowUtc = now()) const;
    // Counts requests and persists the count; returns the new total for today.
    int add(const QString &clientId, int requests = 1, const QDateTime &nowUtc = now());
    // The server said the quota is used up: count today as full.
    void markExhausted(const QString &clientId, const QDateTime &nowUtc = now());

    static QDateTime now() { return QDateTime::currentDateTimeUtc(); }

private:
    static QString clientKey(const QString &clientId);
    int read(const QString &key, const QDate &day) const;
    int write(const QString &key, const QDate &day, int delta, bool toLimit);

    QString m_path;
    int m_limit = defaultLimit;
    // In-memory fallback, also used when the file cannot be written.
    QDate m_memoryDay;
    QHash<QString, int> m_memory;
};
