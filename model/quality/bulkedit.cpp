// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "bulkedit.h"

#include "reviewworkflow.h"
#include "store/issuestore.h"
#include "store/projectstore.h"

namespace Tessera::BulkEdit {

StatusResult setStatus(ProjectStore &store, const QList<qint64> &assetIds, ReviewStatus to,
                       const QString &reason, const QHash<qint64, qint64> &seen)
{
    StatusResult result;
    ProjectStore::Transaction transaction(store);
    for (qint64 id : assetIds) {
        const std::optional<Asset> asset = store.asset(id);
        if (!asset || asset->status == to)
            continue;
        StatusMove move{.assetId = id, .from = asset->status, .to = to, .reason = reason.trimmed()};
        QString why;
        const auto shown = seen.constFind(id);
        const std::optional<qint64> seenVersion
                = shown == seen.cend() ? std::nullopt : std::optional<qint64>(*shown);
        if (!ReviewWorkflow::transition(store, id, to, reason, &why, &move.issueId, seenVersion)) {
            // A refusal by the rules or by a newer version writes nothing; a failed write makes
            // the commit below fail, and then nothing moved at all.
            result.refused.append(why);
            if (seenVersion && store.changedSince(*asset, *seenVersion))
                result.stale.append(id);
            continue;
        }
        result.moved.append(move);
    }
    if (!transaction.commit()) {
        result.error = store.errorString();
        result.moved.clear();
    }
    return result;
}

bool replayStatus(ProjectStore &store, const QList<StatusMove> &moves, bool undo, QString *error)
{
    ProjectStore::Transaction transaction(store);
    IssueStore issues(store);
    for (const StatusMove &m : moves) {
        if (!store.setReviewStatus(m.assetId, undo ? m.from : m.to, undo ? QString() : m.reason)) {
            *error = store.errorString();
            return false;
        }
        if (m.issueId && !issues.setResolved(m.issueId, undo)) {
            *error = issues.errorString();
            return false;
        }
    }
    if (!transaction.commit()) {
        *error = store.errorString();
        return false;
    }
    return true;
}

bool relabel(ProjectStore &store, const QList<qint64> &annotationIds, qint64 labelId,
             QList<Annotation> *before, QString *error)
{
    QList<Annotation> changed;
    before->clear();
    for (qint64 id : annotationIds) {
        std::optional<Annotation> a = store.annotation(id);
        if (!a || a->labelId == labelId)
            continue;
        before->append(*a);
        a->labelId = labelId;
        changed.append(*a);
    }
    if (changed.isEmpty())
        return true;
    if (!store.updateAnnotations(changed)) {
        *error = store.errorString();
        before->clear();
        return false;
    }
    return true;
}

bool remove(ProjectStore &store, const QList<qint64> &annotationIds, QList<Annotation> *before,
            QString *error)
{
    before->clear();
    QList<qint64> ids;
    for (qint64 id : annotationIds) {
        if (std::optional<Annotation> a = store.annotation(id)) {
            before->append(*a);
            ids.append(id);
        }
    }
    if (ids.isEmpty())
        return true;
    if (!store.removeAnnotations(ids)) {
        *error = store.errorString();
        before->clear();
        return false;
    }
    return true;
}

QList<qint64> proposalsOf(ProjectStore &store, const QList<qint64> &assetIds)
{
    QList<qint64> ids;
    for (qint64 assetId : assetIds)
        for (const Annotation &a : store.annotations(assetId))
            if (isProposal(a))
                ids.append(a.id);
    return ids;
}

} // namespace Tessera::BulkEdit
