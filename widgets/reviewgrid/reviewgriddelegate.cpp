// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "reviewgriddelegate.h"

#include "assetbrowser/assetdelegate.h"
#include "core/shapegeometry.h"
#include "items/reviewgridmodel.h"

#include <algorithm>

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPixmapCache>

namespace Tessera {

namespace {
constexpr int captionHeight = 22;
constexpr int pad = 5;
} // namespace

ReviewGridDelegate::ReviewGridDelegate(ReviewGridModel *model, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_model(model)
{
    // Room for a few screens of scaled crops at the largest zoom (the default is 10 MB).
    QPixmapCache::setCacheLimit(std::max(QPixmapCache::cacheLimit(), 64 * 1024));
}

QSize ReviewGridDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return QSize(m_side + 2 * pad, m_side + 2 * pad + captionHeight);
}

void ReviewGridDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                               const QModelIndex &index) const
{
    painter->save();
    const QPalette &pal = option.palette;
    const bool current
            = option.state & QStyle::State_HasFocus || option.state & QStyle::State_Selected;
    const bool marked = index.data(ReviewGridModel::MarkedRole).toBool();
    const QRect tile = option.rect.adjusted(1, 1, -1, -1);
    if (marked)
        painter->fillRect(tile, pal.color(QPalette::Highlight).lighter(170));
    const QRect picture(tile.left() + pad - 1, tile.top() + pad - 1, m_side, m_side);
    painter->fillRect(picture, QColor(0, 0, 0, 30));

    const QImage image = index.data(ReviewGridModel::ImageRole).value<QImage>();
    const QRectF source = index.data(ReviewGridModel::SourceRectRole).toRectF();
    const bool objects = m_model->mode() == ReviewGridModel::Mode::Objects;
    if (!image.isNull() && source.isValid()) {
        const QSize size = image.size().scaled(picture.size(), Qt::KeepAspectRatio);
        const QRect target(picture.center() - QPoint(size.width() / 2, size.height() / 2), size);
        // Scaled once per tile size, then blitted: smooth-scaling every visible crop on every
        // scroll frame was most of a frame's time.
        const QString key = QStringLiteral("grid:%1:%2x%3")
                                    .arg(image.cacheKey())
                                    .arg(size.width())
                                    .arg(size.height());
        QPixmap scaled;
        if (!QPixmapCache::find(key, &scaled)) {
            scaled = QPixmap::fromImage(
                    image.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation));
            QPixmapCache::insert(key, scaled);
        }
        painter->drawPixmap(target.topLeft(), scaled);
        // Image pixels of `source` onto `target`.
        QTransform toTile;
        toTile.translate(target.left(), target.top());
        toTile.scale(target.width() / source.width(), target.height() / source.height());
        toTile.translate(-source.left(), -source.top());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setClipRect(target);
        painter->setBrush(Qt::NoBrush);
        if (objects) {
            const auto path = index.data(ReviewGridModel::OutlineRole).value<QPainterPath>();
            QPen pen(m_model->labelColor(index.data(ReviewGridModel::LabelIdRole).toLongLong()), 2);
            if (index.data(ReviewGridModel::ProposalRole).toBool())
                pen.setStyle(Qt::DashLine);
            painter->setPen(pen);
            painter->drawPath(toTile.map(path));
        } else {
            const QVariantList shapes = index.data(ReviewGridModel::ShapesRole).toList();
            for (const QVariant &v : shapes) {
                const auto a = v.value<Annotation>();
                QPen pen(m_model->labelColor(a.labelId), 1.5);
                if (isProposal(a))
                    pen.setStyle(Qt::DashLine);
                painter->setPen(pen);
                painter->drawPath(toTile.map(ShapeGeometry::outline(a)));
            }
        }
        painter->setClipping(false);
    } else {
        // Not made yet, or never (missing file, text): say which.
        QString glyph = QStringLiteral("…");
        if (index.data(ReviewGridModel::FailedRole).toBool())
            glyph = QStringLiteral("⚠");
        else if (AssetKind(index.data(ReviewGridModel::KindRole).toInt()) != AssetKind::Image)
            glyph = QStringLiteral("¶");
        painter->setPen(pal.color(QPalette::PlaceholderText));
        QFont font = painter->font();
        font.setPixelSize(std::max(12, m_side / 4));
        painter->setFont(font);
        painter->drawText(picture, Qt::AlignCenter, glyph);
        painter->setFont(option.font);
    }

    // Caption: status dot, name (or label), score.
    const QRect caption(tile.left() + pad + 12, picture.bottom() + 3, m_side - 14,
                        captionHeight - 4);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(AssetDelegate::statusColor(index.data(ReviewGridModel::StatusRole).toInt()));
    painter->drawEllipse(QPoint(tile.left() + pad + 4, caption.center().y() + 1), 5, 5);
    QString right;
    const QVariant score = index.data(ReviewGridModel::ScoreRole);
    if (score.isValid())
        right = QString::number(score.toDouble(), 'f', 2);
    painter->setPen(pal.color(QPalette::Text));
    const int rightWidth
            = right.isEmpty() ? 0 : painter->fontMetrics().horizontalAdvance(right) + 6;
    painter->drawText(caption.adjusted(0, 0, -rightWidth, 0), Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(index.data(Qt::DisplayRole).toString(),
                                                        Qt::ElideMiddle,
                                                        caption.width() - rightWidth));
    if (!right.isEmpty())
        painter->drawText(caption, Qt::AlignVCenter | Qt::AlignRight, right);

    // Marked: a tick in the corner and a thick frame; the current tile: a frame of its own.
    if (marked) {
        painter->setPen(QPen(pal.color(QPalette::Highlight), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(tile.adjusted(1, 1, -2, -2));
        const QRect badge(picture.right() - 21, picture.top() + 3, 18, 18);
        painter->setBrush(pal.color(QPalette::Highlight));
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(badge);
        painter->setPen(QPen(pal.color(QPalette::HighlightedText), 2));
        painter->drawPolyline(
                QPolygon({badge.topLeft() + QPoint(4, 9), badge.topLeft() + QPoint(8, 13),
                          badge.topLeft() + QPoint(14, 5)}));
    }
    if (current) {
        painter->setPen(QPen(pal.color(QPalette::Text), 1, Qt::DashLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(tile.adjusted(0, 0, -1, -1));
    }
    painter->restore();
}

} // namespace Tessera
