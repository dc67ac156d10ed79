// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QHash>
#include <QObject>
#include <QUndoGroup>

#include <memory>

namespace Tessera {

class AssetDocument;
class AssetListModel;
class ProjectStore;
class ThumbnailCache;

/**
 * An open project as the GUI sees it: the store, the asset list model, the label schema and one
 * AssetDocument (with its own undo stack, kept while the project is open) per asset visited.
 */
class ProjectSession : public QObject
{
    Q_OBJECT

public:
    ProjectSession(std::unique_ptr<ProjectStore> store, QObject *parent = nullptr);
    ~ProjectSession() override;

    ProjectStore *store() const { return m_store.get(); }
    AssetListModel *assetModel() const { return m_assetModel; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QUndoGroup *undoGroup() { return &m_undoGroup; }

    QString name() const;
    const QList<Label> &labels() const { return m_labels; }
    std::optional<Label> label(qint64 id) const;
    void reloadLabels();
    /** Re-reads labels, the asset list and every open document after another connection wrote. */
    void reloadAll();

    /** The document of an asset, loaded on first use; nullptr and *error if it cannot be read. */
    AssetDocument *document(qint64 assetId, QString *error = nullptr);

signals:
    void labelsChanged();
    /** An open document committed an edit. */
    void edited(qint64 assetId);
    void storeError(const QString &message);

private:
    std::unique_ptr<ProjectStore> m_store;
    AssetListModel *m_assetModel;
    ThumbnailCache *m_thumbnails;
    QUndoGroup m_undoGroup;
    QList<Label> m_labels;
    QHash<qint64, AssetDocument *> m_documents;
};

} // namespace Tessera
