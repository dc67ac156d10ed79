// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "selecttool.h"

#include "../imagecanvas.h"
#include "../shapepainter.h"
#include "core/shapegeometry.h"
#include "document/assetdocument.h"

#include <QKeyEvent>
#include <QLineF>
#include <QMouseEvent>
#include <QPainter>
#include <QTransform>

#include <cmath>

namespace Tessera {

namespace {

bool isBoxLike(AnnotationKind kind)
{
    return kind == AnnotationKind::Box || kind == AnnotationKind::RotatedBox
           || kind == AnnotationKind::Ellipse;
}

int minimumPoints(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Polygon:
        return 3;
    case AnnotationKind::Polyline:
        return 2;
    default:
        return 1;
    }
}

} // namespace

void SelectTool::cancel()
{
    m_mode = Mode::None;
    m_canvas->setLiveShapes({});
}

void SelectTool::mousePress(QMouseEvent *event, const QPointF &p)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_start = p;
    m_pressWidget = event->position();
    const double tolerance = m_canvas->pickTolerance();
    const QList<Annotation> selected = m_canvas->selectedAnnotations();
    if (selected.size() == 1 && !m_canvas->isLocked(selected.constFirst())) {
        const Annotation &a = selected.constFirst();
        const QTransform t = m_canvas->imageToWidget();
        const double grab = ShapePainter::handleRadius + 3;
        if (isBoxLike(a.kind)) {
            if (QLineF(event->position(), ShapePainter::rotationHandle(a, t)).length() <= grab) {
                m_mode = Mode::Rotate;
                m_original = selected;
                return;
            }
            const QList<QPointF> handles = ShapePainter::handles(a, t);
            for (int i = 0; i < handles.size(); ++i) {
                if (QLineF(event->position(), handles[i]).length() <= grab) {
                    m_mode = Mode::Resize;
                    m_handle = i;
                    m_original = selected;
                    return;
                }
            }
        } else if (a.kind == AnnotationKind::Keypoints && (event->modifiers() & Qt::AltModifier)) {
            // Alt+click cycles a keypoint: visible, occluded, absent.
            const int vertex = ShapeGeometry::vertexAt(a, p, tolerance);
            if (vertex >= 0) {
                Annotation cycled = a;
                while (cycled.visibility.size() < cycled.points.size())
                    cycled.visibility.append(2);
                cycled.visibility[vertex] = (cycled.visibility[vertex] + 2) % 3;
                m_canvas->document()->changeAnnotations({cycled},
                                                        QObject::tr("Keypoint visibility"), false);
                m_mode = Mode::None;
                return;
            }
        } else if (ShapeGeometry::hasVertices(a.kind)) {
            const int vertex = ShapeGeometry::vertexAt(a, p, tolerance);
            if (vertex >= 0) {
                m_mode = Mode::Vertex;
                m_handle = vertex;
                m_original = selected;
                return;
            }
        }
    }
    const qint64 hit = m_canvas->shapeAt(p);
    const bool toggle = event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier);
    if (hit) {
        QList<qint64> selection = m_canvas->selection();
        if (toggle) {
            if (selection.contains(hit))
                selection.removeAll(hit);
            else
                selection.append(hit);
            m_canvas->setSelection(selection);
            m_mode = Mode::None;
            return;
        }
        if (!selection.contains(hit)) {
            // Clicking one member of a group selects the group.
            QList<qint64> group{hit};
            const std::optional<Annotation> a = m_canvas->annotation(hit);
            if (a && a->groupId) {
                for (const Annotation &other : m_canvas->document()->annotations())
                    if (other.groupId == a->groupId && other.id != hit)
                        group.append(other.id);
            }
            m_canvas->setSelection(group);
        }
        m_original = m_canvas->selectedAnnotations();
        m_mode = Mode::Pending;
        return;
    }
    m_additive = toggle;
    if (!m_additive)
        m_canvas->setSelection({});
    m_mode = Mode::Rubber;
    m_rubber = QRectF(p, p);
}

Annotation SelectTool::resized(const Annotation &a, const QPointF &p, bool keepRatio) const
{
    // Work in the box's own frame (unrotated about its centre), then map the new centre back.
    const QRectF box = QRectF(a.points[0], a.points[1]).normalized();
    const QPointF centre = box.center();
    QTransform toLocal;
    toLocal.rotate(-a.rotation);
    const QPointF local = toLocal.map(p - centre);
    QRectF r(box.topLeft() - centre, box.size());
    const bool left = m_handle == 0 || m_handle == 3 || m_handle == 7;
    const bool right = m_handle == 1 || m_handle == 2 || m_handle == 5;
    const bool top = m_handle == 0 || m_handle == 1 || m_handle == 4;
    const bool bottom = m_handle == 2 || m_handle == 3 || m_handle == 6;
    if (left)
        r.setLeft(local.x());
    if (right)
        r.setRight(local.x());
    if (top)
        r.setTop(local.y());
    if (bottom)
        r.setBottom(local.y());
    r = r.normalized();
    if (keepRatio && m_handle < 4 && box.height() > 0) {
        const double ratio = box.width() / box.height();
        r.setHeight(r.width() / ratio);
    }
    QTransform toWorld;
    toWorld.rotate(a.rotation);
    const QPointF newCentre = centre + toWorld.map(r.center());
    Annotation out = a;
    out.points = {newCentre - QPointF(r.width() / 2, r.height() / 2),
                  newCentre + QPointF(r.width() / 2, r.height() / 2)};
    return out;
}

