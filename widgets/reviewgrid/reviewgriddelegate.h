// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Tessera {

class ReviewGridModel;

/**
 * Paints a review grid tile: the thumbnail or object crop with the shapes drawn over it in their
 * labels' colours (proposals dashed), the asset's status dot, a tick and a thick frame when the
 * tile is marked, and a caption (name, or label and score).
 */
class ReviewGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ReviewGridDelegate(ReviewGridModel *model, QObject *parent = nullptr);
    /** The side of a tile's picture, in pixels (the zoom). */
    void setSide(int side) { m_side = side; }
    int side() const { return m_side; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    ReviewGridModel *m_model;
    int m_side = 160;
};

} // namespace Tessera
