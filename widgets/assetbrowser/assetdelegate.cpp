// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assetdelegate.h"

#include "core/types.h"
#include "items/assetlistmodel.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Tessera {

namespace {
constexpr int listHeight = 44;

// 10000 annotations read as "10k": the count column stays narrow and never truncates.
QString compactCount(int count)
{
    if (count < 1000)
        return QString::number(count);
    if (count < 10000)
        return QStringLiteral("%1.%2k").arg(count / 1000).arg(count % 1000 / 100);
    return QStringLiteral("%1k").arg(count / 1000);
}

constexpr int preferredSide = 168;
constexpr int gridGap = 6;
} // namespace

int AssetDelegate::gridSideFor(int viewWidth)
{
    // A narrow dock still shows two columns; a wide one as many tiles near the preferred size
    // as fit, all the same width so that the columns end flush with the view.
    const int columns = std::max(2, int(std::lround(double(viewWidth) / preferredSide)));
    return std::max(80, viewWidth / columns - gridGap - 1); // a cell of width/columns would wrap
}

AssetDelegate::AssetDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QColor AssetDelegate::statusColor(int status)
{
    switch (ReviewStatus(status)) {
    case ReviewStatus::New:
        return QColor(0x9e, 0x9e, 0x9e);
    case ReviewStatus::InProgress:
        return QColor(0x21, 0x96, 0xf3);
    case ReviewStatus::Submitted:
        return QColor(0xff, 0x98, 0x00);
    case ReviewStatus::Accepted:
        return QColor(0x4c, 0xaf, 0x50);
    case ReviewStatus::Rejected:
        return QColor(0xf4, 0x43, 0x36);
    case ReviewStatus::Reopened:
        return QColor(0x9c, 0x27, 0xb0);
    }
    return Qt::gray;
}

QSize AssetDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const
{
    return m_grid ? QSize(m_side, m_side + 22) : QSize(200, listHeight);
}

void AssetDelegate::paintPicture(QPainter *painter, const QRect &box,
                                 const QModelIndex &index) const
{
    const QImage thumb = index.data(Qt::DecorationRole).value<QImage>();
    if (!thumb.isNull()) {
        const QSize size = thumb.size().scaled(box.size(), Qt::KeepAspectRatio);
        const QRect target(box.center() - QPoint(size.width() / 2, size.height() / 2), size);
        painter->setRenderHint(QPainter::SmoothPixmapTransform);
        painter->drawImage(target, thumb);
        return;
    }
    // No thumbnail (yet, or never for text): a glyph that says what kind of asset this is.
    painter->fillRect(box, QColor(0, 0, 0, 25));
    QString glyph;
    switch (AssetKind(index.data(AssetListModel::KindRole).toInt())) {
    case AssetKind::Image:
        glyph = index.data(AssetListModel::ThumbnailFailedRole).toBool() ? QStringLiteral("⚠")
                                                                         : QStringLiteral("…");
        break;
    case AssetKind::Text:
        glyph = QStringLiteral("¶");
        break;
    case AssetKind::Comparison:
        glyph = QStringLiteral("A|B");
        break;
    }
    QFont font = painter->font();
    font.setPixelSize(std::max(10, box.height() / 3));
    painter->save();
    painter->setFont(font);
    painter->setPen(QApplication::palette().color(QPalette::PlaceholderText));
    painter->drawText(box, Qt::AlignCenter, glyph);
    painter->restore();
}

void AssetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    painter->save();
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    if (selected)
        painter->fillRect(option.rect, pal.color(QPalette::Highlight));
    else if (option.state & QStyle::State_MouseOver)
        painter->fillRect(option.rect, pal.color(QPalette::AlternateBase));
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QString name = index.data(Qt::DisplayRole).toString();
    const int count = index.data(AssetListModel::AnnotationCountRole).toInt();
    const QColor status = statusColor(index.data(AssetListModel::StatusRole).toInt());
    const int issues = index.data(AssetListModel::OpenIssuesRole).toInt();
    // File names keep their extension visible; prompts and first lines read from the start.
    const Qt::TextElideMode elide
            = AssetKind(index.data(AssetListModel::KindRole).toInt()) == AssetKind::Image
                      ? Qt::ElideMiddle
                      : Qt::ElideRight;

    if (m_grid) {
        const QRect picture = option.rect.adjusted(6, 6, -6, -26);
        paintPicture(painter, picture, index);
        const QRect caption(option.rect.left() + 16, option.rect.bottom() - 20,
                            option.rect.width() - 22, 18);
        painter->setPen(textColor);
        painter->drawText(caption, Qt::AlignVCenter | Qt::AlignLeft,
                          painter->fontMetrics().elidedText(name, elide, caption.width() - 30));
        painter->setBrush(status);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPoint(option.rect.left() + 9, caption.center().y() + 1), 4, 4);
        if (count > 0) {
            painter->setPen(textColor);
            painter->drawText(caption, Qt::AlignVCenter | Qt::AlignRight, compactCount(count));
        }
    } else {
        const QRect picture(option.rect.left() + 4, option.rect.top() + 4, 48, listHeight - 8);
        paintPicture(painter, picture, index);
        const QRect text = option.rect.adjusted(60, 0, issues ? -82 : -58, 0);
        painter->setPen(textColor);
        painter->drawText(text, Qt::AlignVCenter | Qt::AlignLeft,
                          painter->fontMetrics().elidedText(name, elide, text.width()));
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setBrush(status);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(QPoint(option.rect.right() - 12, option.rect.center().y()), 5, 5);
        if (count > 0) {
            painter->setPen(textColor);
            painter->drawText(
                    QRect(option.rect.right() - 56, option.rect.top(), 36, option.rect.height()),
                    Qt::AlignVCenter | Qt::AlignRight, compactCount(count));
        }
    }
    // Open review issues: a pink badge with their number, as the canvas draws its pins.
    if (issues) {
        const QPoint centre = m_grid ? QPoint(option.rect.right() - 14, option.rect.top() + 14)
                                     : QPoint(option.rect.right() - 70, option.rect.center().y());
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(QColor(255, 64, 160));
        painter->drawEllipse(centre, 8, 8);
        QFont small = painter->font();
        small.setPointSizeF(small.pointSizeF() * 0.8);
        small.setBold(true);
        painter->setFont(small);
        painter->drawText(QRect(centre - QPoint(8, 8), QSize(16, 16)), Qt::AlignCenter,
                          issues > 9 ? QStringLiteral("9+") : QString::number(issues));
    }
    painter->restore();
}

} // namespace Tessera
