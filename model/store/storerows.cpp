// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "storerows.h"

#include <cmath>

#include "geometrycodec.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Tessera::StoreRows {

QString compactJson(const QJsonObject &object)
{
    if (object.isEmpty())
        return QString();
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parseObject(const QString &text)
{
    if (text.isEmpty())
        return QJsonObject();
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const char *const annotationColumns
        = "id, asset_id, label_id, kind, geometry, source_id, target_id, z, "
          "group_id, data, origin, "
          "author, created_at, modified_at, model_id, model_version, score";

const char *const commentColumns
        = "id, asset_id, annotation_id, author, created_at, body, pin_x, pin_y, resolved, "
          "coalesce(pin_w, 0), coalesce(pin_h, 0), parent_id, span_start, span_end";

const char *const assetColumns = "id, kind, path, name, byte_size, sha256, width, height, status, "
                                 "added_by, added_at, version";

void readAssetRow(Statement &q, Asset &a)
{
    a.id = q.int64(0);
    a.kind = AssetKind(q.int64(1));
    a.path = q.text(2);
    a.name = q.text(3);
    a.byteSize = q.int64(4);
    a.sha256 = q.text(5);
    a.width = int(q.int64(6));
    a.height = int(q.int64(7));
    a.status = ReviewStatus(q.int64(8));
    a.addedBy = q.text(9);
    a.addedAt = q.int64(10);
    a.version = q.int64(11);
}

void readAnnotationRow(Statement &q, Annotation &a)
{
    a.id = q.int64(0);
    a.assetId = q.int64(1);
    a.labelId = q.int64(2);
    a.kind = AnnotationKind(q.int64(3));
    qsizetype size = 0;
    const char *blob = q.blobData(4, &size);
    GeometryCodec::decode(blob, size, a);
    a.sourceId = q.int64(5);
    a.targetId = q.int64(6);
    a.z = int(q.int64(7));
    a.groupId = q.int64(8);
    a.data = q.isNull(9) ? QJsonObject() : parseObject(q.text(9));
    a.provenance.origin = Origin(q.int64(10));
    a.provenance.author = q.text(11);
    a.provenance.createdAt = q.int64(12);
    a.provenance.modifiedAt = q.int64(13);
    a.provenance.modelId = q.text(14);
    a.provenance.modelVersion = q.text(15);
    a.provenance.score = q.isNull(16) ? std::nullopt : std::optional<double>(q.real(16));
}

void bindAnnotation(Statement &q, int base, const Annotation &a, const QString &author,
                    const QByteArray &authorUtf8)
{
    q.bindId(base + 1, a.id).bind(base + 2, a.assetId).bindId(base + 3, a.labelId);
    q.bind(base + 4, int(a.kind)).bindBlob(base + 5, GeometryCodec::encode(a));
    q.bindId(base + 6, a.sourceId).bindId(base + 7, a.targetId);
    q.bind(base + 8, a.z).bindId(base + 9, a.groupId);
    if (a.data.isEmpty())
        q.bindNull(base + 10);
    else
        q.bind(base + 10, compactJson(a.data));
    q.bind(base + 11, int(a.provenance.origin));
    // Batches share one author; binding its UTF-8 once saves a conversion per row.
    if (a.provenance.author == author)
        q.bindUtf8(base + 12, authorUtf8);
    else
        q.bind(base + 12, a.provenance.author);
    q.bind(base + 13, a.provenance.createdAt).bind(base + 14, a.provenance.modifiedAt);
    q.bind(base + 15, a.provenance.modelId.isEmpty() ? QString() : a.provenance.modelId);
    q.bind(base + 16, a.provenance.modelVersion.isEmpty() ? QString() : a.provenance.modelVersion);
    q.bindOptional(base + 17, a.provenance.score);
}

QString geometryProblem(const Annotation &a)
{
    constexpr double limit = 1e8;
    for (const QPointF &p : a.points)
        if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || std::abs(p.x()) > limit
            || std::abs(p.y()) > limit)
            return QStringLiteral("the point (%1, %2) is not a finite coordinate within ±1e8")
                    .arg(p.x())
                    .arg(p.y());
    if (!std::isfinite(a.rotation))
        return QStringLiteral("the rotation is not a finite number");
    if (a.provenance.score && !std::isfinite(*a.provenance.score))
        return QStringLiteral("the score is not a finite number");
    if (std::abs(qint64(a.maskRect.x())) > limit || std::abs(qint64(a.maskRect.y())) > limit
        || a.maskRect.width() > limit || a.maskRect.height() > limit)
        return QStringLiteral("the mask lies beyond ±1e8 px");
    return {};
}

void fillProvenance(Annotation &a, const QString &author, qint64 at)
{
    if (a.provenance.author.isEmpty())
        a.provenance.author = author;
    if (!a.provenance.createdAt)
        a.provenance.createdAt = at;
    if (!a.provenance.modifiedAt)
        a.provenance.modifiedAt = a.provenance.createdAt;
}

QString skeletonToText(const Skeleton &skeleton)
{
    if (skeleton.isEmpty())
        return QString();
    QJsonArray edges;
    for (const auto &[a, b] : skeleton.edges)
        edges.append(QJsonArray{a, b});
    const QJsonObject o{{QStringLiteral("points"), QJsonArray::fromStringList(skeleton.points)},
                        {QStringLiteral("edges"), edges}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

Skeleton skeletonFromText(const QString &text)
{
    Skeleton skeleton;
    if (text.isEmpty())
        return skeleton;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QJsonValue &v : o.value(QStringLiteral("points")).toArray())
        skeleton.points.append(v.toString());
    for (const QJsonValue &v : o.value(QStringLiteral("edges")).toArray()) {
        const QJsonArray pair = v.toArray();
        const int a = pair.at(0).toInt(-1), b = pair.at(1).toInt(-1);
        // Edges naming points that do not exist are dropped rather than drawn to nowhere.
        if (a >= 0 && b >= 0 && a < skeleton.points.size() && b < skeleton.points.size())
            skeleton.edges.append({a, b});
    }
    return skeleton;
}

QList<Label> readLabels(Database &db)
{
    QList<Label> result;
    Statement *q = db.prepare("SELECT id, name, color, hotkey, kinds, sort_order, skeleton, "
                              "coalesce(display_order, sort_order) "
                              "FROM labels ORDER BY sort_order");
    if (!q)
        return result;
    while (q->step()) {
        Label l;
        l.id = q->int64(0);
        l.name = q->text(1);
        l.color = QColor(q->text(2));
        l.hotkey = q->text(3);
        l.kinds = int(q->int64(4));
        l.sortOrder = int(q->int64(5));
        l.skeleton = skeletonFromText(q->text(6));
        l.displayOrder = int(q->int64(7));
        result.append(l);
    }
    q->reset();
    Statement *a = db.prepare("SELECT id, label_id, name, type, options, default_value "
                              "FROM label_attributes ORDER BY label_id, sort_order");
    if (!a)
        return result;
    while (a->step()) {
        const qint64 labelId = a->int64(1);
        for (Label &l : result) {
            if (l.id != labelId)
                continue;
            AttributeDefinition def;
            def.id = a->int64(0);
            def.name = a->text(2);
            def.type = AttributeType(a->int64(3));
            for (const QJsonValue &v : QJsonDocument::fromJson(a->text(4).toUtf8()).array())
                def.options.append(v.toString());
            def.defaultValue = a->text(5);
            l.attributes.append(def);
        }
    }
    a->reset();
    return result;
}

Comment readCommentRow(Statement &q)
{
    Comment c;
    c.id = q.int64(0);
    c.assetId = q.int64(1);
    c.annotationId = q.int64(2);
    c.author = q.text(3);
    c.createdAt = q.int64(4);
    c.body = q.text(5);
    if (!q.isNull(6))
        c.region = QRectF(q.real(6), q.real(7), q.real(9), q.real(10));
    c.resolved = q.int64(8) != 0;
    c.parentId = q.int64(11);
    if (!q.isNull(12)) {
        c.spanStart = q.int64(12);
        c.spanEnd = q.int64(13);
    }
    return c;
}

bool insertComment(Database &db, Comment &c)
{
    Statement *q = db.prepare(
            "INSERT INTO comments (asset_id, annotation_id, parent_id, author, created_at, body, "
            "pin_x, pin_y, pin_w, pin_h, span_start, span_end, resolved) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q)
        return false;
    const QRectF r = c.region.value_or(QRectF());
    auto coordinate = [&](double v) {
        return c.region ? std::optional<double>(v) : std::nullopt;
    };
    q->bind(1, c.assetId).bindId(2, c.annotationId).bindId(3, c.parentId);
    q->bind(4, c.author).bind(5, c.createdAt).bind(6, c.body);
    q->bindOptional(7, coordinate(r.x())).bindOptional(8, coordinate(r.y()));
    q->bindOptional(9, coordinate(r.width())).bindOptional(10, coordinate(r.height()));
    if (c.hasSpan())
        q->bind(11, c.spanStart).bind(12, c.spanEnd);
    else
        q->bindNull(11).bindNull(12);
    q->bind(13, c.resolved ? 1 : 0);
    if (!q->exec())
        return false;
    c.id = db.lastInsertId();
    return true;
}

AuditEntry readAuditRow(Statement &q)
{
    AuditEntry e;
    e.id = q.int64(0);
    e.at = q.int64(1);
    e.author = q.text(2);
    e.action = q.text(3);
    e.assetId = q.int64(4);
    e.annotationId = q.int64(5);
    e.before = q.text(6);
    e.after = q.text(7);
    return e;
}

} // namespace Tessera::StoreRows
