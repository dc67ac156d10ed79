// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assetlistmodel.h"

#include "quality/reviewworkflow.h"
#include "store/issuestore.h"
#include "thumbnailcache.h"

#include <algorithm>
#include <limits>

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QPointer>
#include <QThread>

namespace Tessera {

AssetListModel::AssetListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_pages(64)
{}

void AssetListModel::setStore(ProjectStore *store)
{
    m_store = store;
    reload();
}

void AssetListModel::setFilter(const AssetFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_thumbnails)
        m_thumbnails->clearQueue();
    reload();
}

void AssetListModel::setThumbnailCache(ThumbnailCache *cache)
{
    m_thumbnails = cache;
    connect(cache, &ThumbnailCache::thumbnailReady, this, &AssetListModel::refreshAsset);
    connect(cache, &ThumbnailCache::thumbnailFailed, this, [this](qint64 id) { refreshAsset(id); });
}

void AssetListModel::reload()
{
    beginResetModel();
    ++m_generation;
    m_ids = m_store ? m_store->assetIds(m_filter, 0, firstStretch) : QList<qint64>();
    m_complete = m_ids.size() < firstStretch;
    if (!m_complete)
        loadRestInBackground();
    m_openIssues = m_store ? IssueStore(*m_store).openCounts() : QHash<qint64, int>();
    m_pages.clear();
    m_keptPages.clear();
    endResetModel();
}

int AssetListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

qint64 AssetListModel::assetIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int AssetListModel::rowOf(qint64 assetId) const
{
    if (!m_complete && !m_ids.isEmpty() && assetId > m_ids.constLast())
        const_cast<AssetListModel *>(this)->finishLoading();
    // The ids come in ascending order (AssetQuery orders by id): a binary search, where a hash
    // of a million ids took 100 ms to build on the first call, when a project opened.
    const auto it = std::lower_bound(m_ids.cbegin(), m_ids.cend(), assetId);
    return it != m_ids.cend() && *it == assetId ? int(it - m_ids.cbegin()) : -1;
}

QHash<qint64, qint64> AssetListModel::shownVersions(const QList<qint64> &assetIds) const
{
    // Reading a page now would give the version as it is, not as it was shown: no check at all
    // is the honest answer for a row that left the cache.
    QHash<qint64, qint64> versions;
    for (qint64 id : assetIds) {
        const int index = rowOf(id);
        if (index < 0)
            continue;
        const QList<Row> *rows = m_pages.object(index / pageSize);
        if (!rows) {
            const auto kept = m_keptPages.constFind(index / pageSize);
            rows = kept != m_keptPages.cend() ? &*kept : nullptr;
        }
        if (rows && index % pageSize < rows->size() && rows->at(index % pageSize).asset.id == id)
            versions.insert(id, rows->at(index % pageSize).asset.version);
    }
    return versions;
}

