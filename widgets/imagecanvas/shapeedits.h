// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

namespace Tessera {

class ImageCanvas;

/**
 * The operations on a canvas's selection: add a drawn shape, nudge, delete, copy and paste (also
 * onto another asset), duplicate, z-order, lock, hide, group, relabel, select all. Each is one
 * undoable document edit; locked shapes are left alone.
 */
class ShapeEdits
{
public:
    explicit ShapeEdits(ImageCanvas *canvas);

    /** Adds a shape the user drew, with the current label, and selects it. */
    void addDrawnShape(Annotation shape);
    void nudgeSelection(const QPointF &delta);
    void deleteSelection();
    void copySelection();
    void paste();
    void duplicateSelection();
    void bringToFront();
    void sendToBack();
    void toggleLockSelection();
    void hideSelection();
    void groupSelection();
    void ungroupSelection();
    void relabelSelection(qint64 labelId);
    void selectAll();

private:
    ImageCanvas *m_canvas;
};

} // namespace Tessera
