// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "items/reviewgridmodel.h"
#include "quality/bulkedit.h"

#include <QWidget>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListView;
class QSlider;

namespace Tessera {

class ProjectSession;
class ReviewGridDelegate;

/**
 * The review grid: thumbnails of assets (their shapes drawn) or crops of objects grouped by label,
 * filtered like the review queue, driven from the keyboard. Arrows move, Space marks, A accepts,
 * R rejects with a reason, a label's key relabels objects, Delete removes objects, Enter opens the
 * asset, Ctrl+A marks all, Esc clears the marks, Ctrl+Z undoes. An action applies to the marked
 * tiles, or to the current one when none is marked (and then moves on); each is one undo step on
 * the session's project stack, attributed like any edit.
 */
class ReviewGridWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewGridWidget(ProjectSession *session, QWidget *parent = nullptr,
                              ReviewGridModel::Mode mode = ReviewGridModel::Mode::Assets);

    ReviewGridModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    void setMode(ReviewGridModel::Mode mode);
    /** Tile picture side in pixels (96–320); tiles widen a little to fill each row. */
    void setZoom(int side);
    int zoom() const;

    /** Whether every tile in view has its picture (or will never have one): for screenshots. */
    bool visibleTilesReady() const;
    /** Keys of what an action applies to: the marked tiles, else the current one. */
    QList<qint64> targets() const;
    /** How R asks for the reason (default: the reject dialog); tests answer here. */
    void setAskReason(std::function<std::optional<QString>(int count)> ask)
    {
        m_askReason = std::move(ask);
    }
    /** How Delete confirms removing several objects (default: a question box). */
    void setConfirm(std::function<bool(const QString &)> confirm)
    {
        m_confirm = std::move(confirm);
    }

    // What the keys do; each returns how many assets or objects it changed.
    int accept();
    int reject();
    int relabel(qint64 labelId);
    int removeObjects();
    void toggleMark();
    void openCurrent();
    /**
     * "done; N refused: the first reason (KEY undoes)": what a bulk review move says, here and
     * in the asset list.
     */
    static QString moveSummary(const QString &done, const BulkEdit::StatusResult &result,
                               const QString &undoKey);

signals:
    void openAsset(qint64 assetId);
    /** Said in the window's status line (and to the main window's status bar). */
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildFilterBar();
    void applyFilters();
    void fillChoices(ReviewGridModel::Mode mode);
    ReviewWorkflow::QueueFilter assetFilter() const;
    ObjectFilter objectFilter() const;
    void updateSummary();
    void fitTiles();
    /** After an action on the tile at row (key): marks cleared, or on to the next tile. */
    int moveTargets(ReviewStatus to, bool askReason);
    void afterAction(int changed, bool usedMarks, int row, qint64 key);
    void say(const QString &text);
    static QString keyHint();

    ProjectSession *m_session;
    ReviewGridModel *m_model;
    ReviewGridDelegate *m_delegate;
    QListView *m_view;
    QComboBox *m_modeBox;
    QComboBox *m_status;
    QComboBox *m_label;
    QComboBox *m_author;
    QComboBox *m_source;
    QDoubleSpinBox *m_minScore;
    QDoubleSpinBox *m_maxScore;
    QCheckBox *m_issues;
    QSlider *m_zoom;
    QLabel *m_summary;
    QLabel *m_hint;
    QLabel *m_empty;   // over the view when no tile passes the filters
    int m_keptRow = 0; // the current tile while the model resets
    qint64 m_keptKey = 0;
    std::function<std::optional<QString>(int)> m_askReason;
    std::function<bool(const QString &)> m_confirm;
};

} // namespace Tessera
