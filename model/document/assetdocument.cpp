// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assetdocument.h"

#include "commands/annotationcommands.h"
#include "core/jsonconvert.h"
#include "store/projectstore.h"

#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace Tessera {

AssetDocument::AssetDocument(ProjectStore *store, qint64 assetId, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_asset.id = assetId;
}

bool AssetDocument::load()
{
    const std::optional<Asset> asset = m_store->asset(m_asset.id);
    if (!asset) {
        m_error = m_store->errorString().isEmpty() ? tr("Asset %1 does not exist").arg(m_asset.id)
                                                   : m_store->errorString();
        return false;
    }
    m_asset = *asset;
    m_annotations = m_store->annotations(m_asset.id);
    return true;
}

void AssetDocument::reloadFromStore()
{
    load();
    sortByDrawingOrder();
    emit annotationsChanged();
}

std::optional<Annotation> AssetDocument::annotation(qint64 id) const
{
    for (const Annotation &a : m_annotations) {
        if (a.id == id)
            return a;
    }
    return std::nullopt;
}

void AssetDocument::addAnnotations(const QList<Annotation> &annotations, const QString &text)
{
    if (refuseIfReadOnly())
        return;
    QList<Annotation> prepared = annotations;
    for (Annotation &a : prepared) {
        a.id = 0;
        a.assetId = m_asset.id;
    }
    m_undoStack.push(new AddAnnotations(this, prepared, text));
}

void AssetDocument::removeAnnotations(const QList<qint64> &ids)
{
    if (refuseIfReadOnly())
        return;
    QList<Annotation> removed;
    for (qint64 id : ids) {
        if (const std::optional<Annotation> a = annotation(id))
            removed.append(*a);
    }
    // Relations hang on their spans: removing a span removes them too, and undo must bring them
    // back, so they travel in the same command.
    for (const Annotation &a : std::as_const(m_annotations)) {
        if ((ids.contains(a.sourceId) || ids.contains(a.targetId)) && !ids.contains(a.id))
            removed.append(a);
    }
    if (!removed.isEmpty())
        m_undoStack.push(new RemoveAnnotations(this, removed));
}

void AssetDocument::changeAnnotations(const QList<Annotation> &after, const QString &text,
                                      bool mergeable)
{
    if (refuseIfReadOnly())
        return;
    QList<Annotation> before;
    for (const Annotation &a : after) {
        const std::optional<Annotation> current = annotation(a.id);
        if (!current)
            return;
        before.append(*current);
    }
    auto *command = new ChangeAnnotations(this, before, after, text, mergeable);
    if (command->isObsolete() && !mergeable) {
        delete command;
        return;
    }
    m_undoStack.push(command);
}

void AssetDocument::toggleClass(qint64 labelId, bool exclusive)
{
    if (refuseIfReadOnly())
        return;
    const AnnotationKind kind = m_asset.kind == AssetKind::Image ? AnnotationKind::Tag
                                                                 : AnnotationKind::Classification;
    QList<qint64> others;
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.kind == kind && a.labelId == labelId) {
            removeAnnotations({a.id});
            return;
        }
        if (a.kind == kind)
            others.append(a.id);
    }
    Annotation a;
    a.kind = kind;
    a.labelId = labelId;
    if (!exclusive || others.isEmpty()) {
        addAnnotations({a}, tr("Add class"));
        return;
    }
    m_undoStack.beginMacro(tr("Change class"));
    removeAnnotations(others);
    addAnnotations({a}, tr("Add class"));
    m_undoStack.endMacro();
}

QString AssetDocument::field(const QString &name) const
{
    for (const Annotation &a : m_annotations) {
        if (a.kind == AnnotationKind::Field && a.data.value(QLatin1String("name")) == name)
            return a.data.value(QLatin1String("value")).toString();
    }
    return {};
}

