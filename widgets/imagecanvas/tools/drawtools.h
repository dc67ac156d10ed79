// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvastool.h"

#include "core/types.h"

#include <QList>

namespace Tessera {

/** Draws a box or an ellipse by dragging; Shift makes it square or a circle. */
class BoxTool : public CanvasTool
{
public:
    BoxTool(ImageCanvas *canvas, AnnotationKind kind)
        : CanvasTool(canvas)
        , m_kind(kind)
    {}
    QString name() const override;
    void cancel() override { m_drawing = false; }
    void mousePress(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseMove(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseRelease(QMouseEvent *event, const QPointF &imagePos) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;
    bool isDrawing() const override { return m_drawing; }

private:
    QList<QPointF> corners(bool square) const;

    AnnotationKind m_kind;
    bool m_drawing = false;
    bool m_square = false;
    QPointF m_start;
    QPointF m_current;
};

/**
 * Draws a polygon or polyline by clicks: clicking the first point (polygon) or double-clicking or
 * Enter finishes, Backspace drops the last point, Esc cancels.
 */
class PolyTool : public CanvasTool
{
public:
    PolyTool(ImageCanvas *canvas, AnnotationKind kind)
        : CanvasTool(canvas)
        , m_kind(kind)
    {}
    QString name() const override;
    void cancel() override;
    void mousePress(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseMove(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseRelease(QMouseEvent *, const QPointF &) override {}
    void mouseDoubleClick(QMouseEvent *event, const QPointF &imagePos) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;
    bool isDrawing() const override { return !m_points.isEmpty(); }

private:
    bool finish();

    AnnotationKind m_kind;
    QList<QPointF> m_points;
    QPointF m_hover;
};

/**
 * Places keypoints: with a label template, one click per named point in order (Alt+click:
 * occluded; N: absent; Backspace: back one); the shape is made after the last point. Without a
 * template, clicks add points and Enter finishes.
 */
class KeypointTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    QString name() const override { return QStringLiteral("keypoints"); }
    void cancel() override;
    void mousePress(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseMove(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseRelease(QMouseEvent *, const QPointF &) override {}
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;
    bool isDrawing() const override { return !m_points.isEmpty(); }

private:
    void place(const QPointF &p, int visibility);
    void finish();
    QStringList names() const;

    QList<QPointF> m_points;
    QList<int> m_visibility;
    QPointF m_hover;
};

/** Places a point per click. */
class PointTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    QString name() const override { return QStringLiteral("point"); }
    void mousePress(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseMove(QMouseEvent *, const QPointF &) override {}
    void mouseRelease(QMouseEvent *, const QPointF &) override {}
};

} // namespace Tessera
