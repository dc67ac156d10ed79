// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvastool.h"

#include "core/types.h"

#include <QRectF>

namespace Tessera {

/**
 * Select (click, Shift/Ctrl-click, rubber band), move by drag, resize boxes and ellipses by their
 * handles, rotate them by the knob, drag vertices, insert a vertex by double-clicking an edge and
 * delete the vertex under the cursor with Del. A whole gesture becomes one undo step.
 */
class SelectTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;

    QString name() const override { return QStringLiteral("select"); }
    void cancel() override;
    void mousePress(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseMove(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseRelease(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseDoubleClick(QMouseEvent *event, const QPointF &imagePos) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;

private:
    enum class Mode { None, Pending, Move, Resize, Vertex, Rotate, Rubber };
    Annotation resized(const Annotation &a, const QPointF &p, bool keepRatio) const;
    void finishEdit(const QString &text);

    Mode m_mode = Mode::None;
    QPointF m_start;
    QPointF m_pressWidget;
    QList<Annotation> m_original;
    QList<Annotation> m_edited;
    int m_handle = -1;
    int m_hoverVertex = -1;
    QRectF m_rubber;
    bool m_additive = false;
};

} // namespace Tessera
