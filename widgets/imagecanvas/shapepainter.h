// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QColor>
#include <QLineF>
#include <QList>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace Tessera::ShapePainter {

enum class Detail {
    Full, // outline, fill, vertices of points
    Fast, // no antialiasing: for layers with thousands of shapes
};

/** Paints one shape, mapped to the widget with toWidget. */
void paint(QPainter &painter, const Annotation &a, const QTransform &toWidget, const QColor &color,
           Detail detail, const Skeleton *skeleton = nullptr);
/** Paints a selected shape: a brighter outline, its handles and its label chip. */
void paintSelected(QPainter &painter, const Annotation &a, const QTransform &toWidget,
                   const QColor &color, const QString &labelName, bool locked,
                   const Skeleton *skeleton = nullptr);
/** Handle positions (widget coordinates) of a selected shape, in the order tools use. */
QList<QPointF> handles(const Annotation &a, const QTransform &toWidget);
/** Where the rotation handle of a box or ellipse is drawn (widget coordinates). */
QPointF rotationHandle(const Annotation &a, const QTransform &toWidget);

constexpr double handleRadius = 4.5;

/**
 * Outlines of many shapes drawn at Detail::Fast, collected while their colour stays the same
 * and drawn with one call per run of colour: with 10,000 polygons in view a call, a pen and a
 * polygon copy per shape cost more than the pixels. The order of drawing is kept: a shape of
 * another colour ends the run. Flushes when destroyed.
 */
class OutlineBatch
{
public:
    explicit OutlineBatch(QPainter &painter);
    ~OutlineBatch();
    OutlineBatch(const OutlineBatch &) = delete;
    OutlineBatch &operator=(const OutlineBatch &) = delete;

    /**
     * Adds the outline of a polygon, polyline or box that is no proposal; false for any other
     * shape, which the caller paints itself after flush().
     */
    bool add(const Annotation &a, const QTransform &toWidget, const QColor &color);
    /** A dot for a shape of a few screen pixels (all that can be seen), batched the same way. */
    void addMarker(const QPointF &centre, const QColor &color);
    /** Draws what was collected. */
    void flush();

private:
    void setColor(const QColor &color);

    QPainter &m_painter;
    QRgb m_color = 0;
    bool m_hasColor = false;
    QList<QLineF> m_lines;
    QList<QRectF> m_dots;
};

} // namespace Tessera::ShapePainter
