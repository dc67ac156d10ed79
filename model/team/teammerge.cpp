// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "teammerge.h"

#include "bundle/projectbundle.h"
#include "store/issuestore.h"
#include "store/layerstore.h"
#include "store/projectstore.h"
#include "store/teamstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>

#include <algorithm>

namespace Tessera::TeamMerge {

namespace {

// Texts filed by lupdate under, and looked up in, the context "TeamMerge".
struct TeamMergeText
{
    Q_DECLARE_TR_FUNCTIONS(TeamMerge)
};

// The state of one merge: the stores, the split's base and what has been done.
class Merger
{
public:
    Merger(ProjectStore &store, ProjectStore &bundle, const SplitRecord &record,
           const Options &options, Report &report)
        : m_store(store)
        , m_bundle(bundle)
        , m_team(store)
        , m_record(record)
        , m_options(options)
        , m_report(report)
    {}

    bool run(const JobControl &control, QString *error);

private:
    bool mapLabels();
    bool mergeOwn(qint64 assetId);
    bool mergeLayer(qint64 assetId);
    bool mergeReviewState(const Asset &here, const Asset &there, SplitAsset &split);
    void conflict(qint64 assetId, qint64 annotationId, const QString &what)
    {
        m_report.conflicts.append({assetId, annotationId, what});
    }
    Annotation mapped(Annotation a) const
    {
        a.labelId = m_labels.value(a.labelId, a.labelId);
        return a;
    }

