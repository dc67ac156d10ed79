// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectsession.h"

#include "assetdocument.h"
#include "items/assetlistmodel.h"
#include "items/thumbnailcache.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>

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
    if (version == m_dataVersion || version < 0)
        return;
    m_dataVersion = version;
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
    return name.isEmpty() ? QFileInfo(m_store->path()).completeBaseName() : name;
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

} // namespace Tessera
