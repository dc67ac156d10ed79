// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "drawtools.h"

#include "../imagecanvas.h"
#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "document/assetdocument.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace Tessera {

namespace {

// Shapes start inside the image, as in labelme: a drag past the border stops at it.
QPointF clampToImage(const ImageCanvas *canvas, const QPointF &p)
{
    const QSize size = canvas->imageSize();
    return QPointF(std::clamp(p.x(), 0.0, double(size.width())),
                   std::clamp(p.y(), 0.0, double(size.height())));
}

constexpr double closeDistance = 8.0; // screen pixels from the first point that close a polygon
constexpr double minimumDrag = 3.0;   // screen pixels: smaller drags are clicks, not boxes

} // namespace

QString BoxTool::name() const
{
    return m_kind == AnnotationKind::Ellipse ? QStringLiteral("ellipse") : QStringLiteral("box");
}

void BoxTool::mousePress(QMouseEvent *event, const QPointF &p)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_drawing = true;
    m_start = m_current = clampToImage(m_canvas, p);
}

void BoxTool::mouseMove(QMouseEvent *event, const QPointF &p)
{
    if (!m_drawing)
        return;
    m_current = clampToImage(m_canvas, p);
    m_square = event->modifiers() & Qt::ShiftModifier;
    m_canvas->update();
}

QList<QPointF> BoxTool::corners(bool square) const
{
    QPointF end = m_current;
    if (square) {
        const double side
                = std::max(std::abs(end.x() - m_start.x()), std::abs(end.y() - m_start.y()));
        end = m_start
              + QPointF(end.x() < m_start.x() ? -side : side, end.y() < m_start.y() ? -side : side);
    }
    return ShapeGeometry::normalizedBox(m_start, end);
}

void BoxTool::mouseRelease(QMouseEvent *event, const QPointF &p)
{
    if (!m_drawing || event->button() != Qt::LeftButton)
        return;
    m_drawing = false;
    m_current = clampToImage(m_canvas, p);
    const QList<QPointF> box = corners(event->modifiers() & Qt::ShiftModifier);
    const QSizeF screen
            = QSizeF(box[1].x() - box[0].x(), box[1].y() - box[0].y()) * m_canvas->zoom();
    m_canvas->update();
    if (screen.width() < minimumDrag || screen.height() < minimumDrag)
        return;
    Annotation a;
    a.kind = m_kind;
    a.points = box;
    m_canvas->addDrawnShape(a);
}

bool BoxTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape && m_drawing) {
        m_drawing = false;
        m_canvas->update();
        return true;
    }
    return false;
}

void BoxTool::paintOverlay(QPainter &painter)
{
    if (!m_drawing)
        return;
    const QList<QPointF> box = corners(m_square);
    const QRectF r = m_canvas->imageToWidget().mapRect(QRectF(box[0], box[1]));
    const QColor color = m_canvas->colorOf(m_canvas->currentLabel());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(color, 2, Qt::DashLine));
    painter.setBrush(QColor(color.red(), color.green(), color.blue(), 40));
    if (m_kind == AnnotationKind::Ellipse)
        painter.drawEllipse(r);
    else
        painter.drawRect(r);
    const QString size = QStringLiteral("%1 × %2")
                                 .arg(qRound(box[1].x() - box[0].x()))
                                 .arg(qRound(box[1].y() - box[0].y()));
    painter.setPen(Qt::white);
    painter.drawText(r.bottomRight() + QPointF(6, 14), size);
}

QString PolyTool::name() const
{
    return m_kind == AnnotationKind::Polygon ? QStringLiteral("polygon")
                                             : QStringLiteral("polyline");
}

void PolyTool::cancel()
{
    m_points.clear();
    m_canvas->update();
}

