// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "proposaljob.h"

#include "store/projectstore.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>

namespace Tessera::ProposalJob {

QList<std::pair<qint64, QString>> images(ProjectStore &store, const QList<qint64> &assetIds)
{
    QList<qint64> ids = assetIds;
    if (ids.isEmpty()) {
        AssetFilter filter;
        filter.kind = AssetKind::Image;
        ids = store.assetIds(filter);
    }
    QList<std::pair<qint64, QString>> out;
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Asset> a = store.asset(id);
        if (a && a->kind == AssetKind::Image)
            out.append({id, store.absolutePath(*a)});
    }
    return out;
}

qint64 apply(ProjectStore &store, const DetectorInfo &detector, const PrelabelRun &run,
             QString *error)
{
    ProjectStore::Transaction transaction(store);
    QHash<QString, qint64> labels;
    for (const Label &l : store.labels())
        labels.insert(l.name, l.id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Annotation> proposals;
    QList<qint64> replaced;
    for (const AssetDetections &asset : run.results) {
        for (const Annotation &a : store.annotations(asset.assetId)) {
            if (isProposal(a) && a.provenance.modelId == detector.name)
                replaced.append(a.id);
        }
        for (const Detection &d : asset.detections) {
            if (!labels.contains(d.label)) {
                Label label{.name = d.label, .kinds = ImageKindFlag};
                if (!store.addLabel(label)) {
                    *error = store.errorString();
                    return -1;
                }
                labels.insert(d.label, label.id);
            }
            Annotation a{.assetId = asset.assetId,
                         .labelId = labels.value(d.label),
                         .kind = AnnotationKind::Box,
                         .points = {d.box.topLeft(), d.box.bottomRight()}};
            a.provenance = {.origin = Origin::Prelabel,
                            .author = store.author(),
                            .createdAt = now,
                            .modifiedAt = now,
                            .modelId = detector.name,
                            .modelVersion = detector.version,
                            .score = d.score};
            a.data[QStringLiteral("prelabel")] = detector.parameters;
            if (!d.keypoints.isEmpty()) {
                QJsonArray points;
                for (const QPointF &p : d.keypoints)
                    points.append(QJsonArray{p.x(), p.y()});
                a.data[QStringLiteral("keypoints")] = points;
            }
            proposals.append(a);
        }
    }
    if ((!replaced.isEmpty() && !store.removeAnnotations(replaced))
        || !store.addAnnotations(proposals, ProjectStore::AuditDetail::Summary)
        || !transaction.commit()) {
        *error = store.errorString();
        return -1;
    }
    return proposals.size();
}

} // namespace Tessera::ProposalJob
