// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvastool.h"

#include "core/types.h"

#include <QImage>
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

/**
 * Paints a mask with a round brush; the right button or Shift erases; [ and ] change the brush.
 * With one mask selected, strokes edit it; otherwise a stroke starts a new mask. Each stroke is
 * one undo step. The mask is kept cropped to its pixels and stored run-length encoded.
 */
class MaskTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    QString name() const override { return QStringLiteral("mask"); }
    void cancel() override;
    void mousePress(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseMove(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseRelease(QMouseEvent *event, const QPointF &imagePos) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;
    bool isDrawing() const override { return m_active; }
    static double brushRadius() { return s_radius; }

private:
    void stroke(const QPointF &from, const QPointF &to);
    void ensureCovers(const QRect &rect);
    double imageRadius() const;

    static inline double s_radius = 12; // screen pixels, so the brush feels the same at any zoom
    bool m_active = false;
    bool m_erasing = false;
    qint64 m_target = 0;
    Annotation m_targetAnnotation;
    QImage m_buffer;  // Grayscale8, 255 inside
    QImage m_preview; // tinted copy for drawing while the stroke goes on
    QPoint m_origin;  // image position of the buffers' top-left
    QPointF m_last;
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
