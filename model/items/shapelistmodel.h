// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Tessera {

class AssetDocument;

/** The shapes of one image asset, in drawing order (bottom first), for the shape list panel. */
class ShapeListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { AnnotationIdRole = Qt::UserRole + 1, LabelIdRole };

    explicit ShapeListModel(QObject *parent = nullptr);
    void setDocument(AssetDocument *document);
    void setLabels(const QList<Label> &labels);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

private:
    void reload();

    QPointer<AssetDocument> m_document;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rows;
    QHash<qint64, Label> m_labels;
};

} // namespace Tessera
