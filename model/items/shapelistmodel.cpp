// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "shapelistmodel.h"

#include "core/shapegeometry.h"
#include "document/assetdocument.h"

#include <QColor>

namespace Tessera {

ShapeListModel::ShapeListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void ShapeListModel::setDocument(AssetDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &AssetDocument::annotationsChanged, this, &ShapeListModel::reload);
    reload();
}

void ShapeListModel::setLabels(const QList<Label> &labels)
{
    m_labels.clear();
    for (const Label &l : labels)
        m_labels.insert(l.id, l);
    if (!m_ids.isEmpty())
        emit dataChanged(index(0), index(int(m_ids.size()) - 1));
}

void ShapeListModel::reload()
{
    beginResetModel();
    m_ids.clear();
    m_rows.clear();
    m_offsets = {};
    if (m_document) {
        const bool text = m_document->asset().kind == AssetKind::Text;
        if (text)
            m_offsets = TextOffsets::OffsetMap(m_document->asset().text);
        for (const Annotation &a : m_document->annotations()) {
            if (text ? (a.kind == AnnotationKind::Span || a.kind == AnnotationKind::Relation)
                     : ShapeGeometry::isShape(a.kind)) {
                m_rows.insert(a.id, int(m_ids.size()));
                m_ids.append(a.id);
            }
        }
    }
    endResetModel();
}

int ShapeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

qint64 ShapeListModel::idAt(int row) const
{
    return m_ids.value(row);
}
int ShapeListModel::rowOf(qint64 id) const
{
    return m_rows.value(id, -1);
}

QVariant ShapeListModel::data(const QModelIndex &index, int role) const
{
    if (!m_document || !index.isValid() || index.row() >= m_ids.size())
        return QVariant();
    const qint64 id = m_ids[index.row()];
    const std::optional<Annotation> a = m_document->annotation(id);
    if (!a)
        return QVariant();
    const Label label = m_labels.value(a->labelId);
    switch (role) {
    case Qt::DisplayRole: {
        if (a->kind == AnnotationKind::Span || a->kind == AnnotationKind::Relation)
            return textItem(index.row(), *a, label);
        QString text = QStringLiteral("#%1  %2  ·  %3")
                               .arg(index.row() + 1)
                               .arg(label.name.isEmpty() ? tr("(no label)") : label.name,
                                    annotationKindName(a->kind));
        if (a->data.value(QStringLiteral("locked")).toBool())
            text += QStringLiteral("  🔒");
        if (isProposal(*a))
            text += QStringLiteral("  [%1 %2]")
                            .arg(a->provenance.modelId)
                            .arg(a->provenance.score.value_or(0), 0, 'f', 2);
        else if (a->provenance.origin != Origin::Human)
            text += QStringLiteral("  [%1]").arg(originName(a->provenance.origin));
        return text;
    }
    case Qt::DecorationRole:
        return label.color.isValid() ? label.color : QColor(255, 214, 0);
    case Qt::ToolTipRole: {
        if (!ShapeGeometry::isShape(a->kind))
            return QString(tr("by %1").arg(a->provenance.author)
                           + (a->provenance.modelId.isEmpty()
                                      ? QString()
                                      : tr(", proposed by %1").arg(a->provenance.modelId)));
        const QRectF b = ShapeGeometry::boundingRect(*a);
        return tr("%1 × %2 px at (%3, %4)\nby %5")
                .arg(qRound(b.width()))
                .arg(qRound(b.height()))
                .arg(qRound(b.x()))
                .arg(qRound(b.y()))
                .arg(a->provenance.author);
    }
    case AnnotationIdRole:
        return id;
    case LabelIdRole:
        return a->labelId;
    default:
        return QVariant();
    }
}

QString ShapeListModel::textItem(int row, const Annotation &a, const Label &label) const
{
    const QString name = label.name.isEmpty() ? tr("(no label)") : label.name;
    auto quote = [this](qint64 spanId) {
        const std::optional<Annotation> span = m_document->annotation(spanId);
        if (!span)
            return QString();
        const QString &text = m_document->asset().text;
        const qsizetype from = m_offsets.toUtf16(span->start);
        const qsizetype to = m_offsets.toUtf16(span->end);
        QString quoted = text.mid(from, std::min<qsizetype>(to - from, 40)).simplified();
        if (to - from > 40)
            quoted += QStringLiteral("…");
        return QStringLiteral("“%1”").arg(quoted);
    };
    QString out;
    if (a.kind == AnnotationKind::Span)
        out = QStringLiteral("#%1  %2  %3").arg(row + 1).arg(name, quote(a.id));
    else
        out = QStringLiteral("#%1  %2  %3 → %4")
                      .arg(row + 1)
                      .arg(name, quote(a.sourceId), quote(a.targetId));
    if (isProposal(a))
        out += QStringLiteral("  ") + tr("[proposed]");
    return out;
}

} // namespace Tessera
