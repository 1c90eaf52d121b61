#include "ZipArchive.h"

#include <unzip.h>

#include <cstring>

// minizip reads through callbacks; these serve it the bytes already in memory.
struct ZipMemorySource
{
    const QByteArray *bytes = nullptr;
    qint64 position = 0;
};

namespace {

ZipMemorySource *source(voidpf stream)
{
    return static_cast<ZipMemorySource *>(stream);
}

voidpf openSource(voidpf opaque, const void *, int)
{
    return opaque;
}

uLong readSource(voidpf, voidpf stream, void *buffer, uLong size)
{
    ZipMemorySource *s = source(stream);
    const qint64 available = std::max<qint64>(0, s->bytes->size() - s->position);
    const qint64 count = std::min<qint64>(available, static_cast<qint64>(size));
    if (count > 0)
        std::memcpy(buffer, s->bytes->constData() + s->position, static_cast<size_t>(count));
    s->position += count;
    return static_cast<uLong>(count);
}

uLong writeSource(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T tellSource(voidpf, voidpf stream)
{
    return static_cast<ZPOS64_T>(source(stream)->position);
}

long seekSource(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    ZipMemorySource *s = source(stream);
    qint64 base = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET:
        base = 0;
        break;
    case ZLIB_FILEFUNC_SEEK_CUR:
        base = s->position;
        break;
    case ZLIB_FILEFUNC_SEEK_END:
        base = s->bytes->size();
        break;
    default:
        return -1;
    }
    if (offset > static_cast<ZPOS64_T>(s->bytes->size()))
        return -1;
    const qint64 target = base + static_cast<qint64>(offset);
    if (target < 0 || target > s->bytes->size())
        return -1;
    s->position = target;
    return 0;
}

int closeSource(voidpf, voidpf)
{
    return 0;
}

int errorSource(voidpf, voidpf)
{
    return 0;
}

} // namespace

ZipArchive::ZipArchive(const QByteArray &bytes, qint64 inflateBudget)
    : m_source(std::make_unique<ZipMemorySource>())
    , m_budget(inflateBudget)
{
    m_source->bytes = &bytes;
    zlib_filefunc64_def functions{};
    functions.zopen64_file = openSource;
    functions.zread_file = readSource;
    functions.zwrite_file = writeSource;
    functions.ztell64_file = tellSource;
    functions.zseek64_file = seekSource;
    functions.zclose_file = closeSource;
    functions.zerror_file = errorSource;
    functions.opaque = m_source.get();
    // The "path" is never looked at by these callbacks, but minizip wants one that is not null.
    m_zip = unzOpen2_64("memory", &functions);
}

ZipArchive::~ZipArchive()
{
    if (m_zip)
        unzClose(m_zip);
}

bool ZipArchive::isOpen() const
{
    return m_zip != nullptr;
}

bool ZipArchive::contains(const QString &name)
{
    constexpr int caseInsensitive = 2;
    return m_zip && unzLocateFile(m_zip, name.toUtf8().constData(), caseInsensitive) == UNZ_OK;
}

ZipArchive::Entry ZipArchive::read(const QString &name)
{
    Entry entry;
    if (!contains(name))
        return entry;
    if (unzOpenCurrentFile(m_zip) != UNZ_OK) {
        entry.status = Status::Damaged;
        return entry;
    }
    // The sizes in the archive's directory may lie, so count what actually comes out.
    char buffer[64 * 1024];
    while (true) {
        const int count = unzReadCurrentFile(m_zip, buffer, sizeof buffer);
        if (count < 0) {
            unzCloseCurrentFile(m_zip);
            entry.status = Status::Damaged;
            entry.data.clear();
            return entry;
        }
        if (count == 0)
            break;
        if (count > m_budget) {
            unzCloseCurrentFile(m_zip);
            entry.status = Status::TooLarge;
            entry.data.clear();
            return entry;
        }
        m_budget -= count;
        entry.data.append(buffer, count);
    }
    // Reports a CRC mismatch now that the whole entry has been read.
    if (unzCloseCurrentFile(m_zip) != UNZ_OK) {
        entry.status = Status::Damaged;
        entry.data.clear();
        return entry;
    }
    entry.status = Status::Ok;
    return entry;
}