void SelectTool::mouseMove(QMouseEvent *event, const QPointF &p)
{
    switch (m_mode) {
    case Mode::None: {
        // Show which vertex Del would delete.
        const QList<Annotation> selected = m_canvas->selectedAnnotations();
        int hover = -1;
        if (selected.size() == 1 && ShapeGeometry::hasVertices(selected.constFirst().kind))
            hover = ShapeGeometry::vertexAt(selected.constFirst(), p, m_canvas->pickTolerance());
        if (hover != m_hoverVertex) {
            m_hoverVertex = hover;
            m_canvas->update();
        }
        m_canvas->setCursor(hover >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        return;
    }
    case Mode::Pending:
        if (QLineF(event->position(), m_pressWidget).length() < 3)
            return;
        for (const Annotation &a : std::as_const(m_original)) {
            if (m_canvas->isLocked(a)) {
                m_mode = Mode::None;
                return;
            }
        }
        m_mode = Mode::Move;
        [[fallthrough]];
    case Mode::Move: {
        m_edited.clear();
        for (const Annotation &a : std::as_const(m_original))
            m_edited.append(ShapeGeometry::translated(a, p - m_start));
        break;
    }
    case Mode::Resize:
        m_edited = {resized(m_original.constFirst(), p, event->modifiers() & Qt::ShiftModifier)};
        break;
    case Mode::Vertex: {
        Annotation a = m_original.constFirst();
        a.points[m_handle] = p;
        m_edited = {a};
        break;
    }
    case Mode::Rotate: {
        Annotation a = m_original.constFirst();
        const QPointF centre = QRectF(a.points[0], a.points[1]).center();
        double degrees = std::atan2(p.x() - centre.x(), -(p.y() - centre.y())) * 180.0 / M_PI;
        if (event->modifiers() & Qt::ShiftModifier)
            degrees = std::round(degrees / 15.0) * 15.0;
        a.rotation = degrees;
        if (a.kind == AnnotationKind::Box)
            a.kind = AnnotationKind::RotatedBox;
        m_edited = {a};
        break;
    }
    case Mode::Rubber:
        m_rubber = QRectF(m_start, p).normalized();
        m_canvas->update();
        return;
    }
    m_canvas->setLiveShapes(m_edited);
}

void SelectTool::finishEdit(const QString &text)
{
    const QList<Annotation> edited = m_edited;
    m_edited.clear();
    m_mode = Mode::None;
    if (!edited.isEmpty() && edited != m_original)
        m_canvas->document()->changeAnnotations(edited, text, false);
    m_canvas->setLiveShapes({});
}

void SelectTool::mouseRelease(QMouseEvent *event, const QPointF &)
{
    if (event->button() != Qt::LeftButton)
        return;
    switch (m_mode) {
    case Mode::Move:
        finishEdit(QObject::tr("Move"));
        break;
    case Mode::Resize:
        finishEdit(QObject::tr("Resize"));
        break;
    case Mode::Vertex:
        finishEdit(QObject::tr("Move vertex"));
        break;
    case Mode::Rotate:
        finishEdit(QObject::tr("Rotate"));
        break;
    case Mode::Rubber: {
        QList<qint64> ids = m_canvas->shapesIn(m_rubber);
        if (m_additive) {
            for (qint64 id : m_canvas->selection())
                if (!ids.contains(id))
                    ids.append(id);
        }
        m_canvas->setSelection(ids);
        m_mode = Mode::None;
        m_canvas->update();
        break;
    }
    case Mode::Pending:
    case Mode::None:
        m_mode = Mode::None;
        break;
    }
}

void SelectTool::mouseDoubleClick(QMouseEvent *, const QPointF &p)
{
    const QList<Annotation> selected = m_canvas->selectedAnnotations();
    if (selected.size() != 1 || m_canvas->isLocked(selected.constFirst()))
        return;
    Annotation a = selected.constFirst();
    const auto edge = ShapeGeometry::edgeAt(a, p, m_canvas->pickTolerance());
    if (!edge)
        return;
    a.points.insert(edge->first, edge->second);
    m_canvas->document()->changeAnnotations({a}, QObject::tr("Insert vertex"), false);
}

bool SelectTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_Delete && event->key() != Qt::Key_Backspace)
        return false;
    const QList<Annotation> selected = m_canvas->selectedAnnotations();
    if (m_hoverVertex < 0 || selected.size() != 1 || m_canvas->isLocked(selected.constFirst()))
        return false;
    Annotation a = selected.constFirst();
    if (m_hoverVertex >= a.points.size())
        return false;
    // Del over a vertex means that vertex, never the shape: with too few left, nothing happens.
    if (a.points.size() <= minimumPoints(a.kind))
        return true;
    a.points.removeAt(m_hoverVertex);
    if (a.kind == AnnotationKind::Keypoints && m_hoverVertex < a.visibility.size())
        a.visibility.removeAt(m_hoverVertex);
    m_hoverVertex = -1;
    m_canvas->document()->changeAnnotations({a}, QObject::tr("Delete vertex"), false);
    return true;
}

void SelectTool::paintOverlay(QPainter &painter)
{
    if (m_mode == Mode::Rubber) {
        const QRectF r = m_canvas->imageToWidget().mapRect(m_rubber);
        painter.setPen(QPen(QColor(120, 180, 255), 1, Qt::DashLine));
        painter.setBrush(QColor(120, 180, 255, 40));
        painter.drawRect(r);
    }
    const QList<Annotation> selected = m_canvas->selectedAnnotations();
    if (m_hoverVertex >= 0 && selected.size() == 1
        && m_hoverVertex < selected.constFirst().points.size()) {
        painter.setPen(QPen(Qt::red, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawEllipse(m_canvas->toWidget(selected.constFirst().points[m_hoverVertex]), 8, 8);
    }
}

} // namespace Tessera
