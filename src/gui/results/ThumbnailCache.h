#pragma once

#include <QByteArray>
#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>
#include <QSize>
#include <QThreadPool>

// Decodes candidate photos into thumbnails on worker threads, on demand, and keeps the most recent
// ones. Hostile images are refused before they are decoded: their declared size is checked and
// Qt's allocation limit applies, so a single photo cannot exhaust memory.
class ThumbnailCache final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThumbnailCache)

public:
    enum class State
    {
        Pending,
        Ready,
        Failed,
        None
    };

    explicit ThumbnailCache(QSize thumbnailSize, QObject *parent = nullptr);
    ~ThumbnailCache() override;

    QSize thumbnailSize() const { return m_size; }

    // The thumbnail for `key` if it is ready; otherwise starts decoding `photo` (once) and returns
    // a null image. `state` says which.
    QImage thumbnail(const QString &key, const QByteArray &photo, State *state = nullptr);
    void clear();

    // Decodes one image within the limits, scaled to fit `size` (a null size keeps it whole).
    // Safe on any thread. A null image means no image, a corrupt one or a refused one.
    static QImage decode(const QByteArray &photo, QSize size);

    // Largest declared width or height accepted, in pixels.
    static constexpr int maxImageSide = 6000;

Q_SIGNALS:
    void thumbnailReady(const QString &key);

private:
    void finished(quint64 generation, const QString &key, const QImage &image);

    QSize m_size;
    QCache<QString, QImage> m_images;
    QSet<QString> m_pending;
    QSet<QString> m_failed;
    QThreadPool m_pool;
    quint64 m_generation = 0;
};
