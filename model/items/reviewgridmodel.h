// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "quality/reviewworkflow.h"
#include "store/objectquery.h"

#include <QAbstractListModel>
#include <QCache>
#include <QSet>

#include <memory>

namespace Tessera {

class CropCache;
class ProjectSession;

/**
 * The review grid's tiles: one per asset (a thumbnail with its shapes drawn over it) or one per
 * shape (an object crop, grouped by label). Virtual at any size: the asset view holds the ordered
 * ids of the assets that pass the filter and reads a tile's asset when it is first drawn; the
 * object view fetches shapes a page at a time (ObjectQuery's keyset) as the view scrolls.
 * Marks (what a bulk action applies to) are kept by id, so they survive a reload.
 */
class ReviewGridModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Mode { Assets, Objects };
    enum Role {
        KeyRole = Qt::UserRole + 1, // asset id (asset view) or annotation id (object view)
        AssetIdRole,
        AnnotationIdRole,
        LabelIdRole,
        StatusRole,     // ReviewStatus of the asset, as int
        MarkedRole,     // bool
        ImageRole,      // QImage, null until made
        SourceRectRole, // QRectF: the image region the tile's picture shows (image pixels)
        ShapesRole,     // QVariantList of Annotation: the asset's shapes (asset view)
        BoundsRole,     // QRectF: the shape's bounding box (object view)
        ProposalRole,   // bool: a proposal nobody accepted (object view)
        ScoreRole,      // double or invalid
        FailedRole,     // bool: the picture cannot be made (missing or unreadable image)
        KindRole,       // AssetKind as int
        OutlineRole,    // QPainterPath: the shape (object view), image pixels
    };

    ReviewGridModel(ProjectSession *session, QObject *parent = nullptr, Mode mode = Mode::Assets);
    ~ReviewGridModel() override;

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    const ReviewWorkflow::QueueFilter &assetFilter() const { return m_assetFilter; }
    void setAssetFilter(const ReviewWorkflow::QueueFilter &filter);
    const ObjectFilter &objectFilter() const { return m_objectFilter; }
    void setObjectFilter(const ObjectFilter &filter);
    /** Mode and both filters at once: the rows are read once (marks go when the mode changes). */
    void configure(Mode mode, const ReviewWorkflow::QueueFilter &assets,
                   const ObjectFilter &objects);
    /** Re-reads the rows (after edits elsewhere); marks of rows still shown are kept. */
    void reload();
    /** Re-reads what is shown of these assets (status, shapes, crops) after a bulk edit. */
    void refreshAssets(const QList<qint64> &assetIds);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    /** Rows not fetched yet are fetched up to this one (keyboard jumps, tests). */
    void fetchUpTo(int row);
    /**
     * All rows that pass the filter: known for assets; for objects counted here and now (a full
     * scan: the window uses knownTotal(), which a worker fills in after the first page).
     */
    qint64 totalCount();
    /** The total if it is known already (-1: not counted yet; summaryChanged() when it is). */
    qint64 knownTotal() const { return m_total; }

    qint64 keyAt(int row) const;
    qint64 assetIdAt(int row) const;
    int rowOfKey(qint64 key) const;

    bool isMarked(int row) const;
    void setMarked(int row, bool marked);
    /** Marks every row fetched so far (the object view fetches the rest first). */
    void markAll();
    void clearMarks();
    int markedCount() const { return int(m_marked.size()); }
    /** Keys of the marked rows, in row order. */
    QList<qint64> markedKeys() const;
    /** The assets of these keys (each once, in order). */
    QList<qint64> assetsOfKeys(const QList<qint64> &keys) const;
    /** Asset::version of the assets as their tiles were read; those not held are left out. */
    QHash<qint64, qint64> shownVersions(const QList<qint64> &assetIds) const;

    /** Colour and name of a label (the session's schema), for the delegate. */
    QColor labelColor(qint64 labelId) const;
    QString labelName(qint64 labelId) const;

signals:
    /** Rows or marks changed in a way the window summarises (count, marked). */
    void summaryChanged();

private:
    struct AssetInfo
    {
        Asset asset;
        QString imagePath;
        QList<Annotation> shapes;
    };
    const AssetInfo *info(qint64 assetId) const;
    void reset();
    void countInBackground();
    void imageReady(qint64 key, bool isAsset);

    ProjectSession *m_session;
    CropCache *m_crops;
    Mode m_mode = Mode::Assets;
    ReviewWorkflow::QueueFilter m_assetFilter;
    ObjectFilter m_objectFilter;
    QList<qint64> m_assetIds;
    QList<GridObject> m_objects;
    std::unique_ptr<ObjectQuery> m_query;
    ObjectQuery::Key m_next;
    bool m_exhausted = true;
    qint64 m_total = -1;
    int m_generation = 0; // a count that finishes after the filter changed is dropped
    mutable QHash<qint64, int> m_rowOfKey; // built on first use after a reset
    mutable QCache<qint64, AssetInfo> m_infos;
    QSet<qint64> m_marked;
};

} // namespace Tessera