    ProjectStore &m_store;
    ProjectStore &m_bundle;
    TeamStore m_team;
    SplitRecord m_record;
    Options m_options;
    Report &m_report;
    QHash<qint64, qint64> m_labels; // bundle label id -> ours
    QHash<qint64, BaseAnnotation> m_base;
    QHash<qint64, QList<qint64>> m_baseOfAsset; // asset id -> bundle ids in the base
    QHash<qint64, BaseAnnotation> m_newBase;
    BaseIssues m_issues;
};

bool Merger::mapLabels()
{
    QHash<QString, qint64> ours;
    for (const Label &l : m_store.labels())
        ours.insert(l.name, l.id);
    for (const Label &l : m_bundle.labels()) {
        if (ours.contains(l.name)) {
            m_labels.insert(l.id, ours.value(l.name));
            continue;
        }
        Label copy = l;
        copy.id = 0;
        for (AttributeDefinition &d : copy.attributes)
            d.id = 0;
        if (!m_store.addLabel(copy))
            return false;
        m_labels.insert(l.id, copy.id);
        m_report.labelsAdded.append(l.name);
    }
    return true;
}

bool Merger::mergeLayer(qint64 assetId)
{
    // What the annotator made of a shared asset becomes their layer; proposals they left
    // unanswered are not their judgement.
    QList<Annotation> made;
    for (const Annotation &a : m_bundle.annotations(assetId))
        if (!isProposal(a))
            made.append(mapped(a));
    LayerStore layers(m_store);
    if (made.isEmpty() && !layers.layers(assetId).contains(m_record.annotator))
        return true;
    if (!layers.setLayer(assetId, m_record.annotator, made))
        return false;
    ++m_report.layers;
    return true;
}

bool Merger::mergeOwn(qint64 assetId)
{
    QHash<qint64, Annotation> ours;
    for (const Annotation &a : m_store.annotations(assetId))
        ours.insert(a.id, a);
    QList<Annotation> theirs;
    for (const Annotation &a : m_bundle.annotations(assetId))
        theirs.append(mapped(a));
    QSet<qint64> inBundle;
    QHash<qint64, qint64> newIds; // bundle id -> ours, for annotations made in the bundle
    QList<Annotation> updates, additions, relations;
    QList<qint64> removals;
    for (const Annotation &b : std::as_const(theirs)) {
        inBundle.insert(b.id);
        const QByteArray hash = TeamStore::contentHash(b);
        const auto base = m_base.constFind(b.id);
        if (base == m_base.cend() || base->assetId != assetId) {
            (b.kind == AnnotationKind::Relation ? relations : additions).append(b);
            continue;
        }
        newIds.insert(b.id, base->originId);
        if (hash == base->hash)
            continue; // unchanged in the bundle: ours stands, changed or not
        const auto here = ours.constFind(base->originId);
        if (here == ours.cend()) {
            conflict(assetId, base->originId,
                     m_options.preferBundle
                             ? TeamMergeText::tr(
                                     "removed here, changed in the bundle: the bundle's kept")
                             : TeamMergeText::tr(
                                     "removed here, changed in the bundle: stays removed"));
            if (m_options.preferBundle)
                (b.kind == AnnotationKind::Relation ? relations : additions).append(b);
            continue;
        }
        const QByteArray ourHash = TeamStore::contentHash(*here);
        if (ourHash == hash)
            continue; // the same change on both sides
        if (ourHash != base->hash) {
            conflict(assetId, here->id,
                     m_options.preferBundle
                             ? TeamMergeText::tr("changed on both sides: the bundle's taken")
                             : TeamMergeText::tr("changed on both sides: ours kept"));
            if (!m_options.preferBundle)
                continue;
        }
        Annotation update = b;
        update.id = here->id;
        update.assetId = assetId;
        updates.append(update);
    }
    // Removed in the bundle: removed here too, unless we changed it since.
    for (const qint64 bundleId : m_baseOfAsset.value(assetId)) {
        const auto it = m_base.constFind(bundleId);
        if (inBundle.contains(bundleId))
            continue;
        const auto here = ours.constFind(it->originId);
        if (here == ours.cend())
            continue;
        if (TeamStore::contentHash(*here) != it->hash) {
            conflict(assetId, here->id,
                     m_options.preferBundle
                             ? TeamMergeText::tr("changed here, removed in the bundle: removed")
                             : TeamMergeText::tr("changed here, removed in the bundle: ours kept"));
            if (!m_options.preferBundle)
                continue;
        }
        removals.append(here->id);
    }
    for (Annotation &a : additions) {
        a.assetId = assetId;
        const qint64 bundleId = a.id;
        a.id = 0;
        QList<Annotation> one{a};
        if (!m_store.addAnnotations(one, ProjectStore::AuditDetail::Summary))
            return false;
        newIds.insert(bundleId, one.constFirst().id);
    }
    for (Annotation &r : relations) {
        const qint64 bundleId = r.id;
        r.id = 0;
        r.assetId = assetId;
        r.sourceId = newIds.value(r.sourceId);
        r.targetId = newIds.value(r.targetId);
        if (!r.sourceId || !r.targetId)
            continue; // an end was not merged (a conflict kept it out): so is the relation
        QList<Annotation> one{r};
        if (!m_store.addAnnotations(one, ProjectStore::AuditDetail::Summary))
            return false;
        newIds.insert(bundleId, one.constFirst().id);
    }
    if (!m_store.updateAnnotations(updates) || !m_store.removeAnnotations(removals))
        return false;
    m_report.added += int(additions.size() + relations.size());
    m_report.updated += int(updates.size());
    m_report.removed += int(removals.size());
    // The new base: the bundle as merged now, so that a later copy brings only what changed.
    for (const Annotation &b : std::as_const(theirs))
        if (const qint64 ours = newIds.value(b.id))
            m_newBase.insert(b.id, {assetId, ours, TeamStore::contentHash(b)});
    return true;
}

bool Merger::mergeReviewState(const Asset &here, const Asset &there, SplitAsset &split)
{
    const qint64 assetId = here.id;
    if (there.status != split.status) {
        if (here.status == split.status || here.status == there.status || m_options.preferBundle) {
            if (here.status != there.status) {
                if (!m_team.setStatus(assetId, there.status))
                    return false;
                ++m_report.statuses;
            }
            if (here.status != split.status && here.status != there.status)
                conflict(assetId, 0,
                         TeamMergeText::tr("status %1 here, %2 in the bundle: the bundle's taken")
                                 .arg(reviewStatusName(here.status),
                                      reviewStatusName(there.status)));
        } else {
            conflict(assetId, 0,
                     TeamMergeText::tr("status %1 here, %2 in the bundle: ours kept")
                             .arg(reviewStatusName(here.status), reviewStatusName(there.status)));
        }
        split.status = there.status;
    }
    for (const ReviewEntry &e : m_bundle.reviews(assetId)) {
        if (e.id <= m_record.maxReviewId)
            continue;
        if (!m_team.appendReview(e))
            return false;
        ++m_report.reviews;
    }
    // Issue threads: new comments come over with their authors and times; resolving or
    // reopening an issue in the bundle is taken.
    for (const IssueThread &thread : IssueStore(m_bundle).threads(assetId)) {
        QList<Comment> all{thread.issue};
        all += thread.replies;
        for (Comment c : all) {
            const qint64 bundleId = c.id;
            if (m_issues.originIds.contains(bundleId)) {
                if (c.isIssue() && m_issues.resolved.value(bundleId) != c.resolved) {
                    if (!m_team.setIssueResolved(m_issues.originIds.value(bundleId), c.resolved))
                        return false;
                    m_issues.resolved.insert(bundleId, c.resolved);
                }
                continue;
            }
            if (bundleId <= m_record.maxCommentId)
                continue; // an old comment removed here: not brought back
            c.parentId = c.parentId ? m_issues.originIds.value(c.parentId) : 0;
            if (!c.isIssue() && !c.parentId)
                continue;
            c.annotationId = 0;
            if (!m_team.insertComment(c))
                return false;
            m_issues.originIds.insert(bundleId, c.id);
            if (c.isIssue())
                m_issues.resolved.insert(bundleId, c.resolved);
            ++m_report.comments;
        }
    }
    return true;
}

bool Merger::run(const JobControl &control, QString *error)
{
    ProjectStore::Transaction t(m_store);
    auto failed = [&] {
        *error = m_store.errorString();
        return false;
    };
    if (!t.ok() || !mapLabels())
        return failed();
    QHash<qint64, SplitAsset> assets = m_team.splitAssets(m_record.id);
    m_base = m_team.base(m_record.id);
    for (auto it = m_base.cbegin(); it != m_base.cend(); ++it)
        m_baseOfAsset[it->assetId].append(it.key());
    m_issues = m_team.baseIssues(m_record.id);
    QList<qint64> ids = assets.keys();
    std::sort(ids.begin(), ids.end());
    qint64 done = 0;
    for (qint64 id : std::as_const(ids)) {
        if (control.canceled()) {
            *error = TeamMergeText::tr("Merge canceled: nothing was changed");
            return false;
        }
        control.report(done++, ids.size());
        SplitAsset &split = assets[id];
        const std::optional<Asset> theirs = m_bundle.asset(id);
        if (!theirs) {
            conflict(id, 0, TeamMergeText::tr("missing from the bundle: left as it is here"));
            continue;
        }
        const std::optional<Asset> ours = m_store.asset(id);
        if (!ours) {
            conflict(id, 0,
                     TeamMergeText::tr(
                             "removed here since the split: the bundle's work on it is dropped"));
            continue;
        }
        ++m_report.assets;
        const bool ok = split.role == SplitRole::Own ? mergeOwn(id) : mergeLayer(id);
        if (!ok || !mergeReviewState(*ours, *theirs, split))
            return failed();
    }
    m_record.maxReviewId = std::max(m_record.maxReviewId, TeamStore(m_bundle).lastReviewId());
    if (!m_team.updateAfterMerge(m_record, assets, m_newBase, m_issues)
        || !m_store.audit(QStringLiteral("team-merge"), 0, 0, QString(),
                          QStringLiteral("%1 from %2: %3 added, %4 changed, %5 removed, "
                                         "%6 conflicts")
                                  .arg(m_record.id, m_record.annotator)
                                  .arg(m_report.added)
                                  .arg(m_report.updated)
                                  .arg(m_report.removed)
                                  .arg(m_report.conflicts.size()))
        || !t.commit())
        return failed();
    control.report(ids.size(), ids.size());
    return true;
}

} // namespace

QStringList Report::lines() const
{
    QStringList out{
            TeamMergeText::tr(
                    "%1: %2 assets; %3 annotations added, %4 changed, %5 removed; %6 layers; "
                    "%7 status changes, %8 review entries, %9 comments")
                    .arg(annotator)
                    .arg(assets)
                    .arg(added)
                    .arg(updated)
                    .arg(removed)
                    .arg(layers)
                    .arg(statuses)
                    .arg(reviews)
                    .arg(comments)};
    if (!labelsAdded.isEmpty())
        out.append(
                TeamMergeText::tr("labels added: %1").arg(labelsAdded.join(QStringLiteral(", "))));
    for (const Conflict &c : conflicts)
        out.append(
                c.annotationId
                        ? TeamMergeText::tr("conflict: asset %1, annotation %2: %3")
                                  .arg(c.assetId)
                                  .arg(c.annotationId)
                                  .arg(c.what)
                        : TeamMergeText::tr("conflict: asset %1: %2").arg(c.assetId).arg(c.what));
    return out;
}

bool merge(ProjectStore &store, const QString &bundlePath, const Options &options, Report *report,
           QString *error, const JobControl &control)
{
    QTemporaryDir work;
    if (!work.isValid()) {
        *error = TeamMergeText::tr("Cannot make a work folder (%1)").arg(work.errorString());
        return false;
    }
    const QString path = work.filePath(QStringLiteral("bundle.tessera"));
    if (!ProjectBundle::extractProject(bundlePath, path, error))
        return false;
    QString why;
    std::unique_ptr<ProjectStore> bundle = ProjectStore::open(path, &why);
    if (!bundle) {
        *error = TeamMergeText::tr("%1: the project inside cannot be opened: %2")
                         .arg(QDir::toNativeSeparators(bundlePath), why);
        return false;
    }
    const QString splitId = bundle->setting(QStringLiteral("team/split"));
    if (splitId.isEmpty()) {
        *error = TeamMergeText::tr(
                         "%1 is not a team bundle (made by tessera-cli split or Team › Split)")
                         .arg(QDir::toNativeSeparators(bundlePath));
        return false;
    }
    const std::optional<SplitRecord> record = TeamStore(store).split(splitId);
    if (!record) {
        *error = TeamMergeText::tr("%1 was not split from this project (%2 came from \"%3\")")
                         .arg(QDir::toNativeSeparators(bundlePath), splitId,
                              bundle->setting(QStringLiteral("team/origin")));
        return false;
    }
    Report r;
    r.annotator = record->annotator;
    Merger merger(store, *bundle, *record, options, r);
    if (!merger.run(control, error))
        return false;
    if (report)
        *report = r;
    return true;
}

} // namespace Tessera::TeamMerge
