// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "servertransfer.h"

#include "migrations.h"
#include "pgdatabase.h"
#include "projectstore.h"
#include "serverschema.h"
#include "sqlitedatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Tessera::ServerTransfer {

namespace {

// Texts filed by lupdate under, and looked up in, the context "ServerTransfer".
struct TransferText
{
    Q_DECLARE_TR_FUNCTIONS(ServerTransfer)
};

enum class Type { Integer, Real, Text, Bytes };

struct Column
{
    QString name;
    Type type = Type::Text;
};

// A server table's columns in order, with the types both sides agree on (the server's are the
// migrations' SQLite types expanded: BIGINT, DOUBLE PRECISION, TEXT, BYTEA).
std::optional<QList<Column>> serverColumns(PgDatabase &db, const QString &table)
{
    PgStatement *q = db.prepare("SELECT column_name, data_type FROM information_schema.columns "
                                "WHERE table_schema = current_schema() AND table_name = ? "
                                "ORDER BY ordinal_position");
    if (!q)
        return std::nullopt;
    q->bind(1, table);
    QList<Column> columns;
    while (q->step()) {
        const QString type = q->text(1);
        columns.append(
                {q->text(0), type == QLatin1String("bigint") || type == QLatin1String("integer")
                                     ? Type::Integer
                             : type == QLatin1String("double precision") ? Type::Real
                             : type == QLatin1String("bytea")            ? Type::Bytes
                                                                         : Type::Text});
    }
    if (!q->ok() || columns.isEmpty())
        return std::nullopt;
    return columns;
}

QStringList names(const QList<Column> &columns)
{
    QStringList out;
    for (const Column &c : columns)
        out << c.name;
    return out;
}

// Tables whose id the server hands out (identity): the sequence continues after the last id.
bool hasIdentity(const QList<Column> &columns)
{
    return !columns.isEmpty() && columns.first().name == QLatin1String("id")
           && columns.first().type == Type::Integer;
}

constexpr qsizetype copyChunk = 4 << 20;

// Progress counts the rows of the three big tables; the others are small.
constexpr const char *progressTotal = "SELECT (SELECT count(*) FROM assets) + (SELECT count(*) "
                                      "FROM annotations) + (SELECT count(*) FROM audit_log)";

bool countsInProgress(const QString &table)
{
    return table == QLatin1String("assets") || table == QLatin1String("annotations")
           || table == QLatin1String("audit_log");
}

} // namespace

const QStringList &tables()
{
    static const QStringList list{QStringLiteral("meta"),
                                  QStringLiteral("labels"),
                                  QStringLiteral("label_attributes"),
                                  QStringLiteral("assets"),
                                  QStringLiteral("gold_references"),
                                  QStringLiteral("annotations"),
                                  QStringLiteral("reviews"),
                                  QStringLiteral("comments"),
                                  QStringLiteral("audit_log"),
                                  QStringLiteral("layer_annotations"),
                                  QStringLiteral("splits"),
                                  QStringLiteral("split_assets"),
                                  QStringLiteral("split_base"),
                                  QStringLiteral("image_hashes"),
                                  QStringLiteral("quarantine")};
    return list;
}

