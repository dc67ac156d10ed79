// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "imagecanvas.h"

#include "core/shapegeometry.h"
#include "document/assetdocument.h"
#include "imagecache.h"
#include "prelabel/imagedecoder.h"
#include "prelabel/tilecache.h"
#include "shapepainter.h"
#include "tools/drawtools.h"
#include "tools/selecttool.h"

#include <QElapsedTimer>
#include <QKeyEvent>
#include <QPainter>
#include <QPointer>
#include <QThreadPool>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {

constexpr double minZoom = 1.0 / 64;
constexpr double maxZoom = 64.0;
constexpr double zoomStep = 1.25;
constexpr double pickPixels = 6.0;
// Above this many shapes in view the layer is drawn without antialiasing.
constexpr int fastDetailThreshold = 1500;
// Above this many changed shapes a whole-layer redraw is cheaper than region updates.
constexpr int regionUpdateLimit = 300;

// Images from this many pixels on get a tile pass: region decodes of them are too slow.
constexpr qint64 tilePixels = 64LL * 1000 * 1000;

// One thread for tile passes, so that thumbnails and prefetching keep the other core.
QThreadPool &tilePool()
{
    static QThreadPool pool;
    pool.setMaxThreadCount(1);
    return pool;
}

// Shared by every canvas of the process, so that shapes can be pasted onto the next asset.
QList<Annotation> &clipboard()
{
    static QList<Annotation> shapes;
    return shapes;
}

