// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectreport.h"

#include "geometrycodec.h"
#include "storerows.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

namespace Tessera::ProjectReport {

ProjectStats stats(Database &db, const QByteArray &annotationFilter)
{
    ProjectStats s;
    if (Statement *q = db.prepare("SELECT kind, count(*) FROM assets GROUP BY kind")) {
        while (q->step()) {
            s.assetsByKind[AssetKind(q->int64(0))] = q->int64(1);
            s.assets += q->int64(1);
        }
        q->reset();
    }
    if (Statement *q = db.prepare("SELECT status, count(*) FROM assets GROUP BY status")) {
        while (q->step())
            s.assetsByStatus[ReviewStatus(q->int64(0))] = q->int64(1);
        q->reset();
    }
    if (Statement *q = db.prepare("SELECT kind, count(*) FROM annotations" + annotationFilter
                                  + " GROUP BY kind")) {
        while (q->step()) {
            s.annotationsByKind[AnnotationKind(q->int64(0))] = q->int64(1);
            s.annotations += q->int64(1);
        }
        q->reset();
    }
    if (Statement *q = db.prepare("SELECT coalesce(label_id, 0), count(*) FROM annotations"
                                  + annotationFilter + " GROUP BY label_id")) {
        while (q->step())
            s.annotationsByLabel[q->int64(0)] = q->int64(1);
        q->reset();
    }
    s.labels = db.queryInt("SELECT count(*) FROM labels").value_or(0);
    return s;
}

QStringList check(Database &db, const QString &projectDirectory, bool verifyMedia)
{
    QStringList problems;
    // A server project's pages and keys are PostgreSQL's to keep; its rows are checked below.
    const bool file = !db.isPostgreSql();
    if (!file) {
    } else if (Statement *q = db.prepare("PRAGMA integrity_check")) {
        while (q->step()) {
            const QString row = q->text(0);
            if (row != QLatin1String("ok"))
                problems.append(QStringLiteral("database: %1").arg(row));
        }
        if (!q->ok())
            problems.append(QStringLiteral("database: %1").arg(db.errorString()));
        q->reset();
    } else {
        problems.append(QStringLiteral("database: %1").arg(db.errorString()));
    }
    if (!problems.isEmpty())
        return problems; // Further reads of a damaged file only repeat the same finding.
    if (Statement *q = file ? db.prepare("PRAGMA foreign_key_check") : nullptr) {
        while (q->step())
            problems.append(QStringLiteral("database: row %1 of %2 refers to a missing %3")
                                    .arg(q->int64(1))
                                    .arg(q->text(0), q->text(2)));
        q->reset();
    }
    for (const BadRow &bad : badAnnotations(db))
        problems.append(QStringLiteral("annotation %1: %2").arg(bad.id).arg(bad.reason));
    if (Statement *q = !file ? nullptr
                             : db.prepare("SELECT id FROM assets WHERE payload IS NOT NULL AND "
                                          "payload <> '' AND NOT json_valid(payload)")) {
        while (q->step())
            problems.append(QStringLiteral("asset %1: its payload is not JSON").arg(q->int64(0)));
        q->reset();
    }
    if (verifyMedia) {
        if (Statement *q = db.prepare("SELECT id, name, path FROM assets "
                                      "WHERE path IS NOT NULL ORDER BY id")) {
            while (q->step()) {
                Asset a;
                a.path = q->text(2);
                const QString file
                        = QDir::isAbsolutePath(a.path)
                                  ? a.path
                                  : QDir::cleanPath(projectDirectory + QLatin1Char('/') + a.path);
                if (!QFileInfo::exists(file))
                    problems.append(QStringLiteral("asset %1 (%2): file missing: %3")
                                            .arg(q->int64(0))
                                            .arg(q->text(1), QDir::toNativeSeparators(file)));
            }
            q->reset();
        }
    }
    return problems;
}

QList<BadRow> badAnnotations(Database &db)
{
    QList<BadRow> bad;
    Statement *q = db.prepare(
            "SELECT a.id, a.kind, a.geometry, a.data, a.source_id, a.target_id, s.kind, s.width, "
            "s.height, length(s.text) FROM annotations a JOIN assets s ON s.id = a.asset_id");
    if (!q)
        return bad;
    QSet<qint64> ids;
    struct Link
    {
        qint64 id, source, target;
    };
    QList<Link> links;
    while (q->step()) {
        const qint64 id = q->int64(0);
        ids.insert(id);
        const auto flag = [&](const QString &why) {
            bad.append({id, why});
        };
        qsizetype size = 0;
        const char *blob = q->blobData(2, &size);
        Annotation a;
        a.kind = AnnotationKind(q->int64(1));
        if (annotationKindName(a.kind).isEmpty()) {
            flag(QStringLiteral("unknown kind %1").arg(q->int64(1)));
            continue;
        }
        if (!GeometryCodec::decode(blob, size, a)) {
            flag(QStringLiteral("unreadable geometry"));
            continue;
        }
        if (!q->isNull(3)) {
            const QString data = q->text(3);
            if (!data.isEmpty() && QJsonDocument::fromJson(data.toUtf8()).isNull())
                flag(QStringLiteral("its data is not JSON"));
        }
        if (const QString problem = StoreRows::geometryProblem(a); !problem.isEmpty()) {
            flag(problem);
            continue;
        }
        const AssetKind assetKind = AssetKind(q->int64(6));
        const bool isShape = int(a.kind) < 100;
        if (isShape && assetKind != AssetKind::Image) {
            flag(QStringLiteral("a %1 on a %2")
                         .arg(annotationKindName(a.kind), assetKindName(assetKind)));
            continue;
        }
        if (isShape && !a.points.isEmpty() && q->int64(7) > 0 && q->int64(8) > 0) {
            // Far outside (more than the image's own size beyond its edges) is damage, not a
            // shape drawn a little over the border. (An image of unknown size is not judged.)
            const double w = double(q->int64(7));
            const double h = double(q->int64(8));
            const QRectF allowed(-w, -h, 3 * w, 3 * h);
            for (const QPointF &p : std::as_const(a.points))
                if (!allowed.contains(p)) {
                    flag(QStringLiteral("the point (%1, %2) lies far outside the %3×%4 image")
                                 .arg(p.x())
                                 .arg(p.y())
                                 .arg(w)
                                 .arg(h));
                    break;
                }
        }
        if (a.kind == AnnotationKind::Span) {
            const qint64 length = q->int64(9);
            if (assetKind == AssetKind::Image)
                flag(QStringLiteral("a span on an image"));
            else if (a.start < 0 || a.end <= a.start || a.end > length)
                flag(QStringLiteral("the span [%1, %2) lies outside the text's %3 characters")
                             .arg(a.start)
                             .arg(a.end)
                             .arg(length));
        }
        if (a.kind == AnnotationKind::Relation)
            links.append({id, q->int64(4), q->int64(5)});
    }
    q->reset();
    for (const Link &l : std::as_const(links))
        if (!ids.contains(l.source) || !ids.contains(l.target))
            bad.append({l.id, QStringLiteral("a relation to a missing annotation")});
    return bad;
}

} // namespace Tessera::ProjectReport
