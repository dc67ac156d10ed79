// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "bulkcommands.h"

#include "document/projectsession.h"

namespace Tessera {

BulkStatusCommand::BulkStatusCommand(ProjectSession *session,
                                     const QList<BulkEdit::StatusMove> &moves, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_moves(moves)
{}

void BulkStatusCommand::undo()
{
    m_session->replayStatus(m_moves, true);
}

void BulkStatusCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_session->replayStatus(m_moves, false);
}

BulkAnnotationsCommand::BulkAnnotationsCommand(ProjectSession *session,
                                               const QList<Annotation> &before,
                                               const QList<Annotation> &after, const QString &text)
    : QUndoCommand(text)
    , m_session(session)
    , m_before(before)
    , m_after(after)
{}

void BulkAnnotationsCommand::undo()
{
    m_session->replaceAnnotations(m_after, m_before);
}

void BulkAnnotationsCommand::redo()
{
    if (std::exchange(m_done, false))
        return;
    m_session->replaceAnnotations(m_before, m_after);
}

} // namespace Tessera