qint64 maxId(const QList<Annotation> &annotations)
{
    qint64 id = 0;
    for (const Annotation &a : annotations)
        id = std::max(id, a.id);
    return id;
}

} // namespace

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
    , m_cache(new ImageCache(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    connect(m_cache, &ImageCache::loaded, this, &ImageCanvas::imageLoaded);
    connect(m_cache, &ImageCache::failed, this, [this](const QString &path, const QString &error) {
        if (path != m_path)
            return;
        m_error = error;
        update();
        emit loadFailed(error);
    });
    m_settle.setSingleShot(true);
    m_settle.setInterval(150);
    connect(&m_settle, &QTimer::timeout, this, [this]() {
        m_interacting = false;
        update();
    });
    // Detail is asked for sooner than the layer is redrawn: it comes from another thread and
    // costs the GUI nothing while it is made.
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(60);
    connect(&m_detailTimer, &QTimer::timeout, this, &ImageCanvas::requestDetail);
    setTool(Tool::Select);
}

ImageCanvas::~ImageCanvas()
{
    stopTiles();
}

bool ImageCanvas::tilesReady() const
{
    return m_tiles && m_tiles->isReady();
}

void ImageCanvas::stopTiles()
{
    if (m_tilesCancel)
        *m_tilesCancel = true;
    m_tiles.reset();
    m_tilesCancel.reset();
}

void ImageCanvas::startTiles()
{
    stopTiles();
    if (!m_regions || qint64(m_fullSize.width()) * m_fullSize.height() < tilePixels)
        return;
    m_tiles = std::make_shared<TileCache>(m_path);
    m_tilesCancel = std::make_shared<std::atomic_bool>(false);
    auto tiles = m_tiles;
    auto cancel = m_tilesCancel;
    QPointer<ImageCanvas> self(this);
    tilePool().start([self, tiles, cancel]() {
        if (!tiles->build(*cancel))
            return;
        QMetaObject::invokeMethod(
                self.data(),
                [self, tiles]() {
                    // Upgrade what is on screen as soon as the tiles exist.
                    if (self && self->m_tiles == tiles) {
                        self->m_detailFactor = 0;
                        self->m_detail = QImage();
                        self->requestDetail();
                    }
                },
                Qt::QueuedConnection);
    });
}

AssetDocument *ImageCanvas::document() const
{
    return m_document;
}
qint64 ImageCanvas::assetId() const
{
    return m_document ? m_document->assetId() : 0;
}

void ImageCanvas::setDocument(AssetDocument *document, const QString &imagePath)
{
    if (m_tool)
        m_tool->cancel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_path = imagePath;
    m_error.clear();
    m_shownSignalled = false;
    m_live.clear();
    m_liveIds.clear();
    m_hidden.clear();
    m_fullSize = document ? QSize(document->asset().width, document->asset().height) : QSize();
    if (document)
        connect(document, &AssetDocument::annotationsChanged, this,
                &ImageCanvas::annotationsChanged);
    m_image = QImage();
    m_scaledImage = QImage();
    m_detail = QImage();
    m_detailRect = m_pendingRect = QRect();
    m_detailFactor = m_pendingFactor = 0;
    m_regions = false;
    ++m_generation;
    stopTiles();
    rebuildIndex();
    invalidateLayer();
    if (!m_selection.isEmpty()) {
        m_selection.clear();
        emit selectionChanged(m_selection);
    }
    if (m_cache->request(imagePath, m_fullSize))
        imageLoaded(imagePath);
    update();
}

void ImageCanvas::setLabels(const QList<Label> &labels)
{
    m_labels = labels;
    m_labelIndex.clear();
    for (int i = 0; i < labels.size(); ++i)
        m_labelIndex.insert(labels[i].id, i);
    if (m_currentLabel && !m_labelIndex.contains(m_currentLabel))
        m_currentLabel = 0;
    invalidateLayer();
    update();
}

void ImageCanvas::prefetch(const QList<QPair<QString, QSize>> &images)
{
    for (const auto &[path, size] : images)
        m_cache->prefetch(path, size);
}

void ImageCanvas::clear()
{
    setDocument(nullptr, QString());
}

void ImageCanvas::setTool(Tool tool)
{
    if (m_tool)
        m_tool->cancel();
    m_toolKind = tool;
    switch (tool) {
    case Tool::Select:
        m_tool = std::make_unique<SelectTool>(this);
        break;
    case Tool::Box:
        m_tool = std::make_unique<BoxTool>(this, AnnotationKind::Box);
        break;
    case Tool::Ellipse:
        m_tool = std::make_unique<BoxTool>(this, AnnotationKind::Ellipse);
        break;
    case Tool::Polygon:
        m_tool = std::make_unique<PolyTool>(this, AnnotationKind::Polygon);
        break;
    case Tool::Polyline:
        m_tool = std::make_unique<PolyTool>(this, AnnotationKind::Polyline);
        break;
    case Tool::Point:
        m_tool = std::make_unique<PointTool>(this);
        break;
    case Tool::Keypoints:
        m_tool = std::make_unique<KeypointTool>(this);
        break;
    case Tool::Mask:
        m_tool = std::make_unique<MaskTool>(this);
        break;
    }
    m_tool->activate();
    setCursor(tool == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
    update();
    emit toolChanged(tool);
}

void ImageCanvas::setCurrentLabel(qint64 labelId)
{
    m_currentLabel = labelId;
}

void ImageCanvas::setSelection(const QList<qint64> &ids)
{
    if (ids == m_selection)
        return;
    m_selection = ids;
    update();
    emit selectionChanged(m_selection);
}

QList<Annotation> ImageCanvas::selectedAnnotations() const
{
    QList<Annotation> result;
    for (qint64 id : m_selection) {
        if (const std::optional<Annotation> a = annotation(id))
            result.append(*a);
    }
    return result;
}

std::optional<Annotation> ImageCanvas::annotation(qint64 id) const
{
    const auto it = m_position.constFind(id);
    if (!m_document || it == m_position.cend())
        return std::nullopt;
    return m_document->annotations().at(*it);
}

bool ImageCanvas::isLocked(const Annotation &a) const
{
    return a.data.value(QStringLiteral("locked")).toBool();
}

bool ImageCanvas::isVisible(const Annotation &a) const
{
    return !m_hidden.contains(a.id) && !m_hiddenLabels.contains(a.labelId);
}

void ImageCanvas::setShapeHidden(const QList<qint64> &ids, bool hidden)
{
    for (qint64 id : ids) {
        if (hidden)
            m_hidden.insert(id);
        else
            m_hidden.remove(id);
    }
    invalidateLayer();
    update();
}

void ImageCanvas::setLabelHidden(qint64 labelId, bool hidden)
{
    if (hidden)
        m_hiddenLabels.insert(labelId);
    else
        m_hiddenLabels.remove(labelId);
    invalidateLayer();
    update();
}

void ImageCanvas::setCrosshair(bool on)
{
    m_crosshair = on;
    update();
}

QColor ImageCanvas::colorOf(qint64 labelId) const
{
    const auto it = m_labelIndex.constFind(labelId);
    return it == m_labelIndex.cend() ? QColor(255, 214, 0) : m_labels[*it].color;
}

const Skeleton *ImageCanvas::skeletonOf(qint64 labelId) const
{
    const auto it = m_labelIndex.constFind(labelId);
    return it == m_labelIndex.cend() ? nullptr : &m_labels[*it].skeleton;
}

QString ImageCanvas::labelName(qint64 labelId) const
{
    const auto it = m_labelIndex.constFind(labelId);
    return it == m_labelIndex.cend() ? QString() : m_labels[*it].name;
}

// ---- Shapes, index and layer -------------------------------------------------------------------

void ImageCanvas::rebuildIndex()
{
    m_index.reset(m_fullSize.isEmpty() ? QSizeF(1, 1) : QSizeF(m_fullSize));
    m_position.clear();
    m_snapshot.clear();
    if (!m_document)
        return;
    const QList<Annotation> &all = m_document->annotations();
    m_snapshot = all;
    m_position.reserve(all.size());
    for (int i = 0; i < all.size(); ++i) {
        m_position.insert(all[i].id, i);
        if (ShapeGeometry::isShape(all[i].kind))
            m_index.insert(all[i].id, ShapeGeometry::boundingRect(all[i]));
    }
}

void ImageCanvas::annotationsChanged()
{
    // Find what changed against the previous list, so that only the touched region of the layer
    // is redrawn: one edit among 10,000 shapes must not cost a full redraw. The copy of the list
    // is cheap (implicitly shared) and equal point lists compare by pointer.
    const QList<Annotation> previous = m_snapshot;
    const QHash<qint64, int> previousPosition = m_position;
    const QHash<qint64, QRectF> previousBounds = [&]() {
        QHash<qint64, QRectF> b;
        for (auto it = previousPosition.cbegin(); it != previousPosition.cend(); ++it)
            b.insert(it.key(), m_index.bounds(it.key()));
        return b;
    }();
    rebuildIndex();
    QRectF dirty;
    int changed = 0;
    const QList<Annotation> &all = m_document->annotations();
    for (const Annotation &a : all) {
        const auto was = previousPosition.constFind(a.id);
        if (was != previousPosition.cend() && previous[*was] == a)
            continue;
        ++changed;
        dirty |= m_index.bounds(a.id);
        if (was != previousPosition.cend())
            dirty |= previousBounds.value(a.id);
    }
    for (auto it = previousPosition.cbegin(); it != previousPosition.cend(); ++it) {
        if (!m_position.contains(it.key())) {
            ++changed;
            dirty |= previousBounds.value(it.key());
        }
    }
    QList<qint64> kept;
    for (qint64 id : std::as_const(m_selection))
        if (m_position.contains(id))
            kept.append(id);
    if (kept != m_selection) {
        m_selection = kept;
        emit selectionChanged(m_selection);
    }
    if (changed > regionUpdateLimit || !m_layerValid || m_layerZoom != m_zoom) {
        invalidateLayer();
    } else if (!dirty.isEmpty()) {
        // Redraw the dirty region of the layer in place.
        QTransform toLayer;
        toLayer.translate(m_layerOffset.x() - m_layerOrigin.x(),
                          m_layerOffset.y() - m_layerOrigin.y());
        toLayer.scale(m_layerZoom, m_layerZoom);
        const QRectF region = toLayer.mapRect(dirty).adjusted(-6, -6, 6, 6);
        QPainter painter(&m_layer);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        painter.fillRect(region, Qt::transparent);
        painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
        painter.setClipRect(region);
        const QRectF imageRegion = toLayer.inverted().mapRect(region);
        QList<qint64> ids = m_index.query(imageRegion);
        std::sort(ids.begin(), ids.end(),
                  [this](qint64 a, qint64 b) { return m_position.value(a) < m_position.value(b); });
        painter.setRenderHint(QPainter::Antialiasing, m_index.size() <= fastDetailThreshold);
        const QList<Annotation> &all = m_document->annotations();
        for (qint64 id : std::as_const(ids)) {
            const Annotation &a = all[m_position.value(id)];
            if (isVisible(a) && !m_liveIds.contains(id))
                ShapePainter::paint(painter, a, toLayer, colorOf(a.labelId),
                                    ShapePainter::Detail::Full, skeletonOf(a.labelId));
        }
    }
    update();
}

void ImageCanvas::invalidateLayer()
{
    m_layerValid = false;
}

void ImageCanvas::setLiveShapes(const QList<Annotation> &shapes)
{
    QSet<qint64> ids;
    for (const Annotation &a : shapes)
        ids.insert(a.id);
    const bool membershipChanged = ids != m_liveIds;
    m_live = shapes;
    m_liveIds = ids;
    if (membershipChanged)
        invalidateLayer();
    update();
}

void ImageCanvas::renderLayer()
{
    const QRect area = rect().adjusted(-width() / 2, -height() / 2, width() / 2, height() / 2);
    const qreal dpr = devicePixelRatioF();
    if (m_layer.size() != area.size() * dpr) {
        m_layer = QImage(area.size() * dpr, QImage::Format_ARGB32_Premultiplied);
        m_layer.setDevicePixelRatio(dpr);
    }
    m_layer.fill(Qt::transparent);
    m_layerZoom = m_zoom;
    m_layerOrigin = area.topLeft();
    m_layerOffset = m_offset;
    m_layerValid = true;
    if (!m_document)
        return;
    QTransform toLayer;
    toLayer.translate(m_offset.x() - area.left(), m_offset.y() - area.top());
    toLayer.scale(m_zoom, m_zoom);
    const QRectF imageArea = imageToWidget().inverted().mapRect(QRectF(area));
    QList<qint64> ids = m_index.query(imageArea);
    std::sort(ids.begin(), ids.end(),
              [this](qint64 a, qint64 b) { return m_position.value(a) < m_position.value(b); });
    QPainter painter(&m_layer);
    const bool fast = ids.size() > fastDetailThreshold;
    painter.setRenderHint(QPainter::Antialiasing, !fast);
    const QList<Annotation> &all = m_document->annotations();
    for (qint64 id : std::as_const(ids)) {
        const Annotation &a = all[m_position.value(id)];
        if (!isVisible(a) || m_liveIds.contains(id))
            continue;
        const QRectF screen = toLayer.mapRect(m_index.bounds(id));
        // Level of detail: a shape of a few pixels is drawn as a dot.
        const ShapePainter::Detail detail
                = screen.width() < 4 && screen.height() < 4
                          ? ShapePainter::Detail::Marker
                          : (fast ? ShapePainter::Detail::Fast : ShapePainter::Detail::Full);
        ShapePainter::paint(painter, a, toLayer, colorOf(a.labelId), detail, skeletonOf(a.labelId));
    }
}

// ---- View transform ----------------------------------------------------------------------------

QTransform ImageCanvas::imageToWidget() const
{
    QTransform t;
    t.translate(m_offset.x(), m_offset.y());
    t.scale(m_zoom, m_zoom);
    return t;
}

QPointF ImageCanvas::toImage(const QPointF &widgetPoint) const
{
    return (widgetPoint - m_offset) / m_zoom;
}

QPointF ImageCanvas::toWidget(const QPointF &imagePoint) const
{
    return imagePoint * m_zoom + m_offset;
}

double ImageCanvas::pickTolerance() const
{
    return pickPixels / m_zoom;
}

qint64 ImageCanvas::shapeAt(const QPointF &imagePos) const
{
    if (!m_document)
        return 0;
    qint64 best = 0;
    int bestPosition = -1;
    const double tolerance = pickTolerance();
    const QList<Annotation> &all = m_document->annotations();
    for (qint64 id : m_index.at(imagePos, tolerance)) {
        const int position = m_position.value(id);
        const Annotation &a = all[position];
        // The list is in drawing order, so the highest position is the one on top.
        if (position > bestPosition && isVisible(a)
            && ShapeGeometry::hitTest(a, imagePos, tolerance)) {
            best = id;
            bestPosition = position;
        }
    }
    return best;
}

QList<qint64> ImageCanvas::shapesIn(const QRectF &imageRect) const
{
    QList<qint64> result;
    if (!m_document)
        return result;
    const QList<Annotation> &all = m_document->annotations();
    for (qint64 id : m_index.query(imageRect)) {
        const Annotation &a = all[m_position.value(id)];
        if (isVisible(a) && imageRect.contains(ShapeGeometry::boundingRect(a)))
            result.append(id);
    }
    std::sort(result.begin(), result.end());
    return result;
}

void ImageCanvas::setZoom(double zoom, const QPointF &anchor)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    const QPointF imagePoint = toImage(anchor);
    m_zoom = zoom;
    // Keep the image pixel under the anchor (the cursor) where it was.
    m_offset = anchor - imagePoint * m_zoom;
    clampOffset();
    startInteraction();
    update();
    emit zoomChanged(m_zoom);
}

void ImageCanvas::startInteraction()
{
    m_interacting = true;
    m_settle.start();
    if (m_regions)
        m_detailTimer.start();
}

void ImageCanvas::clampOffset()
{
    if (m_fullSize.isEmpty())
        return;
    const QSizeF shown = QSizeF(m_fullSize) * m_zoom;
    // Small images stay centred; large ones cannot be pushed out of sight entirely.
    auto clampAxis = [](double offset, double shown, double view) {
        if (shown <= view)
            return (view - shown) / 2;
        return std::clamp(offset, view - shown, 0.0);
    };
    m_offset.setX(clampAxis(m_offset.x(), shown.width(), width()));
    m_offset.setY(clampAxis(m_offset.y(), shown.height(), height()));
}

void ImageCanvas::zoomIn()
{
    m_fit = false;
    setZoom(m_zoom * zoomStep, rect().center());
}

void ImageCanvas::zoomOut()
{
    m_fit = false;
    setZoom(m_zoom / zoomStep, rect().center());
}

void ImageCanvas::fitToWindow()
{
    m_fit = true;
    if (m_fullSize.isEmpty())
        return;
    const double zoom = std::min(double(width() - 16) / m_fullSize.width(),
                                 double(height() - 16) / m_fullSize.height());
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
    clampOffset();
    update();
    emit zoomChanged(m_zoom);
}

void ImageCanvas::actualSize()
{
    m_fit = false;
    setZoom(1.0, rect().center());
}

void ImageCanvas::imageLoaded(const QString &path)
{
    if (path != m_path)
        return;
    const std::optional<ImageCache::Entry> entry = m_cache->request(path, m_fullSize);
    if (!entry)
        return;
    m_image = entry->image;
    m_decodeScale = entry->scale;
    m_regions = entry->regions;
    m_orientation = entry->orientation;
    if (entry->tiles) {
        stopTiles();
        m_tiles = entry->tiles;
    }
    m_scaledImage = QImage();
    if (!entry->warning.isEmpty())
        emit loadWarning(entry->warning);
    if (!m_fullSize.isValid() || m_fullSize.isEmpty()) {
        m_fullSize = QSize(qRound(m_image.width() / m_decodeScale),
                           qRound(m_image.height() / m_decodeScale));
        rebuildIndex();
    }
    if (m_fit)
        fitToWindow();
    invalidateLayer();
    if (!m_tiles)
        startTiles();
    requestDetail();
    update();
}

void ImageCanvas::requestDetail()
{
    if (!m_regions || m_image.isNull() || m_zoom * 1.0001 <= m_decodeScale)
        return; // the overview has enough pixels for this zoom
    // Decode at the coarsest JPEG scale that still gives a pixel per screen pixel.
    int factor = 1;
    while (factor < 8 && 1.0 / (factor * 2) >= m_zoom)
        factor *= 2;
    if (1.0 / factor <= m_decodeScale)
        return;
    const QRect full(QPoint(0, 0), m_fullSize);
    const QRectF visible = QRectF(toImage(QPointF(0, 0)), toImage(QPointF(width(), height())))
                                   .intersected(QRectF(full));
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
    QPointer<ImageCanvas> self(this);
    QThreadPool::globalInstance()->start(
            [self, path, wanted, factor, generation, tiles, orientation, shownSize]() {
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
                            self->update();
                        },
                        Qt::QueuedConnection);
            });
}

