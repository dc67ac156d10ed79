// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "imageview.h"

#include "document/assetdocument.h"
#include "imagecache.h"

#include <QKeyEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>

namespace Tessera {

namespace {
constexpr double minZoom = 1.0 / 64;
constexpr double maxZoom = 64.0;
constexpr double zoomStep = 1.25;
} // namespace

ImageView::ImageView(QWidget *parent)
    : QWidget(parent)
    , m_cache(new ImageCache(this))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 150);
    connect(m_cache, &ImageCache::loaded, this, &ImageView::imageLoaded);
    connect(m_cache, &ImageCache::failed, this, [this](const QString &path, const QString &error) {
        if (path != m_path)
            return;
        m_error = error;
        update();
        emit loadFailed(error);
    });
}

qint64 ImageView::assetId() const
{
    return m_document ? m_document->assetId() : 0;
}

void ImageView::setDocument(AssetDocument *document, const QString &imagePath)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_path = imagePath;
    m_error.clear();
    m_shownSignalled = false;
    m_fullSize = document ? QSize(document->asset().width, document->asset().height) : QSize();
    if (document)
        connect(document, &AssetDocument::annotationsChanged, this,
                qOverload<>(&ImageView::update));
    m_image = QImage();
    if (const std::optional<ImageCache::Entry> entry = m_cache->request(imagePath, m_fullSize))
        imageLoaded(imagePath);
    update();
}

void ImageView::setLabels(const QList<Label> &labels)
{
    m_labels = labels;
    update();
}

void ImageView::prefetch(const QList<QPair<QString, QSize>> &images)
{
    for (const auto &[path, size] : images)
        m_cache->prefetch(path, size);
}

void ImageView::clear()
{
    setDocument(nullptr, QString());
}

void ImageView::imageLoaded(const QString &path)
{
    if (path != m_path)
        return;
    const std::optional<ImageCache::Entry> entry = m_cache->request(path, m_fullSize);
    if (!entry)
        return;
    m_image = entry->image;
    m_decodeScale = entry->scale;
    if (!m_fullSize.isValid() || m_fullSize.isEmpty())
        m_fullSize = QSize(qRound(m_image.width() / m_decodeScale),
                           qRound(m_image.height() / m_decodeScale));
    if (m_fit)
        fitToWindow();
    update();
}

QPointF ImageView::toImage(const QPointF &widgetPoint) const
{
    return (widgetPoint - m_offset) / m_zoom;
}

void ImageView::setZoom(double zoom, const QPointF &anchor)
{
    zoom = std::clamp(zoom, minZoom, maxZoom);
    const QPointF imagePoint = toImage(anchor);
    m_zoom = zoom;
    // Keep the image pixel under the anchor (the cursor) where it was.
    m_offset = anchor - imagePoint * m_zoom;
    clampOffset();
    update();
    emit zoomChanged(m_zoom);
}

void ImageView::clampOffset()
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

void ImageView::zoomIn()
{
    m_fit = false;
    setZoom(m_zoom * zoomStep, rect().center());
}

void ImageView::zoomOut()
{
    m_fit = false;
    setZoom(m_zoom / zoomStep, rect().center());
}

void ImageView::fitToWindow()
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

void ImageView::actualSize()
{
    m_fit = false;
    setZoom(1.0, rect().center());
}

void ImageView::resizeEvent(QResizeEvent *)
{
    if (m_fit)
        fitToWindow();
    else
        clampOffset();
}

void ImageView::paintEvent(QPaintEvent *)
{
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
    const QRectF target(m_offset, QSizeF(m_fullSize) * m_zoom);
    // Smooth scaling when shrinking reads better; nearest when enlarging shows true pixels.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, m_zoom * m_decodeScale < 1.0);
    painter.drawImage(target, m_image);
    paintAnnotations(painter);
    if (!m_shownSignalled && m_document) {
        m_shownSignalled = true;
        const qint64 id = m_document->assetId();
        QTimer::singleShot(0, this, [this, id]() { emit imageShown(id); });
    }
}

QColor ImageView::colorOf(qint64 labelId) const
{
    for (const Label &l : m_labels) {
        if (l.id == labelId)
            return l.color;
    }
    return QColor(Qt::yellow);
}

QString ImageView::nameOf(qint64 labelId) const
{
    for (const Label &l : m_labels) {
        if (l.id == labelId)
            return l.name;
    }
    return QString();
}

