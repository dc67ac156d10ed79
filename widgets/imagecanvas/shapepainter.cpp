// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "shapepainter.h"

#include "core/maskcodec.h"
#include "core/shapegeometry.h"

#include <QCache>

#include <QLineF>
#include <QPainter>
#include <QPainterPath>

namespace Tessera::ShapePainter {

namespace {

QColor withAlpha(QColor color, int alpha)
{
    color.setAlpha(alpha);
    return color;
}

// A mask as a tinted image, made once per mask version and colour.
QImage tintedMask(const Annotation &a, const QColor &color)
{
    static QCache<QString, QImage> cache(64 * 1024); // KiB
    const QString key = QStringLiteral("%1/%2/%3/%4/%5")
                                .arg(a.id)
                                .arg(a.provenance.modifiedAt)
                                .arg(a.maskRuns.size())
                                .arg(qHash(a.maskRect))
                                .arg(color.rgba());
    if (QImage *hit = cache.object(key))
        return *hit;
    const QImage alpha = MaskCodec::toImage(a);
    if (alpha.isNull())
        return QImage();
    QImage tinted(alpha.size(), QImage::Format_ARGB32_Premultiplied);
    tinted.fill(withAlpha(color, 110));
    tinted.setAlphaChannel(alpha);
    cache.insert(key, new QImage(tinted), int(std::max<qsizetype>(1, tinted.sizeInBytes() / 1024)));
    return tinted;
}

} // namespace

void paint(QPainter &painter, const Annotation &a, const QTransform &toWidget, const QColor &color,
           Detail detail, const Skeleton *skeleton)
{
    if (detail == Detail::Marker) {
        const QPointF c = toWidget.map(ShapeGeometry::boundingRect(a).center());
        painter.fillRect(QRectF(c - QPointF(1, 1), QSizeF(3, 3)), color);
        return;
    }
    // Proposals (unaccepted pre-labels) are dashed and unfilled, with their score: they must
    // never be mistaken for what a person drew.
    const bool proposal = isProposal(a);
    QPen pen(color, detail == Detail::Fast ? 1 : 2);
    if (proposal)
        pen.setStyle(Qt::DashLine);
    // With thousands of shapes in view a translucent fill per shape dominates the cost, and the
    // outlines alone read better at that density.
    const QBrush fill = detail == Detail::Fast || proposal ? QBrush(Qt::NoBrush)
                                                           : QBrush(withAlpha(color, 45));
    switch (a.kind) {
    case AnnotationKind::Point:
    case AnnotationKind::Keypoints: {
        if (skeleton && a.kind == AnnotationKind::Keypoints) {
            painter.setPen(QPen(color, 2));
            for (const auto &[from, to] : skeleton->edges) {
                if (a.visibility.value(from, 2) > 0 && a.visibility.value(to, 2) > 0
                    && from < a.points.size() && to < a.points.size())
                    painter.drawLine(toWidget.map(a.points[from]), toWidget.map(a.points[to]));
            }
        }
        for (int i = 0; i < a.points.size(); ++i) {
            const int visibility
                    = a.kind == AnnotationKind::Keypoints ? a.visibility.value(i, 2) : 2;
            if (visibility == 0)
                continue;
            // Occluded keypoints are hollow: placed by judgement, not seen.
            painter.setPen(QPen(visibility == 1 ? color : QColor(Qt::white), 1.5));
            painter.setBrush(visibility == 1 ? QBrush(Qt::NoBrush) : QBrush(color));
            painter.drawEllipse(toWidget.map(a.points[i]), 4, 4);
        }
        return;
    }
    case AnnotationKind::Polygon: {
        // Polygons and polylines take the direct route: no path object per frame. Small ones
        // keep every n-th vertex: a 20-point outline of 15 screen pixels looks the same with 8.
        QPolygonF poly = toWidget.map(QPolygonF(a.points));
        if (detail == Detail::Fast && poly.size() > 8) {
            const QRectF r = poly.boundingRect();
            if (r.width() < 24 && r.height() < 24) {
                QPolygonF fewer;
                const qsizetype stride = poly.size() / 8;
                for (qsizetype i = 0; i < poly.size(); i += stride)
                    fewer.append(poly[i]);
                poly = fewer;
            }
        }
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawPolygon(poly);
        break;
    }
    case AnnotationKind::Polyline:
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPolyline(toWidget.map(QPolygonF(a.points)));
        break;
    case AnnotationKind::Box:
    case AnnotationKind::RotatedBox:
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawPolygon(toWidget.map(ShapeGeometry::corners(a)));
        break;
    case AnnotationKind::Mask: {
        const QImage tinted = tintedMask(a, color);
        if (!tinted.isNull())
            painter.drawImage(toWidget.mapRect(QRectF(a.maskRect)), tinted);
        return;
    }
    default:
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawPath(toWidget.map(ShapeGeometry::outline(a)));
        break;
    }
    if (proposal && detail == Detail::Full && a.provenance.score) {
        const QRectF bounds = toWidget.mapRect(ShapeGeometry::boundingRect(a));
        const QString score = QString::number(*a.provenance.score, 'f', 2);
        const QRectF tag(bounds.left(), bounds.bottom() + 2,
                         painter.fontMetrics().horizontalAdvance(score) + 8, 16);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 150));
        painter.drawRoundedRect(tag, 3, 3);
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter, score);
    }
}