void ImageCanvas::resizeEvent(QResizeEvent *)
{
    if (m_fit)
        fitToWindow();
    else
        clampOffset();
    invalidateLayer();
}

// ---- Painting ----------------------------------------------------------------------------------

void ImageCanvas::paintImage(QPainter &painter)
{
    const QRectF target(m_offset, QSizeF(m_fullSize) * m_zoom);
    const double shown = m_zoom / m_decodeScale; // displayed pixels per decoded pixel
    paintOverview(painter, target, shown);
    if (!m_detail.isNull()) {
        // Full-resolution detail over the overview, where it has been decoded.
        painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom * m_detailFactor < 1.0);
        painter.drawImage(imageToWidget().mapRect(QRectF(m_detailRect)), m_detail);
    }
}

void ImageCanvas::paintOverview(QPainter &painter, const QRectF &target, double shown)
{
    if (shown < 1.0) {
        // Shrinking: a smoothly scaled copy made once per zoom level, fast scaling meanwhile.
        if (m_scaledZoom != m_zoom && !m_interacting) {
            m_scaledImage = m_image.scaled(target.size().toSize().expandedTo(QSize(1, 1)),
                                           Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
            m_scaledZoom = m_zoom;
        }
        if (m_scaledZoom == m_zoom && !m_scaledImage.isNull())
            painter.drawImage(target.topLeft(), m_scaledImage);
        else
            painter.drawImage(target, m_image);
        return;
    }
    // Enlarging: only the visible part of the image is drawn, with nearest-neighbour pixels.
    const QRectF visible = QRectF(toImage(QPointF(0, 0)), toImage(QPointF(width(), height())))
                                   .intersected(QRectF(QPointF(0, 0), QSizeF(m_fullSize)));
    if (visible.isEmpty())
        return;
    const QRectF source(visible.topLeft() * m_decodeScale, visible.size() * m_decodeScale);
    const QRectF aligned = source.toAlignedRect();
    const QRectF alignedImage(aligned.topLeft() / m_decodeScale, aligned.size() / m_decodeScale);
    painter.drawImage(imageToWidget().mapRect(alignedImage), m_image, aligned);
}

void ImageCanvas::paintSelection(QPainter &painter)
{
    const QTransform t = imageToWidget();
    for (const Annotation &a : selectedAnnotations()) {
        if (m_liveIds.contains(a.id) || !isVisible(a))
            continue;
        ShapePainter::paintSelected(painter, a, t, colorOf(a.labelId), labelName(a.labelId),
                                    isLocked(a), skeletonOf(a.labelId));
    }
    for (const Annotation &a : std::as_const(m_live)) {
        const bool selected = m_selection.contains(a.id);
        if (selected)
            ShapePainter::paintSelected(painter, a, t, colorOf(a.labelId), labelName(a.labelId),
                                        false, skeletonOf(a.labelId));
        else
            ShapePainter::paint(painter, a, t, colorOf(a.labelId), ShapePainter::Detail::Full,
                                skeletonOf(a.labelId));
    }
}

void ImageCanvas::paintEvent(QPaintEvent *)
{
    QElapsedTimer timer;
    timer.start();
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Dark).darker(160));
    if (m_image.isNull()) {
        painter.setPen(palette().color(QPalette::BrightText));
        QString text;
        if (!m_error.isEmpty())
            text = tr("This image cannot be shown.\n%1").arg(m_error);
        else if (m_document)
            text = tr("Loading…");
        else
            text = tr("No image");
        painter.drawText(rect().adjusted(20, 20, -20, -20), Qt::AlignCenter | Qt::TextWordWrap,
                         text);
        return;
    }
    paintImage(painter);

    // The layer can be reused while the zoom matches and it still covers the view after panning;
    // while zooming it is scaled until the user pauses.
    const QPointF shift = m_offset - m_layerOffset;
    const QRectF layerNow
            = QRectF(m_layerOrigin + shift, QSizeF(m_layer.size()) / m_layer.devicePixelRatioF());
    const bool covers = layerNow.contains(QRectF(rect()));
    bool redrawn = false;
    if (!m_layerValid || (m_layerZoom != m_zoom && !m_interacting)
        || (m_layerZoom == m_zoom && !covers)) {
        renderLayer();
        redrawn = true;
    }
    painter.save();
    const double s = m_zoom / m_layerZoom;
    painter.translate(m_offset);
    painter.scale(s, s);
    painter.translate(m_layerOrigin - m_layerOffset);
    painter.drawImage(QPointF(0, 0), m_layer);
    painter.restore();

    paintSelection(painter);
    m_tool->paintOverlay(painter);
    if (m_crosshair || m_tool->isDrawing() || m_toolKind != Tool::Select) {
        if (rect().contains(m_cursor.toPoint())) {
            painter.setPen(QPen(QColor(255, 255, 255, 140), 1, Qt::DashLine));
            painter.drawLine(QPointF(0, m_cursor.y()), QPointF(width(), m_cursor.y()));
            painter.drawLine(QPointF(m_cursor.x(), 0), QPointF(m_cursor.x(), height()));
        }
    }
    emit framePainted(timer.nsecsElapsed() / 1e6, redrawn);
    if (!m_shownSignalled && m_document) {
        m_shownSignalled = true;
        const qint64 id = m_document->assetId();
        QTimer::singleShot(0, this, [this, id]() { emit imageShown(id); });
    }
}

