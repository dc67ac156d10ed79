// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "quality/bulkedit.h"

#include <QUndoCommand>

namespace Tessera {

class ProjectSession;

/**
 * A review move of many assets as one undo step on the session's project stack. It is pushed after
 * the moves were made (BulkEdit::setStatus decides which assets may move), so its first redo
 * does nothing.
 */
class BulkStatusCommand : public QUndoCommand
{
public:
    BulkStatusCommand(ProjectSession *session, const QList<BulkEdit::StatusMove> &moves,
                      const QString &text);
    void undo() override;
    void redo() override;

private:
    ProjectSession *m_session;
    QList<BulkEdit::StatusMove> m_moves;
    bool m_done = true;
};

/**
 * Annotations of many assets changed at once (relabel, delete proposals), already stored when
 * pushed: undo writes `before` back (re-inserting removed ones by id), redo writes `after`
 * (annotations absent from it are removed again).
 */
class BulkAnnotationsCommand : public QUndoCommand
{
public:
    BulkAnnotationsCommand(ProjectSession *session, const QList<Annotation> &before,
                           const QList<Annotation> &after, const QString &text);
    void undo() override;
    void redo() override;

private:
    ProjectSession *m_session;
    QList<Annotation> m_before;
    QList<Annotation> m_after;
    bool m_done = true;
};

} // namespace Tessera
