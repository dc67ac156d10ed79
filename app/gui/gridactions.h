// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "reviewgrid/reviewgridwidget.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Tessera {

class ProjectSession;

/**
 * Review › Grid (Ctrl+Alt+G) opens the review grid in a window of its own beside the main one
 * (Review › Object Crops shows it on objects), and Review › Undo Bulk Edit (Ctrl+Alt+Z) undoes
 * what the grid or the browser did to many assets at once. The grid closes with its project.
 */
class GridActions : public QObject
{
    Q_OBJECT

public:
    GridActions(std::function<ProjectSession *()> session, QWidget *window);

    void addMenu(QMenu *menu);
    /**
     * The asset browser's bulk actions (its context menu): submit, accept, reject…, reopen,
     * relabel shapes…, delete proposals, applied to what selected() returns.
     */
    QList<QAction *> browserActions(std::function<QList<qint64>()> selected);
    /** Review moves of many assets, as the browser's actions make them; how many moved. */
    int moveAssets(const QList<qint64> &assets, ReviewStatus to, const QString &reason = {});
    QList<QAction *> actions() const { return m_actions; }
    /** Opens (or raises) the grid on the current project; nullptr without one. */
    ReviewGridWidget *showGrid(ReviewGridModel::Mode mode = ReviewGridModel::Mode::Assets);
    ReviewGridWidget *grid() const { return m_grid; }
    /** The project changed or closed: the grid of the old one goes, the undo action follows. */
    void sessionChanged();

signals:
    void showAsset(qint64 assetId);
    void message(const QString &text);

protected:
    /** Remembers the grid window's size, place and tile size when it closes. */
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateUndo();

    std::function<ProjectSession *()> m_session;
    QWidget *m_window;
    QPointer<ReviewGridWidget> m_grid;
    QList<QAction *> m_actions;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};

} // namespace Tessera
