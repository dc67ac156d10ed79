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
 * cost one id list and a few pages of memory. A reload reads the first stretch of ids at once
 * and the rest on a worker (its own connection), appended as rows when they arrive: a project
 * of a million assets shows its first asset without waiting for a million ids. Anything that
 * needs an id beyond what arrived (rowOf) reads the rest at once.
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
    /**
     * Asset::version of each asset as its row was last read (what the list shows), for the
     * assets whose rows are still held; others are left out (never read here to fill in).
     */
    QHash<qint64, qint64> shownVersions(const QList<qint64> &assetIds) const;
    /** Re-reads one asset's row (after its annotations or status changed). */
    void refreshAsset(qint64 assetId);
    /** Re-reads the open review issues (after one was opened, resolved or reopened). */
    void refreshOpenIssues(qint64 assetId);
    /** Re-reads everything (after assets were added). */
    void reload();
    /** True while ids beyond the first stretch are still being read. */
    bool isLoading() const { return !m_complete; }
    /** Reads the ids still missing now, on this thread. */
    void finishLoading();

signals:
    /** The ids still missing after a reload arrived (rowCount is the full count now). */
    void loaded();

private:
    struct Row
    {
        Asset asset;
        int annotationCount = 0;
    };
    const Row *row(int index) const;

    void loadRestInBackground();
    void appendIds(const QList<qint64> &ids);

    static constexpr int pageSize = 256;
    static constexpr int firstStretch = 4096;
    bool m_complete = true;
    int m_generation = 0;
    ProjectStore *m_store = nullptr;
    ThumbnailCache *m_thumbnails = nullptr;
    AssetFilter m_filter;
    QList<qint64> m_ids; // ascending
    mutable QCache<int, QList<Row>> m_pages;
    mutable QHash<int, QList<Row>> m_keptPages; // pages refreshed, until read again
    QHash<qint64, int> m_openIssues;
};

} // namespace Tessera