// ---- Events ------------------------------------------------------------------------------------

bool ImageCanvas::event(QEvent *event)
{
    // Editing keys belong to the canvas while it has focus: Del deletes the vertex under the
    // cursor before the menu's Delete would remove the whole shape, Enter closes a polygon.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Delete:
        case Qt::Key_Backspace:
        case Qt::Key_Return:
        case Qt::Key_Enter:
        case Qt::Key_Escape:
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Up:
        case Qt::Key_Down:
            if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::ShiftModifier) {
                event->accept();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return QWidget::event(event);
}

void ImageCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_fit = false;
    setZoom(m_zoom * std::pow(zoomStep, steps), event->position());
    event->accept();
}

void ImageCanvas::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceDown)) {
        m_panning = true;
        m_lastMouse = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    if (m_document && !m_image.isNull())
        m_tool->mousePress(event, toImage(event->position()));
}

void ImageCanvas::mouseMoveEvent(QMouseEvent *event)
{
    m_cursor = event->position();
    if (m_panning) {
        m_fit = false;
        m_offset += event->pos() - m_lastMouse;
        m_lastMouse = event->pos();
        clampOffset();
        startInteraction();
        update();
    } else if (m_document && !m_image.isNull()) {
        m_tool->mouseMove(event, toImage(event->position()));
    }
    if (m_crosshair || m_toolKind != Tool::Select)
        update();
    const QPointF p = toImage(event->position());
    emit cursorMoved(p, p.x() >= 0 && p.y() >= 0 && p.x() < m_fullSize.width()
                                && p.y() < m_fullSize.height());
}

void ImageCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        setCursor(m_spaceDown ? Qt::OpenHandCursor
                              : (m_toolKind == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor));
        return;
    }
    if (m_document && !m_image.isNull())
        m_tool->mouseRelease(event, toImage(event->position()));
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_document && !m_image.isNull())
        m_tool->mouseDoubleClick(event, toImage(event->position()));
}

void ImageCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    if (m_tool->keyPress(event))
        return;
    if (event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) {
        deleteSelection();
        return;
    }
    const double step = event->modifiers() & Qt::ShiftModifier ? 10.0 : 1.0;
    switch (event->key()) {
    case Qt::Key_Escape:
        if (m_toolKind != Tool::Select)
            setTool(Tool::Select);
        else
            setSelection({});
        return;
    case Qt::Key_Left:
        nudgeSelection(QPointF(-step, 0));
        return;
    case Qt::Key_Right:
        nudgeSelection(QPointF(step, 0));
        return;
    case Qt::Key_Up:
        nudgeSelection(QPointF(0, -step));
        return;
    case Qt::Key_Down:
        nudgeSelection(QPointF(0, step));
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ImageCanvas::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = false;
        setCursor(m_toolKind == Tool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void ImageCanvas::leaveEvent(QEvent *)
{
    m_cursor = QPointF(-1, -1);
    update();
    emit cursorMoved(QPointF(), false);
}

// ---- Edits on the selection ---------------------------------------------------------------------

void ImageCanvas::addDrawnShape(Annotation shape)
{
    if (!m_document)
        return;
    shape.labelId = m_currentLabel;
    const qint64 before = maxId(m_document->annotations());
    const QString name = labelName(m_currentLabel);
    m_document->addAnnotations(
            {shape}, name.isEmpty() ? tr("Draw %1").arg(annotationKindName(shape.kind))
                                    : tr("Draw %1 %2").arg(name, annotationKindName(shape.kind)));
    QList<qint64> added;
    for (const Annotation &a : m_document->annotations())
        if (a.id > before)
            added.append(a.id);
    setSelection(added);
}

void ImageCanvas::nudgeSelection(const QPointF &delta)
{
    QList<Annotation> after;
    for (const Annotation &a : selectedAnnotations())
        if (!isLocked(a))
            after.append(ShapeGeometry::translated(a, delta));
    if (!after.isEmpty())
        m_document->changeAnnotations(after, tr("Move"), false);
}

void ImageCanvas::deleteSelection()
{
    QList<qint64> ids;
    for (const Annotation &a : selectedAnnotations())
        if (!isLocked(a))
            ids.append(a.id);
    if (!ids.isEmpty() && m_document)
        m_document->removeAnnotations(ids);
}

void ImageCanvas::copySelection()
{
    clipboard() = selectedAnnotations();
}

void ImageCanvas::paste()
{
    if (!m_document || clipboard().isEmpty())
        return;
    // Pasting onto the asset it came from offsets the copy so that it can be seen.
    const bool sameAsset = clipboard().constFirst().assetId == m_document->assetId();
    QList<Annotation> copies;
    for (Annotation a : std::as_const(clipboard())) {
        if (sameAsset)
            a = ShapeGeometry::translated(a, QPointF(10, 10));
        a.provenance = Provenance{};
        a.data.remove(QStringLiteral("locked"));
        copies.append(a);
    }
    const qint64 before = maxId(m_document->annotations());
    m_document->addAnnotations(copies, tr("Paste %n shape(s)", nullptr, int(copies.size())));
    QList<qint64> added;
    for (const Annotation &a : m_document->annotations())
        if (a.id > before)
            added.append(a.id);
    setSelection(added);
}

void ImageCanvas::duplicateSelection()
{
    const QList<Annotation> saved = clipboard();
    copySelection();
    paste();
    clipboard() = saved;
}

void ImageCanvas::bringToFront()
{
    QList<Annotation> after = selectedAnnotations();
    if (after.isEmpty())
        return;
    int top = 0;
    for (const Annotation &a : m_document->annotations())
        top = std::max(top, a.z);
    for (Annotation &a : after)
        a.z = ++top;
    m_document->changeAnnotations(after, tr("Bring to front"), false);
}

void ImageCanvas::sendToBack()
{
    QList<Annotation> after = selectedAnnotations();
    if (after.isEmpty())
        return;
    int bottom = 0;
    for (const Annotation &a : m_document->annotations())
        bottom = std::min(bottom, a.z);
    for (qsizetype i = after.size() - 1; i >= 0; --i)
        after[i].z = --bottom;
    m_document->changeAnnotations(after, tr("Send to back"), false);
}

void ImageCanvas::toggleLockSelection()
{
    QList<Annotation> after = selectedAnnotations();
    if (after.isEmpty())
        return;
    const bool lock = !std::all_of(after.cbegin(), after.cend(),
                                   [this](const Annotation &a) { return isLocked(a); });
    for (Annotation &a : after) {
        if (lock)
            a.data[QStringLiteral("locked")] = true;
        else
            a.data.remove(QStringLiteral("locked"));
    }
    m_document->changeAnnotations(after, lock ? tr("Lock") : tr("Unlock"), false);
}

void ImageCanvas::hideSelection()
{
    setShapeHidden(m_selection, true);
    setSelection({});
}

void ImageCanvas::showAllShapes()
{
    m_hidden.clear();
    invalidateLayer();
    update();
}

void ImageCanvas::groupSelection()
{
    QList<Annotation> after = selectedAnnotations();
    if (after.size() < 2)
        return;
    qint64 group = 0;
    for (const Annotation &a : m_document->annotations())
        group = std::max(group, a.groupId);
    for (Annotation &a : after)
        a.groupId = group + 1;
    m_document->changeAnnotations(after, tr("Group"), false);
}

void ImageCanvas::ungroupSelection()
{
    QList<Annotation> after = selectedAnnotations();
    for (Annotation &a : after)
        a.groupId = 0;
    if (!after.isEmpty())
        m_document->changeAnnotations(after, tr("Ungroup"), false);
}

void ImageCanvas::relabelSelection(qint64 labelId)
{
    QList<Annotation> after;
    for (Annotation a : selectedAnnotations()) {
        if (isLocked(a) || a.labelId == labelId)
            continue;
        a.labelId = labelId;
        after.append(a);
    }
    if (!after.isEmpty())
        m_document->changeAnnotations(after, tr("Relabel as %1").arg(labelName(labelId)), false);
}

void ImageCanvas::selectAll()
{
    if (!m_document)
        return;
    QList<qint64> ids;
    for (const Annotation &a : m_document->annotations())
        if (ShapeGeometry::isShape(a.kind) && isVisible(a))
            ids.append(a.id);
    setSelection(ids);
}

} // namespace Tessera
