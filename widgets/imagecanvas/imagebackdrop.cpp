// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "imagebackdrop.h"

#include "imagecache.h"
#include "items/picturepool.h"
#include "prelabel/imagedecoder.h"
#include "prelabel/tilecache.h"

#include <QPainter>
#include <QPointer>
#include <QThreadPool>

namespace Tessera {

namespace {

// Images from this many pixels on get a tile pass: region decodes of them are too slow.
constexpr qint64 tilePixels = 64LL * 1000 * 1000;

// One thread for tile passes, so that thumbnails and prefetching keep the other core.
QThreadPool &tilePool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}

} // namespace

ImageBackdrop::ImageBackdrop(QObject *parent)
    : QObject(parent)
    , m_cache(new ImageCache(this))
{
    connect(m_cache, &ImageCache::loaded, this, &ImageBackdrop::cacheLoaded);
    connect(m_cache, &ImageCache::partial, this, &ImageBackdrop::cachePartial);
    connect(m_cache, &ImageCache::failed, this, [this](const QString &path, const QString &error) {
        if (path != m_path)
            return;
        m_error = error;
        emit failed(error);
    });
}

ImageBackdrop::~ImageBackdrop()
{
    stopTiles();
}

double ImageBackdrop::readShare() const
{
    if (m_image.isNull())
        return 0;
    return m_rowsRead > 0 ? double(m_rowsRead) / m_image.height() : 1.0;
}

bool ImageBackdrop::tilesReady() const
{
    return m_tiles && m_tiles->isReady();
}

void ImageBackdrop::setImage(const QString &path, const QSize &fullSize)
{
    m_path = path;
    m_fullSize = fullSize;
    m_error.clear();
    m_image = m_scaledImage = m_detail = QImage();
    m_detailRect = m_pendingRect = QRect();
    m_detailFactor = m_pendingFactor = 0;
    m_rowsRead = 0;
    m_regions = false;
    m_orientation = 0;
    ++m_generation;
    stopTiles();
    m_cache->cancelPassesExcept(path);
    if (!path.isEmpty() && m_cache->request(path, m_fullSize))
        cacheLoaded(path);
}

void ImageBackdrop::prefetch(const QList<QPair<QString, QSize>> &images)
{
    for (const auto &[path, size] : images)
        m_cache->prefetch(path, size);
}

void ImageBackdrop::cacheLoaded(const QString &path)
{
    if (path != m_path)
        return;
    const std::optional<ImageCache::Entry> entry = m_cache->request(path, m_fullSize);
    if (!entry)
        return;
    m_image = entry->image;
    m_rowsRead = 0;
    m_decodeScale = entry->scale;
    m_regions = entry->regions;
    m_orientation = entry->orientation;
    m_scaledImage = QImage();
    if (!m_fullSize.isValid() || m_fullSize.isEmpty())
        m_fullSize = QSize(qRound(m_image.width() / m_decodeScale),
                           qRound(m_image.height() / m_decodeScale));
    if (entry->tiles) {
        stopTiles();
        m_tiles = entry->tiles;
    } else {
        startTiles();
    }
    if (!entry->warning.isEmpty())
        emit warning(entry->warning);
    emit loaded();
}

void ImageBackdrop::cachePartial(const QString &path, const QImage &overview, double scale,
                                 int rowsRead)
{
    if (path != m_path || overview.isNull() || rowsRead <= 0
        || (!m_image.isNull() && m_rowsRead == 0))
        return; // another image, or this one is whole already
    const bool first = m_image.isNull();
    m_image = overview;
    m_rowsRead = rowsRead;
    m_decodeScale = scale;
    m_scaledImage = QImage();
    if (!m_fullSize.isValid() || m_fullSize.isEmpty())
        m_fullSize = QSize(qRound(m_image.width() / scale), qRound(m_image.height() / scale));
    if (first)
        emit loaded();
    else
        emit detailChanged();
}

void ImageBackdrop::stopTiles()
{
    if (m_tilesCancel)
        *m_tilesCancel = true;
    m_tiles.reset();
    m_tilesCancel.reset();
}

void ImageBackdrop::startTiles()
{
    stopTiles();
    if (!m_regions || qint64(m_fullSize.width()) * m_fullSize.height() < tilePixels)
        return;
    m_tiles = std::make_shared<TileCache>(m_path);
    m_tilesCancel = std::make_shared<std::atomic_bool>(false);
    auto tiles = m_tiles;
    auto cancel = m_tilesCancel;
    QPointer<ImageBackdrop> self(this);
    tilePool().start([self, tiles, cancel]() {
        if (!tiles->build(*cancel))
            return;
        QMetaObject::invokeMethod(
                self.data(),
                [self, tiles]() {
                    // What is on screen is upgraded as soon as the tiles exist.
                    if (self && self->m_tiles == tiles) {
                        self->m_detailFactor = 0;
                        self->m_detail = QImage();
                        emit self->tilesMade();
                    }
                },
                Qt::QueuedConnection);
    });
}