void ImageView::paintAnnotations(QPainter &painter)
{
    if (!m_document)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QTransform toWidget;
    toWidget.translate(m_offset.x(), m_offset.y());
    toWidget.scale(m_zoom, m_zoom);
    QStringList tags;
    for (const Annotation &a : m_document->annotations()) {
        const QColor color = colorOf(a.labelId);
        QColor fill = color;
        fill.setAlpha(50);
        painter.setPen(QPen(color, 2));
        painter.setBrush(fill);
        QPainterPath path;
        switch (a.kind) {
        case AnnotationKind::Box:
        case AnnotationKind::RotatedBox:
        case AnnotationKind::Ellipse:
            if (a.points.size() >= 2) {
                const QRectF r = QRectF(a.points[0], a.points[1]).normalized();
                QPainterPath shape;
                if (a.kind == AnnotationKind::Ellipse)
                    shape.addEllipse(r);
                else
                    shape.addRect(r);
                QTransform rotate;
                rotate.translate(r.center().x(), r.center().y());
                rotate.rotate(a.rotation);
                rotate.translate(-r.center().x(), -r.center().y());
                path = rotate.map(shape);
            }
            break;
        case AnnotationKind::Polygon:
        case AnnotationKind::Polyline:
            if (!a.points.isEmpty()) {
                path.addPolygon(QPolygonF(a.points));
                if (a.kind == AnnotationKind::Polygon)
                    path.closeSubpath();
                else
                    painter.setBrush(Qt::NoBrush);
            }
            break;
        case AnnotationKind::Point:
        case AnnotationKind::Keypoints:
            for (const QPointF &p : a.points)
                path.addEllipse(toWidget.map(p), 4, 4);
            painter.drawPath(path);
            continue;
        case AnnotationKind::Mask:
            path.addRect(a.maskRect);
            break;
        case AnnotationKind::Tag:
            tags.append(nameOf(a.labelId));
            continue;
        default:
            continue;
        }
        const QPainterPath shown = toWidget.map(path);
        painter.drawPath(shown);
        const QString name = nameOf(a.labelId);
        if (!name.isEmpty()) {
            const QRectF bounds = shown.boundingRect();
            const QRectF chip(bounds.topLeft() - QPointF(0, 18),
                              QSizeF(painter.fontMetrics().horizontalAdvance(name) + 10, 18));
            painter.fillRect(chip, color);
            painter.setPen(color.lightness() > 150 ? Qt::black : Qt::white);
            painter.drawText(chip, Qt::AlignCenter, name);
        }
    }
    // Image-level tags as chips in the top-left corner of the view.
    qreal x = 8;
    for (const QString &tag : std::as_const(tags)) {
        const QRectF chip(x, 8, painter.fontMetrics().horizontalAdvance(tag) + 16, 22);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 160));
        painter.drawRoundedRect(chip, 11, 11);
        painter.setPen(Qt::white);
        painter.drawText(chip, Qt::AlignCenter, tag);
        x += chip.width() + 6;
    }
    painter.restore();
}

void ImageView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0)
        return;
    m_fit = false;
    setZoom(m_zoom * std::pow(zoomStep, steps), event->position());
    event->accept();
}

void ImageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton || (event->button() == Qt::LeftButton && m_spaceDown)) {
        m_panning = true;
        m_lastMouse = event->pos();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
    }
}

void ImageView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        m_fit = false;
        m_offset += event->pos() - m_lastMouse;
        m_lastMouse = event->pos();
        clampOffset();
        update();
    }
    const QPointF p = toImage(event->position());
    emit cursorMoved(p, p.x() >= 0 && p.y() >= 0 && p.x() < m_fullSize.width()
                                && p.y() < m_fullSize.height());
}

void ImageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && (event->button() == Qt::MiddleButton || event->button() == Qt::LeftButton)) {
        m_panning = false;
        setCursor(m_spaceDown ? Qt::OpenHandCursor : Qt::ArrowCursor);
    }
}

void ImageView::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = true;
        setCursor(Qt::OpenHandCursor);
        return;
    }
    QWidget::keyPressEvent(event);
}

void ImageView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        m_spaceDown = false;
        setCursor(Qt::ArrowCursor);
        return;
    }
    QWidget::keyReleaseEvent(event);
}

void ImageView::leaveEvent(QEvent *)
{
    emit cursorMoved(QPointF(), false);
}

} // namespace Tessera
