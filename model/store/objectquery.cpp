// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "objectquery.h"

#include "core/shapegeometry.h"
#include "geometrycodec.h"
#include "sqldialect.h"
#include "storerows.h"

namespace Tessera {

ObjectQuery::ObjectQuery(ProjectStore &store, const ObjectFilter &filter)
    : m_store(store)
    , m_filter(filter)
{
    if (m_filter.labelId) {
        m_labelOrder.append(m_filter.labelId);
        return;
    }
    // Groups follow the window's label order, as the label panel lists them.
    QList<Label> labels = store.labels();
    sortForDisplay(labels);
    for (const Label &label : std::as_const(labels))
        m_labelOrder.append(label.id);
    m_labelOrder.append(0);
}

QByteArray ObjectQuery::filterClause() const
{
    // Image shapes only: kinds below Tag (image-level classes have no region to crop).
    QByteArray where = " AND n.kind < 8";
    if (m_filter.status)
        where += " AND EXISTS (SELECT 1 FROM assets s WHERE s.id = n.asset_id AND s.status = ?)";
    if (!m_filter.author.isEmpty())
        where += " AND n.author = ?";
    if (m_filter.origin)
        where += " AND n.origin = ?";
    if (m_filter.proposalsOnly)
        where += " AND n.origin = 1 AND "
                 + SqlDialect::jsonFlagUnset(m_store.database(), "n.data", "accepted");
    if (m_filter.minScore)
        where += " AND n.score >= ?";
    if (m_filter.maxScore)
        where += " AND n.score <= ?";
    if (m_filter.openIssuesOnly)
        where += " AND n.asset_id IN (SELECT asset_id FROM comments WHERE parent_id IS NULL AND "
                 "resolved = 0)";
    return where;
}

void ObjectQuery::bindFilter(Statement &q, int &index) const
{
    if (m_filter.status)
        q.bind(index++, int(*m_filter.status));
    if (!m_filter.author.isEmpty())
        q.bind(index++, m_filter.author);
    if (m_filter.origin)
        q.bind(index++, int(*m_filter.origin));
    if (m_filter.minScore)
        q.bind(index++, *m_filter.minScore);
    if (m_filter.maxScore)
        q.bind(index++, *m_filter.maxScore);
}

QList<GridObject> ObjectQuery::page(Key key, int limit, Key *next)
{
    QList<GridObject> result;
    result.reserve(limit);
    Database &db = m_store.database();
    // One statement per "label or no label" shape; both use the (label_id, id) index.
    const QByteArray columns = "SELECT n.id, n.asset_id, n.label_id, n.kind, n.geometry, n.origin, "
                               "n.score, n.data FROM annotations n WHERE ";
    const QByteArray labelled
            = columns + "n.label_id = ? AND n.id > ?" + filterClause() + " ORDER BY n.id LIMIT ?";
    const QByteArray unlabelled = columns + "n.label_id IS NULL AND n.id > ?" + filterClause()
                                  + " ORDER BY n.id LIMIT ?";
    while (key.labelIndex < m_labelOrder.size() && result.size() < limit) {
        const qint64 labelId = m_labelOrder.at(key.labelIndex);
        Statement *q = db.prepare(labelId ? labelled : unlabelled);
        if (!q)
            break;
        int index = 1;
        if (labelId)
            q->bind(index++, labelId);
        q->bind(index++, key.afterId);
        bindFilter(*q, index);
        q->bind(index++, int(limit - result.size()));
        while (q->step()) {
            Annotation a;
            a.kind = AnnotationKind(q->int64(3));
            qsizetype size = 0;
            const char *blob = q->blobData(4, &size);
            if (!GeometryCodec::decode(blob, size, a))
                continue; // damaged geometry: `check` reports it; the grid has nothing to crop
            GridObject o;
            o.annotationId = q->int64(0);
            o.assetId = q->int64(1);
            o.labelId = q->int64(2);
            o.kind = a.kind;
            o.bounds = ShapeGeometry::boundingRect(a);
            o.outline = ShapeGeometry::outline(a);
            o.origin = Origin(q->int64(5));
            if (!q->isNull(6))
                o.score = q->real(6);
            o.proposal = o.origin == Origin::Prelabel
                         && !StoreRows::parseObject(q->text(7))
                                     .value(QLatin1String("accepted"))
                                     .toBool();
            key.afterId = o.annotationId;
            result.append(o);
        }
        q->reset();
        if (result.size() < limit) { // this label is exhausted: the next one from its start
            ++key.labelIndex;
            key.afterId = 0;
        }
    }
    if (next)
        *next = key;
    return result;
}

qint64 ObjectQuery::count()
{
    qint64 total = 0;
    Database &db = m_store.database();
    for (qint64 labelId : std::as_const(m_labelOrder)) {
        Statement *q = db.prepare(QByteArray("SELECT count(*) FROM annotations n WHERE ")
                                  + (labelId ? "n.label_id = ?" : "n.label_id IS NULL")
                                  + filterClause());
        if (!q)
            return total;
        int index = 1;
        if (labelId)
            q->bind(index++, labelId);
        bindFilter(*q, index);
        if (q->step())
            total += q->int64(0);
        q->reset();
    }
    return total;
}

} // namespace Tessera
