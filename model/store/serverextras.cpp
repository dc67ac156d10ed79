// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "serverextras.h"

#include "pgdatabase.h"
#include "projectstore.h"

#include <QCoreApplication>

namespace Tessera::ServerExtras {

namespace {

struct ExtrasText
{
    Q_DECLARE_TR_FUNCTIONS(ServerExtras)
};

constexpr int level = 7;

QString liveUpdatesSql()
{
    QString sql
            = QStringLiteral(
                      "CREATE OR REPLACE FUNCTION tessera_notify_change() RETURNS trigger LANGUAGE "
                      "plpgsql "
                      "AS $$ DECLARE ids BIGINT[]; BEGIN "
                      // Transition tables are visible to dynamic SQL; the column is the trigger's
                      // argument.
                      "EXECUTE format('SELECT array_agg(a) FROM (SELECT DISTINCT %s AS a FROM %I "
                      "LIMIT 201) "
                      "s', CASE WHEN TG_ARGV[0] = '' THEN 'NULL::BIGINT' ELSE "
                      "quote_ident(TG_ARGV[0]) END, "
                      "CASE WHEN TG_OP = 'DELETE' THEN 'old_rows' ELSE 'new_rows' END) INTO ids; "
                      "IF ids IS NULL THEN RETURN NULL; END IF; "
                      "IF TG_ARGV[0] = '' THEN ids := '{}'; END IF; "
                      "PERFORM pg_notify('%1', json_build_object('table', TG_TABLE_NAME, 'op', "
                      "lower(TG_OP), "
                      "'assets', CASE WHEN cardinality(ids) > 200 THEN NULL ELSE ids END)::text); "
                      "RETURN NULL; END $$;")
                      .arg(QLatin1String(liveChannel));
    static const char *const tables[][2] = {{"labels", ""},
                                            {"label_attributes", ""},
                                            {"assets", "id"},
                                            {"annotations", "asset_id"},
                                            {"layer_annotations", "asset_id"},
                                            {"reviews", "asset_id"},
                                            {"comments", "asset_id"},
                                            // An annotator's queue changes with them.
                                            {"assignments", "asset_id"},
                                            // Who has an asset open (counted apart).
                                            {"leases", "asset_id"}};
    for (const auto &table : tables)
        for (const char *op : {"INSERT", "UPDATE", "DELETE"})
            sql += QStringLiteral("CREATE OR REPLACE TRIGGER tessera_live_%1 AFTER %2 ON %3 "
                                  "REFERENCING %4 TABLE AS %5 FOR EACH STATEMENT EXECUTE FUNCTION "
                                  "tessera_notify_change('%6');")
                           .arg(QString::fromLatin1(op).toLower(), QLatin1String(op),
                                QLatin1String(table[0]),
                                QLatin1String(op[0] == 'D' ? "OLD" : "NEW"),
                                QLatin1String(op[0] == 'D' ? "old_rows" : "new_rows"),
                                QLatin1String(table[1]));
    return sql;
}

// The rights of ServerExtras' contract. The helper functions run as the owner (SECURITY
// DEFINER): they read team_members and assignments, whose own policies would otherwise call them
// again; they name the caller by session_user, which a login cannot change (SET ROLE changes
// current_user only). Policies are permissive: a row is allowed when any of them allows it.
// Review statuses are ReviewStatus's numbers (model/core/types.h): 1 in progress, 2 submitted,
// 3 accepted.
const char *const rightsSql = R"SQL(
CREATE TABLE IF NOT EXISTS leases (
    asset_id BIGINT PRIMARY KEY REFERENCES assets(id) ON DELETE CASCADE,
    login TEXT NOT NULL,
    until BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS team_members (
    login TEXT PRIMARY KEY,
    role TEXT NOT NULL CHECK (role IN ('annotator', 'reviewer', 'manager'))
);
CREATE TABLE IF NOT EXISTS assignments (
    asset_id BIGINT NOT NULL REFERENCES assets(id) ON DELETE CASCADE,
    login TEXT NOT NULL REFERENCES team_members(login) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (asset_id, login)
);
CREATE INDEX IF NOT EXISTS assignments_login ON assignments(login, asset_id);
CREATE OR REPLACE FUNCTION tessera_role() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT AS
    $$ SELECT role FROM team_members WHERE login = session_user $$;
CREATE OR REPLACE FUNCTION tessera_assigned(asset BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT EXISTS (SELECT 1 FROM assignments WHERE asset_id = asset AND login = session_user) $$;
CREATE OR REPLACE FUNCTION tessera_authored(asset BIGINT) RETURNS BOOLEAN LANGUAGE sql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ SELECT EXISTS (SELECT 1 FROM annotations WHERE asset_id = asset AND author = session_user) $$;
CREATE OR REPLACE FUNCTION tessera_sign() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' AND NEW.id IS NULL THEN
        NEW.id := nextval(pg_get_serial_sequence(format('%I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME),
                                                 'id'));
    END IF;
    IF tessera_role() IS DISTINCT FROM 'manager' THEN
        IF TG_OP = 'UPDATE' THEN
            NEW.author := OLD.author;
        ELSE
            NEW.author := session_user;
        END IF;
    END IF;
    RETURN NEW;
END $$;
DO $$
DECLARE t TEXT;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = current_schema()
             AND tablename NOT IN ('tessera_schema', 'tessera_server') LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
        EXECUTE format('DROP POLICY IF EXISTS tessera_read ON %I', t);
        EXECUTE format('CREATE POLICY tessera_read ON %I FOR SELECT '
                       'USING ((SELECT tessera_role()) IS NOT NULL)', t);
        EXECUTE format('DROP POLICY IF EXISTS tessera_manage ON %I', t);
        EXECUTE format('CREATE POLICY tessera_manage ON %I '
                       'USING ((SELECT tessera_role()) = ''manager'') '
                       'WITH CHECK ((SELECT tessera_role()) = ''manager'')', t);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO PUBLIC', t);
    END LOOP;
    FOR t IN SELECT unnest(ARRAY['annotations', 'layer_annotations']) LOOP
        -- Writes only (INSERT, UPDATE, DELETE): reads are tessera_read's, so that a read never
        -- asks per row whether the asset is assigned.
        EXECUTE format('DROP POLICY IF EXISTS tessera_annotate ON %I', t);
        EXECUTE format('CREATE POLICY tessera_annotate ON %I FOR INSERT WITH CHECK '
                       '((SELECT tessera_role()) = ''reviewer'' OR ((SELECT tessera_role()) = '
                       '''annotator'' AND tessera_assigned(asset_id)))', t);
        EXECUTE format('DROP POLICY IF EXISTS tessera_annotate_update ON %I', t);
        EXECUTE format('CREATE POLICY tessera_annotate_update ON %I FOR UPDATE USING '
                       '((SELECT tessera_role()) = ''reviewer'' OR ((SELECT tessera_role()) = '
                       '''annotator'' AND tessera_assigned(asset_id))) WITH CHECK '
                       '((SELECT tessera_role()) = ''reviewer'' OR ((SELECT tessera_role()) = '
                       '''annotator'' AND tessera_assigned(asset_id)))', t);
        EXECUTE format('DROP POLICY IF EXISTS tessera_annotate_delete ON %I', t);
        EXECUTE format('CREATE POLICY tessera_annotate_delete ON %I FOR DELETE USING '
                       '((SELECT tessera_role()) = ''reviewer'' OR ((SELECT tessera_role()) = '
                       '''annotator'' AND tessera_assigned(asset_id)))', t);
        EXECUTE format('CREATE OR REPLACE TRIGGER tessera_sign BEFORE INSERT OR UPDATE ON %I '
                       'FOR EACH ROW EXECUTE FUNCTION tessera_sign()', t);
    END LOOP;
END $$;
GRANT SELECT ON tessera_schema, tessera_server TO PUBLIC;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO PUBLIC;
DROP POLICY IF EXISTS tessera_work ON assets;
CREATE POLICY tessera_work ON assets FOR UPDATE
    USING ((SELECT tessera_role()) = 'reviewer'
           OR ((SELECT tessera_role()) = 'annotator' AND tessera_assigned(id)))
    WITH CHECK ((SELECT tessera_role()) = 'reviewer'
                OR ((SELECT tessera_role()) = 'annotator' AND tessera_assigned(id)));
DROP POLICY IF EXISTS tessera_review ON reviews;
CREATE POLICY tessera_review ON reviews FOR INSERT WITH CHECK (reviewer = session_user AND (
    ((SELECT tessera_role()) = 'reviewer' AND (status <> 3 OR NOT tessera_authored(asset_id)))
    OR ((SELECT tessera_role()) = 'annotator' AND status IN (1, 2)
        AND tessera_assigned(asset_id))));
DROP POLICY IF EXISTS tessera_discuss ON comments;
CREATE POLICY tessera_discuss ON comments
    USING ((SELECT tessera_role()) = 'reviewer' OR author = session_user)
    WITH CHECK ((SELECT tessera_role()) IS NOT NULL AND author = session_user);
DROP POLICY IF EXISTS tessera_lease ON leases;
CREATE POLICY tessera_lease ON leases FOR INSERT
    WITH CHECK (login = session_user AND (SELECT tessera_role()) IS NOT NULL);
DROP POLICY IF EXISTS tessera_lease_update ON leases;
CREATE POLICY tessera_lease_update ON leases FOR UPDATE
    USING (login = session_user OR until < (extract(epoch FROM clock_timestamp()) * 1000)::bigint)
    WITH CHECK (login = session_user);
DROP POLICY IF EXISTS tessera_lease_delete ON leases;
CREATE POLICY tessera_lease_delete ON leases FOR DELETE
    USING (login = session_user OR until < (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
DROP POLICY IF EXISTS tessera_record ON audit_log;
CREATE POLICY tessera_record ON audit_log FOR INSERT
    WITH CHECK ((SELECT tessera_role()) IS NOT NULL);
DROP POLICY IF EXISTS tessera_read ON gold_references;
CREATE POLICY tessera_read ON gold_references FOR SELECT
    USING ((SELECT tessera_role()) IN ('reviewer', 'manager'));
-- What an annotator reads: the assets assigned to it (its queue); of others' work, nothing on
-- an asset that is gold (its history holds the reference: the annotations the marking removed)
-- or that it shares with another annotator (overlap for agreement: each labels it blind). Its
-- own rows it always reads. IN and NOT IN over uncorrelated subqueries are hashed once per
-- statement: one lookup per row. PL/pgSQL keeps the functions' plans for the session (an SQL
-- function that cannot be inlined is planned again in every statement: +3 ms per edit).
CREATE OR REPLACE FUNCTION tessera_my_assets() RETURNS SETOF BIGINT LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS
    $$ BEGIN RETURN QUERY SELECT asset_id FROM assignments WHERE login = session_user; END $$;
CREATE OR REPLACE FUNCTION tessera_blind_assets() RETURNS SETOF BIGINT LANGUAGE plpgsql STABLE
    SECURITY DEFINER SET search_path FROM CURRENT AS $$ BEGIN RETURN QUERY
    SELECT asset_id FROM gold_references
    UNION ALL
    SELECT a.asset_id FROM assignments a WHERE a.login = session_user AND EXISTS
        (SELECT 1 FROM assignments o WHERE o.asset_id = a.asset_id AND o.login <> a.login);
    END $$;
DROP POLICY IF EXISTS tessera_read ON assets;
CREATE POLICY tessera_read ON assets FOR SELECT USING (
    (SELECT tessera_role()) IN ('reviewer', 'manager')
    OR ((SELECT tessera_role()) = 'annotator' AND id IN (SELECT tessera_my_assets())));
DO $$
DECLARE t TEXT;
BEGIN
    FOR t IN SELECT unnest(ARRAY['annotations', 'layer_annotations', 'audit_log']) LOOP
        EXECUTE format('DROP POLICY IF EXISTS tessera_read ON %I', t);
        EXECUTE format('CREATE POLICY tessera_read ON %I FOR SELECT USING ('
                       '(SELECT tessera_role()) IN (''reviewer'', ''manager'') '
                       'OR ((SELECT tessera_role()) = ''annotator'' AND (author = session_user '
                       'OR asset_id IS NULL OR asset_id NOT IN (SELECT tessera_blind_assets()))))',
                       t);
    END LOOP;
END $$;
INSERT INTO team_members (login, role) VALUES (session_user, 'manager')
    ON CONFLICT (login) DO NOTHING;
)SQL";

} // namespace

int latestLevel()
{
    return level;
}

QString installSql()
{
    // The rights first: they make the tables (assignments) that live updates watch too.
    return QStringLiteral("CREATE TABLE IF NOT EXISTS tessera_server (extras INTEGER NOT NULL);")
           + QString::fromUtf8(rightsSql) + liveUpdatesSql()
           + QStringLiteral("DELETE FROM tessera_server; INSERT INTO tessera_server VALUES (%1);")
                     .arg(level);
}

QStringList serverOnlyTables()
{
    return {QStringLiteral("tessera_server"), QStringLiteral("team_members"),
            QStringLiteral("assignments"), QStringLiteral("leases")};
}

QStringList roles()
{
    return {QStringLiteral("annotator"), QStringLiteral("reviewer"), QStringLiteral("manager")};
}

bool setMember(PgDatabase &db, const QString &login, const QString &role, QString *error)
{
    PgStatement *q = role.isEmpty()
                             ? db.prepare("DELETE FROM team_members WHERE login = ?")
                             : db.prepare("INSERT INTO team_members (login, role) VALUES (?, ?) "
                                          "ON CONFLICT (login) DO UPDATE SET role = excluded.role");
    if (q) {
        q->bind(1, login);
        if (!role.isEmpty())
            q->bind(2, role);
    }
    // Row-level security turns a refused delete into no rows: said as a refusal, not success.
    if (!q || !q->exec() || (role.isEmpty() && q->changes() == 0)) {
        *error = q && db.errorString().isEmpty() ? ExtrasText::tr("%1 is not a member").arg(login)
                                                 : db.errorString();
        return false;
    }
    return true;
}

std::optional<int> assign(PgDatabase &db, const QString &login, const QList<qint64> &assets,
                          QString *error)
{
    return assign(db, QMap<QString, QList<qint64>>{{login, assets}}, error);
}

std::optional<int> assign(PgDatabase &db, const QMap<QString, QList<qint64>> &work, QString *error)
{
    PgStatement *member = db.prepare("SELECT 1 FROM team_members WHERE login = ?");
    for (auto it = work.cbegin(); it != work.cend(); ++it) {
        if (!member || !member->bind(1, it.key()).step()) {
            *error = member && db.errorString().isEmpty()
                             ? ExtrasText::tr("%1 is not a member of the project: make it one "
                                              "first (tessera-cli server member URL %1 annotator)")
                                       .arg(it.key())
                             : db.errorString();
            return std::nullopt;
        }
        member->reset();
    }
    PgStatement *q = db.prepare("INSERT INTO assignments (asset_id, login) VALUES (?, ?) "
                                "ON CONFLICT DO NOTHING");
    if (!q || !db.exec(QStringLiteral("BEGIN"))) {
        *error = db.errorString();
        return std::nullopt;
    }
    int added = 0;
    for (auto it = work.cbegin(); it != work.cend(); ++it) {
        for (const qint64 asset : it.value()) {
            if (!q->bind(1, asset).bind(2, it.key()).exec()) {
                *error = db.errorString();
                db.exec(QStringLiteral("ROLLBACK"));
                return std::nullopt;
            }
            added += int(q->changes());
        }
    }
    if (!db.exec(QStringLiteral("COMMIT"))) {
        *error = db.errorString();
        return std::nullopt;
    }
    return added;
}

QSet<qint64> assignedAssets(ProjectStore &project)
{
    QSet<qint64> out;
    if (!project.isServer())
        return out;
    Statement *q = project.database().prepare("SELECT DISTINCT asset_id FROM assignments");
    while (q && q->step())
        out.insert(q->int64(0));
    return out;
}

std::optional<int> assign(ProjectStore &project, const QMap<QString, QList<qint64>> &work,
                          QString *error)
{
    if (!project.isServer()) {
        *error = ExtrasText::tr("%1 is a project file: assignments are a server project's")
                         .arg(project.location().display());
        return std::nullopt;
    }
    return assign(static_cast<PgDatabase &>(project.database()), work, error);
}

QMap<qint64, QStringList> sharedAssignments(ProjectStore &project)
{
    QMap<qint64, QStringList> out;
    if (!project.isServer())
        return out;
    Statement *q = project.database().prepare(
            "SELECT asset_id, login FROM assignments WHERE asset_id IN "
            "(SELECT asset_id FROM assignments GROUP BY asset_id "
            "HAVING count(*) > 1) ORDER BY asset_id, login");
    while (q && q->step())
        out[q->int64(0)].append(q->text(1));
    return out;
}

} // namespace Tessera::ServerExtras