void ImageBackdrop::requestDetail(const QRectF &visibleArea, double zoom)
{
    if (m_rowsRead > 0)
        return; // detail comes from the tiles of the pass still reading the file
    if (!m_regions || m_image.isNull() || zoom * 1.0001 <= m_decodeScale)
        return; // the overview has enough pixels for this zoom
    // Decode at the coarsest JPEG scale that still gives a pixel per screen pixel.
    int factor = 1;
    while (factor < 8 && 1.0 / (factor * 2) >= zoom)
        factor *= 2;
    if (1.0 / factor <= m_decodeScale)
        return;
    const QRect full(QPoint(0, 0), m_fullSize);
    const QRectF visible = visibleArea.intersected(QRectF(full));
    if (visible.isEmpty())
        return;
    const QRect visibleRect = visible.toAlignedRect();
    if (!m_detail.isNull() && m_detailFactor == factor && m_detailRect.contains(visibleRect))
        return;
    if (m_pendingFactor == factor && m_pendingRect.contains(visibleRect))
        return;
    // A quarter of the view around it, so that small pans need no new decode.
    const QRect wanted = visible.adjusted(-visible.width() / 4, -visible.height() / 4,
                                          visible.width() / 4, visible.height() / 4)
                                 .toAlignedRect()
                                 .intersected(full);
    m_pendingRect = wanted;
    m_pendingFactor = factor;
    const quint64 generation = m_generation;
    const QString path = m_path;
    const std::shared_ptr<TileCache> tiles = m_tiles;
    const auto orientation = QImageIOHandler::Transformations(m_orientation);
    const QSize shownSize = m_fullSize;
    QPointer<ImageBackdrop> self(this);
    viewPool()->start([self, path, wanted, factor, generation, tiles, orientation, shownSize]() {
        QString error;
        // Files keep their pixels unturned; EXIF says how they are shown.
        const QRect stored = ImageDecoder::storedRect(wanted, shownSize, orientation);
        // Tiles answer in milliseconds once made; until then the region is decoded
        // directly.
        QImage detail;
        if (tiles && tiles->isReady()) {
            detail = tiles->region(stored);
            if (factor > 1)
                detail = detail.scaled(detail.size() / factor, Qt::IgnoreAspectRatio,
                                       Qt::SmoothTransformation);
        } else {
            detail = ImageDecoder::decodeRegion(path, stored, factor, &error);
        }
        if (orientation != QImageIOHandler::TransformationNone && !detail.isNull())
            detail = ImageDecoder::toShown(detail, orientation);
        QMetaObject::invokeMethod(
                self.data(),
                [self, detail, wanted, factor, generation]() {
                    if (!self || self->m_generation != generation)
                        return; // another image is shown by now
                    if (self->m_pendingRect == wanted && self->m_pendingFactor == factor) {
                        self->m_pendingRect = QRect();
                        self->m_pendingFactor = 0;
                    }
                    if (detail.isNull())
                        return;
                    self->m_detail = detail;
                    self->m_detailRect = wanted;
                    self->m_detailFactor = factor;
                    emit self->detailChanged();
                },
                Qt::QueuedConnection);
    });
}

void ImageBackdrop::paint(QPainter &painter, const QTransform &imageToWidget, double zoom,
                          const QRectF &visibleArea, bool interacting)
{
    const QRectF target = imageToWidget.mapRect(QRectF(QPointF(0, 0), QSizeF(m_fullSize)));
    if (m_rowsRead > 0) {
        // Streaming in: the rows read so far, smoothly scaled each time (a few a second).
        const QRect source(0, 0, m_image.width(), m_rowsRead);
        const QRectF shownPart(QPointF(0, 0),
                               QSizeF(m_fullSize.width(), m_rowsRead / m_decodeScale));
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform, !interacting);
        painter.drawImage(imageToWidget.mapRect(shownPart), m_image, source);
        // The rest of the image's extent, faintly, so that its size is clear from the start.
        const QRectF rest(shownPart.bottomLeft(),
                          QSizeF(m_fullSize.width(), m_fullSize.height() - shownPart.height()));
        painter.fillRect(imageToWidget.mapRect(rest), QColor(255, 255, 255, 24));
        painter.restore();
        return;
    }
    const double shown = zoom / m_decodeScale; // displayed pixels per decoded pixel
    if (shown < 1.0) {
        // Shrinking: a smoothly scaled copy made once per zoom level, fast scaling meanwhile.
        if (m_scaledZoom != zoom && !interacting) {
            m_scaledImage = m_image.scaled(target.size().toSize().expandedTo(QSize(1, 1)),
                                           Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            m_scaledZoom = zoom;
        }
        if (m_scaledZoom == zoom && !m_scaledImage.isNull())
            painter.drawImage(target.topLeft(), m_scaledImage);
        else
            painter.drawImage(target, m_image);
    } else {
        // Enlarging: only the visible part of the image is drawn, with nearest-neighbour pixels.
        const QRectF visible = visibleArea.intersected(QRectF(QPointF(0, 0), QSizeF(m_fullSize)));
        if (!visible.isEmpty()) {
            const QRectF source(visible.topLeft() * m_decodeScale, visible.size() * m_decodeScale);
            const QRectF aligned = source.toAlignedRect();
            const QRectF alignedImage(aligned.topLeft() / m_decodeScale,
                                      aligned.size() / m_decodeScale);
            painter.drawImage(imageToWidget.mapRect(alignedImage), m_image, aligned);
        }
    }
    if (!m_detail.isNull()) {
        // Full-resolution detail over the overview, where it has been decoded.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, zoom * m_detailFactor < 1.0);
        painter.drawImage(imageToWidget.mapRect(QRectF(m_detailRect)), m_detail);
    }
}

} // namespace Tessera
