// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QWidget>

class QAction;
class QComboBox;
class QKeyEvent;
class QLineEdit;
class QListView;
class QTimer;
class QToolButton;

namespace Tessera {

class AssetDelegate;
class AssetListModel;

/**
 * The list of a project's assets: a virtual list or thumbnail grid over AssetListModel with
 * filters by kind, status, label and name. Stays smooth at 100,000 assets because the view asks
 * only for the rows it shows and every row has the same size.
 */
class AssetBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit AssetBrowser(QWidget *parent = nullptr);

    void setModel(AssetListModel *model);
    void setLabels(const QList<Label> &labels);
    qint64 currentAssetId() const;
    /** Selects an asset; false when it is filtered out. */
    bool selectAsset(qint64 assetId);
    /** Moves the selection by delta rows; false at either end. */
    bool step(int delta);
    /** Selects the next asset after the current one with no annotations. */
    bool nextUnlabeled();
    void setGrid(bool grid);
    bool isGrid() const;
    void focusSearch();
    /**
     * The assets selected (Shift/Ctrl+click, Shift+arrows), in list order; the current one when
     * nothing else is. What the bulk actions apply to.
     */
    QList<qint64> selectedAssetIds() const;
    /** Actions offered by the list's context menu (bulk review moves, relabel, …). */
    void setBulkActions(const QList<QAction *> &actions) { m_bulkActions = actions; }

signals:
    void currentAssetChanged(qint64 assetId);
    /** Esc in the list or the search: the keyboard should go back to the canvas. */
    void leaveRequested();
    /** How many assets are selected now (bulk actions apply to more than one). */
    void selectionCountChanged(int count);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void fitGrid();
    void selectRow(int row);

    AssetListModel *m_model = nullptr;
    AssetDelegate *m_delegate;
    QListView *m_view;
    QLineEdit *m_search;
    QComboBox *m_kind;
    QComboBox *m_status;
    QComboBox *m_label;
    QToolButton *m_gridButton;
    QTimer *m_filterTimer;
    QList<QAction *> m_bulkActions;
    qint64 m_kept = 0;        // the current asset while the model resets
    bool m_restoring = false; // selecting it again after the reset
};

} // namespace Tessera
