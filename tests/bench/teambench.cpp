// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "teambench.h"

#include "bundle/projectbundle.h"
#include "quality/consensus.h"
#include "quality/gold.h"
#include "store/layerstore.h"
#include "store/projectstore.h"
#include "storebench.h"
#include "team/teammerge.h"
#include "team/teamsplit.h"

#include <QElapsedTimer>

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>

namespace Tessera::Bench {

namespace {

std::unique_ptr<ProjectStore> makeProject(const QString &path, int assets, qint64 *label)
{
    QString error;
    auto store = ProjectStore::create(path, &error);
    store->setAuthor(QStringLiteral("lead"));
    Label cat{.name = QStringLiteral("cat")};
    store->addLabel(cat);
    *label = cat.id;
    QList<Asset> list;
    for (int i = 0; i < assets; ++i)
        list.append(Asset{.kind = AssetKind::Image,
                          .path = QStringLiteral("/nonexistent/%1.jpg").arg(i),
                          .name = QStringLiteral("%1.jpg").arg(i),
                          .sha256 = QString::number(i),
                          .width = 640,
                          .height = 480});
    store->addAssets(list);
    QList<Annotation> boxes;
    for (const Asset &a : std::as_const(list))
        for (int k = 0; k < 3; ++k)
            boxes.append({.assetId = a.id,
                          .labelId = cat.id,
                          .kind = AnnotationKind::Box,
                          .points = {QPointF(k * 100, 10), QPointF(k * 100 + 50, 60)}});
    store->addAnnotations(boxes, ProjectStore::AuditDetail::Summary);
    return store;
}

// Opens a bundle as the annotator would, lets edit() change it, and packs the result.
QString workOn(const QString &zip, const QString &dir, int index,
               const std::function<void(ProjectStore &)> &edit)
{
    QString project, error;
    const QString folder = dir + QStringLiteral("/work%1").arg(index);
    if (!ProjectBundle::open(zip, folder, &project, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    auto store = ProjectStore::open(project, &error);
    store->setAuthor(QStringLiteral("annotator%1").arg(index));
    edit(*store);
    const QString back = dir + QStringLiteral("/back%1.zip").arg(index);
    ProjectBundle::create(*store, back, {}, {}, &error);
    return back;
}

} // namespace

int teamBench(const QStringList &args)
{
    // `team merge` or `team layers` runs one half.
    // --keep leaves the files (and a copy of the project before the merge, m-before.tessera) for
    // timing `tessera-cli merge` from outside.
    const bool keep = args.contains(QStringLiteral("--keep"));
    const bool all
            = !args.contains(QStringLiteral("merge")) && !args.contains(QStringLiteral("layers"));
    QTemporaryDir dir;
    dir.setAutoRemove(!keep);
    if (keep)
        std::printf("files kept in %s\n", qPrintable(dir.path()));
    QString error;
    qint64 label = 0;
    QRandomGenerator random(3);

    // Three-way merge: 30k assets, 3 annotators own 10k each; each moves a third of the boxes,
    // removes one in sixty and adds two in sixty.
    if (all || args.contains(QStringLiteral("merge"))) {
        auto store = makeProject(dir.filePath(QStringLiteral("m.tessera")), 30000, &label);
        QList<TeamSplit::Bundle> bundles;
        QElapsedTimer t;
        t.start();
        if (!TeamSplit::write(
                    *store,
                    {.annotators = {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                     .includeMedia = false},
                    dir.filePath(QStringLiteral("out")), &bundles, &error)) {
            qWarning("%s", qPrintable(error));
            return 1;
        }
        report("team.split_30k_into_3", t.nsecsElapsed() / 1e9, "s");
        QStringList back;
        for (int i = 0; i < bundles.size(); ++i)
            back.append(workOn(bundles[i].path, dir.path(), i, [&](ProjectStore &s) {
                ProjectStore::Transaction tx(s);
                QList<Annotation> moved, added;
                QList<qint64> removed;
                int n = 0;
                s.forEachAnnotation([&](const Annotation &a) {
                    const int pick = n++ % 60;
                    if (pick < 20) {
                        Annotation m = a;
                        m.points = {a.points[0] + QPointF(2, 1), a.points[1] + QPointF(2, 1)};
                        moved.append(m);
                    } else if (pick == 20) {
                        removed.append(a.id);
                    } else if (pick == 21 || pick == 22) {
                        added.append({.assetId = a.assetId,
                                      .labelId = a.labelId,
                                      .kind = AnnotationKind::Box,
                                      .points = {QPointF(400, 400), QPointF(450, 450)}});
                    }
                    return true;
                });
                s.updateAnnotations(moved);
                s.removeAnnotations(removed);
                s.addAnnotations(added);
                tx.commit();
            }));
        // Meanwhile the lead edits some of the same boxes: conflicts to list.
        {
            ProjectStore::Transaction tx(*store);
            QList<Annotation> ours;
            for (qint64 id = 1; id <= 90000; id += 997)
                if (std::optional<Annotation> a = store->annotation(id)) {
                    a->points[1] += QPointF(5, 5);
                    ours.append(*a);
                }
            store->updateAnnotations(ours);
            tx.commit();
        }
        if (keep)
            store->snapshotTo(dir.filePath(QStringLiteral("m-before.tessera")));
        t.restart();
        int conflicts = 0, changed = 0;
        for (const QString &zip : std::as_const(back)) {
            TeamMerge::Report r;
            if (!TeamMerge::merge(*store, zip, {}, &r, &error)) {
                qWarning("%s", qPrintable(error));
                return 1;
            }
            conflicts += int(r.conflicts.size());
            changed += r.added + r.updated + r.removed;
        }
        report("team.merge_3_bundles_of_10k", t.nsecsElapsed() / 1e9, "s");
        report("team.merge_changes", changed, "annotations");
        report("team.merge_conflicts", conflicts, "");
        t.restart();
        for (const QString &zip : std::as_const(back)) {
            TeamMerge::Report r;
            TeamMerge::merge(*store, zip, {}, &r, &error);
        }
        report("team.merge_again_no_op", t.nsecsElapsed() / 1e9, "s");
    }

    // Consensus layers: 10k assets, 3 annotators with 3 boxes and a class each, 100 gold assets.
    if (all || args.contains(QStringLiteral("layers"))) {
        auto store = makeProject(dir.filePath(QStringLiteral("c.tessera")), 10000, &label);
        const QList<qint64> ids = store->assetIds();
        for (int i = 0; i < 100; ++i)
            Gold::mark(*store, ids[i * 100], &error);
        Label dog{.name = QStringLiteral("dog")};
        store->addLabel(dog);
        LayerStore layers(*store);
        {
            ProjectStore::Transaction tx(*store);
            for (qint64 id : ids)
                for (int a = 0; a < 3; ++a) {
                    QList<Annotation> work;
                    for (int k = 0; k < 3; ++k) {
                        const double dx = random.bounded(6);
                        work.append({.id = k + 1,
                                     .labelId = label,
                                     .kind = AnnotationKind::Box,
                                     .points = {QPointF(k * 100 + dx, 10),
                                                QPointF(k * 100 + 50 + dx, 60)}});
                    }
                    work.append({.id = 9,
                                 .labelId = random.bounded(100) < 80 ? label : dog.id,
                                 .kind = AnnotationKind::Classification});
                    if (!layers.setLayer(id, QStringLiteral("annotator%1").arg(a), work)) {
                        qWarning("%s", qPrintable(layers.errorString()));
                        return 1;
                    }
                }
            tx.commit();
        }
        QList<double> runs;
        double overall = 0;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            const Consensus::AgreementReport r = Consensus::agreement(*store);
            const QList<Gold::Score> scores = Gold::scoreAll(*store);
            runs.append(t.nsecsElapsed() / 1e9);
            overall = r.perAnnotator.value(0).overall() + scores.size() * 1e-6;
        }
        report("team.agreement_and_gold_from_store_10k_x3", median(runs), "s");
        report("team.agreement_checksum", overall, "");
        QElapsedTimer t;
        t.start();
        Consensus::Summary summary;
        Consensus::apply(*store, {}, &summary, &error);
        report("team.consensus_build_10k_x3", t.nsecsElapsed() / 1e9, "s");
        report("team.consensus_proposals", summary.proposals, "");
    }
    return 0;
}

} // namespace Tessera::Bench
