// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QPointF>
#include <QString>

class QKeyEvent;
class QMouseEvent;
class QPainter;

namespace Tessera {

class ImageCanvas;

/**
 * One way of working on the canvas (select and edit, draw a box, ...). The canvas forwards mouse
 * and key events with positions already in image coordinates, and lets the active tool paint its
 * in-progress overlay on top. Tools edit only through the canvas's document, so every change is an
 * undoable command.
 */
class CanvasTool
{
public:
    explicit CanvasTool(ImageCanvas *canvas)
        : m_canvas(canvas)
    {}
    virtual ~CanvasTool() = default;

    virtual QString name() const = 0;
    virtual void activate() {}
    /** Drops any half-made shape (tool switch, asset change, Esc). */
    virtual void cancel() {}
    virtual void mousePress(QMouseEvent *event, const QPointF &imagePos) = 0;
    virtual void mouseMove(QMouseEvent *event, const QPointF &imagePos) = 0;
    virtual void mouseRelease(QMouseEvent *event, const QPointF &imagePos) = 0;
    virtual void mouseDoubleClick(QMouseEvent *, const QPointF &) {}
    /** Returns true when the tool used the key. */
    virtual bool keyPress(QKeyEvent *) { return false; }
    /** Paints in widget coordinates, over the shapes. */
    virtual void paintOverlay(QPainter &) {}
    /** True while a shape is being drawn (the canvas then shows a crosshair). */
    virtual bool isDrawing() const { return false; }

protected:
    ImageCanvas *m_canvas;
};

} // namespace Tessera
