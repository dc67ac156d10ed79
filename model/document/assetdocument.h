// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QObject>
#include <QUndoStack>

namespace Tessera {

class ProjectStore;

/**
 * One asset opened for editing: its annotations in memory and its own undo stack.
 *
 * Edits go through the public methods, which push a command; commands call the apply methods
 * (insertAnnotations, deleteAnnotations, replaceAnnotations), which write to the store at once and
 * then emit annotationsChanged(). If the store refuses a write, the document reloads what the
 * store holds and emits storeError(): memory never claims more than the file has.
 */
class AssetDocument : public QObject
{
    Q_OBJECT

public:
    AssetDocument(ProjectStore *store, qint64 assetId, QObject *parent = nullptr);

    /** Reads the asset and its annotations; false and errorString() if it does not exist. */
    bool load();
    /** Reads them again after another connection changed the store (an import); emits. */
    void reloadFromStore();

    qint64 assetId() const { return m_asset.id; }
    const Asset &asset() const { return m_asset; }
    /** In drawing order: by z, then by id (older first). */
    const QList<Annotation> &annotations() const { return m_annotations; }
    std::optional<Annotation> annotation(qint64 id) const;
    QUndoStack *undoStack() { return &m_undoStack; }

    /**
     * A read-only document (reviewer mode) refuses every edit: the edit methods do nothing but
     * emit editRefused() and annotationsChanged() (so that views drop what they showed live).
     */
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    bool isReadOnly() const { return m_readOnly; }
    QString errorString() const { return m_error; }

    // Edits, each one undo step.
    void addAnnotations(const QList<Annotation> &annotations, const QString &text);
    void removeAnnotations(const QList<qint64> &ids);
    /** Replaces annotations by id. Pass mergeable = true for all but the first step of a drag. */
    void changeAnnotations(const QList<Annotation> &after, const QString &text, bool mergeable);
    /**
     * Adds an image tag or document class with this label, or removes it if present. With
     * exclusive (single-label documents) adding also removes the other classes, in one step.
     */
    void toggleClass(qint64 labelId, bool exclusive = false);
    /** The value of a free-text field (AnnotationKind::Field), empty when not set. */
    QString field(const QString &name) const;
    /** Sets a free-text field; an empty value removes it. Typing merges into one step. */
    void setField(const QString &name, const QString &value, bool mergeable);
    /** The comparison's judgement (the Preference annotation), if one was made. */
    std::optional<Annotation> judgement() const;
    /** Replaces the judgement's data (choice, ranking, ratings, flags, rationale), or adds one. */
    void setJudgement(const QJsonObject &data, const QString &text, bool mergeable = false);
    /** Accepts proposals (see isProposal()): they stay with their provenance, marked accepted. */
    void acceptProposals(const QList<qint64> &ids);
    /**
     * Brings the annotations back to how they were right after the audit entry auditId (or, with
     * 0, before any), replaying the asset's history backwards. One undo step. Imports recorded
     * as summaries are not undone. Returns false and errorString() if the history is unreadable.
     */
    bool restoreTo(qint64 auditId, const QString &text);

    // Applied by the undo commands only.
    void insertAnnotations(QList<Annotation> &annotations);
    void deleteAnnotations(const QList<qint64> &ids);
    void replaceAnnotations(QList<Annotation> annotations);

signals:
    /** What the document holds changed: an edit, an undo, or a reload from the store. */
    void annotationsChanged();
    /**
     * An edit (or its undo/redo) was stored; unlike annotationsChanged(), never emitted by a
     * reload, so that only a user's work moves the asset's review status.
     */
    void edited();
    void storeError(const QString &message);
    void editRefused();

private:
    bool refuseIfReadOnly();
    void reloadAfterFailure();
    QHash<qint64, qint64>
    seenVersions(const QList<qint64> &ids) const; // ProjectStore::SeenVersions
    void sortByDrawingOrder();

    ProjectStore *m_store;
    Asset m_asset;
    QList<Annotation> m_annotations;
    QUndoStack m_undoStack;
    bool m_readOnly = false;
    QString m_error;
};

} // namespace Tessera
