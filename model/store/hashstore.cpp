// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "hashstore.h"

#include "projectstore.h"
#include "sqlitedatabase.h"

namespace Tessera {

HashStore::HashStore(ProjectStore &store)
    : m_store(store)
{}

QHash<qint64, quint64> HashStore::hashes()
{
    QHash<qint64, quint64> out;
    Statement *q = m_store.database().prepare("SELECT asset_id, phash FROM image_hashes");
    if (!q)
        return out;
    while (q->step())
        out.insert(q->int64(0), quint64(q->int64(1)));
    q->reset();
    return out;
}

QList<std::pair<qint64, QString>> HashStore::missing()
{
    QList<qint64> ids;
    Statement *q = m_store.database().prepare(
            "SELECT a.id FROM assets a LEFT JOIN image_hashes h ON h.asset_id = a.id "
            "WHERE a.kind = 0 AND h.asset_id IS NULL ORDER BY a.id");
    if (!q)
        return {};
    while (q->step())
        ids.append(q->int64(0));
    q->reset();
    QList<std::pair<qint64, QString>> out;
    for (qint64 id : std::as_const(ids))
        if (const std::optional<Asset> a = m_store.asset(id))
            out.append({id, m_store.absolutePath(*a)});
    return out;
}

bool HashStore::setHashes(const QList<std::pair<qint64, quint64>> &hashes)
{
    ProjectStore::Transaction transaction(m_store);
    Statement *q = m_store.database().prepare(
            "INSERT INTO image_hashes (asset_id, phash) VALUES (?, ?) "
            "ON CONFLICT (asset_id) DO UPDATE SET phash = excluded.phash");
    if (!q)
        return false;
    for (const auto &[id, hash] : hashes) {
        q->bind(1, id).bind(2, qint64(hash));
        if (!q->exec())
            return m_store.fail(QStringLiteral("Could not store the image hashes"));
    }
    return transaction.commit();
}

} // namespace Tessera
