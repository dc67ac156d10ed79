// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QColor>
#include <QTransform>

class QPainter;

namespace Tessera::ShapePainter {

enum class Detail {
    Full,   // outline, fill, vertices of points
    Fast,   // no antialiasing: for layers with thousands of shapes
    Marker, // the shape is a few screen pixels: a dot is all that can be seen
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

} // namespace Tessera::ShapePainter