void AssetListModel::loadRestInBackground()
{
    // A million ids take 80 ms and more to read: not before the first asset is painted.
    const ProjectLocation location = m_store->location();
    const AssetFilter filter = m_filter;
    const qint64 after = m_ids.constLast();
    QPointer<AssetListModel> self(this);
    QThread *thread = QThread::create([self, location, filter, after, generation = m_generation]() {
        QString error;
        const std::unique_ptr<ProjectStore> store = ProjectStore::open(location, &error);
        QList<qint64> ids;
        if (store)
            ids = store->assetIds(filter, after, std::numeric_limits<int>::max());
        QMetaObject::invokeMethod(
                qApp,
                [self, generation, ok = bool(store), ids = std::move(ids)]() {
                    if (!self || generation != self->m_generation || self->m_complete)
                        return;
                    // A second connection refused (a locked or vanished file): read the rest
                    // on the model's own connection rather than stop at the first stretch.
                    if (ok)
                        self->appendIds(ids);
                    else
                        self->finishLoading();
                },
                Qt::QueuedConnection);
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void AssetListModel::finishLoading()
{
    if (m_complete || !m_store)
        return;
    appendIds(m_store->assetIds(m_filter, m_ids.isEmpty() ? 0 : m_ids.constLast(),
                                std::numeric_limits<int>::max()));
}

void AssetListModel::appendIds(const QList<qint64> &ids)
{
    // Another program may have added assets since the first stretch: they come in order after
    // it, which is where they belong.
    m_complete = true;
    ++m_generation;
    if (!ids.isEmpty()) {
        beginInsertRows({}, int(m_ids.size()), int(m_ids.size() + ids.size() - 1));
        m_ids += ids;
        endInsertRows();
    }
    emit loaded();
}

const AssetListModel::Row *AssetListModel::row(int index) const
{
    if (!m_store || index < 0 || index >= m_ids.size())
        return nullptr;
    const int page = index / pageSize;
    QList<Row> *rows = m_pages.object(page);
    if (!rows) {
        QList<int> counts;
        // Keyset paging: ids are ascending, so "id > the id before the page" lands on its first
        // row.
        const qint64 after = page == 0 ? 0 : m_ids[page * pageSize - 1];
        const QList<Asset> assets = m_store->assetPage(m_filter, after, pageSize, &counts);
        if (assets.isEmpty()) {
            // Rows were listed here, so the read failed (a server out of reach): the rows as
            // last read stand in, not a page of blanks, until the next reload (which a server's
            // return brings). Held like a page read, so that painting does not ask again per
            // row: a server away may take seconds to refuse.
            rows = new QList<Row>(m_keptPages.value(page));
        } else {
            m_keptPages.remove(page);
            rows = new QList<Row>;
            rows->reserve(assets.size());
            for (qsizetype i = 0; i < assets.size(); ++i)
                rows->append({assets[i], counts.value(i)});
        }
        m_pages.insert(page, rows);
    }
    const int offset = index % pageSize;
    return offset < rows->size() ? &rows->at(offset) : nullptr;
}

QVariant AssetListModel::data(const QModelIndex &index, int role) const
{
    const Row *r = row(index.row());
    if (!r)
        return QVariant();
    const Asset &a = r->asset;
    switch (role) {
    case Qt::DisplayRole:
        return a.name;
    case Qt::ToolTipRole: {
        QString tip = a.path.isEmpty() ? a.name : QDir::toNativeSeparators(a.path);
        if (a.width > 0)
            tip += tr("\n%1 × %2 px").arg(a.width).arg(a.height);
        if (a.byteSize > 0)
            tip += QLatin1Char('\n') + QLocale().formattedDataSize(a.byteSize);
        tip += QLatin1Char('\n')
               + tr("%1 · %n annotation(s)", nullptr, r->annotationCount)
                         .arg(reviewStatusName(a.status));
        if (a.status != ReviewStatus::New && a.status != ReviewStatus::Accepted && m_store)
            if (const std::optional<ReviewEntry> rejected
                = ReviewWorkflow::lastRejection(*m_store, a.id))
                tip += QLatin1Char('\n')
                       + tr("Rejected by %1: %2").arg(rejected->reviewer, rejected->reason);
        if (const int open = m_openIssues.value(a.id))
            tip += QLatin1Char('\n') + tr("%n open issue(s)", nullptr, open);
        if (a.kind == AssetKind::Image && a.sha256.isEmpty()) // FormatSupport::isMediaMissing
            tip += QLatin1Char('\n') + tr("Media missing: File › Relink Media… finds the file");
        return tip;
    }
    case Qt::DecorationRole:
        if (m_thumbnails && a.kind == AssetKind::Image && m_store)
            return m_thumbnails->thumbnail(a.id, m_store->absolutePath(a), a.sha256);
        return QVariant();
    case AssetIdRole:
        return a.id;
    case KindRole:
        return int(a.kind);
    case StatusRole:
        return int(a.status);
    case AnnotationCountRole:
        return r->annotationCount;
    case SizeRole:
        return QSize(a.width, a.height);
    case PathRole:
        return m_store ? m_store->absolutePath(a) : QString();
    case ThumbnailFailedRole:
        return m_thumbnails && m_thumbnails->hasFailed(a.id);
    case OpenIssuesRole:
        return m_openIssues.value(a.id);
    default:
        return QVariant();
    }
}

void AssetListModel::refreshOpenIssues(qint64 assetId)
{
    if (!m_store)
        return;
    // Read only when issues change, not on every edit: one grouped read of a small index.
    m_openIssues = IssueStore(*m_store).openCounts();
    refreshAsset(assetId);
}

void AssetListModel::refreshAsset(qint64 assetId)
{
    const int r = rowOf(assetId);
    if (r < 0)
        return;
    // Kept until the page is read again: should that read fail, the row shows what it showed.
    if (QList<Row> *old = m_pages.take(r / pageSize)) {
        m_keptPages.insert(r / pageSize, std::move(*old));
        delete old;
    }
    const QModelIndex i = index(r);
    emit dataChanged(i, i);
}

} // namespace Tessera
