#include "QuotaCounter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

namespace {
QJsonObject load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}
} // namespace

QuotaCounter::QuotaCounter(const QString &filePath)
    : m_path(filePath)
{}

QString QuotaCounter::defaultFilePath()
{
    // A fixed folder rather than AppDataLocation: the GUI and the CLI have different application
    // names but spend the same daily quota, so they must share one count.
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return dir.isEmpty() ? QString() : dir + QStringLiteral("/ielts-result-verifier/quota.json");
}

QString QuotaCounter::clientKey(const QString &clientId)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(clientId.toUtf8(), QCryptographicHash::Sha256).toHex().left(32));
}

int QuotaCounter::read(const QString &key, const QDate &day) const
{
    int count = m_memoryDay == day ? m_memory.value(key) : 0;
    if (!m_path.isEmpty()) {
        const QJsonObject root = load(m_path);
        if (root.value(QStringLiteral("day")).toString() == day.toString(Qt::ISODate))
            count = std::max(count,
                             root.value(QStringLiteral("clients")).toObject().value(key).toInt());
    }
    return count;
}

int QuotaCounter::write(const QString &key, const QDate &day, int delta, bool toLimit)
{
    // Re-read before writing so that another process's requests are not lost.
    const int total = toLimit ? std::max(read(key, day), m_limit) : read(key, day) + delta;
    if (m_memoryDay != day) {
        m_memory.clear();
        m_memoryDay = day;
    }
    m_memory.insert(key, total);
    if (m_path.isEmpty())
        return total;

    QJsonObject root = load(m_path);
    QJsonObject clients;
    if (root.value(QStringLiteral("day")).toString() == day.toString(Qt::ISODate))
        clients = root.value(QStringLiteral("clients")).toObject();
    clients.insert(key, total);
    root = QJsonObject{{QStringLiteral("version"), 1},
                       {QStringLiteral("day"), day.toString(Qt::ISODate)},
                       {QStringLiteral("limit"), m_limit},
                       {QStringLiteral("clients"), clients}};
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
        file.commit();
    }
    return total;
}

int QuotaCounter::used(const QString &clientId, const QDateTime &nowUtc) const
{
    return read(clientKey(clientId), nowUtc.toUTC().date());
}

int QuotaCounter::remaining(const QString &clientId, const QDateTime &nowUtc) const
{
    return std::max(0, m_limit - used(clientId, nowUtc));
}

bool QuotaCounter::isAtWarningLevel(const QString &clientId, const QDateTime &nowUtc) const
{
    return qint64(used(clientId, nowUtc)) * 100 >= qint64(m_limit) * warningPercent;
}

int QuotaCounter::add(const QString &clientId, int requests, const QDateTime &nowUtc)
{
    return write(clientKey(clientId), nowUtc.toUTC().date(), requests, false);
}

void QuotaCounter::markExhausted(const QString &clientId, const QDateTime &nowUtc)
{
    write(clientKey(clientId), nowUtc.toUTC().date(), 0, true);
}
