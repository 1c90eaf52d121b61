#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct ZipMemorySource;

// Reads entries of a ZIP archive held in memory (an XLSX workbook) through minizip, inflating at
// most a fixed budget in total so that a small hostile file cannot exhaust memory.
class ZipArchive final
{
public:
    enum class Status
    {
        Ok,
        Missing,
        Damaged,
        TooLarge
    };

    struct Entry
    {
        Status status = Status::Missing;
        QByteArray data;
    };

    // `bytes` must outlive the archive.
    ZipArchive(const QByteArray &bytes, qint64 inflateBudget);
    ~ZipArchive();
    Q_DISABLE_COPY_MOVE(ZipArchive)

    bool isOpen() const;
    bool contains(const QString &name);
    // Names compare without regard to case, as the package format says.
    Entry read(const QString &name);

private:
    std::unique_ptr<ZipMemorySource> m_source;
    void *m_zip = nullptr;
    qint64 m_budget;
};
