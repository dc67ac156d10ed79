// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "goldstore.h"

#include "projectstore.h"

#include <QJsonDocument>

namespace Tessera {

GoldStore::GoldStore(ProjectStore &store)
    : m_store(store)
{}

QString GoldStore::errorString() const
{
    return m_store.errorString();
}

std::optional<GoldReference> GoldStore::reference(qint64 assetId)
{
    Statement *q = m_store.database().prepare("SELECT annotations, marked_by, marked_at FROM "
                                              "gold_references WHERE asset_id = ?");
    if (!q || !q->bind(1, assetId).step())
        return std::nullopt;
    GoldReference r;
    r.assetId = assetId;
    r.annotations = QJsonDocument::fromJson(q->text(0).toUtf8()).array();
    r.markedBy = q->text(1);
    r.markedAt = q->int64(2);
    q->reset();
    return r;
}

bool GoldStore::isGold(qint64 assetId)
{
    Statement *q = m_store.database().prepare("SELECT 1 FROM gold_references WHERE asset_id = ?");
    const bool found = q && q->bind(1, assetId).step();
    if (q)
        q->reset();
    return found;
}

QList<qint64> GoldStore::assets()
{
    QList<qint64> out;
    Statement *q
            = m_store.database().prepare("SELECT asset_id FROM gold_references ORDER BY asset_id");
    while (q && q->step())
        out.append(q->int64(0));
    return out;
}

bool GoldStore::put(qint64 assetId, const QJsonArray &annotations)
{
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    if (isGold(assetId)) {
        m_store.setErrorString(QStringLiteral("Asset %1 is gold already").arg(assetId));
        return false;
    }
    Statement *q = m_store.database().prepare(
            "INSERT INTO gold_references (asset_id, annotations, marked_by, marked_at) "
            "VALUES (?, ?, ?, ?)");
    if (!q
        || !q->bind(1, assetId)
                    .bind(2, QString::fromUtf8(
                                     QJsonDocument(annotations).toJson(QJsonDocument::Compact)))
                    .bind(3, m_store.author())
                    .bind(4, ProjectStore::now())
                    .exec())
        return m_store.fail(QStringLiteral("Could not make asset %1 gold").arg(assetId));
    return m_store.audit(QStringLiteral("gold.mark"), assetId, 0, QString(),
                         QString::number(annotations.size()))
           && t.commit();
}

bool GoldStore::remove(qint64 assetId)
{
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    Statement *q = m_store.database().prepare("DELETE FROM gold_references WHERE asset_id = ?");
    if (!q || !q->bind(1, assetId).exec())
        return m_store.fail(QStringLiteral("Could not unmark gold asset %1").arg(assetId));
    if (m_store.database().changes() == 0) {
        m_store.setErrorString(QStringLiteral("Asset %1 is not gold").arg(assetId));
        return false;
    }
    return m_store.audit(QStringLiteral("gold.unmark"), assetId, 0, QString(), QString())
           && t.commit();
}

} // namespace Tessera
