// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/textoffsets.h"
#include "core/types.h"

#include <QAbstractListModel>
#include <QPointer>

namespace Tessera {

class AssetDocument;

/**
 * The shapes of one image asset, in drawing order (bottom first), or the spans and relations of a
 * text document, for the shape list panel.
 */
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
    QString textItem(int row, const Annotation &a, const Label &label) const;

    QPointer<AssetDocument> m_document;
    QList<qint64> m_ids;
    QHash<qint64, int> m_rows;
    QHash<qint64, Label> m_labels;
    TextOffsets::OffsetMap m_offsets; // of a text document, to quote its spans
};

} // namespace Tessera
