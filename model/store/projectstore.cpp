// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectstore.h"

#include "annotationwriter.h"
#include "assetquery.h"
#include "core/jsonconvert.h"
#include "geometrycodec.h"
#include "labelwriter.h"
#include "migrations.h"
#include "pgdatabase.h"
#include "projectfile.h"
#include "projectreport.h"
#include "serverschema.h"
#include "servertransfer.h"
#include "sqldialect.h"
#include "sqlitedatabase.h"
#include "storerows.h"
#include "util/identity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QThread>
#include <QtEndian>
#include <algorithm>
#include <limits>
#include <utility>

namespace Tessera {

using namespace StoreRows;

int ProjectStore::schemaVersionOf(const QString &path, QString *error)
{
    return ProjectFile::schemaVersionOf(path, error);
}

ProjectStats ProjectStore::stats()
{
    // With proposals hidden (an export), the counts are of what the export writes.
    return ProjectReport::stats(*m_db, visibleClause(" WHERE "));
}

int ProjectStore::repair(QStringList *moved)
{
    if (m_db->isPostgreSql()) {
        m_error = StoreText::tr("%1: a server project keeps its own integrity (foreign keys and "
                                "checks in PostgreSQL); there is nothing to repair here")
                          .arg(m_path);
        return -1;
    }
    QList<ProjectReport::BadRow> bad = ProjectReport::badAnnotations(*m_db);
    if (bad.isEmpty())
        return 0;
    QSet<qint64> ids;
    for (const ProjectReport::BadRow &b : std::as_const(bad))
        ids.insert(b.id);
    // Relations would go with their ends (ON DELETE CASCADE): they are quarantined too.
    if (Statement *q = m_db->prepare("SELECT id, source_id, target_id FROM annotations "
                                     "WHERE source_id IS NOT NULL OR target_id IS NOT NULL")) {
        while (q->step())
            if (!ids.contains(q->int64(0))
                && (ids.contains(q->int64(1)) || ids.contains(q->int64(2)))) {
                ids.insert(q->int64(0));
                bad.append({q->int64(0), QStringLiteral("a relation to a quarantined annotation")});
            }
        q->reset();
    }
    Transaction t(*this);
    if (!t.ok())
        return -1;
    // Every row is copied before any is removed: a removed span takes its relations with it.
    for (const ProjectReport::BadRow &b : std::as_const(bad)) {
        Statement *copy = m_db->prepare(
                "INSERT INTO quarantine (table_name, row_id, reason, row_data, moved_at) "
                "SELECT 'annotations', id, ?, json_object('id', id, 'asset_id', asset_id, "
                "'label_id', label_id, 'kind', kind, 'geometry', hex(geometry), 'source_id', "
                "source_id, 'target_id', target_id, 'z', z, 'group_id', group_id, 'data', data, "
                "'origin', origin, 'author', author, 'created_at', created_at, 'modified_at', "
                "modified_at, 'model_id', model_id, 'model_version', model_version, 'score', "
                "score), ? FROM annotations WHERE id = ?");
        if (!copy || !copy->bind(1, b.reason).bind(2, now()).bind(3, b.id).exec()) {
            fail(QStringLiteral("Could not quarantine annotation %1").arg(b.id));
            return -1;
        }
        if (moved)
            moved->append(QStringLiteral("annotation %1: %2").arg(b.id).arg(b.reason));
    }
    for (const ProjectReport::BadRow &b : std::as_const(bad)) {
        Statement *remove = m_db->prepare("DELETE FROM annotations WHERE id = ?");
        if (!remove || !remove->bind(1, b.id).exec()) {
            fail(QStringLiteral("Could not quarantine annotation %1").arg(b.id));
            return -1;
        }
    }
    if (!audit(QStringLiteral("repair"), 0, 0, QString(),
               QStringLiteral("{\"quarantined\": %1}").arg(bad.size()))
        || !t.commit())
        return -1;
    return int(bad.size());
}

QStringList ProjectStore::check(bool verifyMedia)
{
    return ProjectReport::check(*m_db, directory(), verifyMedia);
}

// ---- Transaction -------------------------------------------------------------------------------

ProjectStore::Transaction::Transaction(ProjectStore &store)
    : m_store(store)
{
    m_ok = m_store.begin();
    m_done = !m_ok;
}

ProjectStore::Transaction::~Transaction()
{
    if (!m_done)
        m_store.rollback();
}

bool ProjectStore::Transaction::commit()
{
    if (m_done)
        return false;
    m_done = true;
    return m_store.commitTransaction();
}

bool ProjectStore::begin()
{
    if (m_readOnly) {
        m_error = QStringLiteral("%1: the project is read-only (the file or its folder cannot be "
                                 "written); nothing was changed")
                          .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    if (m_transactionDepth++ == 0) {
        m_transactionFailed = false;
        // A server that went away and came back: a new session before the new transaction,
        // never inside one (its statements would run outside it).
        if (m_db->isPostgreSql()) {
            auto &pg = static_cast<PgDatabase &>(*m_db);
            pg.reconnectIfLost();
            pg.setAutoReconnect(false);
        }
        // IMMEDIATE takes the write lock at once, so a busy project waits here, before any work:
        // nothing is half done while another program holds the lock.
        QElapsedTimer waited;
        waited.start();
        bool hadToWait = false;
        // A server project begins plainly: PostgreSQL takes row locks as rows are written.
        const QString beginSql = m_db->isPostgreSql() ? QStringLiteral("BEGIN")
                                                      : QStringLiteral("BEGIN IMMEDIATE");
        while (!m_db->exec(beginSql)) {
            const bool busy = m_db->lastErrorIsBusy();
            hadToWait = true;
            const bool again = busy
                               && (m_busyWait ? m_busyWait(waited.elapsed())
                                              : (QThread::msleep(50), waited.elapsed() < 30000));
            if (again)
                continue;
            --m_transactionDepth;
            // No transaction after all: a lost server may be reconnected to by the next read
            // again (left off, every read after a BEGIN that met a dead server failed for good).
            transactionEnded();
            if (busy) {
                m_error = QStringLiteral("%1: another program is writing to the project (database "
                                         "is locked); waited %2 s")
                                  .arg(QDir::toNativeSeparators(m_path))
                                  .arg(waited.elapsed() / 1000.0, 0, 'f', 1);
                return false;
            }
            if (m_db->isPostgreSql()) {
                const auto &pg = static_cast<const PgDatabase &>(*m_db);
                if (pg.socket() < 0 || pg.lastSqlState().startsWith("08")) {
                    m_error = StoreText::tr("%1: the server cannot be reached (%2): this change "
                                            "was not stored; try again when it is back")
                                      .arg(m_path, PgDatabase::oneLine(pg.errorString()));
                    return false;
                }
            }
            return fail(QStringLiteral("Could not start a transaction"));
        }
        if (hadToWait && m_busyWait)
            m_busyWait(-1); // the lock is ours now
    }
    return true;
}

qint64 ProjectStore::dataVersion()
{
    if (!m_db->isPostgreSql())
        return m_db->queryInt("PRAGMA data_version").value_or(-1);
    // A server project counts the change notices of other connections (ServerExtras' triggers;
    // this connection LISTENs since open()): the same meaning as SQLite's data_version, which
    // also ignores this connection's own commits.
    auto &pg = static_cast<PgDatabase &>(*m_db);
    if (m_transactionDepth == 0)
        pg.reconnectIfLost();
    if (pg.reconnects() != m_reconnectsSeen) {
        m_reconnectsSeen = pg.reconnects();
        ++m_serverVersion; // notices were missed while it was away: re-read everything
    }
    const std::optional<QList<PgDatabase::Notification>> notes = pg.takeNotifications();
    if (!notes) {
        // libpq's message runs over lines ("This probably means..."): its first says it.
        const QString why = pg.errorString().section(QLatin1Char('\n'), 0, 0).trimmed();
        m_error = StoreText::tr("Lost the connection to %1 (%2): reconnecting; edits are refused "
                                "until it is back")
                          .arg(m_path, why);
        return -1;
    }
    for (const PgDatabase::Notification &n : *notes) {
        if (n.senderPid == pg.backendPid())
            continue;
        // A lease taken, renewed or given up changes nothing the window shows but a label:
        // counted apart, so that renewals do not make every window re-read everything.
        if (QJsonDocument::fromJson(n.payload).object().value(QLatin1String("table"))
            == QLatin1String("leases"))
            ++m_leaseVersion;
        else
            ++m_serverVersion;
    }
    return m_serverVersion;
}

void ProjectStore::transactionEnded()
{
    if (m_db->isPostgreSql())
        static_cast<PgDatabase &>(*m_db).setAutoReconnect(true);
}

bool ProjectStore::commitTransaction()
{
    if (m_transactionDepth == 0)
        return false;
    if (--m_transactionDepth > 0)
        return !m_transactionFailed;
    const auto ended = qScopeGuard([this]() { transactionEnded(); });
    const QHash<qint64, qint64> written = std::exchange(m_pendingOwnVersions, {});
    if (m_transactionFailed) {
        m_db->exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!m_db->exec(QStringLiteral("COMMIT"))) {
        fail(QStringLiteral("Could not commit"));
        m_db->exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    m_ownAssetVersions.insert(written);
    return true;
}

void ProjectStore::rollback()
{
    if (m_transactionDepth == 0)
        return;
    m_transactionFailed = true;
    if (--m_transactionDepth == 0) {
        // What was written in it is gone: its versions may be someone else's next.
        m_pendingOwnVersions.clear();
        m_db->exec(QStringLiteral("ROLLBACK"));
        transactionEnded();
    }
}

bool ProjectStore::fail(const QString &context)
{
    if (m_db->lastErrorIsCorruption()) {
        m_error = QStringLiteral("The project file %1 is damaged (%2). Run 'tessera-cli check' and "
                                 "restore it from a bundle or backup.")
                          .arg(QDir::toNativeSeparators(m_path), m_db->errorString());
    } else {
        // The project is named: a message such as "disk is full" must say which file it hit.
        m_error = QStringLiteral("%1: %2: %3")
                          .arg(QDir::toNativeSeparators(m_path), context,
                               PgDatabase::oneLine(m_db->errorString()));
    }
    return false;
}

// ---- Opening -----------------------------------------------------------------------------------

ProjectStore::ProjectStore(const ProjectLocation &location)
    : m_location(location)
    , m_path(location.isServer() ? location.display()
                                 : QFileInfo(location.filePath()).absoluteFilePath())
    , m_author(Identity::currentUserName())
{
    if (location.isServer())
        m_db = std::make_unique<PgDatabase>();
    else
        m_db = std::make_unique<SqliteDatabase>();
}

ProjectStore::~ProjectStore()
{
    // A clean close checkpoints the WAL into the main file, so a copied .tessera is complete.
    if (!m_db->isPostgreSql() && m_db->isOpen() && m_transactionDepth == 0 && !m_readOnly)
        m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

QString ProjectStore::directory() const
{
    // A server project has no folder: its media paths are stored absolute (ServerTransfer).
    return isServer() ? QString() : QFileInfo(m_path).absolutePath();
}

namespace {

bool acceptLocation(const ProjectLocation &location, QString *error)
{
    QString why;
    if (!location.isValid())
        why = location.errorString().isEmpty() ? StoreText::tr("No project was named")
                                               : location.errorString();
    if (why.isEmpty())
        return true;
    if (error)
        *error = why;
    return false;
}

} // namespace

std::unique_ptr<ProjectStore> ProjectStore::create(const ProjectLocation &location, QString *error)
{
    if (!acceptLocation(location, error))
        return nullptr;
    if (location.isServer()) {
        // Creating a server project is initialising its database (refused for one that holds
        // something else, or is a project already: create never takes over existing work).
        const std::optional<int> version = ServerSchema::versionOf(location, error);
        if (!version)
            return nullptr;
        if (*version > 0) {
            if (error)
                *error = StoreText::tr("%1: already a Tessera project").arg(location.display());
            return nullptr;
        }
        if (!ServerSchema::initialize(location, error))
            return nullptr;
        std::unique_ptr<ProjectStore> store = openServer(location, error);
        if (store
            && (!store->setSetting(QStringLiteral("format"), QStringLiteral("tessera-project"))
                || !store->setSetting(
                        QStringLiteral("created"),
                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)))) {
            if (error)
                *error = store->errorString();
            return nullptr;
        }
        return store;
    }
    const QString path = location.filePath();
    if (QFileInfo::exists(path)) {
        if (error)
            *error = QStringLiteral("%1: already exists").arg(QDir::toNativeSeparators(path));
        return nullptr;
    }
    // Build the project under a temporary name and rename it into place, so that a crash during
    // creation never leaves a half-made file under the real name.
    const QString temp = path + QStringLiteral(".creating");
    for (const char *ext : {"", "-wal", "-shm"})
        QFile::remove(temp + QLatin1String(ext));
    {
        std::unique_ptr<ProjectStore> store(new ProjectStore(ProjectLocation(temp)));
        if (!static_cast<SqliteDatabase &>(*store->m_db)
                     .open(temp, SqliteDatabase::ReadWriteCreate)) {
            if (error)
                *error = QStringLiteral("%1: cannot create (%2)")
                                 .arg(QDir::toNativeSeparators(path), store->m_db->errorString());
            return nullptr;
        }
        const bool ok = store->m_db->exec(QStringLiteral("PRAGMA application_id = %1")
                                                  .arg(SqlDialect::applicationId))
                        && store->m_db->exec(QStringLiteral("PRAGMA journal_mode = WAL"))
                        && store->initialize(true, error);
        if (!ok) {
            if (error && error->isEmpty())
                *error = store->m_db->errorString();
            store.reset();
            QFile::remove(temp);
            return nullptr;
        }
    }
    if (!QFile::rename(temp, path)) {
        if (error)
            *error = QStringLiteral("%1: cannot create").arg(QDir::toNativeSeparators(path));
        QFile::remove(temp);
        return nullptr;
    }
    return open(path, error);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const ProjectLocation &location, QString *error)
{
    if (!acceptLocation(location, error))
        return nullptr;
    if (location.isServer())
        return openServer(location, error);
    const QString path = location.filePath();
    const int version = schemaVersionOf(path, error);
    if (version < 0)
        return nullptr;
    if (version > Migrations::latestVersion()) {
        if (error)
            *error = QStringLiteral("%1: made by a newer Tessera (schema version %2; this version "
                                    "reads up to %3). Update Tessera to open it.")
                             .arg(QDir::toNativeSeparators(path))
                             .arg(version)
                             .arg(Migrations::latestVersion());
        return nullptr;
    }
    std::unique_ptr<ProjectStore> store(new ProjectStore(location));
    // A project that cannot be written opens read-only rather than not at all; in a folder that
    // cannot be written SQLite can make no -wal/-shm, so the file is read as it is (immutable),
    // unless it has a -wal with committed pages still in it.
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    const bool fileWritable = info.isWritable();
    const bool folderWritable = folder.isWritable();
    SqliteDatabase::OpenMode mode = SqliteDatabase::ReadWrite;
    if (!fileWritable || !folderWritable) {
        store->m_readOnly = true;
        const QFileInfo wal(path + QStringLiteral("-wal"));
        mode = !folderWritable && (!wal.exists() || wal.size() == 0)
                       ? SqliteDatabase::ReadOnlyImmutable
                       : SqliteDatabase::ReadOnly;
    }
    if (!static_cast<SqliteDatabase &>(*store->m_db).open(path, mode)) {
        if (error)
            *error = QStringLiteral("%1: cannot open (%2)")
                             .arg(QDir::toNativeSeparators(path), store->m_db->errorString());
        return nullptr;
    }
    if (!store->initialize(false, error))
        return nullptr;
    return store;
}

std::unique_ptr<ProjectStore> ProjectStore::openServer(const ProjectLocation &location,
                                                       QString *error)
{
    std::unique_ptr<ProjectStore> store(new ProjectStore(location));
    auto &pg = static_cast<PgDatabase &>(*store->m_db);
    if (!ServerSchema::connect(pg, location, error))
        return nullptr;
    const std::optional<int> version = ServerSchema::versionOf(pg, location, error);
    if (!version)
        return nullptr;
    auto refuse = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(location.display(), why);
        return nullptr;
    };
    if (*version == 0)
        return refuse(StoreText::tr("not a Tessera project yet (run 'tessera-cli server init' "
                                    "or 'tessera-cli server push' first)"));
    if (*version > Migrations::latestVersion())
        return refuse(StoreText::tr("made by a newer Tessera (schema version %1; this version "
                                    "reads up to %2). Update Tessera to open it.")
                              .arg(*version)
                              .arg(Migrations::latestVersion()));
    if (*version < Migrations::latestVersion())
        return refuse(StoreText::tr("made by an older Tessera (schema version %1); the team "
                                    "lead upgrades it with 'tessera-cli server init'")
                              .arg(*version));
    // Others' commits are noticed through the live-update notices (dataVersion()).
    if (!pg.listen(QByteArrayLiteral("tessera_changes")))
        return refuse(pg.errorString());
    if (Statement *q = pg.prepare("SELECT session_user::text"); q && q->step())
        store->m_author = q->text(0);
    pg.setAutoReconnect(true); // reads outside transactions connect again by themselves
    return store;
}

bool ProjectStore::initialize(bool created, QString *error)
{
    const QString shown = QDir::toNativeSeparators(created ? m_path.chopped(9) : m_path);
    auto failOpen = [&](const QString &why) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(shown, why);
        m_db->close();
        return false;
    };
    if (!m_db->exec(QString::fromLatin1(SqlDialect::connectionSetup()))) {
        return failOpen(m_db->lastErrorIsCorruption()
                                ? QStringLiteral("the project file is damaged (%1)")
                                          .arg(m_db->errorString())
                                : QStringLiteral("cannot configure the database (%1)")
                                          .arg(m_db->errorString()));
    }

    const std::optional<qint64> version = m_db->queryInt("PRAGMA user_version");
    // Reading the schema touches page 1 and the schema pages: a damaged header or schema fails
    // here. Damage deeper in the file is found by check() or reported when it is read.
    const std::optional<qint64> tables = m_db->queryInt("SELECT count(*) FROM sqlite_schema");
    if (!version || !tables)
        return failOpen(
                QStringLiteral("the project file is damaged (%1)").arg(m_db->errorString()));
    if (*version > Migrations::latestVersion())
        return failOpen(
                QStringLiteral("made by a newer Tessera (schema version %1)").arg(*version));
    if (!created && *version >= 1) {
        Statement *q = m_db->prepare("SELECT value FROM meta WHERE key = 'format'");
        if (!q || !q->step() || q->text(0) != QLatin1String("tessera-project"))
            return failOpen(QStringLiteral("the project file is damaged (its meta data is missing: "
                                           "%1)")
                                    .arg(m_db->errorString()));
        q->reset();
    }
    if (*version < Migrations::latestVersion()) {
        if (m_readOnly)
            return failOpen(QStringLiteral("read-only, and made by an older Tessera (schema "
                                           "version %1): it cannot be upgraded here; open a "
                                           "writable copy")
                                    .arg(*version));
        if (!migrate(int(*version)))
            return failOpen(m_error);
        if (created) {
            setSetting(QStringLiteral("format"), QStringLiteral("tessera-project"));
            setSetting(QStringLiteral("created"),
                       QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        }
        // Fold the migration into the main file so its header shows the new version at once.
        m_db->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    }
    return true;
}

bool ProjectStore::migrate(int from)
{
    for (const Migrations::Migration &migration : Migrations::all()) {
        if (migration.version <= from)
            continue;
        Transaction t(*this);
        if (!t.ok())
            return false;
        if (!m_db->exec(SqlDialect::expand(QString::fromUtf8(migration.sql)))
            || !m_db->exec(QStringLiteral("PRAGMA user_version = %1").arg(migration.version))) {
            return fail(
                    QStringLiteral("Migration to schema version %1 failed").arg(migration.version));
        }
        if (!t.commit())
            return false;
    }
    return true;
}

qint64 ProjectStore::now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool ProjectStore::audit(const QString &action, qint64 assetId, qint64 annotationId,
                         const QString &before, const QString &after)
{
    Statement *q = m_db->prepare("INSERT INTO audit_log (at, author, action, asset_id, "
                                 "annotation_id, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return fail(QStringLiteral("Could not prepare the audit log"));
    q->bind(1, now()).bind(2, m_author).bind(3, action).bindId(4, assetId).bindId(5, annotationId);
    q->bind(6, before).bind(7, after);
    return q->exec() || fail(QStringLiteral("Could not write the audit log"));
}

// ---- Settings ----------------------------------------------------------------------------------

QString ProjectStore::setting(const QString &key, const QString &defaultValue)
{
    Statement *q = m_db->prepare("SELECT value FROM meta WHERE key = ?");
    if (!q)
        return defaultValue;
    q->bind(1, key);
    const QString value = q->step() ? q->text(0) : defaultValue;
    q->reset();
    return value;
}

bool ProjectStore::setSetting(const QString &key, const QString &value)
{
    Transaction t(*this);
    if (!t.ok())
        return false;
    Statement *q = m_db->prepare("INSERT INTO meta (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!q)
        return fail(QStringLiteral("Could not save setting %1").arg(key));
    q->bind(1, key).bind(2, value);
    if (!q->exec())
        return fail(QStringLiteral("Could not save setting %1").arg(key));
    return t.commit();
}

int ProjectStore::schemaVersion()
{
    if (m_db->isPostgreSql())
        return int(m_db->queryInt("SELECT max(version) FROM tessera_schema").value_or(-1));
    return int(m_db->queryInt("PRAGMA user_version").value_or(-1));
}

// ---- Labels ------------------------------------------------------------------------------------

QList<Label> ProjectStore::labels()
{
    return readLabels(*m_db);
}

std::optional<Label> ProjectStore::label(qint64 id)
{
    for (const Label &l : labels()) {
        if (l.id == id)
            return l;
    }
    return std::nullopt;
}

std::optional<Label> ProjectStore::labelByName(const QString &name)
{
    for (const Label &l : labels()) {
        if (l.name == name)
            return l;
    }
    return std::nullopt;
}

bool ProjectStore::addLabel(Label &label)
{
    return LabelWriter(*this).add(label);
}

bool ProjectStore::updateLabel(const Label &label)
{
    return LabelWriter(*this).update(label);
}

bool ProjectStore::setLabelDisplayOrder(const QList<qint64> &ids)
{
    return LabelWriter(*this).setDisplayOrder(ids);
}

bool ProjectStore::removeLabel(qint64 id, bool removeAnnotations)
{
    return LabelWriter(*this).remove(id, removeAnnotations);
}

qint64 ProjectStore::mergeLabel(qint64 from, qint64 into)
{
    return LabelWriter(*this).merge(from, into);
}

// ---- Assets ------------------------------------------------------------------------------------

QString ProjectStore::storedPath(const QString &absolutePath) const
{
    if (isServer())
        return QDir::cleanPath(absolutePath);
    const QString relative = QDir(directory()).relativeFilePath(absolutePath);
    if (relative.startsWith(QLatin1String("../")) || QDir::isAbsolutePath(relative))
        return QDir::cleanPath(absolutePath);
    return relative;
}

QString ProjectStore::absolutePath(const Asset &asset) const
{
    if (asset.path.isEmpty())
        return QString();
    if (QDir::isAbsolutePath(asset.path))
        return asset.path;
    return QDir::cleanPath(directory() + QLatin1Char('/') + asset.path);
}

bool ProjectStore::addAsset(Asset &asset, AuditDetail detail)
{
    QList<Asset> one{asset};
    if (!addAssets(one, detail))
        return false;
    asset = one.constFirst();
    return true;
}

bool ProjectStore::addAssets(QList<Asset> &assets, AuditDetail detail)
{
    if (assets.isEmpty())
        return true;
    Transaction t(*this);
    if (!t.ok())
        return false;
    const qint64 at = now();
    for (Asset &asset : assets) {
        Statement *q = m_db->prepare("INSERT INTO assets (kind, path, name, byte_size, sha256, "
                                     "width, height, text, payload, status, added_by, added_at) "
                                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!q)
            return fail(QStringLiteral("Could not add assets"));
        if (asset.addedBy.isEmpty())
            asset.addedBy = m_author;
        if (!asset.addedAt)
            asset.addedAt = at;
        q->bind(1, int(asset.kind)).bind(2, asset.path).bind(3, asset.name).bind(4, asset.byteSize);
        q->bind(5, asset.sha256.isEmpty() ? QString() : asset.sha256);
        q->bind(6, asset.width).bind(7, asset.height).bind(8, asset.text);
        q->bind(9, compactJson(asset.payload)).bind(10, int(asset.status));
        q->bind(11, asset.addedBy).bind(12, asset.addedAt);
        if (!q->exec())
            return fail(QStringLiteral("Could not add %1").arg(asset.name));
        asset.id = m_db->lastInsertId();
    }
    if (detail != AuditDetail::None
        && !recordAddedAssets(assets.size(), assets.constFirst().id, assets.constLast().id))
        return false;
    return t.commit();
}

bool ProjectStore::recordAddedAssets(qint64 count, qint64 firstId, qint64 lastId)
{
    if (count <= 0)
        return true;
    QJsonObject after;
    after[QStringLiteral("count")] = count;
    after[QStringLiteral("first")] = firstId;
    after[QStringLiteral("last")] = lastId;
    return audit(count == 1 ? QStringLiteral("add-asset") : QStringLiteral("add-assets"),
                 count == 1 ? firstId : 0, 0, QString(), compactJson(after));
}

std::optional<Asset> ProjectStore::asset(qint64 id)
{
    Statement *q = m_db->prepare(QByteArray("SELECT ") + assetColumns
                                 + ", text, payload FROM assets WHERE id = ?");
    if (!q)
        return std::nullopt;
    q->bind(1, id);
    if (!q->step()) {
        if (!q->ok())
            fail(QStringLiteral("Could not read asset %1").arg(id));
        return std::nullopt;
    }
    Asset a;
    readAssetRow(*q, a);
    a.text = q->text(12);
    a.payload = parseObject(q->text(13));
    q->reset();
    return a;
}

std::optional<Asset> ProjectStore::assetWhere(const char *sql, const QString &value)
{
    Statement *q = m_db->prepare(sql);
    if (!q)
        return std::nullopt;
    q->bind(1, value);
    const qint64 id = q->step() ? q->int64(0) : 0;
    q->reset();
    return id ? asset(id) : std::nullopt;
}

std::optional<Asset> ProjectStore::assetBySha256(const QString &sha256)
{
    return assetWhere("SELECT id FROM assets WHERE sha256 = ?", sha256);
}

std::optional<Asset> ProjectStore::assetByPath(const QString &storedPath)
{
    return assetWhere("SELECT id FROM assets WHERE path = ?", storedPath);
}

QStringList ProjectStore::assetPaths()
{
    QStringList result;
    Statement *q = m_db->prepare("SELECT path FROM assets WHERE path IS NOT NULL");
    if (!q)
        return result;
    while (q->step())
        result.append(q->text(0));
    q->reset();
    return result;
}

QHash<QString, qint64> ProjectStore::assetIdsBySha256()
{
    QHash<QString, qint64> result;
    Statement *q = m_db->prepare("SELECT sha256, id FROM assets WHERE sha256 IS NOT NULL "
                                 "AND sha256 != ''");
    if (!q)
        return result;
    while (q->step())
        result.insert(q->text(0), q->int64(1));
    q->reset();
    return result;
}

qint64 ProjectStore::assetCount(const AssetFilter &filter)
{
    return AssetQuery(*m_db, filter).count();
}

QList<qint64> ProjectStore::assetIds(const AssetFilter &filter)
{
    return AssetQuery(*m_db, filter).ids();
}

QList<qint64> ProjectStore::assetIds(const AssetFilter &filter, qint64 afterId, int limit)
{
    return AssetQuery(*m_db, filter).ids(afterId, limit);
}

QList<Asset> ProjectStore::assetPage(const AssetFilter &filter, qint64 afterId, int limit,
                                     QList<int> *annotationCounts)
{
    return AssetQuery(*m_db, filter).page(afterId, limit, annotationCounts);
}

bool ProjectStore::removeAsset(qint64 id)
{
    Transaction t(*this);
    if (!t.ok())
        return false;
    const std::optional<Asset> before = asset(id);
    if (!before) {
        m_error = QStringLiteral("No asset with id %1").arg(id);
        return false;
    }
    Statement *q = m_db->prepare("DELETE FROM assets WHERE id = ?");
    if (!q || !q->bind(1, id).exec())
        return fail(QStringLiteral("Could not remove asset %1").arg(id));
    if (!audit(QStringLiteral("remove-asset"), id, 0, compactJson(Json::toJson(*before)),
               QString()))
        return false;
    return t.commit();
}

// ---- Annotations -------------------------------------------------------------------------------

// Shapes (kinds below 100) and spans (100) without a label; relations, classes, preferences and
// fields name their meaning otherwise.
static const char kUnlabeledShape[] = "label_id IS NULL AND kind <= 100";

QByteArray ProjectStore::visibleClause(const char *joiner) const
{
    QByteArrayList parts;
    // Unaccepted proposals: a pre-label nobody said yes to (see isProposal()).
    if (m_proposalsHidden)
        parts.append("NOT (origin = 1 AND " + SqlDialect::jsonFlagUnset(*m_db, "data", "accepted")
                     + ")");
    // The outer table is unaliased in every query that uses this: inside the subquery
    // "annotations" names the outer row.
    if (m_unlabeledHidden)
        parts.append(QByteArray("NOT (") + kUnlabeledShape
                     + ") AND NOT (kind = 101 AND EXISTS (SELECT 1 FROM annotations e WHERE e.id "
                       "IN (annotations.source_id, annotations.target_id) AND e.label_id IS NULL "
                       "AND e.kind <= 100))");
    if (parts.isEmpty())
        return {};
    return QByteArray(joiner) + parts.join(" AND ");
}

qint64 ProjectStore::unlabeledShapeCount()
{
    const bool hidden = std::exchange(m_unlabeledHidden, false);
    const QByteArray visible = visibleClause(" AND ");
    m_unlabeledHidden = hidden;
    return m_db
            ->queryInt(QByteArray("SELECT count(*) FROM annotations WHERE ") + kUnlabeledShape
                       + visible)
            .value_or(0);
}

bool ProjectStore::labelUnlabeledForExport(qint64 labelId)
{
    if (m_transactionDepth == 0)
        return fail(QStringLiteral("labelUnlabeledForExport needs a transaction"));
    Statement *q = m_db->prepare(QByteArray("UPDATE annotations SET label_id = ? WHERE ")
                                 + kUnlabeledShape);
    return (q && q->bind(1, labelId).exec()) || fail(QStringLiteral("Could not label shapes"));
}

QList<Annotation> ProjectStore::annotations(qint64 assetId)
{
    QList<Annotation> result;
    Statement *q = m_db->prepare(QByteArray("SELECT ") + annotationColumns
                                 + " FROM annotations WHERE asset_id = ?" + visibleClause(" AND ")
                                 + " ORDER BY z, id");
    if (!q)
        return result;
    q->bind(1, assetId);
    while (q->step()) {
        Annotation a;
        readAnnotationRow(*q, a);
        result.append(std::move(a));
    }
    if (!q->ok())
        fail(QStringLiteral("Could not read the annotations of asset %1").arg(assetId));
    q->reset();
    return result;
}

std::optional<Annotation> ProjectStore::annotation(qint64 id)
{
    Statement *q = m_db->prepare(QByteArray("SELECT ") + annotationColumns
                                 + " FROM annotations WHERE id = ?");
    if (!q)
        return std::nullopt;
    q->bind(1, id);
    if (!q->step())
        return std::nullopt;
    Annotation a;
    readAnnotationRow(*q, a);
    q->reset();
    return a;
}

// Annotation writes live in AnnotationWriter (versions, conflicts, batched inserts).
bool ProjectStore::addAnnotations(QList<Annotation> &annotations, AuditDetail detail)
{
    return AnnotationWriter(*this).add(annotations, detail);
}

bool ProjectStore::updateAnnotations(QList<Annotation> &annotations, const SeenVersions &seen)
{
    return AnnotationWriter(*this).update(annotations, seen);
}

bool ProjectStore::removeAnnotations(const QList<qint64> &ids, const SeenVersions &seen)
{
    return AnnotationWriter(*this).remove(ids, seen);
}

bool ProjectStore::changedSince(const Asset &current, qint64 seenVersion) const
{
    // A version this store wrote itself (a move from the grid while the asset is open, the
    // automatic "in progress" of a first edit, a relink, a job's fields) is not someone else's
    // change.
    return seenVersion != current.version
           && m_ownAssetVersions.value(current.id, -1) != current.version
           && m_pendingOwnVersions.value(current.id, -1) != current.version;
}

void ProjectStore::noteOwnAssetWrite(qint64 assetId, qint64 version)
{
    // The version is the one read before the write plus one. Had another client written in
    // between, the row is further on and the note never matches: its change still counts.
    if (m_transactionDepth > 0)
        m_pendingOwnVersions.insert(assetId, version);
    else
        m_ownAssetVersions.insert(assetId, version);
}

bool ProjectStore::conflict(const Asset &current, ReviewStatus wanted)
{
    m_conflict = true;
    QString who = StoreText::tr("someone");
    QString when;
    if (Statement *q = m_db->prepare("SELECT author, at FROM audit_log WHERE asset_id = ? "
                                     "ORDER BY id DESC LIMIT 1")) {
        if (q->bind(1, current.id).step()) {
            who = q->text(0);
            when = QDateTime::fromMSecsSinceEpoch(q->int64(1)).toString(QStringLiteral("HH:mm:ss"));
        }
        q->reset();
    }
    m_error = StoreText::tr("%1: %2 was changed by %3 at %4 (it is %5 now) while you looked at "
                            "it; your move to %6 was not stored, and the asset shows it as it is "
                            "now")
                      .arg(m_path, current.name, who, when, reviewStatusName(current.status),
                           reviewStatusName(wanted));
    return false;
}

bool ProjectStore::streamAnnotations(const QByteArray &sql, bool withProvenance,
                                     const std::function<bool(const Annotation &)> &visit,
                                     std::initializer_list<qint64> binds)
{
    Statement *q = m_db->prepare(sql);
    if (!q)
        return fail(QStringLiteral("Could not read the annotations"));
    int index = 0;
    for (const qint64 value : binds)
        q->bind(++index, value);
    Annotation a;
    while (q->step()) {
        if (withProvenance) {
            readAnnotationRow(*q, a);
        } else {
            a.id = q->int64(0);
            a.assetId = q->int64(1);
            a.labelId = q->int64(2);
            a.kind = AnnotationKind(q->int64(3));
            qsizetype size = 0;
            const char *blob = q->blobData(4, &size);
            GeometryCodec::decode(blob, size, a);
            a.sourceId = q->int64(5);
            a.targetId = q->int64(6);
            a.z = int(q->int64(7));
            a.groupId = q->int64(8);
            a.data = q->isNull(9) ? QJsonObject() : parseObject(q->text(9));
        }
        if (!visit(a))
            break;
    }
    const bool ok = q->ok();
    q->reset();
    return ok || fail(QStringLiteral("Could not read the annotations"));
}

bool ProjectStore::forEachAnnotation(const std::function<bool(const Annotation &)> &visit)
{
    return streamAnnotations(QByteArray("SELECT ") + annotationColumns + " FROM annotations"
                                     + visibleClause(" WHERE ") + " ORDER BY id",
                             true, visit);
}

bool ProjectStore::forEachShape(const std::function<bool(const Annotation &)> &visit)
{
    // The columns streamAnnotations reads without provenance, in its order.
    return streamAnnotations(QByteArray("SELECT id, asset_id, label_id, kind, geometry, source_id, "
                                        "target_id, z, group_id, data FROM annotations")
                                     + visibleClause(" WHERE ") + " ORDER BY id",
                             false, visit);
}

QList<Annotation> ProjectStore::shapesOf(qint64 assetId)
{
    QList<Annotation> result;
    streamAnnotations(QByteArray("SELECT id, asset_id, label_id, kind, geometry, source_id, "
                                 "target_id, z, group_id, data FROM annotations WHERE asset_id = ?")
                              + visibleClause(" AND ") + " ORDER BY id",
                      false,
                      [&result](const Annotation &a) {
                          result.append(a);
                          return true;
                      },
                      {assetId});
    return result;
}

QHash<qint64, QList<Annotation>> ProjectStore::shapesOfAssets(qint64 first, qint64 last)
{
    QHash<qint64, QList<Annotation>> result;
    const bool ok = streamAnnotations(
            QByteArray("SELECT id, asset_id, label_id, kind, geometry, source_id, target_id, z, "
                       "group_id, data FROM annotations WHERE asset_id BETWEEN ? AND ?")
                    + visibleClause(" AND ") + " ORDER BY asset_id, id",
            false,
            [&result](const Annotation &a) {
                result[a.assetId].append(a);
                return true;
            },
            {first, last});
    return ok ? result : QHash<qint64, QList<Annotation>>();
}

bool ProjectStore::forEachAnnotationByAsset(const std::function<bool(const Annotation &)> &visit)
{
    return streamAnnotations(QByteArray("SELECT ") + annotationColumns + " FROM annotations"
                                     + visibleClause(" WHERE ") + " ORDER BY asset_id, id",
                             true, visit);
}

qint64 ProjectStore::annotationCount(qint64 assetId)
{
    if (!assetId)
        return m_db->queryInt("SELECT count(*) FROM annotations").value_or(0);
    Statement *q = m_db->prepare("SELECT count(*) FROM annotations WHERE asset_id = ?");
    if (!q)
        return 0;
    q->bind(1, assetId);
    const qint64 count = q->step() ? q->int64(0) : 0;
    q->reset();
    return count;
}

std::optional<qint64> ProjectStore::lastAssetId()
{
    return m_db->queryInt("SELECT COALESCE(MAX(id), 0) FROM assets");
}

std::optional<bool> ProjectStore::hasAnnotations()
{
    const std::optional<qint64> any = m_db->queryInt("SELECT EXISTS(SELECT 1 FROM annotations)");
    if (!any)
        return std::nullopt;
    return *any != 0;
}

// ---- Review ------------------------------------------------------------------------------------

QList<qint64> ProjectStore::assetsWithPayloadKey(const QString &key)
{
    QList<qint64> ids;
    Statement *q = m_db->prepare(
            m_db->isPostgreSql()
                    ? "SELECT id FROM assets WHERE payload <> '' AND jsonb_exists(payload::jsonb, "
                      "?) "
                      "ORDER BY id"
                    : "SELECT id FROM assets WHERE json_extract(payload, '$.' || ?) IS NOT NULL "
                      "ORDER BY id");
    if (!q)
        return ids;
    q->bind(1, key);
    while (q->step())
        ids.append(q->int64(0));
    return ids;
}

bool ProjectStore::snapshotTo(const QString &path)
{
    // A server project is pulled into the file: what this login may read, as of one moment.
    if (m_db->isPostgreSql())
        return ServerTransfer::pull(m_location, path, {}, &m_error).has_value();
    Statement *q = m_db->prepare("VACUUM INTO ?");
    if (!q || !q->bind(1, path).exec())
        return fail(QStringLiteral("Could not copy the project to %1")
                            .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool ProjectStore::compact()
{
    if (m_db->isPostgreSql())
        return true; // the server's autovacuum keeps its tables
    if (!m_db->exec(QStringLiteral("VACUUM")))
        return fail(QStringLiteral("Could not compact the project"));
    return true;
}

bool ProjectStore::rewriteAssetPaths(
        const std::function<QString(qint64 id, const QString &storedPath, const QString &name)>
                &map)
{
    Transaction t(*this);
    if (!t.ok())
        return false;
    // Read first, then write: the update never runs under an open cursor of the same table.
    QList<std::tuple<qint64, QString, QString, qint64>> rows;
    Statement *q = m_db->prepare(
            "SELECT id, path, name, version FROM assets WHERE path IS NOT NULL AND path <> ''");
    if (!q)
        return fail(QStringLiteral("Could not read the asset paths"));
    while (q->step())
        rows.append({q->int64(0), q->text(1), q->text(2), q->int64(3)});
    if (!q->ok())
        return fail(QStringLiteral("Could not read the asset paths"));
    Statement *u = m_db->prepare("UPDATE assets SET path = ?, version = version + 1 WHERE id = ?");
    for (const auto &[id, stored, name, version] : rows) {
        if (!u || !u->bind(1, map(id, stored, name)).bind(2, id).exec())
            return fail(QStringLiteral("Could not rewrite the asset paths"));
        noteOwnAssetWrite(id, version + 1);
    }
    return t.commit();
}

bool ProjectStore::setAssetMedia(qint64 id, const QString &storedPath, const QString &sha256,
                                 qint64 byteSize, const QSize &size)
{
    Transaction t(*this);
    if (!t.ok())
        return false;
    const std::optional<Asset> before = asset(id);
    if (!before) {
        m_error = QStringLiteral("No asset with id %1").arg(id);
        return false;
    }
    if (const std::optional<Asset> same = assetBySha256(sha256); same && same->id != id)
        return fail(QStringLiteral("%1 has the same content as asset %2 (%3)")
                            .arg(storedPath)
                            .arg(same->id)
                            .arg(same->name));
    Statement *u = m_db->prepare(
            "UPDATE assets SET version = version + 1, path = ?, sha256 = ?, byte_size = ?, "
            "width = ?, height = ? WHERE id = ?");
    const QSize kept = size.isEmpty() ? QSize(before->width, before->height) : size;
    if (!u
        || !u->bind(1, storedPath)
                    .bind(2, sha256)
                    .bind(3, byteSize)
                    .bind(4, qint64(kept.width()))
                    .bind(5, qint64(kept.height()))
                    .bind(6, id)
                    .exec())
        return fail(QStringLiteral("Could not relink asset %1").arg(id));
    noteOwnAssetWrite(id, before->version + 1);
    if (!audit(QStringLiteral("relink"), id, 0,
               compactJson({{QStringLiteral("path"), before->path},
                            {QStringLiteral("sha256"), before->sha256}}),
               compactJson(
                       {{QStringLiteral("path"), storedPath}, {QStringLiteral("sha256"), sha256}})))
        return false;
    return t.commit();
}

bool ProjectStore::setAssetPayload(qint64 id, const QJsonObject &payload)
{
    Transaction t(*this);
    if (!t.ok())
        return false;
    const std::optional<Asset> before = asset(id);
    if (!before) {
        m_error = QStringLiteral("No asset with id %1").arg(id);
        return false;
    }
    Statement *u
            = m_db->prepare("UPDATE assets SET payload = ?, version = version + 1 WHERE id = ?");
    if (!u || !u->bind(1, compactJson(payload)).bind(2, id).exec())
        return fail(QStringLiteral("Could not store the fields of asset %1").arg(id));
    noteOwnAssetWrite(id, before->version + 1);
    if (!audit(QStringLiteral("set-payload"), id, 0, compactJson(before->payload),
               compactJson(payload)))
        return false;
    return t.commit();
}

bool ProjectStore::setReviewStatus(qint64 assetId, ReviewStatus status, const QString &reason,
                                   std::optional<qint64> seenVersion)
{
    m_conflict = false;
    // A stale move is refused before a transaction begins: refused inside a caller's (a bulk
    // move), it would take the other moves down with it.
    if (seenVersion) {
        const std::optional<Asset> current = asset(assetId);
        if (current && changedSince(*current, *seenVersion))
            return conflict(*current, status);
    }
    Transaction t(*this);
    if (!t.ok())
        return false;
    const std::optional<Asset> before = asset(assetId);
    if (!before) {
        m_error = QStringLiteral("No asset with id %1").arg(assetId);
        return false;
    }
    if (seenVersion && changedSince(*before, *seenVersion))
        return conflict(*before, status);
    // The version read is the one replaced: another client's move in between (a server reads
    // committed rows, not a snapshot) leaves no row to update.
    Statement *u = m_db->prepare(
            "UPDATE assets SET status = ?, version = version + 1 WHERE id = ? AND version = ?");
    if (!u || !u->bind(1, int(status)).bind(2, assetId).bind(3, before->version).exec())
        return fail(QStringLiteral("Could not set the status of asset %1").arg(assetId));
    if (m_db->changes() == 0) {
        const std::optional<Asset> now = asset(assetId);
        return now ? conflict(*now, status)
                   : fail(QStringLiteral("No asset with id %1").arg(assetId));
    }
    noteOwnAssetWrite(assetId, before->version + 1);
    Statement *r = m_db->prepare("INSERT INTO reviews (asset_id, status, reviewer, reason, at) "
                                 "VALUES (?, ?, ?, ?, ?)");
    if (!r)
        return fail(QStringLiteral("Could not record the review"));
    r->bind(1, assetId).bind(2, int(status)).bind(3, m_author).bind(4, reason).bind(5, now());
    if (!r->exec())
        return fail(QStringLiteral("Could not record the review"));
    if (!audit(QStringLiteral("set-status"), assetId, 0, reviewStatusName(before->status),
               reviewStatusName(status)))
        return false;
    return t.commit();
}

QStringList ProjectStore::reviewers()
{
    QStringList names;
    if (Statement *q = m_db->prepare("SELECT DISTINCT reviewer FROM reviews")) {
        while (q->step())
            names.append(q->text(0));
        q->reset();
    }
    return names;
}

QList<ReviewEntry> ProjectStore::reviews(qint64 assetId)
{
    QList<ReviewEntry> result;
    // Two statements: "? = 0 OR asset_id = ?" would keep SQLite from using the index.
    Statement *q = m_db->prepare(assetId ? "SELECT id, asset_id, status, reviewer, "
                                           "coalesce(reason, ''), at FROM reviews "
                                           "WHERE asset_id = ? ORDER BY id"
                                         : "SELECT id, asset_id, status, reviewer, "
                                           "coalesce(reason, ''), at FROM reviews "
                                           "WHERE ? = 0 ORDER BY id");
    if (!q)
        return result;
    q->bind(1, assetId);
    while (q->step())
        result.append({q->int64(0), q->int64(1), ReviewStatus(q->int64(2)), q->text(3), q->text(4),
                       q->int64(5)});
    q->reset();
    return result;
}

qint64 ProjectStore::lastAuditId()
{
    Statement *q = m_db->prepare("SELECT COALESCE(MAX(id), 0) FROM audit_log");
    const qint64 last = q && q->step() ? q->int64(0) : 0;
    if (q)
        q->reset(); // an open statement would hold a read transaction
    return last;
}

QSet<qint64> ProjectStore::assetsChangedSince(qint64 afterId, bool *projectWide)
{
    QSet<qint64> assets;
    *projectWide = false;
    Statement *q
            = m_db->prepare("SELECT DISTINCT COALESCE(asset_id, 0) FROM audit_log WHERE id > ?");
    if (!q)
        return assets;
    q->bind(1, afterId);
    while (q->step()) {
        const qint64 id = q->int64(0);
        if (id == 0)
            *projectWide = true;
        else
            assets.insert(id);
    }
    return assets;
}

std::optional<ProjectStore::Lease> ProjectStore::leaseAsset(qint64 assetId, int seconds)
{
    if (!m_db->isPostgreSql() || m_readOnly)
        return std::nullopt;
    // The server's clock for every client: no lease runs out early because a laptop's is fast.
    Statement *take = m_db->prepare(
            "INSERT INTO leases (asset_id, login, until) VALUES (?, session_user, "
            "(extract(epoch FROM clock_timestamp()) * 1000)::bigint + ?) ON CONFLICT (asset_id) "
            "DO UPDATE SET login = excluded.login, until = excluded.until WHERE leases.login = "
            "session_user OR leases.until < (extract(epoch FROM clock_timestamp()) * "
            "1000)::bigint");
    if (!take)
        return std::nullopt;
    // Refused (row-level security) while someone else's lease runs: theirs is read below.
    take->bind(1, assetId).bind(2, qint64(seconds) * 1000).exec();
    Statement *q = m_db->prepare("SELECT login, until FROM leases WHERE asset_id = ?");
    if (!q || !q->bind(1, assetId).step())
        return std::nullopt;
    const Lease lease{q->text(0), q->int64(1)};
    q->reset();
    return lease;
}

std::optional<ProjectStore::Lease> ProjectStore::leaseHolder(qint64 assetId)
{
    if (!m_db->isPostgreSql())
        return std::nullopt;
    Statement *q = m_db->prepare("SELECT login, until FROM leases WHERE asset_id = ? AND until >= "
                                 "(extract(epoch FROM clock_timestamp()) * 1000)::bigint");
    if (!q || !q->bind(1, assetId).step())
        return std::nullopt;
    const Lease lease{q->text(0), q->int64(1)};
    q->reset();
    return lease;
}

void ProjectStore::releaseAsset(qint64 assetId)
{
    if (!m_db->isPostgreSql() || m_readOnly)
        return;
    if (Statement *q = m_db->prepare("DELETE FROM leases WHERE asset_id = ? AND login = "
                                     "session_user"))
        q->bind(1, assetId).exec();
}

QList<AuditEntry> ProjectStore::auditLog(qint64 assetId, int limit)
{
    QList<AuditEntry> result;
    Statement *q = m_db->prepare(
            assetId ? "SELECT id, at, author, action, asset_id, annotation_id, before, after "
                      "FROM audit_log WHERE asset_id = ? ORDER BY id LIMIT ?"
                    : "SELECT id, at, author, action, asset_id, annotation_id, before, after "
                      "FROM audit_log WHERE ? = 0 ORDER BY id LIMIT ?");
    if (!q)
        return result;
    // No limit is a negative one: SQLite reads it so, PostgreSQL refuses it.
    q->bind(1, assetId).bind(2, limit < 0 ? std::numeric_limits<qint64>::max() : qint64(limit));
    while (q->step())
        result.append(readAuditRow(*q));
    q->reset();
    return result;
}

} // namespace Tessera
