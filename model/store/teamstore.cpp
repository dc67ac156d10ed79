// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "teamstore.h"

#include "geometrycodec.h"
#include "projectstore.h"
#include "sqldialect.h"
#include "storerows.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace Tessera {

namespace {

QString issuesToText(const BaseIssues &issues)
{
    QJsonObject ids, resolved;
    for (auto it = issues.originIds.cbegin(); it != issues.originIds.cend(); ++it)
        ids.insert(QString::number(it.key()), it.value());
    for (auto it = issues.resolved.cbegin(); it != issues.resolved.cend(); ++it)
        resolved.insert(QString::number(it.key()), it.value());
    return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("ids"), ids},
                                                       {QStringLiteral("resolved"), resolved}})
                                     .toJson(QJsonDocument::Compact));
}

} // namespace

TeamStore::TeamStore(ProjectStore &store)
    : m_store(store)
{}

QString TeamStore::errorString() const
{
    return m_store.errorString();
}

QByteArray TeamStore::contentHash(const Annotation &a)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    const qint64 head[]
            = {qint64(a.kind), a.labelId, a.start, a.end, a.sourceId, a.targetId, a.z, a.groupId};
    h.addData(QByteArrayView(reinterpret_cast<const char *>(head), sizeof head));
    h.addData(GeometryCodec::encode(a));
    // The data object without the keys that say who accepted what when (provenance, not content).
    h.addData(StoreRows::compactJson(a.data).toUtf8());
    return h.result();
}

bool TeamStore::recordSplit(SplitRecord &record, const QHash<qint64, SplitAsset> &assets)
{
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    Database &db = m_store.database();
    record.createdBy = m_store.author();
    record.createdAt = ProjectStore::now();
    record.maxAnnotationId
            = db.queryInt("SELECT coalesce(max(id), 0) FROM annotations").value_or(0);
    record.maxCommentId = db.queryInt("SELECT coalesce(max(id), 0) FROM comments").value_or(0);
    record.maxReviewId = lastReviewId();
    Statement *s = db.prepare(
            "INSERT INTO splits (id, annotator, created_by, created_at, max_annotation_id, "
            "max_comment_id, max_review_id, issues) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    Statement *a = db.prepare(
            "INSERT INTO split_assets (split_id, asset_id, role, status) VALUES (?, ?, ?, ?)");
    if (!s || !a)
        return m_store.fail(QStringLiteral("Could not record the split"));
    BaseIssues issues;
    QHash<qint64, BaseAnnotation> base;
    for (auto it = assets.cbegin(); it != assets.cend(); ++it) {
        if (it->role != SplitRole::Own)
            continue;
        for (const Annotation &x : m_store.annotations(it.key()))
            base.insert(x.id, {x.assetId, x.id, contentHash(x)});
        Statement *c = db.prepare(
                "SELECT id, resolved FROM comments WHERE asset_id = ? AND parent_id IS NULL");
        if (!c)
            return m_store.fail(QStringLiteral("Could not record the split"));
        c->bind(1, it.key());
        while (c->step()) {
            issues.originIds.insert(c->int64(0), c->int64(0));
            issues.resolved.insert(c->int64(0), c->int64(1) != 0);
        }
        c->reset();
    }
    s->bind(1, record.id).bind(2, record.annotator).bind(3, record.createdBy);
    s->bind(4, record.createdAt).bind(5, record.maxAnnotationId).bind(6, record.maxCommentId);
    s->bind(7, record.maxReviewId).bind(8, issuesToText(issues));
    if (!s->exec())
        return m_store.fail(QStringLiteral("Could not record the split"));
    for (auto it = assets.cbegin(); it != assets.cend(); ++it)
        if (!a->bind(1, record.id)
                     .bind(2, it.key())
                     .bind(3, int(it->role))
                     .bind(4, int(it->status))
                     .exec())
            return m_store.fail(QStringLiteral("Could not record the split"));
    if (!writeBase(record.id, base))
        return m_store.fail(QStringLiteral("Could not record the split"));
    if (!m_store.audit(QStringLiteral("team-split"), 0, 0, QString(),
                       QStringLiteral("%1: %2 assets for %3")
                               .arg(record.id)
                               .arg(assets.size())
                               .arg(record.annotator)))
        return false;
    return t.commit();
}

