// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "store/projectstore.h"

#include <QAbstractListModel>
#include <QCache>

namespace Tessera {

class ThumbnailCache;

/**
 * The assets of a project as a virtual list: it holds only the ordered ids of the rows that pass
 * the filter and fetches row data a page at a time by keyset (id > last id), so 100,000 assets
 * cost one id list and a few pages of memory.
 */
class AssetListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        AssetIdRole = Qt::UserRole + 1,
        KindRole,
        StatusRole,
        AnnotationCountRole,
        SizeRole,
        PathRole,
        ThumbnailFailedRole,
        OpenIssuesRole, // review issues nobody resolved yet
    };

    explicit AssetListModel(QObject *parent = nullptr);

    /** Shows the assets of store (not owned; may be nullptr). */
    void setStore(ProjectStore *store);
    void setFilter(const AssetFilter &filter);
    AssetFilter filter() const { return m_filter; }
    /** Draws thumbnails for image assets in DecorationRole when a cache is set. */
    void setThumbnailCache(ThumbnailCache *cache);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    qint64 assetIdAt(int row) const;
    /** Row of an asset, or -1 when it is filtered out. */
    int rowOf(qint64 assetId) const;
    /** Re-reads one asset's row (after its annotations or status changed). */
    void refreshAsset(qint64 assetId);
    /** Re-reads the open review issues (after one was opened, resolved or reopened). */
    void refreshOpenIssues(qint64 assetId);
    /** Re-reads everything (after assets were added). */
    void reload();

private:
    struct Row
    {
        Asset asset;
        int annotationCount = 0;
    };
    const Row *row(int index) const;

    static constexpr int pageSize = 256;
    ProjectStore *m_store = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    AssetFilter m_filter;
    QList<qint64> m_ids;
    mutable QHash<qint64, int> m_rowOfId; // built on first use
    mutable QCache<int, QList<Row>> m_pages;
    QHash<qint64, int> m_openIssues;
};

} // namespace Tessera
