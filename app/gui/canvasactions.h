// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QMenuBar;

namespace Tessera {

class ImageCanvas;

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

private:
    QAction *add(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                 const std::function<void()> &slot);

    ImageCanvas *m_canvas;
    QActionGroup *m_tools;
    QList<QAction *> m_actions;
};

} // namespace Tessera
