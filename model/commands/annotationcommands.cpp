// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "annotationcommands.h"

#include "document/assetdocument.h"
#include "undoids.h"

#include <algorithm>

namespace Tessera {

namespace {

QList<qint64> idsOf(const QList<Annotation> &annotations)
{
    QList<qint64> ids;
    ids.reserve(annotations.size());
    for (const Annotation &a : annotations)
        ids.append(a.id);
    return ids;
}

// Relations follow the spans they join in every list; deleting back to front removes a relation
// before the span whose deletion would cascade to it.
QList<qint64> idsForDeletion(const QList<Annotation> &annotations)
{
    QList<qint64> ids = idsOf(annotations);
    std::reverse(ids.begin(), ids.end());
    return ids;
}

// Provenance times move on every change; comparing them would make no change look like one.
bool sameContent(Annotation a, Annotation b)
{
    a.provenance.modifiedAt = b.provenance.modifiedAt = 0;
    return a == b;
}

} // namespace

AddAnnotations::AddAnnotations(AssetDocument *document, const QList<Annotation> &annotations,
                               const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_annotations(annotations)
{}

void AddAnnotations::redo()
{
    m_document->insertAnnotations(m_annotations);
}
void AddAnnotations::undo()
{
    m_document->deleteAnnotations(idsForDeletion(m_annotations));
}

RemoveAnnotations::RemoveAnnotations(AssetDocument *document, const QList<Annotation> &annotations,
                                     QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_annotations(annotations)
{
    setText(annotations.size() == 1
                    ? QObject::tr("Remove annotation")
                    : QObject::tr("Remove %n annotation(s)", nullptr, int(annotations.size())));
}

void RemoveAnnotations::redo()
{
    m_document->deleteAnnotations(idsForDeletion(m_annotations));
}
void RemoveAnnotations::undo()
{
    m_document->insertAnnotations(m_annotations);
}

ChangeAnnotations::ChangeAnnotations(AssetDocument *document, const QList<Annotation> &before,
                                     const QList<Annotation> &after, const QString &text,
                                     bool mergeable, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(before)
    , m_after(after)
    , m_mergeable(mergeable)
{
    updateObsolete();
}

void ChangeAnnotations::redo()
{
    m_document->replaceAnnotations(m_after);
}
void ChangeAnnotations::undo()
{
    m_document->replaceAnnotations(m_before);
}

int ChangeAnnotations::id() const
{
    return ChangeAnnotationsId;
}

bool ChangeAnnotations::mergeWith(const QUndoCommand *other)
{
    // QUndoStack offers every later command of the same id; one that starts a new gesture
    // (not mergeable) opens a new undo step instead.
    const auto *next = static_cast<const ChangeAnnotations *>(other);
    if (!next->m_mergeable || idsOf(next->m_after) != idsOf(m_after))
        return false;
    m_after = next->m_after;
    updateObsolete();
    return true;
}

void ChangeAnnotations::updateObsolete()
{
    bool same = m_before.size() == m_after.size();
    for (qsizetype i = 0; same && i < m_before.size(); ++i)
        same = sameContent(m_before[i], m_after[i]);
    setObsolete(same);
}

} // namespace Tessera
