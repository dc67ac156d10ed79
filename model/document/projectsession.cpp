// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectsession.h"

#include "assetdocument.h"
#include "items/assetlistmodel.h"
#include "items/thumbnailcache.h"
#include "store/projectstore.h"

#include <QFileInfo>

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
        if (doc->isReadOnly())
            return;
        m_assetModel->refreshAsset(assetId);
        emit edited(assetId);
    });
    return doc;
}

} // namespace Tessera