void PolyTool::mousePress(QMouseEvent *event, const QPointF &p)
{
    if (event->button() != Qt::LeftButton)
        return;
    const QPointF point = clampToImage(m_canvas, p);
    if (m_kind == AnnotationKind::Polygon && m_points.size() >= 3
        && QLineF(m_canvas->toWidget(m_points.constFirst()), event->position()).length()
                   <= closeDistance) {
        finish();
        return;
    }
    // The second click of a double-click arrives as a press at the same place: skip it.
    if (!m_points.isEmpty()
        && QLineF(m_canvas->toWidget(m_points.constLast()), event->position()).length() < 2)
        return;
    m_points.append(point);
    m_hover = point;
    m_canvas->update();
}

void PolyTool::mouseMove(QMouseEvent *, const QPointF &p)
{
    m_hover = clampToImage(m_canvas, p);
    if (!m_points.isEmpty())
        m_canvas->update();
}

void PolyTool::mouseDoubleClick(QMouseEvent *, const QPointF &)
{
    finish();
}

bool PolyTool::finish()
{
    const int needed = m_kind == AnnotationKind::Polygon ? 3 : 2;
    if (m_points.size() < needed)
        return false;
    Annotation a;
    a.kind = m_kind;
    a.points = m_points;
    m_points.clear();
    m_canvas->addDrawnShape(a);
    m_canvas->update();
    return true;
}

bool PolyTool::keyPress(QKeyEvent *event)
{
    if (m_points.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        finish();
        return true;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        m_points.removeLast();
        m_canvas->update();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    default:
        return false;
    }
}

