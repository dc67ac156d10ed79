// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "serverschema.h"

#include "migrations.h"
#include "pgdatabase.h"
#include "serverextras.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Tessera::ServerSchema {

namespace {

// Texts filed by lupdate under, and looked up in, the context "ServerSchema".
struct SchemaText
{
    Q_DECLARE_TR_FUNCTIONS(ServerSchema)
};

// The version in the open database: 0 when it is empty, nullopt when it holds something else.
std::optional<int> readVersion(PgDatabase &db, const ProjectLocation &location, QString *error)
{
    const std::optional<qint64> ours
            = db.queryInt("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() "
                          "AND tablename = 'tessera_schema'");
    const std::optional<qint64> tables
            = db.queryInt("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()");
    if (!ours || !tables) {
        *error = SchemaText::tr("%1: cannot read the schema (%2)")
                         .arg(location.display(), db.errorString());
        return std::nullopt;
    }
    if (*ours == 0) {
        if (*tables > 0) {
            *error = SchemaText::tr("%1 holds %n table(s) that are not a Tessera project: use an "
                                    "empty database",
                                    nullptr, int(*tables))
                             .arg(location.display());
            return std::nullopt;
        }
        return 0;
    }
    return int(db.queryInt("SELECT coalesce(max(version), 0) FROM tessera_schema").value_or(0));
}

} // namespace

bool connect(PgDatabase &db, const ProjectLocation &location, QString *error)
{
    if (!location.isServer() || !location.isValid()) {
        *error = location.isValid()
                         ? SchemaText::tr("%1 is not a PostgreSQL URL (postgresql://HOST/DATABASE)")
                                   .arg(location.display())
                         : location.errorString();
        return false;
    }
    if (!db.open(location.connectionString())) {
        *error = SchemaText::tr("%1: cannot connect (%2)")
                         .arg(location.display(), PgDatabase::oneLine(db.errorString()));
        return false;
    }
    return true;
}

std::optional<int> versionOf(const ProjectLocation &location, QString *error)
{
    PgDatabase db;
    if (!connect(db, location, error))
        return std::nullopt;
    return readVersion(db, location, error);
}

std::optional<int> versionOf(PgDatabase &db, const ProjectLocation &location, QString *error)
{
    return readVersion(db, location, error);
}

std::optional<Result> initialize(const ProjectLocation &location, QString *error)
{
    PgDatabase db;
    if (!connect(db, location, error))
        return std::nullopt;
    return initialize(db, location, error);
}

std::optional<Result> initialize(PgDatabase &db, const ProjectLocation &location, QString *error)
{
    const auto failed = [&](const QString &what) {
        *error = SchemaText::tr("%1: %2 (%3)").arg(location.display(), what, db.errorString());
        db.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    // Two initialisations at once: the second waits for the first and then finds its schema
    // (the lock key is 'TESS', as the SQLite application id).
    if (!db.exec(QStringLiteral("BEGIN; SELECT pg_advisory_xact_lock(1413829459)")))
        return failed(SchemaText::tr("cannot start the transaction"));
    const std::optional<int> from = readVersion(db, location, error);
    if (!from) {
        db.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    }
    const int latest = Migrations::latestVersion();
    if (*from > latest) {
        db.exec(QStringLiteral("ROLLBACK"));
        *error = SchemaText::tr("%1: made by a newer Tessera (schema version %2; this version "
                                "reads up to %3). Update Tessera.")
                         .arg(location.display())
                         .arg(*from)
                         .arg(latest);
        return std::nullopt;
    }
    if (*from == latest) {
        // Up to date, unless the server-only extras are older than this build's (a project made
        // before they existed): those are installed, nothing else changes.
        const bool extras = db.queryInt("SELECT count(*) FROM pg_tables WHERE schemaname = "
                                        "current_schema() AND tablename = 'tessera_server'")
                                    .value_or(0)
                            > 0;
        const int level = extras ? int(db.queryInt("SELECT coalesce(max(extras), 0) FROM "
                                                   "tessera_server")
                                               .value_or(0))
                                 : 0;
        if (level >= ServerExtras::latestLevel()) {
            db.exec(QStringLiteral("ROLLBACK"));
            return Result{*from, *from};
        }
        if (!db.exec(ServerExtras::installSql()) || !db.exec(QStringLiteral("COMMIT")))
            return failed(SchemaText::tr("cannot install live updates and rights"));
        return Result{*from, *from};
    }
    if (!db.exec(QString::fromLatin1(SqlDialect::postgreSqlPreamble())))
        return failed(SchemaText::tr("cannot prepare the schema"));
    // PostgreSQL's DDL is transactional: the migrations commit together or not at all.
    for (const Migrations::Migration &migration : Migrations::all()) {
        if (migration.version <= *from)
            continue;
        if (!db.exec(SqlDialect::expandForPostgreSql(QString::fromUtf8(migration.sql))))
            return failed(
                    SchemaText::tr("migration to schema version %1 failed").arg(migration.version));
    }
    PgStatement *setVersion = db.prepare("INSERT INTO tessera_schema (version) VALUES (?)");
    bool ok = setVersion && db.exec(QStringLiteral("DELETE FROM tessera_schema"))
              && setVersion->bind(1, latest).exec();
    if (ok && *from == 0) {
        PgStatement *meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
        ok = meta
             && meta->bind(1, QStringLiteral("format"))
                        .bind(2, QStringLiteral("tessera-project"))
                        .exec()
             && meta->bind(1, QStringLiteral("created"))
                        .bind(2, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs))
                        .exec()
             && meta->bind(1, QStringLiteral("name")).bind(2, location.name()).exec();
    }
    // After the migrations: the rights cover every table, the new ones too.
    if (ok && !db.exec(ServerExtras::installSql()))
        return failed(SchemaText::tr("cannot install live updates and rights"));
    if (!ok || !db.exec(QStringLiteral("COMMIT")))
        return failed(SchemaText::tr("cannot record the schema version"));
    return Result{*from, latest};
}

} // namespace Tessera::ServerSchema
