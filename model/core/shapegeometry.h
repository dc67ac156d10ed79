// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "types.h"

#include <QPainterPath>
#include <QPolygonF>

#include <optional>

namespace Tessera::ShapeGeometry {

/** Kinds drawn on an image (everything but tags, text and comparison kinds). */
bool isShape(AnnotationKind kind);
/** Shapes with an inside: box, rotated box, polygon, ellipse, mask. */
bool isArea(AnnotationKind kind);
/** Shapes whose points the user edits one by one: polygon, polyline, point, keypoints. */
bool hasVertices(AnnotationKind kind);

/** The four corners of a box or rotated box (rotation about the centre), clockwise from top-left.
 */
QPolygonF corners(const Annotation &a);
/** Outline in image coordinates (closed for areas, open for polylines; empty for points). */
QPainterPath outline(const Annotation &a);
/**
 * Four corners with right angles (within 0.1 %) as a box: a Box when its first edge is
 * horizontal, else a RotatedBox turned by that edge's angle; nullopt for other quadrilaterals.
 */
std::optional<Annotation> turnedBox(const QList<QPointF> &corners);
/** Axis-aligned bounds in image coordinates, rotation included. */
QRectF boundingRect(const Annotation &a);
/** Intersection over union of two rectangles (0 when they do not overlap or are empty). */
double iou(const QRectF &a, const QRectF &b);
/** Area in square pixels (0 for lines and points). */
double area(const Annotation &a);

/** True when p lies inside an area shape or within tolerance of a line, vertex or point. */
bool hitTest(const Annotation &a, const QPointF &p, double tolerance);
/** Index of the vertex within tolerance of p, or -1. */
int vertexAt(const Annotation &a, const QPointF &p, double tolerance);
/** Where a new vertex would go on the edge within tolerance of p: {insert index, point on edge}. */
std::optional<std::pair<int, QPointF>> edgeAt(const Annotation &a, const QPointF &p,
                                              double tolerance);

/** The annotation moved by delta (points and mask origin). */
Annotation translated(Annotation a, const QPointF &delta);
/** A box or ellipse given by two opposite corners, normalised (top-left first). */
QList<QPointF> normalizedBox(const QPointF &a, const QPointF &b);

} // namespace Tessera::ShapeGeometry