void PolyTool::paintOverlay(QPainter &painter)
{
    if (m_points.isEmpty())
        return;
    const QTransform t = m_canvas->imageToWidget();
    const QColor color = m_canvas->colorOf(m_canvas->currentLabel());
    painter.setRenderHint(QPainter::Antialiasing);
    QPolygonF line = t.map(QPolygonF(m_points));
    line.append(t.map(m_hover));
    painter.setPen(QPen(color, 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawPolyline(line);
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(color);
    for (const QPointF &p : m_points)
        painter.drawEllipse(t.map(p), 3.5, 3.5);
    if (m_kind == AnnotationKind::Polygon && m_points.size() >= 3) {
        // The first point grows when the cursor is close enough to close the polygon.
        const bool closing
                = QLineF(t.map(m_points.constFirst()), t.map(m_hover)).length() <= closeDistance;
        painter.setBrush(closing ? Qt::white : color);
        painter.drawEllipse(t.map(m_points.constFirst()), closing ? 7 : 5, closing ? 7 : 5);
    }
}

double MaskTool::imageRadius() const
{
    return s_radius / m_canvas->zoom();
}

void MaskTool::cancel()
{
    m_active = false;
    m_buffer = m_preview = QImage();
    m_canvas->setLiveShapes({});
    m_canvas->update();
}

void MaskTool::ensureCovers(const QRect &rect)
{
    const QRect have(m_origin, m_buffer.size());
    if (!m_buffer.isNull() && have.contains(rect))
        return;
    // Grow to the union, with room to spare so that a long stroke does not regrow every move.
    QRect grown = m_buffer.isNull() ? rect : have.united(rect);
    grown.adjust(-64, -64, 64, 64);
    grown &= QRect(QPoint(0, 0), m_canvas->imageSize());
    QImage buffer(grown.size(), QImage::Format_Grayscale8);
    buffer.fill(0);
    QImage preview(grown.size(), QImage::Format_ARGB32_Premultiplied);
    preview.fill(Qt::transparent);
    if (!m_buffer.isNull()) {
        QPainter(&buffer).drawImage(m_origin - grown.topLeft(), m_buffer);
        QPainter(&preview).drawImage(m_origin - grown.topLeft(), m_preview);
    }
    m_buffer = buffer;
    m_preview = preview;
    m_origin = grown.topLeft();
}

void MaskTool::stroke(const QPointF &from, const QPointF &to)
{
    const double r = imageRadius();
    const QRect bounds
            = QRectF(from, to).normalized().adjusted(-r - 1, -r - 1, r + 1, r + 1).toAlignedRect()
              & QRect(QPoint(0, 0), m_canvas->imageSize());
    if (bounds.isEmpty())
        return;
    ensureCovers(bounds);
    QColor tint = m_canvas->colorOf(m_canvas->currentLabel());
    tint.setAlpha(110);
    for (QImage *target : {&m_buffer, &m_preview}) {
        QPainter painter(target);
        painter.translate(-m_origin);
        painter.setCompositionMode(QPainter::CompositionMode_Source);
        const QColor color = m_erasing ? QColor(Qt::transparent)
                                       : (target == &m_buffer ? QColor(Qt::white) : tint);
        painter.setPen(QPen(m_erasing && target == &m_buffer ? QColor(Qt::black) : color, 2 * r,
                            Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(from, to);
    }
}

void MaskTool::mousePress(QMouseEvent *event, const QPointF &p)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return;
    m_erasing = event->button() == Qt::RightButton || (event->modifiers() & Qt::ShiftModifier);
    const QList<Annotation> selected = m_canvas->selectedAnnotations();
    m_target = 0;
    m_buffer = m_preview = QImage();
    if (selected.size() == 1 && selected.constFirst().kind == AnnotationKind::Mask
        && !m_canvas->isLocked(selected.constFirst())) {
        m_targetAnnotation = selected.constFirst();
        m_target = m_targetAnnotation.id;
        m_buffer = MaskCodec::toImage(m_targetAnnotation);
        m_origin = m_targetAnnotation.maskRect.topLeft();
        m_preview = QImage(m_buffer.size(), QImage::Format_ARGB32_Premultiplied);
        m_preview.fill(Qt::transparent);
        QColor tint = m_canvas->colorOf(m_targetAnnotation.labelId);
        tint.setAlpha(110);
        QPainter painter(&m_preview);
        // The stored mask becomes the preview's starting point.
        QImage alpha = m_buffer;
        QImage solid(m_buffer.size(), QImage::Format_ARGB32_Premultiplied);
        solid.fill(tint);
        solid.setAlphaChannel(alpha);
        painter.drawImage(0, 0, solid);
        // Hidden from the layer while its live copy is painted.
        Annotation hidden = m_targetAnnotation;
        hidden.maskRuns.clear();
        m_canvas->setLiveShapes({hidden});
    } else if (m_erasing) {
        return; // nothing to erase from
    }
    m_active = true;
    m_last = p;
    stroke(p, p);
    m_canvas->update();
}

void MaskTool::mouseMove(QMouseEvent *, const QPointF &p)
{
    m_hover = p;
    if (m_active) {
        stroke(m_last, p);
        m_last = p;
    }
    m_canvas->update();
}

void MaskTool::mouseRelease(QMouseEvent *, const QPointF &p)
{
    if (!m_active)
        return;
    stroke(m_last, p);
    m_active = false;
    Annotation mask = m_target ? m_targetAnnotation : Annotation{};
    const bool any = MaskCodec::fromImage(mask, m_buffer, m_origin);
    const qint64 target = m_target;
    m_buffer = m_preview = QImage();
    if (target) {
        if (any)
            m_canvas->document()->changeAnnotations({mask}, QObject::tr("Paint mask"), false);
        else
            m_canvas->document()->removeAnnotations({target});
        m_canvas->setLiveShapes({});
    } else if (any) {
        m_canvas->addDrawnShape(mask);
    }
    m_canvas->update();
}

bool MaskTool::keyPress(QKeyEvent *event)
{
    if (event->key() == Qt::Key_BracketLeft || event->key() == Qt::Key_BracketRight) {
        s_radius = std::clamp(s_radius * (event->key() == Qt::Key_BracketRight ? 1.25 : 0.8), 2.0,
                              200.0);
        m_canvas->update();
        return true;
    }
    if (event->key() == Qt::Key_Escape && m_active) {
        cancel();
        return true;
    }
    return false;
}

void MaskTool::paintOverlay(QPainter &painter)
{
    const QTransform t = m_canvas->imageToWidget();
    if (!m_preview.isNull())
        painter.drawImage(t.mapRect(QRectF(m_origin, QSizeF(m_preview.size()))), m_preview);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(Qt::white, 1, m_erasing && m_active ? Qt::DashLine : Qt::SolidLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(t.map(m_hover), s_radius, s_radius);
}

QStringList KeypointTool::names() const
{
    const Skeleton *skeleton = m_canvas->skeletonOf(m_canvas->currentLabel());
    return skeleton ? skeleton->points : QStringList();
}

void KeypointTool::cancel()
{
    m_points.clear();
    m_visibility.clear();
    m_canvas->update();
}

void KeypointTool::place(const QPointF &p, int visibility)
{
    m_points.append(p);
    m_visibility.append(visibility);
    const QStringList template_ = names();
    if (!template_.isEmpty() && m_points.size() >= template_.size())
        finish();
    m_canvas->update();
}

void KeypointTool::finish()
{
    if (m_points.isEmpty()
        || std::none_of(m_visibility.cbegin(), m_visibility.cend(), [](int v) { return v > 0; })) {
        cancel();
        return;
    }
    // Points the user did not reach are absent, so the shape always matches its template.
    while (m_points.size() < names().size()) {
        m_points.append(QPointF());
        m_visibility.append(0);
    }
    Annotation a;
    a.kind = AnnotationKind::Keypoints;
    a.points = m_points;
    a.visibility = m_visibility;
    m_points.clear();
    m_visibility.clear();
    m_canvas->addDrawnShape(a);
}

void KeypointTool::mousePress(QMouseEvent *event, const QPointF &p)
{
    if (event->button() != Qt::LeftButton)
        return;
    place(clampToImage(m_canvas, p), event->modifiers() & Qt::AltModifier ? 1 : 2);
}

void KeypointTool::mouseMove(QMouseEvent *, const QPointF &p)
{
    m_hover = p;
    m_canvas->update();
}

bool KeypointTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_N:
        if (names().isEmpty())
            return false;
        place(QPointF(), 0);
        return true;
    case Qt::Key_Backspace:
        if (m_points.isEmpty())
            return false;
        m_points.removeLast();
        m_visibility.removeLast();
        m_canvas->update();
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_points.isEmpty())
            return false;
        finish();
        return true;
    case Qt::Key_Escape:
        if (m_points.isEmpty())
            return false;
        cancel();
        return true;
    default:
        return false;
    }
}

void KeypointTool::paintOverlay(QPainter &painter)
{
    const QTransform t = m_canvas->imageToWidget();
    const QColor color = m_canvas->colorOf(m_canvas->currentLabel());
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < m_points.size(); ++i) {
        if (m_visibility[i] == 0)
            continue;
        painter.setPen(QPen(m_visibility[i] == 1 ? color : QColor(Qt::white), 1.5));
        painter.setBrush(m_visibility[i] == 1 ? QBrush(Qt::NoBrush) : QBrush(color));
        painter.drawEllipse(t.map(m_points[i]), 4, 4);
    }
    // Name the point the next click places, beside the cursor.
    const QStringList template_ = names();
    const QString next
            = template_.isEmpty()
                      ? QObject::tr("point %1 · Enter to finish").arg(m_points.size() + 1)
                      : QObject::tr("%1 (%2/%3) · Alt: occluded · N: absent")
                                .arg(template_.value(int(m_points.size())))
                                .arg(m_points.size() + 1)
                                .arg(template_.size());
    painter.setPen(Qt::white);
    painter.drawText(t.map(m_hover) + QPointF(12, -10), next);
}

void PointTool::mousePress(QMouseEvent *event, const QPointF &p)
{
    if (event->button() != Qt::LeftButton)
        return;
    Annotation a;
    a.kind = AnnotationKind::Point;
    a.points = {clampToImage(m_canvas, p)};
    m_canvas->addDrawnShape(a);
}

} // namespace Tessera