QList<QPointF> handles(const Annotation &a, const QTransform &toWidget)
{
    QList<QPointF> result;
    switch (a.kind) {
    case AnnotationKind::Box:
    case AnnotationKind::RotatedBox:
    case AnnotationKind::Ellipse: {
        // Corners clockwise from top-left, then edge midpoints (top, right, bottom, left).
        Annotation box = a;
        const QPolygonF c = ShapeGeometry::corners(box);
        for (const QPointF &p : c)
            result.append(toWidget.map(p));
        for (int i = 0; i < 4; ++i)
            result.append(toWidget.map((c[i] + c[(i + 1) % 4]) / 2));
        break;
    }
    case AnnotationKind::Polygon:
    case AnnotationKind::Polyline:
    case AnnotationKind::Point:
    case AnnotationKind::Keypoints:
        for (qsizetype i = 0; i < a.points.size(); ++i)
            if (a.kind != AnnotationKind::Keypoints || a.visibility.value(i, 2) > 0)
                result.append(toWidget.map(a.points[i]));
        break;
    default:
        break;
    }
    return result;
}

QPointF rotationHandle(const Annotation &a, const QTransform &toWidget)
{
    const QPolygonF c = toWidget.map(ShapeGeometry::corners(a));
    const QPointF topMid = (c[0] + c[1]) / 2;
    const QPointF centre = (c[0] + c[2]) / 2;
    QLineF up(centre, topMid);
    up.setLength(up.length() + 24);
    return up.p2();
}

void paintSelected(QPainter &painter, const Annotation &a, const QTransform &toWidget,
                   const QColor &color, const QString &labelName, bool locked,
                   const Skeleton *skeleton)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, a, toWidget, color, Detail::Full, skeleton);
    // A dashed white-on-dark outline reads on any image.
    const QPainterPath path = toWidget.map(ShapeGeometry::outline(a));
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(QColor(0, 0, 0, 160), 3));
    painter.drawPath(path);
    painter.setPen(QPen(Qt::white, 1.5, Qt::DashLine));
    painter.drawPath(path);
    if (!locked) {
        painter.setPen(QPen(QColor(20, 20, 20), 1));
        painter.setBrush(Qt::white);
        for (const QPointF &h : handles(a, toWidget))
            painter.drawRect(QRectF(h - QPointF(handleRadius, handleRadius),
                                    QSizeF(2 * handleRadius, 2 * handleRadius)));
        if (a.kind == AnnotationKind::Box || a.kind == AnnotationKind::RotatedBox
            || a.kind == AnnotationKind::Ellipse) {
            const QPolygonF c = toWidget.map(ShapeGeometry::corners(a));
            const QPointF knob = rotationHandle(a, toWidget);
            painter.setPen(QPen(Qt::white, 1));
            painter.drawLine((c[0] + c[1]) / 2, knob);
            painter.setBrush(color);
            painter.drawEllipse(knob, handleRadius + 1, handleRadius + 1);
        }
    }
    QString chip = labelName.isEmpty() ? annotationKindName(a.kind) : labelName;
    if (locked)
        chip += QStringLiteral(" 🔒");
    const QRectF bounds = toWidget.mapRect(ShapeGeometry::boundingRect(a));
    const QRectF box(bounds.left(), bounds.top() - 20,
                     painter.fontMetrics().horizontalAdvance(chip) + 12, 18);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(color.lightness() > 150 ? Qt::black : Qt::white);
    painter.drawText(box, Qt::AlignCenter, chip);
    painter.restore();
}

} // namespace Tessera::ShapePainter
