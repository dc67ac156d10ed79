// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectsession.h"

#include "assetdocument.h"
#include "commands/bulkcommands.h"
#include "items/assetlistmodel.h"
#include "items/thumbnailcache.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QScopeGuard>
#include <QThread>
#include <algorithm>

namespace Tessera {

ProjectSession::ProjectSession(std::unique_ptr<ProjectStore> store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_assetModel(new AssetListModel(this))
    , m_thumbnails(new ThumbnailCache(this))
{
    m_assetModel->setThumbnailCache(m_thumbnails);
    m_assetModel->setStore(m_store.get());
    reloadLabels();
}

ProjectSession::~ProjectSession()
{
    // Documents refer to the store; they go first.
    qDeleteAll(m_documents);
    m_documents.clear();
}

void ProjectSession::watchOtherWriters(int intervalMs, qint64 waitLimitMs)
{
    if (!m_watch) {
        m_watch = new QTimer(this);
        connect(m_watch, &QTimer::timeout, this, &ProjectSession::checkOtherWriters);
    }
    m_dataVersion = m_store->dataVersion();
    m_watch->start(intervalMs);
    m_store->setBusyWait([this, waitLimitMs](qint64 waited) {
        if (waited < 0 || waited >= waitLimitMs) { // got the lock, or gave up
            m_waiting = false;
            emit waitingForLock(-1);
            return false;
        }
        // The window keeps painting (and says why nothing moves) but takes no input: the edit
        // waiting here must be stored before the next one is made.
        m_waiting = true;
        emit waitingForLock(waited);
        QCoreApplication::processEvents(QEventLoop::ExcludeUserInputEvents, 100);
        QThread::msleep(20);
        return true;
    });
}

void ProjectSession::checkOtherWriters()
{
    // Never in the middle of a write that waits for a lock: re-reading then would change the
    // documents under the edit being stored.
    if (m_waiting)
        return;
    const qint64 version = m_store->dataVersion();
    if (version < 0) {
        if (m_store->isServer() && !m_lost) {
            m_lost = true;
            emit connectionLost(m_store->errorString());
        }
        return;
    }
    // Said last, after the re-read below (a reconnect always counts as a change: notices were
    // missed), so that the window's last word is that it is back.
    const auto restored = qScopeGuard([this, wasLost = std::exchange(m_lost, false)]() {
        if (wasLost)
            emit connectionRestored();
    });
    if (m_store->leaseVersion() != m_leaseVersion) {
        m_leaseVersion = m_store->leaseVersion();
        emit leasesChanged();
    }
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    // A bulk step undone now would put back statuses or labels over what the other program
    // just wrote: like the documents' own steps, they go.
    m_projectUndo.clear();
    reloadLabels();
    m_assetModel->reload();
    for (AssetDocument *document : std::as_const(m_documents)) {
        const QList<Annotation> before = document->annotations();
        document->reloadFromStore();
        if (document->annotations() != before)
            document->undoStack()->clear();
    }
    emit changedElsewhere();
}

QString ProjectSession::name() const
{
    const QString name = m_store->setting(QStringLiteral("name"));
    return name.isEmpty() ? m_store->location().name() : name;
}

std::optional<Label> ProjectSession::label(qint64 id) const
{
    for (const Label &l : m_labels) {
        if (l.id == id)
            return l;
    }
    return std::nullopt;
}

void ProjectSession::reloadAll()
{
    reloadLabels();
    m_assetModel->reload();
    for (AssetDocument *document : std::as_const(m_documents))
        document->reloadFromStore();
}

void ProjectSession::reloadLabels()
{
    m_labels = m_store->labels();
    // The window lists labels in the user's order; the store's list is in class-id order.
    sortForDisplay(m_labels);
    emit labelsChanged();
}

AssetDocument *ProjectSession::document(qint64 assetId, QString *error)
{
    if (AssetDocument *doc = m_documents.value(assetId))
        return doc;
    auto *doc = new AssetDocument(m_store.get(), assetId);
    if (!doc->load()) {
        if (error)
            *error = doc->errorString();
        delete doc;
        return nullptr;
    }
    m_documents.insert(assetId, doc);
    m_undoGroup.addStack(doc->undoStack());
    connect(doc, &AssetDocument::storeError, this, &ProjectSession::storeError);
    connect(doc, &AssetDocument::annotationsChanged, this, [this, assetId, doc]() {
        // A read-only document changes nothing: it only asks its views to drop live state.
        if (!doc->isReadOnly())
            m_assetModel->refreshAsset(assetId);
    });
    // Only stored edits count as work; a reload (another process, a pre-labelling run, an
    // import) changes what is shown but is nobody's edit of this asset.
    connect(doc, &AssetDocument::edited, this, [this, assetId]() { emit edited(assetId); });
    return doc;
}

struct ProjectSessionText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSession)
};

