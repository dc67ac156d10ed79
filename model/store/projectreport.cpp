// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectreport.h"

#include "geometrycodec.h"

#include <QDir>
#include <QFileInfo>

namespace Tessera::ProjectReport {

ProjectStats stats(SqliteDatabase &db)
{
    ProjectStats s;
    if (SqliteStatement *q = db.prepare("SELECT kind, count(*) FROM assets GROUP BY kind")) {
        while (q->step()) {
            s.assetsByKind[AssetKind(q->int64(0))] = q->int64(1);
            s.assets += q->int64(1);
        }
        q->reset();
    }
    if (SqliteStatement *q = db.prepare("SELECT status, count(*) FROM assets GROUP BY status")) {
        while (q->step())
            s.assetsByStatus[ReviewStatus(q->int64(0))] = q->int64(1);
        q->reset();
    }
    if (SqliteStatement *q = db.prepare("SELECT kind, count(*) FROM annotations GROUP BY kind")) {
        while (q->step()) {
            s.annotationsByKind[AnnotationKind(q->int64(0))] = q->int64(1);
            s.annotations += q->int64(1);
        }
        q->reset();
    }
    if (SqliteStatement *q = db.prepare("SELECT coalesce(label_id, 0), count(*) FROM annotations "
                                        "GROUP BY label_id")) {
        while (q->step())
            s.annotationsByLabel[q->int64(0)] = q->int64(1);
        q->reset();
    }
    s.labels = db.queryInt("SELECT count(*) FROM labels").value_or(0);
    return s;
}

QStringList check(SqliteDatabase &db, const QString &projectDirectory, bool verifyMedia)
{
    QStringList problems;
    if (SqliteStatement *q = db.prepare("PRAGMA integrity_check")) {
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
    if (SqliteStatement *q = db.prepare("PRAGMA foreign_key_check")) {
        while (q->step())
            problems.append(QStringLiteral("database: row %1 of %2 refers to a missing %3")
                                    .arg(q->int64(1))
                                    .arg(q->text(0), q->text(2)));
        q->reset();
    }
    if (SqliteStatement *q = db.prepare("SELECT id, geometry FROM annotations")) {
        while (q->step()) {
            qsizetype size = 0;
            const char *blob = q->blobData(1, &size);
            Annotation scratch;
            if (!GeometryCodec::decode(blob, size, scratch))
                problems.append(
                        QStringLiteral("annotation %1: unreadable geometry").arg(q->int64(0)));
        }
        q->reset();
    }
    if (verifyMedia) {
        if (SqliteStatement *q = db.prepare("SELECT id, name, path FROM assets "
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

} // namespace Tessera::ProjectReport