std::optional<Report> push(ProjectStore &project, const ProjectLocation &server,
                           const JobControl &control, QString *error)
{
    PgDatabase pg;
    if (!ServerSchema::connect(pg, server, error) || !ServerSchema::initialize(pg, server, error))
        return std::nullopt;
    Database &file = project.database();
    const auto failed = [&](const QString &why) {
        *error = why;
        pg.exec(QStringLiteral("ROLLBACK"));
        file.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    // Tables go parents first; within a table rows may point at later ids (undo puts a removed
    // annotation back under its old id), which COPY allows: it checks foreign keys at its end.
    if (!pg.exec(QStringLiteral("BEGIN")))
        return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
    const std::optional<qint64> used
            = pg.queryInt("SELECT (SELECT count(*) FROM assets) + (SELECT count(*) FROM labels) + "
                          "(SELECT count(*) FROM annotations)");
    if (!used)
        return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
    if (*used > 0)
        return failed(TransferText::tr("%1 already holds a project: push goes into an empty "
                                       "database (server init makes one)")
                              .arg(server.display()));
    // One read snapshot of the file (WAL): edits committed meanwhile are all in or all out.
    if (!file.exec(QStringLiteral("BEGIN")))
        return failed(
                TransferText::tr("%1: %2").arg(project.location().display(), file.errorString()));
    const std::optional<qint64> total = file.queryInt(progressTotal);
    qint64 done = 0;
    Report report;
    if (!pg.exec(QStringLiteral("DELETE FROM meta")))
        return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
    for (const QString &table : tables()) {
        const std::optional<QList<Column>> columns = serverColumns(pg, table);
        if (!columns)
            return failed(TransferText::tr("%1: no table %2 (%3)")
                                  .arg(server.display(), table, pg.errorString()));
        const QByteArray select = QStringLiteral("SELECT %1 FROM %2")
                                          .arg(names(*columns).join(QStringLiteral(", ")), table)
                                          .toUtf8();
        Statement *q = file.prepare(select);
        if (!q)
            return failed(TransferText::tr("%1: %2").arg(project.location().display(),
                                                         file.errorString()));
        if (!pg.beginCopy(table, names(*columns)))
            return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
        const int pathColumn = table == QLatin1String("assets")
                                       ? int(names(*columns).indexOf(QStringLiteral("path")))
                                       : -1;
        QByteArray rows;
        rows.reserve(copyChunk + 65536);
        qint64 count = 0;
        while (q->step()) {
            for (int c = 0; c < columns->size(); ++c) {
                if (c > 0)
                    rows += '\t';
                if (q->isNull(c)) {
                    rows += "\\N";
                    continue;
                }
                switch ((*columns)[c].type) {
                case Type::Integer:
                    rows += QByteArray::number(q->int64(c));
                    break;
                case Type::Real:
                    rows += QByteArray::number(q->real(c), 'g', 17);
                    break;
                case Type::Bytes:
                    PgDatabase::appendCopyBytea(rows, q->blob(c));
                    break;
                case Type::Text:
                    if (c == pathColumn) {
                        // Media stay where they are, named so that every client finds them.
                        Asset probe;
                        probe.path = q->text(c);
                        PgDatabase::appendCopyText(rows, project.absolutePath(probe).toUtf8());
                    } else {
                        PgDatabase::appendCopyText(rows, q->text(c).toUtf8());
                    }
                    break;
                }
            }
            rows += '\n';
            ++count;
            if (rows.size() >= copyChunk) {
                if (!pg.copyData(rows))
                    return failed(
                            TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
                rows.clear();
                if (control.canceled()) {
                    pg.endCopy();
                    return failed(TransferText::tr("Canceled: nothing was pushed"));
                }
            }
            if (countsInProgress(table))
                if (++done % 4096 == 0)
                    control.report(done, total.value_or(0));
        }
        if (!q->ok())
            return failed(TransferText::tr("%1: %2").arg(project.location().display(),
                                                         file.errorString()));
        if (!pg.copyData(rows) || !pg.endCopy())
            return failed(TransferText::tr("%1: table %2: %3")
                                  .arg(server.display(), table, pg.errorString()));
        if (hasIdentity(*columns)) {
            const QString restart
                    = QStringLiteral("SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                     "(SELECT coalesce(max(id), 0) + 1 FROM %1), false)")
                              .arg(table);
            if (!pg.exec(restart))
                return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
        }
        report.append({table, count});
    }
    file.exec(QStringLiteral("COMMIT"));
    if (control.canceled())
        return failed(TransferText::tr("Canceled: nothing was pushed"));
    // The deferred checks run here: a row that points nowhere fails the whole push.
    if (!pg.exec(QStringLiteral("COMMIT")))
        return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
    // Fresh statistics for the planner: without them the first windows on a pushed project wait
    // for autovacuum (the asset list's first page took 100-190 ms instead of under 10 ms on
    // 100k assets). Not needed for correctness: a failure here is not the push's.
    pg.exec(QStringLiteral("ANALYZE"));
    control.report(total.value_or(0), total.value_or(0));
    return report;
}

std::optional<Report> pull(const ProjectLocation &server, const QString &file,
                           const JobControl &control, QString *error)
{
    PgDatabase pg;
    if (!ServerSchema::connect(pg, server, error))
        return std::nullopt;
    const std::optional<int> version = ServerSchema::versionOf(pg, server, error);
    if (!version)
        return std::nullopt;
    if (*version != Migrations::latestVersion()) {
        if (*version == 0)
            *error = TransferText::tr("%1 holds no Tessera project").arg(server.display());
        else if (*version < Migrations::latestVersion())
            *error = TransferText::tr("%1 has an older schema (version %2): upgrade it first "
                                      "with tessera-cli server init")
                             .arg(server.display())
                             .arg(*version);
        else
            *error = TransferText::tr("%1 was made by a newer Tessera (schema version %2): "
                                      "update Tessera")
                             .arg(server.display())
                             .arg(*version);
        return std::nullopt;
    }
    std::unique_ptr<ProjectStore> project = ProjectStore::create(file, error);
    if (!project)
        return std::nullopt;
    Database &db = project->database();
    const auto failed = [&](const QString &message) {
        *error = message;
        db.exec(QStringLiteral("ROLLBACK"));
        pg.exec(QStringLiteral("ROLLBACK"));
        const QString path = project->path();
        project.reset();
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        return std::nullopt;
    };
    // One snapshot of the server project; foreign keys checked when the file commits.
    if (!pg.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")))
        return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
    if (!db.exec(QStringLiteral("BEGIN IMMEDIATE; PRAGMA defer_foreign_keys = ON; "
                                "DELETE FROM meta")))
        return failed(TransferText::tr("%1: %2").arg(file, db.errorString()));
    const std::optional<qint64> total = pg.queryInt(progressTotal);
    qint64 done = 0;
    Report report;
    for (const QString &table : tables()) {
        const std::optional<QList<Column>> columns = serverColumns(pg, table);
        if (!columns)
            return failed(TransferText::tr("%1: no table %2 (%3)")
                                  .arg(server.display(), table, pg.errorString()));
        const QStringList list = names(*columns);
        QStringList marks;
        for (qsizetype i = 0; i < list.size(); ++i)
            marks << QStringLiteral("?");
        Statement *insert = db.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                               .arg(table, list.join(QStringLiteral(", ")),
                                                    marks.join(QStringLiteral(", ")))
                                               .toUtf8());
        if (!insert)
            return failed(TransferText::tr("%1: %2").arg(file, db.errorString()));
        // A cursor reads the table a page at a time: a million annotations never sit in memory.
        if (!pg.exec(QStringLiteral("DECLARE pull_rows NO SCROLL CURSOR FOR SELECT %1 FROM %2")
                             .arg(list.join(QStringLiteral(", ")), table)))
            return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
        qint64 count = 0;
        for (;;) {
            const std::unique_ptr<PgStatement> page
                    = PgStatement::direct(pg, "FETCH 10000 FROM pull_rows");
            int rows = 0;
            while (page->step()) {
                ++rows;
                for (int c = 0; c < columns->size(); ++c) {
                    if (page->isNull(c)) {
                        insert->bindNull(c + 1);
                        continue;
                    }
                    switch ((*columns)[c].type) {
                    case Type::Integer:
                        insert->bind(c + 1, page->int64(c));
                        break;
                    case Type::Real:
                        insert->bind(c + 1, page->real(c));
                        break;
                    case Type::Bytes:
                        insert->bindBlob(c + 1, page->blob(c));
                        break;
                    case Type::Text:
                        insert->bind(c + 1, page->text(c));
                        break;
                    }
                }
                if (!insert->exec())
                    return failed(TransferText::tr("%1: table %2: %3")
                                          .arg(file, table, db.errorString()));
                ++count;
                if (countsInProgress(table))
                    if (++done % 4096 == 0)
                        control.report(done, total.value_or(0));
            }
            if (!page->ok())
                return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
            if (control.canceled())
                return failed(TransferText::tr("Canceled: no project was made"));
            if (rows == 0)
                break;
        }
        if (!pg.exec(QStringLiteral("CLOSE pull_rows")))
            return failed(TransferText::tr("%1: %2").arg(server.display(), pg.errorString()));
        report.append({table, count});
    }
    pg.exec(QStringLiteral("COMMIT"));
    // A row that points nowhere fails here, and the file goes.
    if (!db.exec(QStringLiteral("COMMIT")))
        return failed(TransferText::tr("%1: %2").arg(file, db.errorString()));
    control.report(total.value_or(0), total.value_or(0));
    return report;
}

} // namespace Tessera::ServerTransfer
