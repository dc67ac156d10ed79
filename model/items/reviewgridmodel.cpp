// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "reviewgridmodel.h"

#include "cropcache.h"
#include "document/projectsession.h"
#include "items/thumbnailcache.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace Tessera {

namespace {
constexpr int pageSize = 256;
}

ReviewGridModel::ReviewGridModel(ProjectSession *session, QObject *parent, Mode mode)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_crops(new CropCache(this))
    , m_mode(mode)
    , m_infos(4000)
{
    connect(m_session->thumbnails(), &ThumbnailCache::thumbnailReady, this,
            [this](qint64 assetId) { imageReady(assetId, true); });
    connect(m_session->thumbnails(), &ThumbnailCache::thumbnailFailed, this,
            [this](qint64 assetId) { imageReady(assetId, true); });
    connect(m_crops, &CropCache::cropReady, this, [this](qint64 id) { imageReady(id, false); });
    connect(m_crops, &CropCache::cropFailed, this, [this](qint64 id) { imageReady(id, false); });
    reset();
}

ReviewGridModel::~ReviewGridModel() = default;

void ReviewGridModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    m_mode = mode;
    m_marked.clear();
    reset();
}

void ReviewGridModel::setAssetFilter(const ReviewWorkflow::QueueFilter &filter)
{
    m_assetFilter = filter;
    if (m_mode == Mode::Assets)
        reset();
}

void ReviewGridModel::setObjectFilter(const ObjectFilter &filter)
{
    m_objectFilter = filter;
    if (m_mode == Mode::Objects)
        reset();
}

void ReviewGridModel::configure(Mode mode, const ReviewWorkflow::QueueFilter &assets,
                                const ObjectFilter &objects)
{
    if (mode == m_mode && assets == m_assetFilter && objects == m_objectFilter)
        return;
    if (mode != m_mode)
        m_marked.clear();
    m_mode = mode;
    m_assetFilter = assets;
    m_objectFilter = objects;
    reset();
}

void ReviewGridModel::reload()
{
    m_infos.clear();
    m_crops->clear(true);
    reset();
}

void ReviewGridModel::reset()
{
    beginResetModel();
    ++m_generation;
    m_rowOfKey.clear();
    m_assetIds.clear();
    m_objects.clear();
    m_total = -1;
    m_crops->clear();
    ProjectStore &store = *m_session->store();
    if (m_mode == Mode::Assets) {
        m_assetIds = ReviewWorkflow::queue(store, m_assetFilter);
        m_total = m_assetIds.size();
        m_exhausted = true;
    } else {
        m_query = std::make_unique<ObjectQuery>(store, m_objectFilter);
        m_next = {};
        m_exhausted = false;
        m_objects = m_query->page(m_next, pageSize, &m_next);
        m_exhausted = m_objects.size() < pageSize;
        if (m_exhausted) {
            m_total = m_objects.size();
        } else {
            // A moment later, and only if the rows were not read anew since: the first screen of
            // crops gets the cores first, and filters changed in quick succession count once.
            QTimer::singleShot(400, this, [this, generation = m_generation]() {
                if (generation == m_generation)
                    countInBackground();
            });
        }
    }
    // Marks of rows that left the list go: a bulk action must never touch what is not shown.
    QSet<qint64> shown;
    if (m_mode == Mode::Assets) {
        shown = QSet<qint64>(m_assetIds.cbegin(), m_assetIds.cend());
        m_marked.intersect(shown);
    } else if (m_exhausted) {
        for (const GridObject &o : std::as_const(m_objects))
            shown.insert(o.annotationId);
        m_marked.intersect(shown);
    }
    endResetModel();
    emit summaryChanged();
}

void ReviewGridModel::countInBackground()
{
    // Counting a million shapes through a join takes most of a second: on a connection of its
    // own (WAL lets it read beside this one), so the first page is painted without waiting, and
    // on a thread of idle priority (SCHED_IDLE on Linux), so that on two cores it never takes
    // the time the scrolling and the crop workers need: the total may show a moment later.
    const int generation = m_generation;
    const ProjectLocation location = m_session->store()->location();
    const ObjectFilter filter = m_objectFilter;
    QPointer<ReviewGridModel> self(this);
    QThread *thread = QThread::create([self, location, filter, generation]() {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(location, &error);
        const qint64 total = store ? ObjectQuery(*store, filter).count() : -1;
        QMetaObject::invokeMethod(
                qApp,
                [self, generation, total]() {
                    if (!self || generation != self->m_generation || self->m_mode != Mode::Objects
                        || self->m_total >= 0)
                        return;
                    self->m_total = total;
                    emit self->summaryChanged();
                },
                Qt::QueuedConnection);
    });
    // Not a child of the model: a grid closed while it counts must not destroy a running thread.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start(QThread::IdlePriority);
}

