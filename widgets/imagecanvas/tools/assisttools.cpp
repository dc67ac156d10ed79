// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assisttools.h"

#include "imagecanvas/imagecanvas.h"

#include <QApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

namespace Tessera {

int WandTool::s_tolerance = 32;

void WandTool::mousePress(QMouseEvent *event, const QPointF &p)
{
    if (event->button() != Qt::LeftButton || m_canvas->imagePath().isEmpty())
        return;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::optional<QPolygonF> region
            = Assists::magicWand(m_canvas->imagePath(), p, s_tolerance, &error);
    QApplication::restoreOverrideCursor();
    if (!region) {
        emit m_canvas->loadWarning(
                QCoreApplication::translate("WandTool", "Magic wand: %1").arg(error));
        return;
    }
    Annotation a;
    a.kind = AnnotationKind::Polygon;
    a.points = *region;
    m_canvas->addDrawnShape(a);
}

bool WandTool::keyPress(QKeyEvent *event)
{
    if (event->key() != Qt::Key_BracketLeft && event->key() != Qt::Key_BracketRight)
        return false;
    s_tolerance = std::clamp(s_tolerance + (event->key() == Qt::Key_BracketRight ? 8 : -8), 0, 255);
    m_canvas->update();
    return true;
}

void WandTool::paintOverlay(QPainter &painter)
{
    // The tolerance beside the cursor, so that [ and ] show what they do.
    const QPointF at = m_canvas->toWidget(m_hover) + QPointF(14, -10);
    const QString text = QCoreApplication::translate("WandTool", "tolerance %1").arg(s_tolerance);
    const QRectF box(at, QSizeF(painter.fontMetrics().horizontalAdvance(text) + 10, 18));
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0, 0, 0, 160));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(Qt::white);
    painter.drawText(box, Qt::AlignCenter, text);
}

bool ScissorsTool::ensureLoaded()
{
    if (m_loadedPath == m_canvas->imagePath() && m_scissors.isLoaded())
        return true;
    QString error;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = m_scissors.load(m_canvas->imagePath(), &error);
    QApplication::restoreOverrideCursor();
    if (!ok) {
        emit m_canvas->loadWarning(error);
        return false;
    }
    m_loadedPath = m_canvas->imagePath();
    return true;
}

void ScissorsTool::cancel()
{
    m_anchors.clear();
    m_stretches.clear();
    m_live.clear();
    m_canvas->update();
}

void ScissorsTool::mousePress(QMouseEvent *event, const QPointF &p)
{
    if (event->button() != Qt::LeftButton || !ensureLoaded())
        return;
    if (m_anchors.size() >= 2
        && QLineF(m_canvas->toWidget(m_anchors.constFirst()), event->position()).length() <= 8) {
        m_stretches.append(m_scissors.pathTo(m_anchors.constFirst()));
        finish();
        return;
    }
    if (!m_anchors.isEmpty())
        m_stretches.append(m_live.isEmpty() ? QPolygonF{m_anchors.constLast(), p} : m_live);
    m_anchors.append(p);
    m_live.clear();
    m_scissors.setAnchor(p);
    m_canvas->update();
}

void ScissorsTool::mouseMove(QMouseEvent *, const QPointF &p)
{
    if (m_anchors.isEmpty())
        return;
    m_live = m_scissors.pathTo(p);
    m_canvas->update();
}

void ScissorsTool::mouseDoubleClick(QMouseEvent *, const QPointF &)
{
    finish();
}

void ScissorsTool::finish()
{
    QPolygonF outline;
    for (const QPolygonF &s : std::as_const(m_stretches))
        outline += s;
    // The edge-following paths have a point per pixel: keep the shape, not the pixels.
    outline = Assists::simplify(outline, 1.0, true);
    if (outline.size() >= 3) {
        Annotation a;
        a.kind = AnnotationKind::Polygon;
        a.points = outline;
        m_canvas->addDrawnShape(a);
    }
    cancel();
}

bool ScissorsTool::keyPress(QKeyEvent *event)
{
    if (m_anchors.isEmpty())
        return false;
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_live.isEmpty())
            m_stretches.append(m_live);
        finish();
        return true;
    case Qt::Key_Backspace:
        m_anchors.removeLast();
        if (!m_stretches.isEmpty())
            m_stretches.removeLast();
        if (m_anchors.isEmpty())
            cancel();
        else
            m_scissors.setAnchor(m_anchors.constLast());
        m_canvas->update();
        return true;
    case Qt::Key_Escape:
        cancel();
        return true;
    default:
        return false;
    }
}

void ScissorsTool::paintOverlay(QPainter &painter)
{
    if (m_anchors.isEmpty())
        return;
    const QTransform t = m_canvas->imageToWidget();
    const QColor color = m_canvas->colorOf(m_canvas->currentLabel());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(color, 2));
    for (const QPolygonF &s : std::as_const(m_stretches))
        painter.drawPolyline(t.map(s));
    painter.setPen(QPen(color, 2, Qt::DashLine));
    painter.drawPolyline(t.map(m_live));
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(color);
    for (const QPointF &a : std::as_const(m_anchors))
        painter.drawEllipse(t.map(a), 3.5, 3.5);
}

} // namespace Tessera
