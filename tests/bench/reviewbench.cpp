// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "reviewbench.h"

#include "quality/agreement.h"
#include "quality/reviewworkflow.h"
#include "store/issuestore.h"
#include "store/projectstore.h"
#include "storebench.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace Tessera::Bench {

int reviewBench(const QStringList &args)
{
    Q_UNUSED(args)
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("r.tessera")), &error);
    store->setAuthor(QStringLiteral("bench"));
    QList<Asset> assets;
    for (int i = 0; i < 100000; ++i)
        assets.append(Asset{.kind = AssetKind::Image,
                            .path = QStringLiteral("/nonexistent/%1.jpg").arg(i),
                            .name = QStringLiteral("%1.jpg").arg(i),
                            .sha256 = QString::number(i),
                            .width = 640,
                            .height = 480});
    store->addAssets(assets);
    // A fifth of the assets submitted, as a project mid-way through review.
    {
        ProjectStore::Transaction t(*store);
        for (int i = 0; i < assets.size(); i += 5)
            store->setReviewStatus(assets[i].id, ReviewStatus::Submitted);
        t.commit();
    }
    QList<double> filters;
    QList<double> samples;
    qsizetype queued = 0;
    for (int run = 0; run < 7; ++run) {
        QElapsedTimer t;
        t.start();
        queued = ReviewWorkflow::queue(*store, {}).size();
        filters.append(t.nsecsElapsed() / 1e6);
        ReviewWorkflow::QueueFilter sample;
        sample.samplePercent = 10;
        sample.seed = quint64(run);
        t.restart();
        ReviewWorkflow::queue(*store, sample);
        samples.append(t.nsecsElapsed() / 1e6);
    }
    report("review.queue_size", double(queued), "assets");
    report("review.queue_filter_100k_median", median(filters), "ms");
    report("review.queue_sample_10pct_100k_median", median(samples), "ms");
    // The annotator and open-issue filters read the review log and the open issues (500 here).
    {
        IssueStore issues(*store);
        ProjectStore::Transaction t(*store);
        for (int i = 0; i < assets.size(); i += 200) {
            Comment c{.assetId = assets[i].id, .body = QStringLiteral("check")};
            issues.open(c);
        }
        t.commit();
    }
    QList<double> annotatorRuns, byIssues;
    for (int run = 0; run < 7; ++run) {
        ReviewWorkflow::QueueFilter f;
        f.annotator = QStringLiteral("bench");
        QElapsedTimer t;
        t.start();
        ReviewWorkflow::queue(*store, f);
        annotatorRuns.append(t.nsecsElapsed() / 1e6);
        f.annotator.clear();
        f.status.reset();
        f.openIssuesOnly = true;
        t.restart();
        ReviewWorkflow::queue(*store, f);
        byIssues.append(t.nsecsElapsed() / 1e6);
    }
    report("review.queue_annotator_100k_median", median(annotatorRuns), "ms");
    report("review.queue_open_issues_100k_median", median(byIssues), "ms");
    // Accept-and-next: the transition (committed) and finding the next submitted asset.
    QList<double> steps;
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer t;
        t.start();
        ReviewWorkflow::transition(*store, assets[i * 5].id, ReviewStatus::Accepted, {}, &error);
        const QList<qint64> next = ReviewWorkflow::queue(*store, {});
        Q_UNUSED(next)
        steps.append(t.nsecsElapsed() / 1e6);
    }
    report("review.accept_and_next_median", median(steps), "ms");
    report("review.accept_and_next_p95", percentile(steps, 95), "ms");

    // Agreement: 10k assets, 3 annotators, a class each, ~80 % agreeing; 10 boxes per asset.
    QRandomGenerator random(5);
    const QStringList classes{QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("bird")};
    QList<QList<QString>> byAnnotator(3);
    QList<QList<QString>> units;
    QList<QMap<QString, int>> counts;
    for (int i = 0; i < 10000; ++i) {
        const QString truth = classes[random.bounded(3)];
        QList<QString> unit;
        QMap<QString, int> count;
        for (int a = 0; a < 3; ++a) {
            const QString v = random.bounded(100) < 80 ? truth : classes[random.bounded(3)];
            byAnnotator[a].append(v);
            unit.append(v);
            ++count[v];
        }
        units.append(unit);
        counts.append(count);
    }
    QElapsedTimer t;
    t.start();
    double sum = *Agreement::cohenKappa(byAnnotator[0], byAnnotator[1])
                 + *Agreement::cohenKappa(byAnnotator[0], byAnnotator[2])
                 + *Agreement::cohenKappa(byAnnotator[1], byAnnotator[2]);
    sum += *Agreement::fleissKappa(counts) + *Agreement::krippendorffAlpha(units);
    int matched = 0;
    for (int i = 0; i < 10000; ++i) {
        QList<Agreement::LabelledBox> ref;
        QList<Agreement::LabelledBox> other;
        for (int k = 0; k < 10; ++k) {
            ref.append({QStringLiteral("cat"), QRectF(k * 30, 0, 20, 20)});
            other.append({QStringLiteral("cat"), QRectF(k * 30 + random.bounded(5), 0, 20, 20)});
        }
        matched += Agreement::boxMatch(ref, other).matched;
    }
    report("review.agreement_10k_assets_3_annotators", t.nsecsElapsed() / 1e9, "s");
    report("review.agreement_checksum", sum + matched * 1e-6, "");
    return 0;
}

} // namespace Tessera::Bench
