// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "shapeedits.h"

#include "core/shapegeometry.h"
#include "document/assetdocument.h"
#include "imagecanvas.h"

#include <algorithm>

namespace Tessera {

namespace {

// Shared by every canvas of the process, so that shapes can be pasted onto the next asset.
QList<Annotation> &clipboard()
{
    static QList<Annotation> shapes;
    return shapes;
}

qint64 maxId(const QList<Annotation> &annotations)
{
    qint64 id = 0;
    for (const Annotation &a : annotations)
        id = std::max(id, a.id);
    return id;
}

} // namespace

ShapeEdits::ShapeEdits(ImageCanvas *canvas)
    : m_canvas(canvas)
{}

void ShapeEdits::addDrawnShape(Annotation shape)
{
    if (!m_canvas->document())
        return;
    qint64 label = m_canvas->currentLabel();
    if (!label && m_canvas->labelPrompt()) {
        // No label yet (a folder just opened): ask, as labelme does.
        label = m_canvas->labelPrompt()();
        if (!label)
            return;
    }
    shape.labelId = label;
    const qint64 before = maxId(m_canvas->document()->annotations());
    const QString name = m_canvas->labelName(label);
    m_canvas->document()->addAnnotations(
            {shape}, name.isEmpty()
                             ? QObject::tr("Draw %1").arg(annotationKindName(shape.kind))
                             : QObject::tr("Draw %1 %2").arg(name, annotationKindName(shape.kind)));
    QList<qint64> added;
    for (const Annotation &a : m_canvas->document()->annotations())
        if (a.id > before)
            added.append(a.id);
    m_canvas->setSelection(added);
}

void ShapeEdits::nudgeSelection(const QPointF &delta)
{
    QList<Annotation> after;
    for (const Annotation &a : m_canvas->selectedAnnotations())
        if (!m_canvas->isLocked(a))
            after.append(ShapeGeometry::translated(a, delta));
    if (!after.isEmpty())
        m_canvas->document()->changeAnnotations(after, QObject::tr("Move"), false);
}

void ShapeEdits::deleteSelection()
{
    QList<qint64> ids;
    for (const Annotation &a : m_canvas->selectedAnnotations())
        if (!m_canvas->isLocked(a))
            ids.append(a.id);
    if (!ids.isEmpty() && m_canvas->document())
        m_canvas->document()->removeAnnotations(ids);
}

void ShapeEdits::copySelection()
{
    clipboard() = m_canvas->selectedAnnotations();
}

void ShapeEdits::paste()
{
    if (!m_canvas->document() || clipboard().isEmpty())
        return;
    // Pasting onto the asset it came from offsets the copy so that it can be seen.
    const bool sameAsset = clipboard().constFirst().assetId == m_canvas->document()->assetId();
    QList<Annotation> copies;
    for (Annotation a : std::as_const(clipboard())) {
        if (sameAsset)
            a = ShapeGeometry::translated(a, QPointF(10, 10));
        a.provenance = Provenance{};
        a.data.remove(QStringLiteral("locked"));
        copies.append(a);
    }
    const qint64 before = maxId(m_canvas->document()->annotations());
    m_canvas->document()->addAnnotations(
            copies, QObject::tr("Paste %n shape(s)", nullptr, int(copies.size())));
    QList<qint64> added;
    for (const Annotation &a : m_canvas->document()->annotations())
        if (a.id > before)
            added.append(a.id);
    m_canvas->setSelection(added);
}

void ShapeEdits::duplicateSelection()
{
    const QList<Annotation> saved = clipboard();
    copySelection();
    paste();
    clipboard() = saved;
}

void ShapeEdits::bringToFront()
{
    QList<Annotation> after = m_canvas->selectedAnnotations();
    if (after.isEmpty())
        return;
    int top = 0;
    for (const Annotation &a : m_canvas->document()->annotations())
        top = std::max(top, a.z);
    for (Annotation &a : after)
        a.z = ++top;
    m_canvas->document()->changeAnnotations(after, QObject::tr("Bring to front"), false);
}

void ShapeEdits::sendToBack()
{
    QList<Annotation> after = m_canvas->selectedAnnotations();
    if (after.isEmpty())
        return;
    int bottom = 0;
    for (const Annotation &a : m_canvas->document()->annotations())
        bottom = std::min(bottom, a.z);
    for (qsizetype i = after.size() - 1; i >= 0; --i)
        after[i].z = --bottom;
    m_canvas->document()->changeAnnotations(after, QObject::tr("Send to back"), false);
}

void ShapeEdits::toggleLockSelection()
{
    QList<Annotation> after = m_canvas->selectedAnnotations();
    if (after.isEmpty())
        return;
    const bool lock = !std::all_of(after.cbegin(), after.cend(),
                                   [this](const Annotation &a) { return m_canvas->isLocked(a); });
    for (Annotation &a : after) {
        if (lock)
            a.data[QStringLiteral("locked")] = true;
        else
            a.data.remove(QStringLiteral("locked"));
    }
    m_canvas->document()->changeAnnotations(
            after, lock ? QObject::tr("Lock") : QObject::tr("Unlock"), false);
}

void ShapeEdits::hideSelection()
{
    m_canvas->setShapeHidden(m_canvas->selection(), true);
    m_canvas->setSelection({});
}

void ShapeEdits::groupSelection()
{
    QList<Annotation> after = m_canvas->selectedAnnotations();
    if (after.size() < 2)
        return;
    qint64 group = 0;
    for (const Annotation &a : m_canvas->document()->annotations())
        group = std::max(group, a.groupId);
    for (Annotation &a : after)
        a.groupId = group + 1;
    m_canvas->document()->changeAnnotations(after, QObject::tr("Group"), false);
}

void ShapeEdits::ungroupSelection()
{
    QList<Annotation> after = m_canvas->selectedAnnotations();
    for (Annotation &a : after)
        a.groupId = 0;
    if (!after.isEmpty())
        m_canvas->document()->changeAnnotations(after, QObject::tr("Ungroup"), false);
}

void ShapeEdits::relabelSelection(qint64 labelId)
{
    QList<Annotation> after;
    for (Annotation a : m_canvas->selectedAnnotations()) {
        if (m_canvas->isLocked(a) || a.labelId == labelId)
            continue;
        a.labelId = labelId;
        after.append(a);
    }
    if (!after.isEmpty())
        m_canvas->document()->changeAnnotations(
                after, QObject::tr("Relabel as %1").arg(m_canvas->labelName(labelId)), false);
}

void ShapeEdits::selectAll()
{
    if (!m_canvas->document())
        return;
    QList<qint64> ids;
    for (const Annotation &a : m_canvas->document()->annotations())
        if (ShapeGeometry::isShape(a.kind) && m_canvas->isShapeVisible(a))
            ids.append(a.id);
    m_canvas->setSelection(ids);
}

} // namespace Tessera
