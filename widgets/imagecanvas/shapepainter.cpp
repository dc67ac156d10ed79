// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "shapepainter.h"

#include "core/maskcodec.h"
#include "core/shapegeometry.h"

#include <QCache>

#include <QLineF>
#include <QPainter>
#include <QPainterPath>

#include <cmath>

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

// At fast detail a small polygon keeps every n-th vertex: a 20-point outline of 15 screen
// pixels looks the same with 8.
qsizetype fastStride(const QRectF &screenBounds, qsizetype vertices)
{
    return vertices > 8 && screenBounds.width() < 24 && screenBounds.height() < 24 ? vertices / 8
                                                                                   : 1;
}

} // namespace

void paint(QPainter &painter, const Annotation &a, const QTransform &toWidget, const QColor &color,
           Detail detail, const Skeleton *skeleton)
{
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
        // Polygons and polylines take the direct route: no path object per frame.
        QPolygonF poly = toWidget.map(QPolygonF(a.points));
        if (const qsizetype stride
            = detail == Detail::Fast ? fastStride(poly.boundingRect(), poly.size()) : 1;
            stride > 1) {
            QPolygonF fewer;
            for (qsizetype i = 0; i < poly.size(); i += stride)
                fewer.append(poly[i]);
            poly = fewer;
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

OutlineBatch::OutlineBatch(QPainter &painter)
    : m_painter(painter)
{}

OutlineBatch::~OutlineBatch()
{
    flush();
}

void OutlineBatch::setColor(const QColor &color)
{
    const QRgb rgb = color.rgba();
    if (m_hasColor && rgb == m_color)
        return;
    flush();
    m_color = rgb;
    m_hasColor = true;
}

bool OutlineBatch::add(const Annotation &a, const QTransform &toWidget, const QColor &color)
{
    const bool polygon = a.kind == AnnotationKind::Polygon;
    const bool polyline = a.kind == AnnotationKind::Polyline;
    const bool box = a.kind == AnnotationKind::Box || a.kind == AnnotationKind::RotatedBox;
    if ((!polygon && !polyline && !box) || isProposal(a))
        return false;
    setColor(color);
    const QPolygonF corners = box ? ShapeGeometry::corners(a) : QPolygonF();
    const QPointF *points = box ? corners.constData() : a.points.constData();
    const qsizetype count = box ? corners.size() : a.points.size();
    if (count < 2)
        return true;
    const qsizetype stride
            = polygon ? fastStride(toWidget.mapRect(ShapeGeometry::boundingRect(a)), count) : 1;
    const QPointF first = toWidget.map(points[0]);
    QPointF previous = first;
    for (qsizetype i = stride; i < count; i += stride) {
        const QPointF next = toWidget.map(points[i]);
        m_lines.append(QLineF(previous, next));
        previous = next;
    }
    if (!polyline)
        m_lines.append(QLineF(previous, first));
    return true;
}

void OutlineBatch::addMarker(const QPointF &centre, const QColor &color)
{
    setColor(color);
    m_dots.append(QRectF(centre - QPointF(1, 1), QSizeF(3, 3)));
}

namespace {

// Liang–Barsky: clips the segment a→b to box; false if nothing of it is inside.
bool clipSegment(QPointF &a, QPointF &b, const QRectF &box)
{
    const double dx = b.x() - a.x();
    const double dy = b.y() - a.y();
    double t0 = 0;
    double t1 = 1;
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4]
            = {a.x() - box.left(), box.right() - a.x(), a.y() - box.top(), box.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    // Clamped: with far-away ends (1e9) rounding can leave a clipped end a hair outside.
    const auto inside = [&box](const QPointF &p) {
        return QPointF(std::clamp(p.x(), box.left(), box.right()),
                       std::clamp(p.y(), box.top(), box.bottom()));
    };
    const QPointF start = a;
    a = inside(start + QPointF(dx, dy) * t0);
    b = inside(start + QPointF(dx, dy) * t1);
    return true;
}

// x (premultiplied ARGB) times a/255, each channel rounded: the blend of SourceOver.
quint32 byteMul(quint32 x, quint32 a)
{
    quint32 t = (x & 0xff00ff) * a;
    t = ((t + ((t >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    x = ((x >> 8) & 0xff00ff) * a;
    x = (x + ((x >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return x | t;
}

// One-pixel aliased lines written straight into premultiplied ARGB32: QPainter spends about
// 100 ns of set-up on each line, which with 150,000 short edges of 10,000 polygons was the
// whole cost of the layer (19 ms; Bresenham here: 3 ms).
// QPainter's pen of 1 (logical) pixel, in device pixels: 2 on a screen scaled by 2.
int lineThickness(const QTransform &toDevice)
{
    const double scale = std::min(std::abs(toDevice.m11()), std::abs(toDevice.m22()));
    return std::clamp(int(std::lround(scale)), 1, 4);
}

void rasterLines(QImage &image, const QList<QLineF> &lines, const QTransform &toDevice,
                 const QRect &clip, QRgb color)
{
    // A thicker line is a square of pixels at each step (opaque colours only: the caller checks,
    // the squares overlap).
    const int thick = lineThickness(toDevice);
    const quint32 source = qPremultiply(color);
    const quint32 keep = 255 - qAlpha(color);
    const QRectF box(clip.left(), clip.top(), clip.width() - 1e-6, clip.height() - 1e-6);
    // Scale and translation only (checked by the caller): mapped without QTransform's switch.
    const double sx = toDevice.m11();
    const double sy = toDevice.m22();
    const double tx = toDevice.dx();
    const double ty = toDevice.dy();
    uchar *bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    for (const QLineF &line : lines) {
        QPointF a(line.x1() * sx + tx, line.y1() * sy + ty);
        QPointF b(line.x2() * sx + tx, line.y2() * sy + ty);
        if (!std::isfinite(a.x() + a.y() + b.x() + b.y()))
            continue; // a NaN would become a wild pixel index
        if ((!box.contains(a) || !box.contains(b)) && !clipSegment(a, b, box))
            continue;
        // Inside the clip, so not negative: truncation is the floor. Bresenham never leaves the
        // box of its two ends, so no pixel needs a bounds check.
        int x0 = int(a.x());
        int y0 = int(a.y());
        const int x1 = int(b.x());
        const int y1 = int(b.y());
        const int dx = std::abs(x1 - x0);
        const int dy = -std::abs(y1 - y0);
        const int stepX = x0 < x1 ? 1 : -1;
        const int stepY = y0 < y1 ? 1 : -1;
        int error = dx + dy;
        for (;;) {
            if (thick == 1) {
                auto *pixel = reinterpret_cast<quint32 *>(bits + y0 * stride) + x0;
                *pixel = keep == 0 ? source : source + byteMul(*pixel, keep);
            } else {
                for (int y = y0; y < std::min(y0 + thick, clip.bottom() + 1); ++y) {
                    auto *row = reinterpret_cast<quint32 *>(bits + y * stride);
                    for (int x = x0; x < std::min(x0 + thick, clip.right() + 1); ++x)
                        row[x] = source;
                }
            }
            if (x0 == x1 && y0 == y1)
                break;
            const int twice = 2 * error;
            if (twice >= dy) {
                error += dy;
                x0 += stepX;
            }
            if (twice <= dx) {
                error += dx;
                y0 += stepY;
            }
        }
    }
}

} // namespace

void OutlineBatch::flush()
{
    if (m_lines.isEmpty() && m_dots.isEmpty())
        return;
    const QColor color = QColor::fromRgba(m_color);
    if (!m_lines.isEmpty()) {
        // Drawn by hand when the painter paints plainly on a premultiplied image (the canvas's
        // layer): no rotation, normal blending, at most a rectangular clip.
        QPaintDevice *device = m_painter.device();
        auto *image = device && device->devType() == QInternal::Image
                              ? static_cast<QImage *>(device)
                              : nullptr;
        const QTransform toDevice = m_painter.deviceTransform();
        const bool plain = image && image->format() == QImage::Format_ARGB32_Premultiplied
                           && toDevice.type() <= QTransform::TxScale
                           && m_painter.compositionMode() == QPainter::CompositionMode_SourceOver
                           && m_painter.opacity() == 1.0
                           && (qAlpha(m_color) == 255 || lineThickness(toDevice) == 1)
                           && (!m_painter.hasClipping() || m_painter.clipRegion().rectCount() == 1);
        if (plain) {
            QRect clip = image->rect();
            if (m_painter.hasClipping())
                clip &= toDevice.mapRect(m_painter.clipBoundingRect()).toAlignedRect();
            rasterLines(*image, m_lines, toDevice, clip, m_color);
        } else {
            m_painter.setPen(QPen(color, 1));
            m_painter.setBrush(Qt::NoBrush);
            m_painter.drawLines(m_lines.constData(), int(m_lines.size()));
        }
        m_lines.clear();
    }
    if (!m_dots.isEmpty()) {
        m_painter.setPen(Qt::NoPen);
        m_painter.setBrush(color);
        m_painter.drawRects(m_dots.constData(), int(m_dots.size()));
        m_dots.clear();
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
