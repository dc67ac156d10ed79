// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "layerstore.h"

#include "projectstore.h"
#include "storerows.h"

#include <QHash>

namespace Tessera {

LayerStore::LayerStore(ProjectStore &store)
    : m_store(store)
{}

QString LayerStore::errorString() const
{
    return m_store.errorString();
}

bool LayerStore::setLayer(qint64 assetId, const QString &layer,
                          const QList<Annotation> &annotations)
{
    if (layer.trimmed().isEmpty()) {
        m_store.setErrorString(QStringLiteral("A layer needs a name"));
        return false;
    }
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    Database &db = m_store.database();
    Statement *d = db.prepare("DELETE FROM layer_annotations WHERE asset_id = ? AND layer = ?");
    if (!d || !d->bind(1, assetId).bind(2, layer).exec())
        return m_store.fail(
                QStringLiteral("Could not replace layer %1 of asset %2").arg(layer).arg(assetId));
    const int removed = db.changes();
    Statement *q = db.prepare(QByteArray("INSERT INTO layer_annotations (")
                              + StoreRows::annotationColumns
                              + ", layer) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q)
        return m_store.fail(QStringLiteral("Could not write layer %1").arg(layer));
    // Relations are written after the annotations they join, so that their ends have new ids.
    QHash<qint64, qint64> newId;
    const QByteArray author = m_store.author().toUtf8();
    const qint64 at = ProjectStore::now();
    for (int pass = 0; pass < 2; ++pass) {
        for (const Annotation &original : annotations) {
            const bool relation = original.kind == AnnotationKind::Relation;
            if (relation != (pass == 1))
                continue;
            Annotation a = original;
            a.assetId = assetId;
            a.id = 0;
            if (relation) {
                a.sourceId = newId.value(original.sourceId);
                a.targetId = newId.value(original.targetId);
                if (!a.sourceId || !a.targetId)
                    continue; // an end outside the list: nothing to point at
            }
            StoreRows::fillProvenance(a, layer, at);
            StoreRows::bindAnnotation(*q, 0, a, m_store.author(), author);
            q->bind(18, layer);
            if (!q->exec())
                return m_store.fail(QStringLiteral("Could not write layer %1").arg(layer));
            newId.insert(original.id, db.lastInsertId());
        }
    }
    if ((removed || !annotations.isEmpty())
        && !m_store.audit(QStringLiteral("set-layer"), assetId, 0,
                          removed ? QString::number(removed) : QString(),
                          QStringLiteral("%1: %2").arg(layer).arg(annotations.size())))
        return false;
    return t.commit();
}

QMap<QString, QList<Annotation>> LayerStore::layers(qint64 assetId)
{
    QMap<QString, QList<Annotation>> result;
    Statement *q = m_store.database().prepare(
            QByteArray("SELECT ") + StoreRows::annotationColumns
            + ", layer FROM layer_annotations WHERE asset_id = ? ORDER BY layer, id");
    if (!q)
        return result;
    q->bind(1, assetId);
    while (q->step()) {
        Annotation a;
        StoreRows::readAnnotationRow(*q, a);
        result[q->text(17)].append(std::move(a));
    }
    q->reset();
    return result;
}

QList<qint64> LayerStore::assets()
{
    QList<qint64> result;
    Statement *q = m_store.database().prepare(
            "SELECT DISTINCT asset_id FROM layer_annotations ORDER BY asset_id");
    if (!q)
        return result;
    while (q->step())
        result.append(q->int64(0));
    q->reset();
    return result;
}

bool LayerStore::forEach(const std::function<bool(const QString &, const Annotation &)> &visit)
{
    Statement *q = m_store.database().prepare(
            QByteArray("SELECT ") + StoreRows::annotationColumns
            + ", layer FROM layer_annotations ORDER BY asset_id, layer, id");
    if (!q)
        return false;
    QString layer;
    while (q->step()) {
        Annotation a;
        StoreRows::readAnnotationRow(*q, a);
        // Layer names repeat row after row: keep one shared string instead of a copy per row.
        const QString name = q->text(17);
        if (name != layer)
            layer = name;
        if (!visit(layer, a)) {
            q->reset();
            return true;
        }
    }
    const bool ok = q->ok();
    q->reset();
    return ok || m_store.fail(QStringLiteral("Could not read the layers"));
}

QStringList LayerStore::names()
{
    QStringList result;
    Statement *q = m_store.database().prepare(
            "SELECT DISTINCT layer FROM layer_annotations ORDER BY layer");
    if (!q)
        return result;
    while (q->step())
        result.append(q->text(0));
    q->reset();
    return result;
}

} // namespace Tessera
