// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "toolicons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Tessera::ToolIcons {

namespace {

// Draws on a 32×32 grid; the pixmap is larger so that it stays crisp on high-DPI screens.
void draw(QPainter &p, ImageCanvas::Tool tool, const QColor &ink)
{
    using T = ImageCanvas::Tool;
    QPen pen(ink, 2.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    QColor fill = ink;
    fill.setAlpha(60);
    auto dot = [&p, &ink](QPointF c, double r) {
        p.save();
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawEllipse(c, r, r);
        p.restore();
    };
    switch (tool) {
    case T::Select: {
        QPainterPath arrow;
        arrow.moveTo(9, 4);
        arrow.lineTo(9, 25);
        arrow.lineTo(14, 20);
        arrow.lineTo(18, 28);
        arrow.lineTo(21, 26.5);
        arrow.lineTo(17, 19);
        arrow.lineTo(24, 19);
        arrow.closeSubpath();
        p.setBrush(fill);
        p.drawPath(arrow);
        break;
    }
    case T::Box:
        p.setBrush(fill);
        p.drawRect(QRectF(5, 8, 22, 16));
        dot({5, 8}, 2.6);
        dot({27, 24}, 2.6);
        break;
    case T::Polygon: {
        const QPolygonF poly(
                {QPointF(16, 4), QPointF(28, 13), QPointF(23, 27), QPointF(8, 27), QPointF(4, 13)});
        p.setBrush(fill);
        p.drawPolygon(poly);
        for (const QPointF &v : poly)
            dot(v, 2.4);
        break;
    }
    case T::Polyline: {
        const QPolygonF line({QPointF(4, 24), QPointF(12, 10), QPointF(20, 22), QPointF(28, 7)});
        p.drawPolyline(line);
        for (const QPointF &v : line)
            dot(v, 2.4);
        break;
    }
    case T::Point:
        dot({16, 16}, 5);
        p.drawEllipse(QPointF(16, 16), 10, 10);
        break;
    case T::Ellipse:
        p.setBrush(fill);
        p.drawEllipse(QRectF(4, 8, 24, 16));
        break;
    case T::Keypoints: {
        const QPointF head(16, 6), neck(16, 12), hip(16, 20), lh(9, 16), rh(23, 16), lf(10, 28),
                rf(22, 28);
        p.setPen(QPen(ink, 1.6));
        p.drawLine(neck, hip);
        p.drawLine(neck, lh);
        p.drawLine(neck, rh);
        p.drawLine(hip, lf);
        p.drawLine(hip, rf);
        p.drawLine(head, neck);
        for (const QPointF &v : {head, neck, hip, lh, rh, lf, rf})
            dot(v, 2.4);
        break;
    }
    case T::Mask: {
        QPainterPath blob;
        blob.moveTo(6, 22);
        blob.cubicTo(4, 10, 14, 4, 22, 8);
        blob.cubicTo(30, 12, 28, 24, 20, 26);
        blob.cubicTo(14, 28, 8, 28, 6, 22);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawPath(blob);
        p.setPen(QPen(ink, 5, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(9, 21), QPointF(21, 12));
        break;
    }
    case T::Wand:
        p.setPen(QPen(ink, 3, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(6, 27), QPointF(20, 13));
        p.setPen(pen);
        for (const auto &[a, b] :
             {std::pair{QPointF(24, 3), QPointF(24, 11)}, std::pair{QPointF(20, 7), QPointF(28, 7)},
              std::pair{QPointF(27, 13), QPointF(29, 15)},
              std::pair{QPointF(17, 3), QPointF(19, 5)}})
            p.drawLine(a, b);
        break;
    case T::Scissors:
        p.drawEllipse(QPointF(9, 24), 4, 4);
        p.drawEllipse(QPointF(23, 24), 4, 4);
        p.drawLine(QPointF(11.5, 21), QPointF(24, 4));
        p.drawLine(QPointF(20.5, 21), QPointF(8, 4));
        break;
    case T::Segment: {
        p.setPen(QPen(ink, 1.6, Qt::DashLine));
        p.drawRect(QRectF(4, 6, 24, 20));
        QPainterPath spark;
        spark.moveTo(16, 8);
        spark.quadTo(17, 15, 24, 16);
        spark.quadTo(17, 17, 16, 24);
        spark.quadTo(15, 17, 8, 16);
        spark.quadTo(15, 15, 16, 8);
        p.setPen(Qt::NoPen);
        p.setBrush(ink);
        p.drawPath(spark);
        break;
    }
    }
}

} // namespace

QIcon icon(ImageCanvas::Tool tool, const QColor &ink)
{
    QIcon icon;
    for (int side : {32, 64}) {
        QPixmap pixmap(side, side);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(side / 32.0, side / 32.0);
        draw(p, tool, ink);
        p.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace Tessera::ToolIcons
