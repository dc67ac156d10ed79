// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/projectlocation.h"

#include <QString>

#include <optional>

namespace Tessera {
class PgDatabase;
}

namespace Tessera::ServerSchema {

/** What initialize() did: the schema version found (0 for an empty database) and the one now. */
struct Result
{
    int from = 0;
    int to = 0;
};

/**
 * Makes the PostgreSQL database at location a Tessera server project: creates the schema with the
 * same numbered migrations as a project file (expanded for PostgreSQL by SqlDialect), or brings an
 * older one up to date, with what only a server project has (ServerExtras: live updates, rights);
 * a database already at this version is left as it is, apart from extras older than this build's.
 * All in one transaction. Refuses, changing nothing and naming the location: a database that holds
 * tables of something else, a schema from a newer Tessera, a server that cannot be reached.
 */
std::optional<Result> initialize(const ProjectLocation &location, QString *error);
/** The same on a connection already open to location (which names it in messages). */
std::optional<Result> initialize(PgDatabase &db, const ProjectLocation &location, QString *error);

/** The schema version of a server project; 0 for an empty database; nullopt and *error else. */
std::optional<int> versionOf(const ProjectLocation &location, QString *error);
std::optional<int> versionOf(PgDatabase &db, const ProjectLocation &location, QString *error);

/** Opens db on location; false and *error (naming the location, never its password) else. */
bool connect(PgDatabase &db, const ProjectLocation &location, QString *error);

} // namespace Tessera::ServerSchema
