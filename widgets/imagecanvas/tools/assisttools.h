// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvastool.h"
#include "prelabel/assists.h"

#include <QPolygonF>

namespace Tessera {

/**
 * Magic wand: a click makes a polygon of the connected region of similar colour (flood fill),
 * with the current label. [ and ] change the colour tolerance.
 */
class WandTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    QString name() const override { return QStringLiteral("wand"); }
    void mousePress(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseMove(QMouseEvent *, const QPointF &imagePos) override { m_hover = imagePos; }
    void mouseRelease(QMouseEvent *, const QPointF &) override {}
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;

    static int tolerance() { return s_tolerance; }

private:
    QPointF m_hover;
    static int s_tolerance;
};

/**
 * Intelligent scissors: click anchor points; between the last anchor and the cursor the line
 * follows the strongest edges. Clicking the first point, double-clicking or Enter closes the
 * polygon; Backspace drops the last stretch; Esc cancels.
 */
class ScissorsTool : public CanvasTool
{
public:
    using CanvasTool::CanvasTool;
    QString name() const override { return QStringLiteral("scissors"); }
    void cancel() override;
    void mousePress(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseMove(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseRelease(QMouseEvent *, const QPointF &) override {}
    void mouseDoubleClick(QMouseEvent *event, const QPointF &imagePos) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;
    bool isDrawing() const override { return !m_anchors.isEmpty(); }

private:
    bool ensureLoaded();
    void finish();

    Assists::Scissors m_scissors;
    QString m_loadedPath;
    QList<QPointF> m_anchors;
    QList<QPolygonF> m_stretches; // committed paths between anchors
    QPolygonF m_live;             // from the last anchor to the cursor
};

} // namespace Tessera
