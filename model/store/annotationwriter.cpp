// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "annotationwriter.h"

#include "core/jsonconvert.h"
#include "geometrycodec.h"
#include "storerows.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonObject>

#include <algorithm>

namespace Tessera {

using namespace StoreRows;

AnnotationWriter::AnnotationWriter(ProjectStore &store)
    : m_store(store)
{}

bool AnnotationWriter::add(QList<Annotation> &annotations, ProjectStore::AuditDetail detail)
{
    if (annotations.isEmpty())
        return true;
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    const qint64 at = ProjectStore::now();
    const QByteArray author = m_store.m_author.toUtf8();
    for (Annotation &a : annotations) {
        if (const QString problem = geometryProblem(a); !problem.isEmpty()) {
            m_store.m_error = QStringLiteral("%1: an annotation on asset %2 is refused: %3")
                                      .arg(QDir::toNativeSeparators(m_store.m_path))
                                      .arg(a.assetId)
                                      .arg(problem);
            return false;
        }
        fillProvenance(a, m_store.m_author, at);
    }
    // Rows go in by multi-row INSERTs of up to 64: one statement run per row costs SQLite as much
    // again as the row itself (cursors, AUTOINCREMENT bookkeeping). Rows that bring their own id
    // (redo) are not mixed with new ones, so that new ids within a statement are consecutive.
    constexpr int columns = 17;
    constexpr qsizetype rowsPerStatement = 64;
    for (qsizetype start = 0; start < annotations.size();) {
        const bool explicitIds = annotations[start].id != 0;
        qsizetype count = 1;
        while (count < rowsPerStatement && start + count < annotations.size()
               && (annotations[start + count].id != 0) == explicitIds)
            ++count;
        QByteArray sql = QByteArray("INSERT INTO annotations (") + annotationColumns + ") VALUES ";
        for (qsizetype i = 0; i < count; ++i)
            sql += i ? ",(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                     : "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
        // On a server other clients draw ids from the same sequence at the same time: the new
        // ids of one statement need not be consecutive, so they are read back.
        const bool returning = !explicitIds && m_store.m_db->isPostgreSql();
        if (returning)
            sql += " RETURNING id";
        Statement *q = m_store.m_db->prepare(sql);
        if (!q)
            return m_store.fail(QStringLiteral("Could not prepare the annotation insert"));
        for (qsizetype i = 0; i < count; ++i)
            bindAnnotation(*q, int(i) * columns, annotations[start + i], m_store.m_author, author);
        if (returning) {
            qsizetype i = 0;
            while (q->step())
                if (i < count)
                    annotations[start + i++].id = q->int64(0);
            q->reset();
            if (i != count)
                return m_store.fail(QStringLiteral("Could not store an annotation of asset %1")
                                            .arg(annotations[start].assetId));
        } else if (!q->exec()) {
            return m_store.fail(QStringLiteral("Could not store an annotation of asset %1")
                                        .arg(annotations[start].assetId));
        }
        if (!explicitIds && !returning) {
            const qint64 last = m_store.m_db->lastInsertId();
            for (qsizetype i = 0; i < count; ++i)
                annotations[start + i].id = last - count + 1 + i;
        }
        start += count;
    }
    if (detail == ProjectStore::AuditDetail::PerAnnotation) {
        for (const Annotation &a : std::as_const(annotations)) {
            if (!m_store.audit(QStringLiteral("add-annotation"), a.assetId, a.id, QString(),
                               compactJson(Json::toJson(a))))
                return false;
        }
    } else if (detail == ProjectStore::AuditDetail::Summary) {
        QJsonObject after;
        after[QStringLiteral("count")] = annotations.size();
        after[QStringLiteral("first")] = annotations.constFirst().id;
        after[QStringLiteral("last")] = annotations.constLast().id;
        if (!m_store.audit(QStringLiteral("add-annotations"), 0, 0, QString(), compactJson(after)))
            return false;
    }
    return t.commit();
}

bool AnnotationWriter::conflict(const Annotation &current, bool removing)
{
    m_store.m_conflict = true;
    const QString when = QDateTime::fromMSecsSinceEpoch(current.provenance.modifiedAt)
                                 .toString(QStringLiteral("HH:mm:ss"));
    // The annotation keeps who drew it; who changed it last is in the audit log.
    QString who = current.provenance.author;
    if (Statement *q = m_store.m_db->prepare("SELECT author FROM audit_log WHERE annotation_id = ? "
                                             "ORDER BY id DESC LIMIT 1")) {
        if (q->bind(1, current.id).step())
            who = q->text(0);
        q->reset();
    }
    m_store.m_error
            = (removing ? StoreText::tr("%1: annotation %2 was changed by %3 at %4 before your "
                                        "removal reached it; it was not removed, and the asset "
                                        "shows it as it is now")
                        : StoreText::tr("%1: annotation %2 was changed by %3 at %4 while you "
                                        "edited it; your edit was not stored, and the asset "
                                        "shows it as it is now"))
                      .arg(m_store.m_path)
                      .arg(current.id)
                      .arg(who, when);
    return false;
}

bool AnnotationWriter::update(QList<Annotation> &annotations,
                              const ProjectStore::SeenVersions &seen)
{
    m_store.m_conflict = false;
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    const qint64 at = ProjectStore::now();
    for (Annotation &a : annotations) {
        const std::optional<Annotation> before = m_store.annotation(a.id);
        if (!before) {
            if (seen.contains(a.id)) {
                m_store.m_conflict = true;
                m_store.m_error
                        = StoreText::tr("%1: annotation %2 was removed by someone else; your edit "
                                        "was not stored")
                                  .arg(m_store.m_path)
                                  .arg(a.id);
                return false;
            }
            m_store.m_error = QStringLiteral("No annotation with id %1").arg(a.id);
            return false;
        }
        if (const QString problem = geometryProblem(a); !problem.isEmpty()) {
            m_store.m_error = QStringLiteral("%1: annotation %2 is refused: %3")
                                      .arg(QDir::toNativeSeparators(m_store.m_path))
                                      .arg(a.id)
                                      .arg(problem);
            return false;
        }
        const auto expected = seen.constFind(a.id);
        if (expected != seen.cend() && *expected != before->provenance.modifiedAt)
            return conflict(*before, false);
        // The new version: now, but always above the old one, also within one millisecond.
        const qint64 version = std::max(at, before->provenance.modifiedAt + 1);
        a.provenance.modifiedAt = version;
        // The row is changed only if it still is the version read above: on a server another
        // client may have changed it between that read and this write.
        Statement *q = m_store.m_db->prepare(
                "UPDATE annotations SET label_id = ?, kind = ?, geometry = ?, source_id = ?, "
                "target_id = ?, z = ?, group_id = ?, data = ?, origin = ?, author = ?, "
                "created_at = ?, modified_at = ?, model_id = ?, model_version = ?, score = ? "
                "WHERE id = ? AND modified_at = ?");
        if (!q)
            return m_store.fail(QStringLiteral("Could not prepare the annotation update"));
        q->bindId(1, a.labelId).bind(2, int(a.kind)).bindBlob(3, GeometryCodec::encode(a));
        q->bindId(4, a.sourceId).bindId(5, a.targetId).bind(6, a.z).bindId(7, a.groupId);
        q->bind(8, compactJson(a.data)).bind(9, int(a.provenance.origin));
        q->bind(10, a.provenance.author).bind(11, a.provenance.createdAt).bind(12, version);
        q->bind(13, a.provenance.modelId.isEmpty() ? QString() : a.provenance.modelId);
        q->bind(14, a.provenance.modelVersion.isEmpty() ? QString() : a.provenance.modelVersion);
        q->bindOptional(15, a.provenance.score).bind(16, a.id);
        q->bind(17, before->provenance.modifiedAt);
        if (!q->exec())
            return m_store.fail(QStringLiteral("Could not update annotation %1").arg(a.id));
        if (m_store.m_db->changes() != 1) {
            const std::optional<Annotation> now = m_store.annotation(a.id);
            return now ? conflict(*now, false)
                       : m_store.fail(QStringLiteral("Could not update annotation %1").arg(a.id));
        }
        if (!m_store.audit(QStringLiteral("update-annotation"), a.assetId, a.id,
                           compactJson(Json::toJson(*before)), compactJson(Json::toJson(a))))
            return false;
    }
    return t.commit();
}

bool AnnotationWriter::remove(const QList<qint64> &ids, const ProjectStore::SeenVersions &seen)
{
    m_store.m_conflict = false;
    ProjectStore::Transaction t(m_store);
    if (!t.ok())
        return false;
    for (qint64 id : ids) {
        const std::optional<Annotation> before = m_store.annotation(id);
        if (!before) {
            m_store.m_error = QStringLiteral("No annotation with id %1").arg(id);
            return false;
        }
        const auto expected = seen.constFind(id);
        if (expected != seen.cend() && *expected != before->provenance.modifiedAt)
            return conflict(*before, true);
        Statement *q
                = m_store.m_db->prepare("DELETE FROM annotations WHERE id = ? AND modified_at = ?");
        if (!q || !q->bind(1, id).bind(2, before->provenance.modifiedAt).exec())
            return m_store.fail(QStringLiteral("Could not remove annotation %1").arg(id));
        if (m_store.m_db->changes() != 1) {
            const std::optional<Annotation> now = m_store.annotation(id);
            return now ? conflict(*now, true)
                       : m_store.fail(QStringLiteral("Could not remove annotation %1").arg(id));
        }
        if (!m_store.audit(QStringLiteral("remove-annotation"), before->assetId, id,
                           compactJson(Json::toJson(*before)), QString()))
            return false;
    }
    return t.commit();
}

} // namespace Tessera
