// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QJsonArray>
#include <QList>
#include <QString>

#include <optional>

namespace Tessera {

class ProjectStore;

/** The hidden reference of a gold asset: the annotations it had when it was marked. */
struct GoldReference
{
    qint64 assetId = 0;
    QJsonArray annotations; // each as Json::toJson(Annotation) wrote it
    QString markedBy;
    qint64 markedAt = 0; // ms since the epoch; 0 for references older than the table
};

/**
 * The table of gold references (gold_references). A table of its own, not a key of the asset,
 * so that a server project can let annotators read assets but not references: row-level security
 * hides the table, and the audit entries of gold assets, from them (ServerExtras). To such a
 * reader every asset looks like no gold.
 */
class GoldStore
{
public:
    explicit GoldStore(ProjectStore &store);

    QString errorString() const;

    /** The reference of the asset; nullopt when it is not gold (or the reader may not see it). */
    std::optional<GoldReference> reference(qint64 assetId);
    bool isGold(qint64 assetId);
    /** Ids of the gold assets, ascending. */
    QList<qint64> assets();
    /**
     * Makes the asset gold with these annotations as its reference, signed by the store's author;
     * false if it is gold already. Audited as gold.mark without the reference's content (the
     * audit log is read more widely than references are).
     */
    bool put(qint64 assetId, const QJsonArray &annotations);
    /** Drops the asset's reference; false if it had none. Audited as gold.unmark. */
    bool remove(qint64 assetId);

private:
    ProjectStore &m_store;
};

} // namespace Tessera
