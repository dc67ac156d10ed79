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
    bool isGrid() const { return m_grid; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor statusColor(int status);

private:
    void paintPicture(QPainter *painter, const QRect &box, const QModelIndex &index) const;
    bool m_grid = false;
};

} // namespace Tessera