bool TeamStore::writeBase(const QString &splitId, const QHash<qint64, BaseAnnotation> &base)
{
    Statement *b = m_store.database().prepare(
            "INSERT INTO split_base (split_id, annotation_id, asset_id, origin_id, hash) "
            "VALUES (?, ?, ?, ?, ?) ON CONFLICT (split_id, annotation_id) DO UPDATE SET "
            "asset_id = excluded.asset_id, origin_id = excluded.origin_id, hash = excluded.hash");
    if (!b)
        return false;
    for (auto it = base.cbegin(); it != base.cend(); ++it)
        if (!b->bind(1, splitId)
                     .bind(2, it.key())
                     .bind(3, it->assetId)
                     .bind(4, it->originId)
                     .bindBlob(5, it->hash)
                     .exec())
            return false;
    return true;
}

std::optional<SplitRecord> TeamStore::split(const QString &id)
{
    for (const SplitRecord &r : splits())
        if (r.id == id)
            return r;
    return std::nullopt;
}

QList<SplitRecord> TeamStore::splits()
{
    QList<SplitRecord> result;
    Statement *q = m_store.database().prepare(
            "SELECT id, annotator, created_by, created_at, max_annotation_id, max_comment_id, "
            "max_review_id, coalesce(merged_at, 0) FROM splits ORDER BY created_at, annotator");
    if (!q)
        return result;
    while (q->step())
        result.append({q->text(0), q->text(1), q->text(2), q->int64(3), q->int64(4), q->int64(5),
                       q->int64(6), q->int64(7)});
    q->reset();
    return result;
}

QHash<qint64, SplitAsset> TeamStore::splitAssets(const QString &id)
{
    QHash<qint64, SplitAsset> result;
    Statement *q = m_store.database().prepare(
            "SELECT asset_id, role, status FROM split_assets WHERE split_id = ?");
    if (!q)
        return result;
    q->bind(1, id);
    while (q->step())
        result.insert(q->int64(0), {SplitRole(q->int64(1)), ReviewStatus(q->int64(2))});
    q->reset();
    return result;
}

QHash<qint64, BaseAnnotation> TeamStore::base(const QString &id)
{
    QHash<qint64, BaseAnnotation> result;
    Statement *q = m_store.database().prepare(
            "SELECT annotation_id, asset_id, origin_id, hash FROM split_base WHERE split_id = ?");
    if (!q)
        return result;
    q->bind(1, id);
    while (q->step())
        result.insert(q->int64(0), {q->int64(1), q->int64(2), q->blob(3)});
    q->reset();
    return result;
}

BaseIssues TeamStore::baseIssues(const QString &id)
{
    BaseIssues result;
    Statement *q = m_store.database().prepare("SELECT issues FROM splits WHERE id = ?");
    if (!q)
        return result;
    q->bind(1, id);
    if (q->step()) {
        const QJsonObject o = StoreRows::parseObject(q->text(0));
        const QJsonObject ids = o.value(QLatin1String("ids")).toObject();
        for (auto it = ids.begin(); it != ids.end(); ++it)
            result.originIds.insert(it.key().toLongLong(), it.value().toInteger());
        const QJsonObject resolved = o.value(QLatin1String("resolved")).toObject();
        for (auto it = resolved.begin(); it != resolved.end(); ++it)
            result.resolved.insert(it.key().toLongLong(), it.value().toBool());
    }
    q->reset();
    return result;
}

bool TeamStore::updateAfterMerge(const SplitRecord &record, const QHash<qint64, SplitAsset> &assets,
                                 const QHash<qint64, BaseAnnotation> &base,
                                 const BaseIssues &issues)
{
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    Database &db = m_store.database();
    Statement *s = db.prepare("UPDATE splits SET max_review_id = ?, issues = ?, "
                              "merged_at = ? WHERE id = ?");
    Statement *a
            = db.prepare("UPDATE split_assets SET status = ? WHERE split_id = ? AND asset_id = ?");
    Statement *d = db.prepare("DELETE FROM split_base WHERE split_id = ? AND asset_id = ?");
    if (!s || !a || !d)
        return m_store.fail(QStringLiteral("Could not record the merge"));
    s->bind(1, record.maxReviewId).bind(2, issuesToText(issues)).bind(3, ProjectStore::now());
    s->bind(4, record.id);
    if (!s->exec())
        return m_store.fail(QStringLiteral("Could not record the merge"));
    for (auto it = assets.cbegin(); it != assets.cend(); ++it) {
        if (!a->bind(1, int(it->status)).bind(2, record.id).bind(3, it.key()).exec())
            return m_store.fail(QStringLiteral("Could not record the merge"));
        if (it->role == SplitRole::Own && !d->bind(1, record.id).bind(2, it.key()).exec())
            return m_store.fail(QStringLiteral("Could not record the merge"));
    }
    if (!writeBase(record.id, base))
        return m_store.fail(QStringLiteral("Could not record the merge"));
    return t.commit();
}

