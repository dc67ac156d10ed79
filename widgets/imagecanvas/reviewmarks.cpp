// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "reviewmarks.h"

#include "core/shapegeometry.h"

#include <QPainter>
#include <QPainterPath>

namespace Tessera::ReviewMarks {

void paintLayers(QPainter &painter, const QList<LayerShape> &shapes, const QTransform &toView)
{
    // Other people's shapes: thin dashed outlines in their colour with their name, so that a
    // reviewer compares them with the main layer without mistaking them for it.
    if (shapes.isEmpty())
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QList<QRectF> tags; // where names are already written: near-identical shapes share a corner
    for (const LayerShape &o : shapes) {
        painter.setPen(QPen(o.colour, 1.5, Qt::DashDotLine));
        painter.setBrush(Qt::NoBrush);
        const QPainterPath path = toView.map(ShapeGeometry::outline(o.shape));
        painter.drawPath(path);
        for (const QPointF &p : o.shape.points)
            if (o.shape.kind == AnnotationKind::Point || o.shape.kind == AnnotationKind::Keypoints)
                painter.drawEllipse(toView.map(p), 4, 4);
        const QRectF bounds = toView.mapRect(ShapeGeometry::boundingRect(o.shape));
        QRectF tag(bounds.bottomLeft() + QPointF(0, 2),
                   QSizeF(painter.fontMetrics().horizontalAdvance(o.tag) + 8, 16));
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF &other : std::as_const(tags))
                if (other.intersects(tag)) {
                    tag.moveLeft(other.right() + 3);
                    moved = true;
                }
        }
        tags.append(tag);
        painter.fillRect(tag, o.colour);
        painter.setPen(Qt::white);
        painter.drawText(tag, Qt::AlignCenter, o.tag);
    }
    painter.restore();
}

void paintPins(QPainter &painter, const QList<Comment> &issues, const QTransform &toView)
{
    // Issues sit above the shapes in a colour no label palette uses for its frames: a reviewer's
    // note must not be mistaken for a label.
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const Comment &c = issues[i];
        if (!c.region)
            continue;
        const QColor colour = c.resolved ? QColor(255, 255, 255, 110) : QColor(255, 64, 160);
        QPointF anchor = toView.map(c.region->topLeft());
        if (!c.region->size().isEmpty()) {
            const QRectF frame(toView.map(c.region->topLeft()),
                               toView.map(c.region->bottomRight()));
            painter.setPen(QPen(colour, 2, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(frame);
            // At the top-right corner: the top-left one holds the shape's label chip.
            anchor = frame.topRight();
        }
        // A pin: a numbered disc on a short needle pointing at the spot.
        // Above the spot, unless that is off the top of the view: then it hangs below.
        const QPointF head = anchor + QPointF(0, anchor.y() >= 30 ? -18 : 18);
        painter.setPen(QPen(colour, 2));
        painter.drawLine(anchor, head);
        painter.setBrush(colour);
        painter.drawEllipse(head, 10, 10);
        painter.setPen(c.resolved ? Qt::black : Qt::white);
        painter.drawText(QRectF(head - QPointF(10, 10), QSizeF(20, 20)), Qt::AlignCenter,
                         QString::number(i + 1));
    }
    painter.restore();
}

} // namespace Tessera::ReviewMarks
