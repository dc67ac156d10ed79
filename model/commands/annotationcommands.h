// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QUndoCommand>

namespace Tessera {

class AssetDocument;

/** Adds annotations. Undo removes them; redo re-inserts them with the same ids. */
class AddAnnotations : public QUndoCommand
{
public:
    AddAnnotations(AssetDocument *document, const QList<Annotation> &annotations,
                   const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    AssetDocument *m_document;
    QList<Annotation> m_annotations;
};

/** Removes annotations. Undo re-inserts the removed copies with their ids and provenance. */
class RemoveAnnotations : public QUndoCommand
{
public:
    RemoveAnnotations(AssetDocument *document, const QList<Annotation> &annotations,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;

private:
    AssetDocument *m_document;
    QList<Annotation> m_annotations;
};

/**
 * Replaces annotations by new values (move, relabel, edit attributes). Commands of one gesture
 * (a drag) merge into one undo step: the first is created with mergeable false, the rest true.
 * A command whose net effect is nothing marks itself obsolete.
 */
class ChangeAnnotations : public QUndoCommand
{
public:
    ChangeAnnotations(AssetDocument *document, const QList<Annotation> &before,
                      const QList<Annotation> &after, const QString &text, bool mergeable,
                      QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    void updateObsolete();

    AssetDocument *m_document;
    QList<Annotation> m_before;
    QList<Annotation> m_after;
    bool m_mergeable;
};

} // namespace Tessera
