// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "imagecanvas.h"

#include "core/shapegeometry.h"
#include "document/assetdocument.h"
#include "imagebackdrop.h"
#include "prelabel/segmentservice.h"
#include "reviewmarks.h"
#include "shapepainter.h"
#include "tools/assisttools.h"
#include "tools/drawtools.h"
#include "tools/segmenttool.h"
#include "tools/selecttool.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QTextEdit>
#include <QThreadPool>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

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

} // namespace

ImageCanvas::ImageCanvas(QWidget *parent)
    : QWidget(parent)
    , m_backdrop(new ImageBackdrop(this))
    , m_edits(std::make_unique<ShapeEdits>(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    connect(m_backdrop, &ImageBackdrop::loaded, this, &ImageCanvas::imageLoaded);
    connect(m_backdrop, &ImageBackdrop::failed, this, [this](const QString &error) {
        update();
        emit loadFailed(error);
    });
    connect(m_backdrop, &ImageBackdrop::warning, this, &ImageCanvas::loadWarning);
    connect(m_backdrop, &ImageBackdrop::detailChanged, this, qOverload<>(&ImageCanvas::update));
    connect(m_backdrop, &ImageBackdrop::tilesMade, this, &ImageCanvas::requestDetail);
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
    // Space pans over the canvas wherever the keyboard focus is (see eventFilter()).
    qApp->installEventFilter(this);
}

ImageCanvas::~ImageCanvas() = default;

AssetDocument *ImageCanvas::document() const
{
    return m_document;
}

bool ImageCanvas::hasImage() const
{
    return m_backdrop->hasImage();
}
double ImageCanvas::imageReadShare() const
{
    return m_backdrop->hasImage() ? m_backdrop->readShare() : 0.0;
}
int ImageCanvas::detailFactor() const
{
    return m_backdrop->detailFactor();
}
QRect ImageCanvas::detailRect() const
{
    return m_backdrop->detailRect();
}
bool ImageCanvas::tilesReady() const
{
    return m_backdrop->tilesReady();
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
    m_shownSignalled = m_wholeSignalled = false;
    ++m_documentGeneration;
    m_live.clear();
    m_liveIds.clear();
    m_hidden.clear();
    m_fullSize = document ? QSize(document->asset().width, document->asset().height) : QSize();
    if (document)
        connect(document, &AssetDocument::annotationsChanged, this,
                &ImageCanvas::annotationsChanged);
    rebuildIndex();
    invalidateLayer();
    if (!m_selection.isEmpty()) {
        m_selection.clear();
        emit selectionChanged(m_selection);
    }
    m_imagePath = imagePath;
    m_backdrop->setImage(imagePath, m_fullSize);
    if (m_segmentAhead && m_segment && !imagePath.isEmpty()
        && std::max(m_fullSize.width(), m_fullSize.height()) <= SegmentTool::kRegionThreshold)
        m_segment->request(imagePath, imageHash());
    if (m_toolKind == Tool::Segment)
        m_tool->activate();
    update();
}

QString ImageCanvas::imageHash() const
{
    return m_document ? m_document->asset().sha256 : QString();
}

void ImageCanvas::setSegmentService(SegmentService *service)
{
    m_segment = service;
}

SegmentService *ImageCanvas::segmentService() const
{
    return m_segment;
}

void ImageCanvas::setSegmentAhead(bool on)
{
    m_segmentAhead = on && m_segment;
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
    m_backdrop->prefetch(images);
    if (m_segmentAhead && m_segment) {
        QList<std::pair<QString, QString>> ahead;
        for (const auto &[path, size] : images)
            if (std::max(size.width(), size.height()) <= SegmentTool::kRegionThreshold)
                ahead.append({path, QString()});
        m_segment->prefetch(ahead);
    }
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
    case Tool::Wand:
        m_tool = std::make_unique<WandTool>(this);
        break;
    case Tool::Scissors:
        m_tool = std::make_unique<ScissorsTool>(this);
        break;
    case Tool::Segment:
        m_tool = std::make_unique<SegmentTool>(this);
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
    // Not QList::operator!=: Qt 6.4 passes a null pointer to memcmp for an empty list (UBSan).
    if (kept.size() != m_selection.size()
        || !std::equal(kept.cbegin(), kept.cend(), m_selection.cbegin())) {
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
        // At the layer's level of detail: a redrawn region looks like the rest.
        paintShapes(painter, toLayer.inverted().mapRect(region), toLayer, m_layerFast);
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
    const QRectF imageArea = toLayer.inverted().mapRect(QRectF(QPointF(0, 0), QSizeF(area.size())));
    QPainter painter(&m_layer);
    m_layerFast = paintShapes(painter, imageArea, toLayer, std::nullopt);
}

bool ImageCanvas::paintShapes(QPainter &painter, const QRectF &imageArea, const QTransform &toLayer,
                              std::optional<bool> fastDetail) const
{
    // Drawing order is list order: positions sorted as plain ints (sorting the ids by a hash
    // lookup per comparison took 7 ms for 10,000 shapes).
    const QList<qint64> ids = m_index.query(imageArea);
    std::vector<int> order;
    order.reserve(ids.size());
    for (qint64 id : ids)
        order.push_back(m_position.value(id));
    std::sort(order.begin(), order.end());
    const bool fast = fastDetail.value_or(ids.size() > fastDetailThreshold);
    painter.setRenderHint(QPainter::Antialiasing, !fast);
    const QList<Annotation> &all = m_document->annotations();
    // Thousands of shapes: outlines and dots go in batches, one call per run of colour.
    ShapePainter::OutlineBatch batch(painter);
    for (int position : order) {
        const Annotation &a = all[position];
        if (!isVisible(a) || m_liveIds.contains(a.id))
            continue;
        const QRectF screen = toLayer.mapRect(m_index.bounds(a.id));
        const QColor color = colorOf(a.labelId);
        // Level of detail: a shape of a few pixels is drawn as a dot.
        if (screen.width() < 4 && screen.height() < 4) {
            batch.addMarker(screen.center(), color);
            continue;
        }
        if (fast && batch.add(a, toLayer, color))
            continue;
        batch.flush();
        ShapePainter::paint(painter, a, toLayer, color,
                            fast ? ShapePainter::Detail::Fast : ShapePainter::Detail::Full,
                            skeletonOf(a.labelId));
    }
    return fast;
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
    if (m_backdrop->hasRegions())
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

void ImageCanvas::imageLoaded()
{
    if (!m_fullSize.isValid() || m_fullSize.isEmpty()) {
        m_fullSize = m_backdrop->fullSize();
        rebuildIndex();
    }
    if (m_fit)
        fitToWindow();
    invalidateLayer();
    requestDetail();
    update();
}

void ImageCanvas::requestDetail()
{
    m_backdrop->requestDetail(QRectF(toImage(QPointF(0, 0)), toImage(QPointF(width(), height()))),
                              m_zoom);
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
    m_backdrop->paint(painter, imageToWidget(), m_zoom,
                      QRectF(toImage(QPointF(0, 0)), toImage(QPointF(width(), height()))),
                      m_interacting);
}

void ImageCanvas::paintReadProgress(QPainter &painter)
{
    const double share = m_backdrop->readShare();
    if (share >= 1.0)
        return;
    // A huge PNG or TIFF streaming in: say so, or the grey lower part looks like a broken file.
    const QString text = tr("Reading the full image… %1%").arg(int(share * 100));
    const QFontMetrics metrics(font());
    const QRect box(12, height() - metrics.height() - 24, metrics.horizontalAdvance(text) + 24,
                    metrics.height() + 12);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 170));
    painter.drawRoundedRect(box, 4, 4);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

void ImageCanvas::setPins(const QList<Comment> &issues)
{
    m_pins = issues;
    update();
}

void ImageCanvas::setOverlay(const QList<OverlayShape> &shapes)
{
    m_overlay = shapes;
    update();
}

std::optional<QPointF> ImageCanvas::pointerPosition() const
{
    if (!rect().contains(m_cursor.toPoint()) || !underMouse())
        return std::nullopt;
    const QPointF p = toImage(m_cursor);
    if (!QRectF(QPointF(0, 0), QSizeF(m_fullSize)).contains(p))
        return std::nullopt;
    return p;
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
    if (!m_backdrop->hasImage()) {
        painter.setPen(palette().color(QPalette::BrightText));
        QString text;
        // Imported while its file was missing (no content hash: FormatSupport::isMediaMissing).
        const bool mediaMissing = m_document && m_document->asset().kind == AssetKind::Image
                                  && m_document->asset().sha256.isEmpty();
        if (mediaMissing)
            text = tr("The image file is missing: %1\n\nIts annotations are kept. File › Relink "
                      "Media… finds the file in a folder you choose.")
                           .arg(m_document->asset().name);
        else if (!m_backdrop->error().isEmpty())
            text = tr("This image cannot be shown.\n%1").arg(m_backdrop->error());
        else if (m_document)
            text = tr("Loading…");
        else
            text = tr("No image yet. File › Add Images (Ctrl+I) or Open Folder (Ctrl+Shift+O) "
                      "brings them in; then R draws a box, P a polygon, and the label keys "
                      "1–9 name them.");
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
    // Review marks: other annotators' layers, then the issue pins above everything.
    ReviewMarks::paintLayers(painter, m_overlay, imageToWidget());
    ReviewMarks::paintPins(painter, m_pins, imageToWidget());
    m_tool->paintOverlay(painter);
    paintReadProgress(painter);
    if (m_crosshair || m_tool->isDrawing() || m_toolKind != Tool::Select) {
        if (rect().contains(m_cursor.toPoint())) {
            painter.setPen(QPen(QColor(255, 255, 255, 140), 1, Qt::DashLine));
            painter.drawLine(QPointF(0, m_cursor.y()), QPointF(width(), m_cursor.y()));
            painter.drawLine(QPointF(m_cursor.x(), 0), QPointF(m_cursor.x(), height()));
        }
    }
    emit framePainted(timer.nsecsElapsed() / 1e6, redrawn);
    // Emitted after the frame is on screen. A document set meanwhile (the user stepped on, or
    // a grab painted the last frame of the previous one) makes the queued signal stale: a
    // screenshot taken on it would show the wrong image.
    const quint64 generation = m_documentGeneration;
    if (!m_shownSignalled && m_document) {
        m_shownSignalled = true;
        const qint64 id = m_document->assetId();
        QTimer::singleShot(0, this, [this, id, generation]() {
            if (generation == m_documentGeneration)
                emit imageShown(id);
        });
    }
    if (!m_wholeSignalled && m_document && m_backdrop->readShare() >= 1.0) {
        m_wholeSignalled = true;
        const qint64 id = m_document->assetId();
        QTimer::singleShot(0, this, [this, id, generation]() {
            if (generation == m_documentGeneration)
                emit imageShownWhole(id);
        });
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

namespace {

bool takesText(QWidget *w)
{
    if (qobject_cast<QLineEdit *>(w) || qobject_cast<QAbstractSpinBox *>(w))
        return true;
    if (auto *edit = qobject_cast<QTextEdit *>(w))
        return !edit->isReadOnly();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
        return !edit->isReadOnly();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        return combo->isEditable();
    return false;
}

} // namespace

bool ImageCanvas::eventFilter(QObject *watched, QEvent *event)
{
    // Space held with the mouse over the canvas pans, also while a list, a check box or a button
    // elsewhere in the window has the focus: otherwise Space would tick a label's box there and
    // the drag that follows would draw a box instead of panning. Text inputs keep their spaces.
    const QEvent::Type type = event->type();
    if ((type != QEvent::KeyPress && type != QEvent::KeyRelease) || watched == this
        || !QWidget::isVisible())
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() != Qt::Key_Space || key->isAutoRepeat() || key->modifiers() != Qt::NoModifier)
        return false;
    QWidget *focus = QApplication::focusWidget();
    if (!focus || focus == this || focus->window() != window() || takesText(focus))
        return false;
    // The last mouse move (reset when the pointer leaves) tells where the pointer is also when
    // the platform sends no enter event.
    if (type == QEvent::KeyPress && (underMouse() || rect().contains(m_cursor.toPoint()))) {
        keyPressEvent(key);
        return true;
    }
    if (type == QEvent::KeyRelease && m_spaceDown) {
        keyReleaseEvent(key);
        return true;
    }
    return false;
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
    if (m_document && m_backdrop->hasImage())
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
    } else if (m_document && m_backdrop->hasImage()) {
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
    if (m_document && m_backdrop->hasImage())
        m_tool->mouseRelease(event, toImage(event->position()));
}

void ImageCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (m_document && m_backdrop->hasImage())
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
        // In every tool: a label key after Esc must not relabel the shape just drawn.
        setSelection({});
        if (m_toolKind != Tool::Select)
            setTool(Tool::Select);
        return;
    case Qt::Key_Left:
        m_edits->nudgeSelection(QPointF(-step, 0));
        return;
    case Qt::Key_Right:
        m_edits->nudgeSelection(QPointF(step, 0));
        return;
    case Qt::Key_Up:
        m_edits->nudgeSelection(QPointF(0, -step));
        return;
    case Qt::Key_Down:
        m_edits->nudgeSelection(QPointF(0, step));
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

void ImageCanvas::showAllShapes()
{
    m_hidden.clear();
    invalidateLayer();
    update();
}

} // namespace Tessera
