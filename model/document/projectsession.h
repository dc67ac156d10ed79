// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "quality/bulkedit.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

#include <memory>

namespace Tessera {

class AssetDocument;
class AssetListModel;
class ProjectStore;
class ThumbnailCache;

/**
 * An open project as the GUI sees it: the store, the asset list model, the label schema and one
 * AssetDocument (with its own undo stack, kept while the project is open) per asset visited.
 */
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    ProjectSession(std::unique_ptr<ProjectStore> store, QObject *parent = nullptr);
    ~ProjectSession() override;

    ProjectStore *store() const { return m_store.get(); }
    AssetListModel *assetModel() const { return m_assetModel; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QUndoGroup *undoGroup() { return &m_undoGroup; }

    QString name() const;
    /** The labels in the order the window lists them (Label::displayOrder). */
    const QList<Label> &labels() const { return m_labels; }
    std::optional<Label> label(qint64 id) const;
    void reloadLabels();
    /** Re-reads labels, the asset list and every open document after another connection wrote. */
    void reloadAll();

    /**
     * Watches for other writers (another program, the CLI): every interval the store's
     * data_version is compared, and a change re-reads the project (changedElsewhere). Documents
     * whose annotations another program changed lose their undo history (its steps would undo
     * what they never saw). Writes that meet another program's lock wait, keeping the GUI
     * painting (user input held back) and saying so (waitingForLock), for up to waitLimitMs.
     */
    void watchOtherWriters(int intervalMs = 500, qint64 waitLimitMs = 120000);
    /** Checks data_version now (tests; the timer does it otherwise). */
    void checkOtherWriters();

    /** Whether a write is waiting for another program's lock now. */
    bool isWaitingForLock() const { return m_waiting; }
    /** The server went away (connectionLost) and has not answered since. */
    bool isConnectionLost() const { return m_lost; }

    /** The document of an asset, loaded on first use; nullptr and *error if it cannot be read. */
    AssetDocument *document(qint64 assetId, QString *error = nullptr);

    /**
     * Edits of many assets at once (review grid, browser multi-select) go on this stack, one undo
     * step each, apart from the per-asset stacks. Open documents they touch are re-read, and lose
     * their own undo history when their annotations changed (its steps would undo what they never
     * saw).
     */
    QUndoStack *projectUndoStack() { return &m_projectUndo; }
    /**
     * Moves the assets the workflow lets go to `to` (one undo step); see BulkEdit::setStatus.
     * `seen`: the versions the caller showed; assets changed since are refused and re-read.
     */
    BulkEdit::StatusResult setStatuses(const QList<qint64> &assetIds, ReviewStatus to,
                                       const QString &reason = QString(),
                                       const QHash<qint64, qint64> &seen = {});
    /** Gives the annotations labelId (one undo step); how many changed, or -1 (storeError). */
    int relabel(const QList<qint64> &annotationIds, qint64 labelId);
    /** Removes the annotations (one undo step, text as its name); how many, or -1. */
    int removeAnnotations(const QList<qint64> &annotationIds, const QString &text);

    // For the bulk undo commands.
    void replayStatus(const QList<BulkEdit::StatusMove> &moves, bool undo);
    /** Writes `to` where `from` was: updates, re-inserts (by id) and removes. */
    void replaceAnnotations(const QList<Annotation> &from, const QList<Annotation> &to);

signals:
    void labelsChanged();
    /** An open document committed an edit. */
    void edited(qint64 assetId);
    void storeError(const QString &message);
    /** Another program changed the project; everything shown was re-read. */
    void changedElsewhere();
    /** Someone else took, renewed or gave up a lease (a server project). */
    void leasesChanged();
    /**
     * The project cannot be reached (a server that went away): message says so; emitted once
     * until it is back (changedElsewhere() then, as everything is re-read).
     */
    void connectionLost(const QString &message);
    /** The server answers again after connectionLost(); what is shown was re-read first. */
    void connectionRestored();
    /** A write waits for another program's lock (waitedMs), or has got it (-1). */
    void waitingForLock(qint64 waitedMs);
    /** A bulk edit (or its undo) changed these assets; documents and the list were re-read. */
    void bulkEdited(const QList<qint64> &assetIds);

private:
    void refreshAfterBulk(const QList<qint64> &assetIds);

    std::unique_ptr<ProjectStore> m_store;
    AssetListModel *m_assetModel;
    ThumbnailCache *m_thumbnails;
    QUndoGroup m_undoGroup;
    QUndoStack m_projectUndo;
    QList<Label> m_labels;
    QHash<qint64, AssetDocument *> m_documents;
    QTimer *m_watch = nullptr;
    qint64 m_dataVersion = -1;
    qint64 m_leaseVersion = 0;
    bool m_waiting = false;
    bool m_lost = false;
};

} // namespace Tessera
