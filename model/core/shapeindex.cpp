// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "shapeindex.h"

#include <cmath>

namespace Tessera {

namespace {
constexpr int maxCellsPerShape = 256;
constexpr int targetCellsPerSide = 128;
} // namespace

void ShapeIndex::reset(const QSizeF &imageSize)
{
    const double longer = std::max({imageSize.width(), imageSize.height(), 1.0});
    m_cellSize = std::max(8.0, longer / targetCellsPerSide);
    m_columns = std::max(1, int(std::ceil(std::max(imageSize.width(), 1.0) / m_cellSize)));
    m_rows = std::max(1, int(std::ceil(std::max(imageSize.height(), 1.0) / m_cellSize)));
    clear();
}

void ShapeIndex::clear()
{
    m_cells = QList<QList<Entry>>(qsizetype(m_columns) * m_rows);
    m_large.clear();
    m_bounds.clear();
}

QRect ShapeIndex::cellsOf(const QRectF &rect) const
{
    // Shapes outside the image (allowed while dragging) clamp to the border cells.
    const int x0 = std::clamp(int(std::floor(rect.left() / m_cellSize)), 0, m_columns - 1);
    const int y0 = std::clamp(int(std::floor(rect.top() / m_cellSize)), 0, m_rows - 1);
    const int x1 = std::clamp(int(std::floor(rect.right() / m_cellSize)), 0, m_columns - 1);
    const int y1 = std::clamp(int(std::floor(rect.bottom() / m_cellSize)), 0, m_rows - 1);
    return QRect(QPoint(x0, y0), QPoint(x1, y1));
}

void ShapeIndex::insert(qint64 id, const QRectF &shapeBounds)
{
    if (m_bounds.contains(id))
        remove(id);
    // A point or a straight horizontal line has empty bounds, which intersect nothing in Qt.
    const QRectF bounds = shapeBounds.adjusted(-0.5, -0.5, 0.5, 0.5);
    m_bounds.insert(id, bounds);
    const QRect cells = cellsOf(bounds);
    if (cells.width() * cells.height() > maxCellsPerShape) {
        m_large.append(id);
        return;
    }
    const Entry entry{id, bounds, cells.left(), cells.top()};
    for (int y = cells.top(); y <= cells.bottom(); ++y)
        for (int x = cells.left(); x <= cells.right(); ++x)
            m_cells[y * m_columns + x].append(entry);
}

void ShapeIndex::remove(qint64 id)
{
    const auto it = m_bounds.constFind(id);
    if (it == m_bounds.cend())
        return;
    const QRect cells = cellsOf(*it);
    if (cells.width() * cells.height() > maxCellsPerShape) {
        m_large.removeOne(id);
    } else {
        for (int y = cells.top(); y <= cells.bottom(); ++y)
            for (int x = cells.left(); x <= cells.right(); ++x)
                m_cells[y * m_columns + x].removeIf([id](const Entry &e) { return e.id == id; });
    }
    m_bounds.erase(it);
}

QList<qint64> ShapeIndex::query(const QRectF &rect) const
{
    QList<qint64> result;
    const QRect cells = cellsOf(rect);
    for (int y = cells.top(); y <= cells.bottom(); ++y) {
        for (int x = cells.left(); x <= cells.right(); ++x) {
            for (const Entry &e : m_cells[y * m_columns + x]) {
                // A shape in several cells is reported by the first of them the query visits:
                // the first cell it shares with the query.
                if (x == std::max(e.firstColumn, cells.left())
                    && y == std::max(e.firstRow, cells.top()) && e.bounds.intersects(rect))
                    result.append(e.id);
            }
        }
    }
    for (qint64 id : m_large) {
        if (m_bounds.value(id).intersects(rect))
            result.append(id);
    }
    return result;
}

QList<qint64> ShapeIndex::at(const QPointF &p, double tolerance) const
{
    const QRectF probe(p.x() - tolerance, p.y() - tolerance, 2 * tolerance, 2 * tolerance);
    QList<qint64> result;
    for (qint64 id : query(probe)) {
        if (m_bounds.value(id).adjusted(-tolerance, -tolerance, tolerance, tolerance).contains(p))
            result.append(id);
    }
    return result;
}

} // namespace Tessera