void AssetDocument::setField(const QString &name, const QString &value, bool mergeable)
{
    if (refuseIfReadOnly())
        return;
    for (const Annotation &a : std::as_const(m_annotations)) {
        if (a.kind != AnnotationKind::Field || a.data.value(QLatin1String("name")) != name)
            continue;
        if (value.isEmpty()) {
            removeAnnotations({a.id});
        } else {
            Annotation changed = a;
            changed.data[QStringLiteral("value")] = value;
            changeAnnotations({changed}, tr("Edit %1").arg(name), mergeable);
        }
        return;
    }
    if (value.isEmpty())
        return;
    Annotation a;
    a.kind = AnnotationKind::Field;
    a.data = {{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
    addAnnotations({a}, tr("Edit %1").arg(name));
}

std::optional<Annotation> AssetDocument::judgement() const
{
    for (const Annotation &a : m_annotations) {
        if (a.kind == AnnotationKind::Preference)
            return a;
    }
    return std::nullopt;
}

void AssetDocument::setJudgement(const QJsonObject &data, const QString &text, bool mergeable)
{
    if (refuseIfReadOnly())
        return;
    if (std::optional<Annotation> current = judgement()) {
        current->data = data;
        changeAnnotations({*current}, text, mergeable);
        return;
    }
    Annotation a;
    a.kind = AnnotationKind::Preference;
    a.data = data;
    addAnnotations({a}, text);
}

void AssetDocument::acceptProposals(const QList<qint64> &ids)
{
    if (refuseIfReadOnly())
        return;
    QList<Annotation> accepted;
    for (qint64 id : ids) {
        std::optional<Annotation> a = annotation(id);
        if (a && isProposal(*a)) {
            a->data[QStringLiteral("accepted")] = true;
            accepted.append(*a);
        }
    }
    if (!accepted.isEmpty())
        changeAnnotations(accepted, tr("Accept %n proposal(s)", nullptr, int(accepted.size())),
                          false);
}

bool AssetDocument::restoreTo(qint64 auditId, const QString &text)
{
    if (refuseIfReadOnly())
        return false;
    QHash<qint64, Annotation> state;
    for (const Annotation &a : std::as_const(m_annotations))
        state.insert(a.id, a);
    const QList<AuditEntry> log = m_store->auditLog(m_asset.id);
    for (auto it = log.crbegin(); it != log.crend() && it->id > auditId; ++it) {
        if (!it->annotationId)
            continue;
        if (it->action == QLatin1String("add-annotation")) {
            state.remove(it->annotationId);
        } else if (it->action == QLatin1String("update-annotation")
                   || it->action == QLatin1String("remove-annotation")) {
            QString error;
            const std::optional<Annotation> before = Json::annotationFromJson(
                    QJsonDocument::fromJson(it->before.toUtf8()).object(), &error);
            if (!before) {
                m_error = tr("History entry %1 cannot be read: %2").arg(it->id).arg(error);
                return false;
            }
            state.insert(it->annotationId, *before);
        }
    }
    QList<Annotation> removed, added, changedBefore, changedAfter;
    for (const Annotation &a : std::as_const(m_annotations)) {
        const auto then = state.constFind(a.id);
        if (then == state.cend()) {
            removed.append(a);
        } else if (!(*then == a)) {
            changedBefore.append(a);
            changedAfter.append(*then);
        }
    }
    for (const Annotation &a : std::as_const(state))
        if (!annotation(a.id))
            added.append(a);
    // Spans come back before the relations that join them.
    std::sort(added.begin(), added.end(),
              [](const Annotation &a, const Annotation &b) { return a.id < b.id; });
    if (removed.isEmpty() && added.isEmpty() && changedAfter.isEmpty())
        return true;
    m_undoStack.beginMacro(text);
    if (!removed.isEmpty())
        m_undoStack.push(new RemoveAnnotations(this, removed));
    if (!added.isEmpty())
        m_undoStack.push(new AddAnnotations(this, added, text));
    if (!changedAfter.isEmpty())
        m_undoStack.push(new ChangeAnnotations(this, changedBefore, changedAfter, text, false));
    m_undoStack.endMacro();
    return true;
}

void AssetDocument::insertAnnotations(QList<Annotation> &annotations)
{
    if (!m_store->addAnnotations(annotations)) {
        reloadAfterFailure();
        return;
    }
    m_annotations.append(annotations);
    sortByDrawingOrder();
    emit annotationsChanged();
    emit edited();
}

QHash<qint64, qint64> AssetDocument::seenVersions(const QList<qint64> &ids) const
{
    // What this window last read or wrote of each: an undo step's copy may be older than that.
    // A set: a step that moves thousands of shapes must not search the list once per shape.
    const QSet<qint64> wanted(ids.cbegin(), ids.cend());
    ProjectStore::SeenVersions seen;
    for (const Annotation &a : m_annotations)
        if (wanted.contains(a.id))
            seen.insert(a.id, a.provenance.modifiedAt);
    return seen;
}

void AssetDocument::deleteAnnotations(const QList<qint64> &ids)
{
    if (!m_store->removeAnnotations(ids, seenVersions(ids))) {
        reloadAfterFailure();
        return;
    }
    m_annotations.removeIf([&ids](const Annotation &a) { return ids.contains(a.id); });
    emit annotationsChanged();
    emit edited();
}

void AssetDocument::replaceAnnotations(QList<Annotation> annotations)
{
    QList<qint64> ids;
    for (const Annotation &a : std::as_const(annotations))
        ids.append(a.id);
    if (!m_store->updateAnnotations(annotations, seenVersions(ids))) {
        reloadAfterFailure();
        return;
    }
    for (const Annotation &changed : std::as_const(annotations)) {
        for (Annotation &a : m_annotations) {
            if (a.id == changed.id)
                a = changed;
        }
    }
    sortByDrawingOrder();
    emit annotationsChanged();
    emit edited();
}

bool AssetDocument::refuseIfReadOnly()
{
    if (!m_readOnly)
        return false;
    emit editRefused();
    emit annotationsChanged();
    return true;
}

void AssetDocument::sortByDrawingOrder()
{
    // The store reads in (z, id) order; memory keeps the same order after z-order edits, so
    // that views can draw and pick in list order.
    std::stable_sort(m_annotations.begin(), m_annotations.end(),
                     [](const Annotation &a, const Annotation &b) {
                         return a.z != b.z ? a.z < b.z : a.id < b.id;
                     });
}

void AssetDocument::reloadAfterFailure()
{
    m_error = m_store->errorString();
    m_annotations = m_store->annotations(m_asset.id);
    if (m_store->lastErrorWasConflict()) {
        // Someone else's edit is what the asset shows now: the steps on the stack were made
        // on what it showed before. Cleared after the step being run (this is inside it) ends.
        QMetaObject::invokeMethod(
                this, [this]() { m_undoStack.clear(); }, Qt::QueuedConnection);
    }
    emit annotationsChanged();
    emit storeError(m_error);
}

} // namespace Tessera
