// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "jsonconvert.h"

#include <QJsonArray>

namespace Tessera::Json {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

} // namespace

QJsonObject toJson(const Annotation &a)
{
    QJsonObject o;
    o[key("id")] = a.id;
    o[key("asset")] = a.assetId;
    if (a.labelId)
        o[key("label")] = a.labelId;
    o[key("kind")] = annotationKindName(a.kind);
    if (!a.points.isEmpty()) {
        QJsonArray points;
        for (const QPointF &p : a.points) {
            points.append(p.x());
            points.append(p.y());
        }
        o[key("points")] = points;
    }
    if (a.rotation != 0.0)
        o[key("rotation")] = a.rotation;
    if (!a.visibility.isEmpty()) {
        QJsonArray vis;
        for (int v : a.visibility)
            vis.append(v);
        o[key("visibility")] = vis;
    }
    if (!a.maskRect.isNull() || !a.maskRuns.isEmpty()) {
        o[key("maskRect")] = QJsonArray{a.maskRect.x(), a.maskRect.y(), a.maskRect.width(),
                                        a.maskRect.height()};
        QJsonArray runs;
        for (quint32 r : a.maskRuns)
            runs.append(qint64(r));
        o[key("maskRuns")] = runs;
    }
    if (a.kind == AnnotationKind::Span) {
        o[key("start")] = a.start;
        o[key("end")] = a.end;
    }
    if (a.sourceId)
        o[key("source")] = a.sourceId;
    if (a.targetId)
        o[key("target")] = a.targetId;
    if (a.z)
        o[key("z")] = a.z;
    if (a.groupId)
        o[key("group")] = a.groupId;
    if (!a.data.isEmpty())
        o[key("data")] = a.data;
    QJsonObject p;
    p[key("origin")] = originName(a.provenance.origin);
    p[key("author")] = a.provenance.author;
    p[key("created")] = a.provenance.createdAt;
    p[key("modified")] = a.provenance.modifiedAt;
    if (!a.provenance.modelId.isEmpty())
        p[key("model")] = a.provenance.modelId;
    if (!a.provenance.modelVersion.isEmpty())
        p[key("modelVersion")] = a.provenance.modelVersion;
    if (a.provenance.score)
        p[key("score")] = *a.provenance.score;
    o[key("provenance")] = p;
    return o;
}

std::optional<Annotation> annotationFromJson(const QJsonObject &o, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Annotation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    Annotation a;
    const auto kind = annotationKindFromName(o.value(key("kind")).toString());
    if (!kind)
        return fail(QStringLiteral("unknown annotation kind \"%1\"")
                            .arg(o.value(key("kind")).toString()));
    a.kind = *kind;
    a.id = o.value(key("id")).toInteger();
    a.assetId = o.value(key("asset")).toInteger();
    a.labelId = o.value(key("label")).toInteger();
    const QJsonArray points = o.value(key("points")).toArray();
    if (points.size() % 2)
        return fail(QStringLiteral("points must hold x,y pairs"));
    for (qsizetype i = 0; i + 1 < points.size(); i += 2)
        a.points.append(QPointF(points[i].toDouble(), points[i + 1].toDouble()));
    a.rotation = o.value(key("rotation")).toDouble();
    for (const QJsonValue &v : o.value(key("visibility")).toArray())
        a.visibility.append(v.toInt());
    const QJsonArray rect = o.value(key("maskRect")).toArray();
    if (rect.size() == 4)
        a.maskRect = QRect(rect[0].toInt(), rect[1].toInt(), rect[2].toInt(), rect[3].toInt());
    for (const QJsonValue &v : o.value(key("maskRuns")).toArray())
        a.maskRuns.append(quint32(v.toInteger()));
    a.start = o.value(key("start")).toInteger();
    a.end = o.value(key("end")).toInteger();
    a.sourceId = o.value(key("source")).toInteger();
    a.targetId = o.value(key("target")).toInteger();
    a.z = o.value(key("z")).toInt();
    a.groupId = o.value(key("group")).toInteger();
    a.data = o.value(key("data")).toObject();
    const QJsonObject p = o.value(key("provenance")).toObject();
    const QString origin = p.value(key("origin")).toString(QStringLiteral("human"));
    if (origin == QLatin1String("prelabel"))
        a.provenance.origin = Origin::Prelabel;
    else if (origin == QLatin1String("import"))
        a.provenance.origin = Origin::Import;
    else if (origin == QLatin1String("assist"))
        a.provenance.origin = Origin::Assist;
    a.provenance.author = p.value(key("author")).toString();
    a.provenance.createdAt = p.value(key("created")).toInteger();
    a.provenance.modifiedAt = p.value(key("modified")).toInteger();
    a.provenance.modelId = p.value(key("model")).toString();
    a.provenance.modelVersion = p.value(key("modelVersion")).toString();
    if (p.contains(key("score")))
        a.provenance.score = p.value(key("score")).toDouble();
    return a;
}

QJsonObject toJson(const Label &label)
{
    QJsonObject o;
    o[key("id")] = label.id;
    o[key("name")] = label.name;
    o[key("color")] = label.color.name();
    if (!label.hotkey.isEmpty())
        o[key("hotkey")] = label.hotkey;
    QJsonArray kinds;
    if (label.kinds & ImageKindFlag)
        kinds.append(key("image"));
    if (label.kinds & TextKindFlag)
        kinds.append(key("text"));
    if (label.kinds & ComparisonKindFlag)
        kinds.append(key("comparison"));
    o[key("kinds")] = kinds;
    o[key("order")] = label.sortOrder;
    QJsonArray attributes;
    for (const AttributeDefinition &def : label.attributes) {
        QJsonObject a;
        a[key("name")] = def.name;
        a[key("type")] = attributeTypeName(def.type);
        if (!def.options.isEmpty())
            a[key("options")] = QJsonArray::fromStringList(def.options);
        if (!def.defaultValue.isEmpty())
            a[key("default")] = def.defaultValue;
        attributes.append(a);
    }
    if (!attributes.isEmpty())
        o[key("attributes")] = attributes;
    if (!label.skeleton.isEmpty()) {
        QJsonArray edges;
        for (const auto &[a, b] : label.skeleton.edges)
            edges.append(QJsonArray{a, b});
        o[key("keypoints")] = QJsonArray::fromStringList(label.skeleton.points);
        o[key("edges")] = edges;
    }
    return o;
}

QJsonObject toJson(const Asset &asset)
{
    QJsonObject o;
    o[key("id")] = asset.id;
    o[key("kind")] = assetKindName(asset.kind);
    o[key("name")] = asset.name;
    if (!asset.path.isEmpty())
        o[key("path")] = asset.path;
    if (asset.byteSize)
        o[key("bytes")] = asset.byteSize;
    if (!asset.sha256.isEmpty())
        o[key("sha256")] = asset.sha256;
    if (asset.width || asset.height) {
        o[key("width")] = asset.width;
        o[key("height")] = asset.height;
    }
    o[key("status")] = reviewStatusName(asset.status);
    return o;
}

} // namespace Tessera::Json
