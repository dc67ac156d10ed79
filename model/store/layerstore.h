// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

namespace Tessera {

class ProjectStore;

/**
 * Annotator layers: for consensus, several people label the same asset, each in a layer named
 * after them. Layers live beside the main annotations (which the canvas, counts and exports show)
 * and never mix with them; a consensus built from them is written to the main layer as proposals
 * for a reviewer to confirm. Annotation ids inside a layer are the layer table's own; relations
 * inside a layer point at ids of the same layer.
 */
class LayerStore
{
public:
    explicit LayerStore(ProjectStore &store);

    QString errorString() const;

    /**
     * Replaces the layer's annotations on the asset with these (an empty list removes the layer).
     * Ids are assigned anew; relations are re-pointed at the new ids of their ends. Audited once.
     */
    bool setLayer(qint64 assetId, const QString &layer, const QList<Annotation> &annotations);
    /** Layer name -> annotations of one asset, each in id order. */
    QMap<QString, QList<Annotation>> layers(qint64 assetId);
    /** Ids of the assets that have at least one layer, ascending. */
    QList<qint64> assets();
    /** Every layer annotation in (asset, layer, id) order; return false from visit to stop. */
    bool forEach(const std::function<bool(const QString &layer, const Annotation &)> &visit);
    /** The names of all layers in the project (annotators who worked in layers). */
    QStringList names();

private:
    ProjectStore &m_store;
};

} // namespace Tessera
