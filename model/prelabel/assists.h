// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QPolygonF>
#include <QString>

#include <memory>
#include <optional>

namespace Tessera::Assists {

/**
 * GrabCut seeded by a box: the outline of the object inside it, in image pixels, simplified to
 * within `tolerance` pixels. Works on a crop around the box (scaled to at most 800 px), so a
 * huge image costs what the box costs. nullopt and *error naming the file or the problem.
 */
std::optional<QPolygonF> boxToPolygon(const QString &imagePath, const QRectF &box, double tolerance,
                                      QString *error);

/**
 * Magic wand: the region connected to `seed` whose colour is within `tolerance` (0–255 per
 * channel) of the seed's, as a polygon (its largest outline), simplified to within 1 px.
 */
std::optional<QPolygonF> magicWand(const QString &imagePath, const QPointF &seed, int tolerance,
                                   QString *error);

/** Douglas–Peucker simplification (cv::approxPolyDP) to within `tolerance` pixels. */
QPolygonF simplify(const QPolygonF &polygon, double tolerance, bool closed);

/** The outline of a mask annotation's largest region as a polygon; nullopt for an empty mask. */
std::optional<QPolygonF> maskToPolygon(const Annotation &mask, double tolerance);

/**
 * Intelligent scissors (cv::segmentation::IntelligentScissorsMB): after setAnchor(), pathTo()
 * follows the strongest edges from the anchor to a point. One image at a time.
 */
class Scissors
{
public:
    Scissors();
    ~Scissors();
    bool load(const QString &imagePath, QString *error);
    bool isLoaded() const;
    void setAnchor(const QPointF &point);
    QPolygonF pathTo(const QPointF &point) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Tessera::Assists
