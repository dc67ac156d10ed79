// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QLabel;
class QMenuBar;
class QToolBar;

namespace Tessera {

class ElidedLabel;
class ImageCanvas;
class SegmentService;

/**
 * The Tools and Shape menus of the image canvas: drawing tools (V, R, P, L, O, E, K, B) and the
 * operations on selected shapes. Enabled only while an image asset is shown, so that their keys
 * are free for text and comparison labels otherwise.
 */
class CanvasActions : public QObject
{
    Q_OBJECT

public:
    CanvasActions(ImageCanvas *canvas, QMenuBar *menuBar, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    QList<QAction *> actions() const { return m_actions; }
    QAction *toolAction(int tool) const;
    QMenu *toolsMenu() const { return m_toolsMenu; }
    /**
     * The drawing tools with icon and name, the active one checked; hovering or choosing one
     * says in the status bar how it is used.
     */
    QToolBar *toolBar() const { return m_toolBar; }
    /** How a tool is used, one line for the status bar. */
    static QString hint(int tool);
    /** The active tool's hint, for the status bar (hidden while no image is shown). */
    QLabel *hintLabel() const;
    /**
     * Whether a status bar message covers the hint. QStatusBar hides its widgets only for a
     * message that comes while they are visible: one shown before the window (a folder opened
     * from the command line) was painted over the hint.
     */
    void setHintCovered(bool covered);
    QMenu *shapeMenu() const { return m_shapeMenu; }
    SegmentService *segmentService() const { return m_segment; }

    /** Selects the next (+1) or previous (-1) proposal, best score first. */
    void stepProposal(int direction);
    /** Accepts the selected proposals, or selects the best one if none is selected. */
    void acceptProposal();
    void acceptAboveScore();
    /** GrabCut on each selected box, on a worker; the boxes become polygons in one step. */
    void boxesToPolygons();
    void masksToPolygons();
    /** A tolerance slider that simplifies the selected polygons live, as one undo step. */
    void simplifyPolygons();

signals:
    void message(const QString &text);

private:
    QList<Annotation> proposals() const;
    QAction *add(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                 const std::function<void()> &slot);

    ImageCanvas *m_canvas;
    QActionGroup *m_tools;
    QList<QAction *> m_actions;
    double m_threshold = 0.5;
    QMenu *m_toolsMenu = nullptr;
    QToolBar *m_toolBar = nullptr;
    ElidedLabel *m_hint = nullptr;
    bool m_enabled = true;
    bool m_hintCovered = false;
    QMenu *m_shapeMenu = nullptr;
    SegmentService *m_segment = nullptr;
};

} // namespace Tessera