BulkEdit::StatusResult ProjectSession::setStatuses(const QList<qint64> &assetIds, ReviewStatus to,
                                                   const QString &reason,
                                                   const QHash<qint64, qint64> &seen)
{
    BulkEdit::StatusResult result = BulkEdit::setStatus(*m_store, assetIds, to, reason, seen);
    if (!result.error.isEmpty()) {
        emit storeError(result.error);
        return result;
    }
    // What someone else changed is shown as it is now, so that the user decides again on it.
    if (!result.stale.isEmpty())
        refreshAfterBulk(result.stale);
    if (result.moved.isEmpty())
        return result;
    const int n = int(result.moved.size());
    QString text;
    switch (to) {
    case ReviewStatus::Accepted:
        text = ProjectSessionText::tr("Accept %n asset(s)", nullptr, n);
        break;
    case ReviewStatus::Rejected:
        text = ProjectSessionText::tr("Reject %n asset(s)", nullptr, n);
        break;
    case ReviewStatus::Submitted:
        text = ProjectSessionText::tr("Submit %n asset(s)", nullptr, n);
        break;
    default:
        text = ProjectSessionText::tr("Set %n asset(s) to %1", nullptr, n)
                       .arg(reviewStatusName(to));
    }
    m_projectUndo.push(new BulkStatusCommand(this, result.moved, text));
    QList<qint64> ids;
    for (const BulkEdit::StatusMove &m : std::as_const(result.moved))
        ids.append(m.assetId);
    refreshAfterBulk(ids);
    return result;
}

int ProjectSession::relabel(const QList<qint64> &annotationIds, qint64 labelId)
{
    QList<Annotation> before;
    QString error;
    if (!BulkEdit::relabel(*m_store, annotationIds, labelId, &before, &error)) {
        emit storeError(error);
        return -1;
    }
    if (before.isEmpty())
        return 0;
    QList<Annotation> after = before;
    for (Annotation &a : after)
        a.labelId = labelId;
    const std::optional<Label> l = label(labelId);
    m_projectUndo.push(new BulkAnnotationsCommand(
            this, before, after,
            ProjectSessionText::tr("Relabel %n annotation(s) as %1", nullptr, int(before.size()))
                    .arg(l ? l->name : QString())));
    QList<qint64> assets;
    for (const Annotation &a : std::as_const(before))
        assets.append(a.assetId);
    refreshAfterBulk(assets);
    return int(before.size());
}

int ProjectSession::removeAnnotations(const QList<qint64> &annotationIds, const QString &text)
{
    QList<Annotation> before;
    QString error;
    if (!BulkEdit::remove(*m_store, annotationIds, &before, &error)) {
        emit storeError(error);
        return -1;
    }
    if (before.isEmpty())
        return 0;
    m_projectUndo.push(new BulkAnnotationsCommand(this, before, {}, text));
    QList<qint64> assets;
    for (const Annotation &a : std::as_const(before))
        assets.append(a.assetId);
    refreshAfterBulk(assets);
    return int(before.size());
}

void ProjectSession::replayStatus(const QList<BulkEdit::StatusMove> &moves, bool undo)
{
    QString error;
    if (!BulkEdit::replayStatus(*m_store, moves, undo, &error))
        emit storeError(error);
    QList<qint64> ids;
    for (const BulkEdit::StatusMove &m : moves)
        ids.append(m.assetId);
    refreshAfterBulk(ids);
}

void ProjectSession::replaceAnnotations(const QList<Annotation> &from, const QList<Annotation> &to)
{
    QHash<qint64, int> inTo;
    for (int i = 0; i < to.size(); ++i)
        inTo.insert(to[i].id, i);
    QList<Annotation> updates, inserts;
    QList<qint64> removals, assets;
    QSet<qint64> inFrom;
    for (const Annotation &a : from) {
        inFrom.insert(a.id);
        assets.append(a.assetId);
        if (!inTo.contains(a.id))
            removals.append(a.id);
    }
    for (const Annotation &a : to) {
        assets.append(a.assetId);
        (inFrom.contains(a.id) ? updates : inserts).append(a);
    }
    ProjectStore::Transaction transaction(*m_store);
    const bool ok = (removals.isEmpty() || m_store->removeAnnotations(removals))
                    && (updates.isEmpty() || m_store->updateAnnotations(updates))
                    && (inserts.isEmpty() || m_store->addAnnotations(inserts))
                    && transaction.commit();
    if (!ok)
        emit storeError(m_store->errorString());
    refreshAfterBulk(assets);
}

void ProjectSession::refreshAfterBulk(const QList<qint64> &assetIds)
{
    QList<qint64> unique;
    QSet<qint64> seen;
    for (qint64 id : assetIds) {
        if (seen.contains(id))
            continue;
        seen.insert(id);
        unique.append(id);
        if (AssetDocument *document = m_documents.value(id)) {
            const QList<Annotation> before = document->annotations();
            document->reloadFromStore();
            if (document->annotations() != before)
                document->undoStack()->clear();
        }
    }
    m_assetModel->reload();
    emit bulkEdited(unique);
}

} // namespace Tessera
