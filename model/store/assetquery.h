// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "projectstore.h"

namespace Tessera {

/**
 * The asset list's queries for one filter: count, ordered ids and keyset pages. Every filter
 * combination is one SQL text, so each is prepared once and cached by the connection.
 */
class AssetQuery
{
public:
    AssetQuery(Database &db, const AssetFilter &filter);

    qint64 count();
    QList<qint64> ids();
    /** At most limit ids after afterId, ascending (the list's ids one stretch at a time). */
    QList<qint64> ids(qint64 afterId, int limit);
    /** Up to limit assets with id > afterId, in id order, without text and payload. */
    QList<Asset> page(qint64 afterId, int limit, QList<int> *annotationCounts);

private:
    QByteArray whereClause() const;
    void bindFilter(Statement &q, int &index) const;

    Database &m_db;
    const AssetFilter m_filter;
};

} // namespace Tessera
