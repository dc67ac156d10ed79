// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assetquery.h"

#include "storerows.h"

#include <algorithm>
#include <limits>

namespace Tessera {

using namespace StoreRows;

AssetQuery::AssetQuery(Database &db, const AssetFilter &filter)
    : m_db(db)
    , m_filter(filter)
{}

QByteArray AssetQuery::whereClause() const
{
    QByteArray where = " WHERE TRUE";
    if (m_filter.kind)
        where += " AND kind = ?";
    if (m_filter.status)
        where += " AND status = ?";
    if (m_filter.labelId)
        where += " AND EXISTS (SELECT 1 FROM annotations n WHERE n.label_id = ? AND "
                 "n.asset_id = assets.id)";
    if (!m_filter.text.isEmpty())
        where += m_db.isPostgreSql()
                         // SQLite's LIKE ignores ASCII case; PostgreSQL's ILIKE does the same.
                         ? " AND (name ILIKE ? ESCAPE '\\' OR path ILIKE ? ESCAPE '\\')"
                         : " AND (name LIKE ? ESCAPE '\\' OR path LIKE ? ESCAPE '\\')";
    if (m_filter.openIssuesOnly)
        where += " AND id IN (SELECT asset_id FROM comments WHERE parent_id IS NULL AND "
                 "resolved = 0)";
    return where;
}

void AssetQuery::bindFilter(Statement &q, int &index) const
{
    if (m_filter.kind)
        q.bind(index++, int(*m_filter.kind));
    if (m_filter.status)
        q.bind(index++, int(*m_filter.status));
    if (m_filter.labelId)
        q.bind(index++, m_filter.labelId);
    if (!m_filter.text.isEmpty()) {
        QString pattern = m_filter.text;
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        pattern.replace(QLatin1Char('%'), QLatin1String("\\%"));
        pattern.replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        q.bind(index++, pattern);
        q.bind(index++, pattern);
    }
}

qint64 AssetQuery::count()
{
    Statement *q = m_db.prepare("SELECT count(*) FROM assets" + whereClause());
    if (!q)
        return 0;
    int index = 1;
    bindFilter(*q, index);
    const qint64 count = q->step() ? q->int64(0) : 0;
    q->reset();
    return count;
}

QList<qint64> AssetQuery::ids()
{
    return ids(0, std::numeric_limits<int>::max());
}

QList<qint64> AssetQuery::ids(qint64 afterId, int limit)
{
    QList<qint64> ids;
    Statement *q = m_db.prepare("SELECT id FROM assets" + whereClause()
                                + " AND id > ? ORDER BY id LIMIT ?");
    if (!q)
        return ids;
    int index = 1;
    bindFilter(*q, index);
    q->bind(index++, afterId);
    q->bind(index++, limit);
    ids.reserve(std::min(limit, 4096)); // limit may mean "all": no 16 GB reservation
    while (q->step())
        ids.append(q->int64(0));
    q->reset();
    return ids;
}

QList<Asset> AssetQuery::page(qint64 afterId, int limit, QList<int> *annotationCounts)
{
    QList<Asset> page;
    // The count is a lookup in the annotations' index per asset: asked for only by those who
    // show it (an export of 100,000 assets spent a third of its time on counts it never read).
    Statement *q = m_db.prepare(
            QByteArray("SELECT ") + assetColumns
            + (annotationCounts
                       ? ", (SELECT count(*) FROM annotations n WHERE n.asset_id = assets.id)"
                       : "")
            + " FROM assets" + whereClause() + " AND id > ? ORDER BY id LIMIT ?");
    if (!q)
        return page;
    int index = 1;
    bindFilter(*q, index);
    q->bind(index++, afterId);
    q->bind(index++, limit);
    page.reserve(limit);
    while (q->step()) {
        Asset a;
        readAssetRow(*q, a);
        page.append(a);
        if (annotationCounts)
            annotationCounts->append(int(q->int64(12)));
    }
    q->reset();
    return page;
}

} // namespace Tessera
