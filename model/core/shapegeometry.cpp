// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "shapegeometry.h"

#include "maskcodec.h"

#include <QLineF>
#include <QTransform>

#include <cmath>

namespace Tessera::ShapeGeometry {

namespace {

// Absent keypoints (visibility 0) sit at (0, 0) by convention: they have no place to be hit.
QList<QPointF> placedPoints(const Annotation &a)
{
    if (a.kind != AnnotationKind::Keypoints)
        return a.points;
    QList<QPointF> placed;
    for (qsizetype i = 0; i < a.points.size(); ++i)
        if (a.visibility.value(i, 2) > 0)
            placed.append(a.points[i]);
    return placed;
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b, QPointF *closest)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    double t = length2 > 0 ? QPointF::dotProduct(p - a, ab) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF c = a + t * ab;
    if (closest)
        *closest = c;
    return QLineF(p, c).length();
}

QTransform rotationAbout(const QPointF &centre, double degrees)
{
    QTransform t;
    t.translate(centre.x(), centre.y());
    t.rotate(degrees);
    t.translate(-centre.x(), -centre.y());
    return t;
}

QRectF boxRect(const Annotation &a)
{
    if (a.points.size() < 2)
        return QRectF();
    return QRectF(a.points[0], a.points[1]).normalized();
}

} // namespace

bool isShape(AnnotationKind kind)
{
    return int(kind) < int(AnnotationKind::Tag);
}

bool isArea(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Box:
    case AnnotationKind::RotatedBox:
    case AnnotationKind::Polygon:
    case AnnotationKind::Ellipse:
    case AnnotationKind::Mask:
        return true;
    default:
        return false;
    }
}

bool hasVertices(AnnotationKind kind)
{
    return kind == AnnotationKind::Polygon || kind == AnnotationKind::Polyline
           || kind == AnnotationKind::Point || kind == AnnotationKind::Keypoints;
}

QPolygonF corners(const Annotation &a)
{
    const QRectF r = boxRect(a);
    QPolygonF poly{r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()};
    if (a.rotation != 0.0)
        poly = rotationAbout(r.center(), a.rotation).map(poly);
    return poly;
}

QPainterPath outline(const Annotation &a)
{
    QPainterPath path;
    switch (a.kind) {
    case AnnotationKind::Box:
    case AnnotationKind::RotatedBox:
        if (a.points.size() >= 2) {
            path.addPolygon(corners(a));
            path.closeSubpath();
        }
        break;
    case AnnotationKind::Ellipse:
        if (a.points.size() >= 2) {
            const QRectF r = boxRect(a);
            path.addEllipse(r);
            if (a.rotation != 0.0)
                path = rotationAbout(r.center(), a.rotation).map(path);
        }
        break;
    case AnnotationKind::Polygon:
        if (!a.points.isEmpty()) {
            path.addPolygon(QPolygonF(a.points));
            path.closeSubpath();
        }
        break;
    case AnnotationKind::Polyline:
        if (!a.points.isEmpty())
            path.addPolygon(QPolygonF(a.points));
        break;
    case AnnotationKind::Mask:
        path.addRect(a.maskRect);
        break;
    default:
        break;
    }
    return path;
}

QRectF boundingRect(const Annotation &a)
{
    switch (a.kind) {
    case AnnotationKind::Box:
    case AnnotationKind::RotatedBox:
        return corners(a).boundingRect();
    case AnnotationKind::Ellipse:
        return outline(a).boundingRect();
    case AnnotationKind::Mask:
        return QRectF(a.maskRect);
    default: {
        const QList<QPointF> placed = placedPoints(a);
        if (placed.isEmpty())
            return QRectF();
        return QPolygonF(placed).boundingRect();
    }
    }
}

double area(const Annotation &a)
{
    switch (a.kind) {
    case AnnotationKind::Box:
    case AnnotationKind::RotatedBox:
        return boxRect(a).width() * boxRect(a).height();
    case AnnotationKind::Ellipse:
        return M_PI * boxRect(a).width() * boxRect(a).height() / 4;
    case AnnotationKind::Polygon: {
        // Shoelace formula.
        double twice = 0;
        for (qsizetype i = 0; i < a.points.size(); ++i) {
            const QPointF &p = a.points[i];
            const QPointF &q = a.points[(i + 1) % a.points.size()];
            twice += p.x() * q.y() - q.x() * p.y();
        }
        return std::abs(twice) / 2;
    }
    case AnnotationKind::Mask: {
        double on = 0;
        for (qsizetype i = 1; i < a.maskRuns.size(); i += 2)
            on += a.maskRuns[i];
        return on;
    }
    default:
        return 0;
    }
}

