// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStyledItemDelegate>

namespace Tessera {

/** Paints an asset row (list) or tile (grid): thumbnail or kind glyph, name, status and count. */
class AssetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit AssetDelegate(QObject *parent = nullptr);
    void setGrid(bool grid) { m_grid = grid; }
    /** The width of a grid tile (its picture is square, with the caption below). */
    void setGridSide(int side) { m_side = side; }
    /** The tile width for a view this wide: at least two columns, tiles near 168 px. */
    static int gridSideFor(int viewWidth);
    bool isGrid() const { return m_grid; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor statusColor(int status);

private:
    void paintPicture(QPainter *painter, const QRect &box, const QModelIndex &index) const;
    bool m_grid = false;
    int m_side = 168;
};

} // namespace Tessera