bool TeamStore::setStatus(qint64 assetId, ReviewStatus status)
{
    Statement *u = m_store.database().prepare(
            "UPDATE assets SET status = ?, version = version + 1 WHERE id = ?");
    if (!u || !u->bind(1, int(status)).bind(2, assetId).exec())
        return m_store.fail(QStringLiteral("Could not set the status of asset %1").arg(assetId));
    return true;
}

bool TeamStore::appendReview(const ReviewEntry &e)
{
    Statement *r = m_store.database().prepare(
            "INSERT INTO reviews (asset_id, status, reviewer, reason, at) VALUES (?, ?, ?, ?, ?)");
    if (!r
        || !r->bind(1, e.assetId)
                    .bind(2, int(e.status))
                    .bind(3, e.reviewer)
                    .bind(4, e.reason.isEmpty() ? QString() : e.reason)
                    .bind(5, e.at)
                    .exec())
        return m_store.fail(QStringLiteral("Could not record the review"));
    return true;
}

bool TeamStore::insertComment(Comment &c)
{
    return StoreRows::insertComment(m_store.database(), c)
           || m_store.fail(QStringLiteral("Could not add the comment"));
}

bool TeamStore::setIssueResolved(qint64 issueId, bool resolved)
{
    Statement *q = m_store.database().prepare("UPDATE comments SET resolved = ? WHERE id = ?");
    if (!q || !q->bind(1, resolved ? 1 : 0).bind(2, issueId).exec())
        return m_store.fail(QStringLiteral("Could not update issue %1").arg(issueId));
    return true;
}

qint64 TeamStore::lastReviewId()
{
    return m_store.database().queryInt("SELECT coalesce(max(id), 0) FROM reviews").value_or(0);
}

bool TeamStore::reduceToBundle(const QList<qint64> &keep, const QList<qint64> &gold)
{
    Database &db = m_store.database();
    if (!db.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS keep (id INTEGER PRIMARY KEY);"
                                "CREATE TEMP TABLE IF NOT EXISTS gold (id INTEGER PRIMARY KEY);"
                                "DELETE FROM temp.keep; DELETE FROM temp.gold;")))
        return m_store.fail(QStringLiteral("Could not prepare the bundle"));
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    Statement *k = db.prepare("INSERT INTO temp.keep VALUES (?)");
    Statement *g = db.prepare("INSERT INTO temp.gold VALUES (?)");
    bool ok = k && g;
    for (qint64 id : keep)
        ok = ok && k->bind(1, id).exec();
    for (qint64 id : gold)
        ok = ok && g->bind(1, id).exec();
    // The audit log is append-only in a project. In this copy the history of assets that are
    // not handed out, and of gold assets (it holds their reference), goes: the trigger that
    // guards it is dropped for that one delete and made again as the schema has it.
    const QString appendOnly = SqlDialect::expand(QStringLiteral(
            "CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN %APPEND_ONLY%; "
            "END;"));
    ok = ok
         && db.exec(QStringLiteral(
                 "DELETE FROM assets WHERE id NOT IN (SELECT id FROM temp.keep);"
                 "DELETE FROM annotations WHERE asset_id IN (SELECT id FROM temp.gold);"
                 "DELETE FROM gold_references;"
                 "DELETE FROM layer_annotations; DELETE FROM splits;"
                 "DROP TRIGGER audit_log_no_delete;"
                 "DELETE FROM audit_log WHERE asset_id IS NOT NULL AND (asset_id NOT IN "
                 "(SELECT id FROM temp.keep) OR asset_id IN (SELECT id FROM temp.gold));"))
         && db.exec(appendOnly);
    if (!ok)
        return m_store.fail(QStringLiteral("Could not prepare the bundle"));
    return t.commit();
}

} // namespace Tessera