void ReviewGridModel::refreshAssets(const QList<qint64> &assetIds)
{
    const QSet<qint64> changed(assetIds.cbegin(), assetIds.cend());
    for (qint64 id : assetIds)
        m_infos.remove(id);
    if (m_mode == Mode::Objects) {
        // A relabel or removal moves shapes between groups: re-read the rows fetched so far.
        const int had = int(m_objects.size());
        QList<GridObject> fresh;
        ObjectQuery::Key key;
        m_query = std::make_unique<ObjectQuery>(*m_session->store(), m_objectFilter);
        while (fresh.size() < had) {
            const QList<GridObject> page = m_query->page(key, pageSize, &key);
            fresh += page;
            if (page.size() < pageSize)
                break;
        }
        beginResetModel();
        for (const GridObject &o : std::as_const(fresh))
            if (changed.contains(o.assetId))
                m_crops->forget(o.annotationId);
        m_objects = fresh;
        m_next = key;
        m_exhausted = fresh.size() < had || fresh.size() % pageSize != 0;
        m_total = -1;
        ++m_generation;
        if (!m_exhausted)
            countInBackground();
        m_rowOfKey.clear();
        endResetModel();
        emit summaryChanged();
        return;
    }
    for (int row = 0; row < m_assetIds.size(); ++row)
        if (changed.contains(m_assetIds[row]))
            emit dataChanged(index(row), index(row));
}

int ReviewGridModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    return int(m_mode == Mode::Assets ? m_assetIds.size() : m_objects.size());
}

bool ReviewGridModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_mode == Mode::Objects && !m_exhausted;
}

void ReviewGridModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent) || !m_query)
        return;
    const QList<GridObject> page = m_query->page(m_next, pageSize, &m_next);
    if (page.size() < pageSize)
        m_exhausted = true;
    if (page.isEmpty())
        return;
    const int first = int(m_objects.size());
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_objects += page;
    for (int i = first; i < m_objects.size() && !m_rowOfKey.isEmpty(); ++i)
        m_rowOfKey.insert(m_objects[i].annotationId, i);
    endInsertRows();
    emit summaryChanged();
}

void ReviewGridModel::fetchUpTo(int row)
{
    while (row >= rowCount() && canFetchMore({}))
        fetchMore({});
}

qint64 ReviewGridModel::totalCount()
{
    if (m_total < 0 && m_query)
        m_total = m_query->count();
    return m_total;
}

qint64 ReviewGridModel::keyAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_mode == Mode::Assets ? m_assetIds[row] : m_objects[row].annotationId;
}

qint64 ReviewGridModel::assetIdAt(int row) const
{
    if (row < 0 || row >= rowCount())
        return 0;
    return m_mode == Mode::Assets ? m_assetIds[row] : m_objects[row].assetId;
}

int ReviewGridModel::rowOfKey(qint64 key) const
{
    if (m_rowOfKey.isEmpty()) {
        for (int row = 0; row < rowCount(); ++row)
            m_rowOfKey.insert(keyAt(row), row);
    }
    return m_rowOfKey.value(key, -1);
}

bool ReviewGridModel::isMarked(int row) const
{
    return m_marked.contains(keyAt(row));
}

void ReviewGridModel::setMarked(int row, bool marked)
{
    const qint64 key = keyAt(row);
    if (!key || m_marked.contains(key) == marked)
        return;
    if (marked)
        m_marked.insert(key);
    else
        m_marked.remove(key);
    emit dataChanged(index(row), index(row), {MarkedRole});
    emit summaryChanged();
}

void ReviewGridModel::markAll()
{
    while (canFetchMore({}))
        fetchMore({});
    for (int row = 0; row < rowCount(); ++row)
        m_marked.insert(keyAt(row));
    if (rowCount())
        emit dataChanged(index(0), index(rowCount() - 1), {MarkedRole});
    emit summaryChanged();
}

void ReviewGridModel::clearMarks()
{
    m_marked.clear();
    if (rowCount())
        emit dataChanged(index(0), index(rowCount() - 1), {MarkedRole});
    emit summaryChanged();
}

QList<qint64> ReviewGridModel::markedKeys() const
{
    QList<qint64> keys;
    for (int row = 0; row < rowCount() && keys.size() < m_marked.size(); ++row)
        if (m_marked.contains(keyAt(row)))
            keys.append(keyAt(row));
    return keys;
}

QList<qint64> ReviewGridModel::assetsOfKeys(const QList<qint64> &keys) const
{
    QList<qint64> assets;
    QSet<qint64> seen;
    for (qint64 key : keys) {
        const qint64 asset = assetIdAt(rowOfKey(key));
        if (asset && !seen.contains(asset)) {
            seen.insert(asset);
            assets.append(asset);
        }
    }
    return assets;
}

