// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Tessera::SqlDialect {

/**
 * The few places where SQLite's SQL differs from PostgreSQL's. Migrations are written with the
 * placeholders below; a PostgreSQL backend supplies its own expansion (BIGINT identity columns,
 * BYTEA, CHECK-based triggers) and reuses the rest of the SQL unchanged.
 */
inline QString expand(QString sql)
{
    // AUTOINCREMENT: an id is never handed out twice, so undo can re-insert a removed row under
    // its old id and the audit log never mixes two rows up.
    sql.replace(QLatin1String("%ID%"), QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
    sql.replace(QLatin1String("%BLOB%"), QLatin1String("BLOB"));
    sql.replace(QLatin1String("%APPEND_ONLY%"),
                QLatin1String("SELECT RAISE(ABORT, 'append-only')"));
    return sql;
}

/** Connection settings: WAL so readers never block the writer; NORMAL sync is crash-safe in WAL. */
inline const char *connectionSetup()
{
    return "PRAGMA foreign_keys = ON;"
           "PRAGMA synchronous = NORMAL;"
           // Short: a write that meets another program's lock waits in ProjectStore::begin(),
           // which keeps the window painting and says so (no frozen GUI for seconds).
           "PRAGMA busy_timeout = 250;"
           "PRAGMA temp_store = MEMORY;"
           "PRAGMA cache_size = -32000;";
}

/** 'TESS', written into the SQLite header so that a project is recognised without opening it. */
constexpr quint32 applicationId = 0x54455353;

} // namespace Tessera::SqlDialect
