#include "ThumbnailCache.h"

#include <QBuffer>
#include <QImageReader>
#include <QtConcurrent>

namespace {
// Qt refuses to allocate more than this for one decoded image (megabytes).
constexpr int allocationLimitMb = 64;
// Thumbnails kept in memory, counted in images.
constexpr int cachedThumbnails = 1500;
} // namespace

ThumbnailCache::ThumbnailCache(QSize thumbnailSize, QObject *parent)
    : QObject(parent)
    , m_size(thumbnailSize)
    , m_images(cachedThumbnails)
{
    m_pool.setMaxThreadCount(qBound(1, QThread::idealThreadCount() - 1, 4));
    QImageReader::setAllocationLimit(allocationLimitMb);
}

ThumbnailCache::~ThumbnailCache()
{
    ++m_generation;
    m_pool.clear();
    m_pool.waitForDone();
}

QImage ThumbnailCache::decode(const QByteArray &photo, QSize size)
{
    if (photo.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(photo);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize declared = reader.size();
    if (!declared.isValid() || declared.width() > maxImageSide || declared.height() > maxImageSide)
        return {};
    if (size.isValid())
        reader.setScaledSize(declared.scaled(size, Qt::KeepAspectRatio));
    QImage image;
    if (!reader.read(&image))
        return {};
    return image;
}

QImage ThumbnailCache::thumbnail(const QString &key, const QByteArray &photo, State *state)
{
    auto setState = [state](State s) {
        if (state)
            *state = s;
    };
    if (photo.isEmpty()) {
        setState(State::None);
        return {};
    }
    if (const QImage *cached = m_images.object(key)) {
        setState(State::Ready);
        return *cached;
    }
    if (m_failed.contains(key)) {
        setState(State::Failed);
        return {};
    }
    setState(State::Pending);
    if (m_pending.contains(key))
        return {};
    m_pending.insert(key);
    const quint64 generation = m_generation;
    const QSize size = m_size;
    // The photo bytes are implicitly shared: the worker reads them without copying. The
    // destructor waits for the pool, and the queued call dies with this object.
    (void)QtConcurrent::run(&m_pool, [this, generation, key, photo, size] {
        const QImage image = decode(photo, size);
        QMetaObject::invokeMethod(
            this, [this, generation, key, image] { finished(generation, key, image); },
            Qt::QueuedConnection);
    });
    return {};
}

void ThumbnailCache::finished(quint64 generation, const QString &key, const QImage &image)
{
    if (generation != m_generation)
        return;
    m_pending.remove(key);
    if (image.isNull())
        m_failed.insert(key);
    else
        m_images.insert(key, new QImage(image));
    Q_EMIT thumbnailReady(key);
}

void ThumbnailCache::clear()
{
    ++m_generation;
    m_pool.clear();
    m_images.clear();
    m_pending.clear();
    m_failed.clear();
}
