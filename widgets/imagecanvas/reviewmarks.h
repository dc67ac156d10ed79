// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QTransform>

class QPainter;

namespace Tessera::ReviewMarks {

/** A shape drawn for comparison only (an annotator's layer): outlined, never edited. */
struct LayerShape
{
    Annotation shape;
    QString tag; // who made it
    QColor colour;
};

/** Dashed outlines in each annotator's colour, with their name under each shape. */
void paintLayers(QPainter &painter, const QList<LayerShape> &shapes, const QTransform &toView);
/** Numbered pins (points) and dashed frames (regions) of review issues; resolved ones faint. */
void paintPins(QPainter &painter, const QList<Comment> &issues, const QTransform &toView);

} // namespace Tessera::ReviewMarks
