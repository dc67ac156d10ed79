// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {
class PgDatabase;
class ProjectStore;
} // namespace Tessera

namespace Tessera::ServerExtras {

/**
 * What a server project has beyond the numbered migrations it shares with a project file, which
 * has no use for it: live updates and the team's rights, both enforced by PostgreSQL itself.
 * Levels count them; a project records its level in the table tessera_server (not in meta, which
 * a push replaces). The SQL is idempotent and always installs everything, so it also covers the
 * tables a newer migration added.
 *
 * Level 1, live updates: after each statement that inserts, updates or deletes rows of a table
 * a window shows, a NOTIFY on liveChannel with the JSON {"table", "op", "assets"}: the ids of up
 * to 200 assets whose rows changed, null for more (reload everything), [] for labels. Statement
 * triggers, so that a push of a million rows sends one notice per table, not a million; the
 * server folds identical notices of one transaction into one; a statement that changed no rows
 * sends nothing.
 *
 * Level 2, rights (row-level security on every table, so that a modified client cannot bypass
 * them): team_members names each login's role, assignments the assets each annotator works on.
 * The login that initialised the project is its first manager; the owner of the tables keeps
 * every right (PostgreSQL exempts owners), which push relies on. For everyone else:
 *  - a login that is not a member reads and writes nothing;
 *  - every member reads everything, but gold references (level 6) and, for an annotator, assets
 *    that are not its own (level 7);
 *  - a manager writes everything (labels, assets, members, assignments, splits);
 *  - an annotator writes annotations and layers of the assets assigned to them only, updates
 *    those assets, and records reviews of them only as in progress or submitted;
 *  - a reviewer writes any annotation and records any review, but never accepts an asset they
 *    drew on;
 *  - comments are written under the writer's own login; the audit log takes new entries from
 *    every member and is append-only as in a file;
 *  - an annotation's author is the login that wrote it (a claimed author is replaced), except for
 *    managers, who move work with its history (push, merge).
 *
 * Level 3: an annotation (or layer row) inserted with a NULL id takes the next one, as SQLite's
 * INTEGER PRIMARY KEY does: the store's SQL, shared by both backends, names the id column so
 * that redo can put a row back under its old id.
 *
 * Level 4: the same rights, asked once per statement instead of once per row (a count of 100k
 * assets by an annotator took 0.6 s), and the annotators' policies on writes only.
 *
 * Level 5, leases: the table leases names who has an asset open (ProjectStore::leaseAsset),
 * until when (server time, ms). A member writes leases in its own name only and takes over
 * only one that ran out or was its own (also with raw SQL); the lease tells people apart but
 * stops no edit: the rights above still decide who may write what.
 *
 * Level 6, gold: gold_references (GoldStore) is read by reviewers and managers only, and so is
 * the audit history of gold assets (it holds the annotations that became the reference): to an
 * annotator a gold asset looks like any other. Only managers mark or unmark gold.
 *
 * Level 7, an annotator's queue: an annotator reads only the assets assigned to it (so its
 * window lists its work and nothing else). On an asset assigned to it and to another annotator
 * (overlap, for agreement), and on any gold asset, it reads only its own annotations, layer rows
 * and audit entries, so that each labels it without seeing the others' answer.
 */
constexpr char liveChannel[] = "tessera_changes";

/** The level this build installs. */
int latestLevel();

/** The SQL that installs every level in the current schema, in the caller's transaction. */
QString installSql();

/** The tables only a server project has (not copied by push or pull). */
QStringList serverOnlyTables();

/** Roles a member can have, as team_members.role spells them. */
QStringList roles();

/**
 * Makes login a member of the project on db with role (one of roles()), or removes it (its
 * assignments with it) when role is empty. The server checks the caller's right (managers only);
 * false and *error (the server's words) when refused.
 */
bool setMember(PgDatabase &db, const QString &login, const QString &role, QString *error);

/**
 * Assigns the assets to login, a member; those already assigned stay. The number newly assigned,
 * or nullopt and *error (an asset that does not exist, a login that is not a member, no right).
 */
std::optional<int> assign(PgDatabase &db, const QString &login, const QList<qint64> &assets,
                          QString *error);
/** The same for several logins at once, in one transaction (all or nothing). */
std::optional<int> assign(PgDatabase &db, const QMap<QString, QList<qint64>> &work, QString *error);

/** The assets assigned to anyone on the server project (empty for a file). */
QSet<qint64> assignedAssets(ProjectStore &project);
/** assign() on an open server project; nullopt and *error for a project file too. */
std::optional<int> assign(ProjectStore &project, const QMap<QString, QList<qint64>> &work,
                          QString *error);

/**
 * The assets assigned to two or more logins (overlap for agreement, gold handed to several),
 * each with those logins in order: on a server their work is in the main annotations, signed by
 * each login, until consensus collects it into layers. Empty for a project file.
 */
QMap<qint64, QStringList> sharedAssignments(ProjectStore &project);

} // namespace Tessera::ServerExtras