QColor ReviewGridModel::labelColor(qint64 labelId) const
{
    const std::optional<Label> l = m_session->label(labelId);
    return l ? l->color : QColor(Qt::gray);
}

QString ReviewGridModel::labelName(qint64 labelId) const
{
    const std::optional<Label> l = m_session->label(labelId);
    return l ? l->name : QString();
}

QHash<qint64, qint64> ReviewGridModel::shownVersions(const QList<qint64> &assetIds) const
{
    QHash<qint64, qint64> versions;
    for (qint64 id : assetIds)
        if (const AssetInfo *i = m_infos.object(id))
            versions.insert(id, i->asset.version);
    return versions;
}

const ReviewGridModel::AssetInfo *ReviewGridModel::info(qint64 assetId) const
{
    if (AssetInfo *i = m_infos.object(assetId))
        return i;
    ProjectStore &store = *m_session->store();
    std::optional<Asset> asset = store.asset(assetId);
    if (!asset)
        return nullptr;
    auto *i = new AssetInfo;
    i->asset = std::move(*asset);
    i->asset.text.truncate(400); // a tile shows the start of a text, never a whole book
    i->imagePath = i->asset.kind == AssetKind::Image ? store.absolutePath(i->asset) : QString();
    if (m_mode == Mode::Assets && i->asset.kind == AssetKind::Image) {
        // With provenance (proposals are drawn dashed); shapes only, not image-level classes.
        i->shapes = store.annotations(assetId);
        i->shapes.removeIf(
                [](const Annotation &a) { return int(a.kind) >= int(AnnotationKind::Tag); });
    }
    m_infos.insert(assetId, i);
    return i;
}

void ReviewGridModel::imageReady(qint64 key, bool isAsset)
{
    if ((m_mode == Mode::Assets) != isAsset)
        return;
    const int row = rowOfKey(key);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {ImageRole, SourceRectRole, FailedRole});
}

QVariant ReviewGridModel::data(const QModelIndex &index, int role) const
{
    const int row = index.row();
    if (!index.isValid() || row >= rowCount())
        return {};
    const bool objects = m_mode == Mode::Objects;
    const GridObject *object = objects ? &m_objects[row] : nullptr;
    const qint64 assetId = assetIdAt(row);
    switch (role) {
    case KeyRole:
        return keyAt(row);
    case AssetIdRole:
        return assetId;
    case AnnotationIdRole:
        return object ? object->annotationId : 0;
    case LabelIdRole:
        return object ? object->labelId : 0;
    case MarkedRole:
        return isMarked(row);
    case BoundsRole:
        return object ? object->bounds : QRectF();
    case OutlineRole:
        return object ? QVariant::fromValue(object->outline) : QVariant();
    case ProposalRole:
        return object && object->proposal;
    case ScoreRole:
        return object && object->score ? QVariant(*object->score) : QVariant();
    default:
        break;
    }
    const AssetInfo *i = info(assetId);
    if (!i)
        return {};
    switch (role) {
    case StatusRole:
        return int(i->asset.status);
    case KindRole:
        return int(i->asset.kind);
    case Qt::DisplayRole:
        if (object) {
            const QString name = labelName(object->labelId);
            return name.isEmpty() ? i->asset.name : name;
        }
        return i->asset.kind == AssetKind::Image ? i->asset.name
                                                 : i->asset.text.left(200).simplified();
    case Qt::ToolTipRole: {
        QString tip = i->asset.name + QLatin1Char('\n') + reviewStatusName(i->asset.status);
        if (object) {
            tip += QLatin1Char('\n') + labelName(object->labelId) + QLatin1String(" · ")
                   + originName(object->origin);
            if (object->score)
                tip += QStringLiteral(" · %1").arg(*object->score, 0, 'f', 2);
        }
        return tip;
    }
    case ShapesRole: {
        QVariantList shapes;
        for (const Annotation &a : i->shapes)
            shapes.append(QVariant::fromValue(a));
        return shapes;
    }
    case ImageRole:
    case SourceRectRole:
    case FailedRole: {
        if (i->imagePath.isEmpty())
            return role == FailedRole ? QVariant(false) : QVariant();
        if (object) {
            if (role == FailedRole)
                return m_crops->hasFailed(object->annotationId);
            const CropCache::Crop crop
                    = m_crops->crop(object->annotationId, i->imagePath, object->bounds);
            return role == ImageRole ? QVariant(crop.image) : QVariant(crop.source);
        }
        ThumbnailCache *thumbnails = m_session->thumbnails();
        if (role == FailedRole)
            return thumbnails->hasFailed(assetId);
        if (role == SourceRectRole)
            return QRectF(0, 0, i->asset.width, i->asset.height);
        return thumbnails->thumbnail(assetId, i->imagePath, i->asset.sha256);
    }
    default:
        return {};
    }
}

} // namespace Tessera