int vertexAt(const Annotation &a, const QPointF &p, double tolerance)
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < a.points.size(); ++i) {
        if (a.kind == AnnotationKind::Keypoints && a.visibility.value(i, 2) == 0)
            continue;
        const double d = QLineF(p, a.points[i]).length();
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

std::optional<std::pair<int, QPointF>> edgeAt(const Annotation &a, const QPointF &p,
                                              double tolerance)
{
    if (a.kind != AnnotationKind::Polygon && a.kind != AnnotationKind::Polyline)
        return std::nullopt;
    const qsizetype n = a.points.size();
    const qsizetype edges = a.kind == AnnotationKind::Polygon ? n : n - 1;
    std::optional<std::pair<int, QPointF>> best;
    double bestDistance = tolerance;
    for (qsizetype i = 0; i < edges; ++i) {
        QPointF closest;
        const double d = distanceToSegment(p, a.points[i], a.points[(i + 1) % n], &closest);
        if (d <= bestDistance) {
            bestDistance = d;
            best = std::pair<int, QPointF>{int(i + 1), closest};
        }
    }
    return best;
}

bool hitTest(const Annotation &a, const QPointF &p, double tolerance)
{
    if (!boundingRect(a).adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
        return false;
    switch (a.kind) {
    case AnnotationKind::Point:
    case AnnotationKind::Keypoints:
        return vertexAt(a, p, tolerance) >= 0;
    case AnnotationKind::Polyline:
        return edgeAt(a, p, tolerance).has_value();
    case AnnotationKind::Polygon:
        return QPolygonF(a.points).containsPoint(p, Qt::OddEvenFill)
               || edgeAt(a, p, tolerance).has_value();
    case AnnotationKind::Mask:
        return MaskCodec::contains(a, QPoint(int(std::floor(p.x())), int(std::floor(p.y()))));
    default: {
        const QPainterPath path = outline(a);
        if (path.contains(p))
            return true;
        // Near the outline counts too, so thin boxes stay easy to pick.
        QPainterPathStroker stroker;
        stroker.setWidth(2 * tolerance);
        return stroker.createStroke(path).contains(p);
    }
    }
}

Annotation translated(Annotation a, const QPointF &delta)
{
    for (QPointF &p : a.points)
        p += delta;
    if (!a.maskRect.isNull())
        a.maskRect.translate(qRound(delta.x()), qRound(delta.y()));
    return a;
}

QList<QPointF> normalizedBox(const QPointF &a, const QPointF &b)
{
    const QRectF r = QRectF(a, b).normalized();
    return {r.topLeft(), r.bottomRight()};
}

double iou(const QRectF &a, const QRectF &b)
{
    const QRectF na = a.normalized();
    const QRectF nb = b.normalized();
    const QRectF i = na.intersected(nb);
    if (i.isEmpty())
        return 0;
    const double inter = i.width() * i.height();
    const double uni = na.width() * na.height() + nb.width() * nb.height() - inter;
    return uni > 0 ? inter / uni : 0;
}

// Centre, size and angle of the first edge; right angles checked with a tolerance relative to
// the size, since files store rounded coordinates.
std::optional<Annotation> turnedBox(const QList<QPointF> &p)
{
    const QLineF a(p[0], p[1]), b(p[1], p[2]), c(p[2], p[3]), d(p[3], p[0]);
    const double scale = std::max(a.length(), b.length());
    if (scale <= 0)
        return std::nullopt;
    auto dot = [](const QLineF &x, const QLineF &y) {
        return x.dx() * y.dx() + x.dy() * y.dy();
    };
    const double tolerance = 1e-3 * scale * scale;
    if (std::abs(dot(a, b)) > tolerance || std::abs(dot(b, c)) > tolerance
        || std::abs(dot(c, d)) > tolerance)
        return std::nullopt;
    const QPointF centre = (p[0] + p[2]) / 2;
    const QPointF half(a.length() / 2, b.length() / 2);
    Annotation box{.kind = AnnotationKind::RotatedBox, .points = {centre - half, centre + half}};
    box.rotation = std::atan2(a.dy(), a.dx()) * 180.0 / M_PI;
    if (std::abs(box.rotation) < 1e-9)
        box.kind = AnnotationKind::Box;
    return box;
}

} // namespace Tessera::ShapeGeometry
