// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "bundle/projectbundle.h"
#include "quality/consensus.h"
#include "quality/gold.h"
#include "quality/reviewworkflow.h"
#include "store/issuestore.h"
#include "store/layerstore.h"
#include "store/projectstore.h"
#include "store/teamstore.h"
#include "team/teammerge.h"
#include "team/teamsplit.h"

#include <QJsonArray>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

/** Issues, annotator layers and consensus, and the offline team: split → work → merge. */
class TestTeam : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void issueThreads();
    void consensusOfThreeLayers();
    void agreementPerAnnotator();
    void planDealsOutEveryAssetOnce();
    void bundleHidesGoldAndOtherAssets();
    void mergeBringsWorkAndReviewStateBack();
    void mergeListsConflictsAndOverwritesNothing();
    void overlapComesBackAsLayersForConsensus();
    void foreignBundlesAreRefused();

private:
    // Opens a bundle's project for editing, as the annotator would.
    std::unique_ptr<ProjectStore> openBundle(const QString &zip, const QString &who);
    Annotation box(qint64 asset, double x, double y = 0, double size = 10) const
    {
        return {.assetId = asset,
                .labelId = m_cat.id,
                .kind = AnnotationKind::Box,
                .points = {QPointF(x, y), QPointF(x + size, y + size)}};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ProjectStore> m_store;
    Label m_cat;
    Label m_dog;
    QList<qint64> m_assets; // 20 images, each with one box
};

void TestTeam::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("team.tessera")), &error);
    QVERIFY2(m_store, qPrintable(error));
    m_store->setAuthor(QStringLiteral("lead"));
    m_cat = {.name = QStringLiteral("cat")};
    m_dog = {.name = QStringLiteral("dog")};
    QVERIFY(m_store->addLabel(m_cat));
    QVERIFY(m_store->addLabel(m_dog));
    m_assets.clear();
    for (int i = 0; i < 20; ++i) {
        Asset a{.kind = AssetKind::Image,
                .name = QStringLiteral("%1.jpg").arg(i),
                .sha256 = QStringLiteral("sha%1").arg(i),
                .width = 100,
                .height = 100};
        QVERIFY(m_store->addAsset(a));
        QList<Annotation> one{box(a.id, i)};
        QVERIFY(m_store->addAnnotations(one));
        m_assets.append(a.id);
    }
}

std::unique_ptr<ProjectStore> TestTeam::openBundle(const QString &zip, const QString &who)
{
    QString path, error;
    const QString folder = ProjectBundle::unpackFolderFor(zip);
    if (!ProjectBundle::open(zip, folder, &path, &error)) {
        qWarning() << error;
        return nullptr;
    }
    std::unique_ptr<ProjectStore> s = ProjectStore::open(path, &error);
    if (s)
        s->setAuthor(who);
    return s;
}

void TestTeam::issueThreads()
{
    IssueStore issues(*m_store);
    Comment pinned{.assetId = m_assets[0],
                   .body = QStringLiteral("box misses the tail"),
                   .region = QRectF(10, 20, 30, 5)};
    QVERIFY(issues.open(pinned));
    Comment onText{.assetId = m_assets[1],
                   .body = QStringLiteral("not a name"),
                   .spanStart = 4,
                   .spanEnd = 9};
    QVERIFY(issues.open(onText));
    Comment empty{.assetId = m_assets[1], .body = QStringLiteral("  ")};
    QVERIFY(!issues.open(empty));
    QVERIFY(issues.errorString().contains(QStringLiteral("description")));
    Comment reversed{
            .assetId = m_assets[1], .body = QStringLiteral("x"), .spanStart = 9, .spanEnd = 4};
    QVERIFY(!issues.open(reversed));

    m_store->setAuthor(QStringLiteral("ann"));
    Comment reply{.body = QStringLiteral("extended it")};
    QVERIFY(issues.reply(pinned.id, reply));
    QCOMPARE(reply.parentId, pinned.id);
    Comment replyToReply{.body = QStringLiteral("no")};
    QVERIFY(!issues.reply(reply.id, replyToReply)); // threads are one level deep
    // Only the author removes a comment.
    QVERIFY(!issues.remove(pinned.id));
    QVERIFY(issues.errorString().contains(QStringLiteral("lead")));

    QCOMPARE(issues.openCounts().value(m_assets[0]), 1);
    QCOMPARE(issues.openCounts().value(m_assets[1]), 1);
    QVERIFY(issues.setResolved(pinned.id, true));
    QVERIFY(!issues.openCounts().contains(m_assets[0]));
    const QList<IssueThread> threads = issues.threads(m_assets[0]);
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads[0].issue.region, QRectF(10, 20, 30, 5));
    QCOMPARE(threads[0].replies.size(), 1);
    QCOMPARE(threads[0].replies[0].author, QStringLiteral("ann"));
    QVERIFY(threads[0].issue.resolved);
    QCOMPARE(issues.threads(m_assets[1])[0].issue.spanStart, 4);
    QVERIFY(issues.setResolved(pinned.id, false));
    QCOMPARE(issues.openIssues().size(), 2);
    // The browser's filter and the queue filter on open issues.
    AssetFilter withIssues;
    withIssues.openIssuesOnly = true;
    QCOMPARE(m_store->assetIds(withIssues), (QList<qint64>{m_assets[0], m_assets[1]}));
    ReviewWorkflow::QueueFilter f;
    f.status.reset();
    f.openIssuesOnly = true;
    QCOMPARE(ReviewWorkflow::queue(*m_store, f), (QList<qint64>{m_assets[0], m_assets[1]}));
    // Every step is in the asset's history.
    QStringList actions;
    for (const AuditEntry &e : m_store->auditLog(m_assets[0]))
        actions.append(e.action);
    QVERIFY(actions.contains(QStringLiteral("open-issue")));
    QVERIFY(actions.contains(QStringLiteral("reply")));
    QVERIFY(actions.contains(QStringLiteral("resolve-issue")));
}

void TestTeam::consensusOfThreeLayers()
{
    // Hand-worked: boxes a and b overlap with IoU 81/119 = 0.68, c's is elsewhere. With a quorum
    // of 2: one box (the mean of a's and b's), c's box disputed. Spans: a and b agree on [0,5),
    // c has [0,4): one span, one disputed. Classes: news by a and b, science by c alone.
    // Verdicts: answer 0 by a and b, 1 by c.
    auto layer = [&](QRectF r, qint64 spanEnd, const QString &label, int choice) {
        QList<Annotation> l{{.id = 1,
                             .labelId = m_cat.id,
                             .kind = AnnotationKind::Box,
                             .points = {r.topLeft(), r.bottomRight()}},
                            {.id = 2,
                             .labelId = m_dog.id,
                             .kind = AnnotationKind::Span,
                             .start = 0,
                             .end = spanEnd},
                            {.id = 3,
                             .labelId = label == QLatin1String("news") ? 10 : 11,
                             .kind = AnnotationKind::Classification},
                            {.id = 4,
                             .kind = AnnotationKind::Preference,
                             .data = {{QStringLiteral("choice"), choice}}}};
        return l;
    };
    const QMap<QString, QList<Annotation>> layers{
            {QStringLiteral("a"), layer(QRectF(0, 0, 10, 10), 5, QStringLiteral("news"), 0)},
            {QStringLiteral("b"), layer(QRectF(1, 1, 10, 10), 5, QStringLiteral("news"), 0)},
            {QStringLiteral("c"), layer(QRectF(50, 50, 10, 10), 4, QStringLiteral("sci"), 1)}};
    const Consensus::Outcome out = Consensus::build(layers, {.quorum = 2, .minIou = 0.5});
    QCOMPARE(out.agreed, 4);
    QCOMPARE(out.disputed, 4);
    QCOMPARE(out.annotations.size(), 4);
    for (const Annotation &a : out.annotations) {
        QVERIFY(isProposal(a));
        QCOMPARE(a.provenance.modelId, Consensus::modelId());
        QCOMPARE(*a.provenance.score, 2.0 / 3);
        QCOMPARE(a.data.value(QStringLiteral("consensus")).toArray(),
                 (QJsonArray{QStringLiteral("a"), QStringLiteral("b")}));
        switch (a.kind) {
        case AnnotationKind::Box:
            QCOMPARE(a.points, (QList<QPointF>{QPointF(0.5, 0.5), QPointF(10.5, 10.5)}));
            break;
        case AnnotationKind::Span:
            QCOMPARE(a.end, 5);
            break;
        case AnnotationKind::Classification:
            QCOMPARE(a.labelId, 10);
            break;
        case AnnotationKind::Preference:
            QCOMPARE(a.data.value(QStringLiteral("choice")).toInt(), 0);
            break;
        default:
            QFAIL("unexpected kind");
        }
    }
    // A quorum of 3: nothing is agreed; at IoU 0.7 a's and b's boxes are two objects.
    QCOMPARE(Consensus::build(layers, {.quorum = 3}).annotations.size(), 0);
    const Consensus::Outcome strict = Consensus::build(layers, {.quorum = 2, .minIou = 0.7});
    QCOMPARE(std::count_if(strict.annotations.cbegin(), strict.annotations.cend(),
                           [](const Annotation &a) { return a.kind == AnnotationKind::Box; }),
             0);
}

void TestTeam::agreementPerAnnotator()
{
    // Two assets, annotators a, b, c. Asset 1: a and b draw the same box, c another one.
    // Asset 2: classes news/news/sci. Pairwise shape F1: ab 1, ac 0, bc 0 → a 0.5, b 0.5, c 0.
    // Cohen's κ per pair over one item is degenerate; Fleiss over the one class item:
    // counts {news: 2, sci: 1}: P = (2·1 + 0) / (3·2) = 1/3; p = (2/3, 1/3), Pe = 5/9;
    // κ = (1/3 − 5/9) / (1 − 5/9) = −0.5.
    QMap<qint64, QMap<QString, QList<Annotation>>> assets;
    assets[1][QStringLiteral("a")] = {box(1, 0)};
    assets[1][QStringLiteral("b")] = {box(1, 0)};
    assets[1][QStringLiteral("c")] = {box(1, 60)};
    auto cls = [](qint64 label) {
        return QList<Annotation>{
                {.assetId = 2, .labelId = label, .kind = AnnotationKind::Classification}};
    };
    assets[2][QStringLiteral("a")] = cls(10);
    assets[2][QStringLiteral("b")] = cls(10);
    assets[2][QStringLiteral("c")] = cls(11);
    const Consensus::AgreementReport r = Consensus::agreement(assets);
    QCOMPARE(r.assets, 2);
    QCOMPARE(r.annotators, (QStringList{"a", "b", "c"}));
    QVERIFY(r.fleissKappa);
    QVERIFY(qAbs(*r.fleissKappa + 0.5) < 1e-9);
    QCOMPARE(r.perAnnotator[0].shapeF1, 0.5);
    QCOMPARE(r.perAnnotator[1].shapeF1, 0.5);
    QCOMPARE(r.perAnnotator[2].shapeF1, 0.0);
    QCOMPARE(r.perAnnotator[0].assets, 2);
    // Pooled shape F1 over the pairs: 1 match of 3 boxes each side → 1/3.
    QVERIFY(qAbs(r.shapeF1 - 1.0 / 3) < 1e-9);
    QCOMPARE(r.spanF1, -1.0); // no spans anywhere
}

void TestTeam::planDealsOutEveryAssetOnce()
{
    // Accepted and gold assets are not work.
    QString error;
    QVERIFY(ReviewWorkflow::transition(*m_store, m_assets[0], ReviewStatus::InProgress, {},
                                       &error));
    QVERIFY(ReviewWorkflow::transition(*m_store, m_assets[0], ReviewStatus::Submitted, {}, &error));
    QVERIFY(ReviewWorkflow::transition(*m_store, m_assets[0], ReviewStatus::Accepted, {}, &error));
    QVERIFY(Gold::mark(*m_store, m_assets[1], &error));
    QVERIFY(Gold::mark(*m_store, m_assets[2], &error));
    TeamSplit::Options o{.annotators = {QStringLiteral("ann"), QStringLiteral("bob")},
                         .overlapPercent = 25,
                         .goldPercent = 10,
                         .seed = 7};
    const std::optional<TeamSplit::Plan> p = TeamSplit::plan(*m_store, o, &error);
    QVERIFY2(p, qPrintable(error));
    // 17 work assets: 25 % → 4 to both, 13 dealt out 7 + 6.
    QCOMPARE(p->overlap.size(), 4);
    QCOMPARE(p->own[QStringLiteral("ann")].size() + p->own[QStringLiteral("bob")].size(), 13);
    QVERIFY(qAbs(p->own[QStringLiteral("ann")].size() - p->own[QStringLiteral("bob")].size()) <= 1);
    QSet<qint64> seen;
    for (const QList<qint64> &ids :
         {p->overlap, p->own[QStringLiteral("ann")], p->own[QStringLiteral("bob")]})
        for (qint64 id : ids) {
            QVERIFY2(!seen.contains(id), "an asset dealt out twice");
            seen.insert(id);
        }
    QCOMPARE(seen, QSet<qint64>(m_assets.cbegin() + 3, m_assets.cend()));
    // 10 % of 11 or 10 assets → 1 gold each, from the marked ones.
    for (const QString &who : {QStringLiteral("ann"), QStringLiteral("bob")}) {
        QCOMPARE(p->gold[who].size(), 1);
        QVERIFY(p->gold[who][0] == m_assets[1] || p->gold[who][0] == m_assets[2]);
    }
    // The same seed deals the same way; names twice and no gold are refused.
    QCOMPARE(TeamSplit::plan(*m_store, o, &error)->own, p->own);
    o.annotators = {QStringLiteral("ann"), QStringLiteral("ANN")};
    QVERIFY(!TeamSplit::plan(*m_store, o, &error));
    QVERIFY(error.contains(QStringLiteral("twice")));
}

void TestTeam::bundleHidesGoldAndOtherAssets()
{
    QString error;
    QVERIFY(Gold::mark(*m_store, m_assets[5], &error));
    QList<TeamSplit::Bundle> bundles;
    const QString out = m_dir->filePath(QStringLiteral("out"));
    QVERIFY2(TeamSplit::write(*m_store,
                              {.annotators = {QStringLiteral("ann"), QStringLiteral("bob")},
                               .goldPercent = 5,
                               .includeMedia = false},
                              out, &bundles, &error),
             qPrintable(error));
    QCOMPARE(bundles.size(), 2);
    QVERIFY(bundles[0].path.endsWith(QStringLiteral("team-ann.tessera.zip")));
    std::unique_ptr<ProjectStore> b = openBundle(bundles[0].path, QStringLiteral("ann"));
    QVERIFY(b);
    QCOMPARE(b->setting(QStringLiteral("team/annotator")), QStringLiteral("ann"));
    const QList<qint64> ids = b->assetIds();
    QCOMPARE(ids.size(), bundles[0].assets);
    QVERIFY(ids.size() < m_assets.size());
    // The gold asset is there, unmarked and unlabelled, with no history that shows the truth.
    QVERIFY(ids.contains(m_assets[5]));
    QVERIFY(!Gold::isGold(*b, m_assets[5]));
    QVERIFY(b->annotations(m_assets[5]).isEmpty());
    QVERIFY(b->auditLog(m_assets[5]).isEmpty());
    // The history of the assets handed out stays, and the log is append-only again.
    const qint64 own = *std::find_if(ids.cbegin(), ids.cend(),
                                     [this](qint64 id) { return id != m_assets[5]; });
    QVERIFY(!b->auditLog(own).isEmpty());
    QVERIFY(!b->database().exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(!b->auditLog(own).isEmpty());
    // The two bundles share nothing but gold (no overlap asked for).
    std::unique_ptr<ProjectStore> c = openBundle(bundles[1].path, QStringLiteral("bob"));
    QSet<qint64> shared = QSet<qint64>(ids.cbegin(), ids.cend());
    const QList<qint64> other = c->assetIds();
    shared.intersect(QSet<qint64>(other.cbegin(), other.cend()));
    QCOMPARE(shared, QSet<qint64>{m_assets[5]});
    // Existing bundle names are not overwritten.
    QVERIFY(!TeamSplit::write(*m_store, {.annotators = {QStringLiteral("ann")}}, out, nullptr,
                              &error));
    QVERIFY(error.contains(QStringLiteral("exists")));
}

void TestTeam::mergeBringsWorkAndReviewStateBack()
{
    QString error;
    QList<TeamSplit::Bundle> bundles;
    QVERIFY(TeamSplit::write(*m_store,
                             {.annotators = {QStringLiteral("ann")}, .includeMedia = false},
                             m_dir->filePath(QStringLiteral("out")), &bundles, &error));
    std::unique_ptr<ProjectStore> b = openBundle(bundles[0].path, QStringLiteral("ann"));
    QVERIFY(b);
    const qint64 asset = m_assets[3];
    // In the bundle: move the box, add a span-less second box and delete another asset's box,
    // submit, and open an issue with a reply.
    Annotation moved = b->annotations(asset)[0];
    moved.points = {QPointF(40, 40), QPointF(60, 60)};
    QList<Annotation> changes{moved};
    QVERIFY(b->updateAnnotations(changes));
    QList<Annotation> added{box(asset, 70)};
    added[0].labelId = b->labelByName(QStringLiteral("dog"))->id;
    QVERIFY(b->addAnnotations(added));
    const qint64 removedId = b->annotations(m_assets[4])[0].id;
    QVERIFY(b->removeAnnotations({removedId}));
    QVERIFY(ReviewWorkflow::transition(*b, asset, ReviewStatus::InProgress, {}, &error));
    QVERIFY(ReviewWorkflow::transition(*b, asset, ReviewStatus::Submitted, {}, &error));
    IssueStore bundleIssues(*b);
    Comment issue{.assetId = asset,
                  .body = QStringLiteral("is this a dog?"),
                  .region = QRectF(70, 0, 10, 10)};
    QVERIFY(bundleIssues.open(issue));
    Comment reply{.body = QStringLiteral("yes")};
    QVERIFY(bundleIssues.reply(issue.id, reply));
    b.reset();
    // Meanwhile here: a new annotation on another asset takes the next id, which the bundle's
    // new box also has: the merge must give the bundle's box a new one.
    QList<Annotation> ours{box(m_assets[6], 5, 5)};
    QVERIFY(m_store->addAnnotations(ours));
    QCOMPARE(ours[0].id, added[0].id);

    // The bundle is re-packed by the annotator and sent back: merge from a new bundle of it.
    std::unique_ptr<ProjectStore> again
            = ProjectStore::open(QDir(ProjectBundle::unpackFolderFor(bundles[0].path).chopped(2))
                                         .filePath(QStringLiteral("project.tessera")),
                                 &error);
    QVERIFY2(again, qPrintable(error));
    const QString back = m_dir->filePath(QStringLiteral("back.zip"));
    QVERIFY(ProjectBundle::create(*again, back, {}, {}, &error));
    again.reset();

    TeamMerge::Report report;
    QVERIFY2(TeamMerge::merge(*m_store, back, {}, &report, &error), qPrintable(error));
    QCOMPARE(report.annotator, QStringLiteral("ann"));
    QCOMPARE(report.updated, 1);
    QCOMPARE(report.added, 1);
    QCOMPARE(report.removed, 1);
    QCOMPARE(report.conflicts.size(), 0);
    QList<Annotation> now = m_store->annotations(asset);
    QCOMPARE(now.size(), 2);
    QCOMPARE(now[0].points, moved.points);
    QCOMPARE(now[0].provenance.author, QStringLiteral("lead")); // made by lead, moved by ann
    QCOMPARE(now[1].labelId, m_dog.id);
    QCOMPARE(now[1].provenance.author, QStringLiteral("ann"));
    QVERIFY(now[1].id != ours[0].id);
    QCOMPARE(m_store->annotations(m_assets[6]).size(), 2); // ours untouched
    QVERIFY(m_store->annotations(m_assets[4]).isEmpty());
    QCOMPARE(m_store->asset(asset)->status, ReviewStatus::Submitted);
    const QList<ReviewEntry> log = m_store->reviews(asset);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.constLast().reviewer, QStringLiteral("ann"));
    const QList<IssueThread> threads = IssueStore(*m_store).threads(asset);
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads[0].issue.author, QStringLiteral("ann"));
    QCOMPARE(threads[0].issue.region, QRectF(70, 0, 10, 10));
    QCOMPARE(threads[0].replies.size(), 1);

    // The same bundle again: nothing to do.
    const qint64 annotations = m_store->annotationCount();
    QVERIFY(TeamMerge::merge(*m_store, back, {}, &report, &error));
    QCOMPARE(report.added + report.updated + report.removed + report.reviews + report.comments, 0);
    QCOMPARE(m_store->annotationCount(), annotations);
    QCOMPARE(IssueStore(*m_store).threads(asset)[0].replies.size(), 1);
}

void TestTeam::mergeListsConflictsAndOverwritesNothing()
{
    QString error;
    QList<TeamSplit::Bundle> bundles;
    QVERIFY(TeamSplit::write(*m_store,
                             {.annotators = {QStringLiteral("ann")}, .includeMedia = false},
                             m_dir->filePath(QStringLiteral("out")), &bundles, &error));
    std::unique_ptr<ProjectStore> b = openBundle(bundles[0].path, QStringLiteral("ann"));
    // Both sides move asset 3's box differently; the bundle removes asset 4's box, which we
    // change; asset 5's box both change the same way (no conflict).
    auto moveTo = [](ProjectStore &s, qint64 asset, double x) {
        Annotation a = s.annotations(asset)[0];
        a.points = {QPointF(x, 0), QPointF(x + 10, 10)};
        QList<Annotation> l{a};
        return s.updateAnnotations(l);
    };
    QVERIFY(moveTo(*b, m_assets[3], 80));
    QVERIFY(b->removeAnnotations({b->annotations(m_assets[4])[0].id}));
    QVERIFY(moveTo(*b, m_assets[5], 33));
    const QString unpacked = b->path();
    b.reset();
    QVERIFY(moveTo(*m_store, m_assets[3], 50));
    QVERIFY(moveTo(*m_store, m_assets[4], 51));
    QVERIFY(moveTo(*m_store, m_assets[5], 33));
    std::unique_ptr<ProjectStore> again = ProjectStore::open(unpacked, &error);
    const QString back = m_dir->filePath(QStringLiteral("back.zip"));
    QVERIFY(ProjectBundle::create(*again, back, {}, {}, &error));
    again.reset();

    TeamMerge::Report report;
    QVERIFY2(TeamMerge::merge(*m_store, back, {}, &report, &error), qPrintable(error));
    QCOMPARE(report.conflicts.size(), 2);
    QCOMPARE(report.conflicts[0].assetId, m_assets[3]);
    QVERIFY(report.conflicts[0].what.contains(QStringLiteral("both sides")));
    QCOMPARE(report.conflicts[1].assetId, m_assets[4]);
    QVERIFY(report.conflicts[1].what.contains(QStringLiteral("removed in the bundle")));
    QVERIFY(report.lines().join(QLatin1Char('\n')).contains(QStringLiteral("conflict: asset")));
    // Ours kept everywhere.
    QCOMPARE(m_store->annotations(m_assets[3])[0].points[0], QPointF(50, 0));
    QCOMPARE(m_store->annotations(m_assets[4]).size(), 1);
    QCOMPARE(m_store->annotations(m_assets[5])[0].points[0], QPointF(33, 0));

    // A fresh split, the same conflict, and --prefer-bundle: the bundle's side is taken and
    // still listed.
    init();
    QVERIFY(TeamSplit::write(*m_store,
                             {.annotators = {QStringLiteral("ann")}, .includeMedia = false},
                             m_dir->filePath(QStringLiteral("out")), &bundles, &error));
    b = openBundle(bundles[0].path, QStringLiteral("ann"));
    QVERIFY(moveTo(*b, m_assets[3], 80));
    const QString path = b->path();
    b.reset();
    QVERIFY(moveTo(*m_store, m_assets[3], 50));
    again = ProjectStore::open(path, &error);
    QVERIFY(ProjectBundle::create(*again, back, {}, {}, &error));
    again.reset();
    QVERIFY(TeamMerge::merge(*m_store, back, {.preferBundle = true}, &report, &error));
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(m_store->annotations(m_assets[3])[0].points[0], QPointF(80, 0));

    // An asset removed here since the split: the bundle's work on it is dropped, and said so.
    QVERIFY(m_store->removeAsset(m_assets[9]));
    QVERIFY(TeamMerge::merge(*m_store, back, {}, &report, &error));
    QCOMPARE(report.conflicts.size(), 1);
    QCOMPARE(report.conflicts[0].assetId, m_assets[9]);
    QVERIFY(report.conflicts[0].what.contains(QStringLiteral("removed here")));
    QVERIFY(!m_store->asset(m_assets[9]));
}

void TestTeam::overlapComesBackAsLayersForConsensus()
{
    QString error;
    QVERIFY(Gold::mark(*m_store, m_assets[0], &error)); // reference: a box at x = 0
    QList<TeamSplit::Bundle> bundles;
    QVERIFY(TeamSplit::write(*m_store,
                             {.annotators = {QStringLiteral("ann"), QStringLiteral("bob")},
                              .overlapPercent = 100,
                              .goldPercent = 1,
                              .includeMedia = false},
                             m_dir->filePath(QStringLiteral("out")), &bundles, &error));
    const qint64 shared = m_assets[7];
    // Both get every asset; each draws a second box on the shared asset, close to each other,
    // and labels the gold asset (ann well, bob badly).
    QList<QString> paths;
    for (const auto &[who, x] :
         {std::pair{QStringLiteral("ann"), 40.0}, std::pair{QStringLiteral("bob"), 41.0}}) {
        const QString zip = bundles[who == QLatin1String("ann") ? 0 : 1].path;
        std::unique_ptr<ProjectStore> b = openBundle(zip, who);
        QVERIFY(b);
        QVERIFY(b->asset(shared));
        QList<Annotation> more{box(shared, x, 40, 20)};
        QVERIFY(b->addAnnotations(more));
        QList<Annotation> gold{box(m_assets[0], who == QLatin1String("ann") ? 0 : 70)};
        QVERIFY(b->addAnnotations(gold));
        paths.append(b->path());
        const QString back = m_dir->filePath(who + QStringLiteral("-back.zip"));
        QVERIFY(ProjectBundle::create(*b, back, {}, {}, &error));
        TeamMerge::Report report;
        QVERIFY2(TeamMerge::merge(*m_store, back, {}, &report, &error), qPrintable(error));
        QVERIFY(report.layers >= 2);
    }
    // The main layer is untouched; the layers hold each one's work.
    QCOMPARE(m_store->annotations(shared).size(), 1);
    LayerStore layers(*m_store);
    const QMap<QString, QList<Annotation>> mine = layers.layers(shared);
    QCOMPARE(mine.keys(), (QStringList{"ann", "bob"}));
    QCOMPARE(mine[QStringLiteral("ann")].size(), 2);
    // Consensus: the old box (both kept it) and the new one (IoU 19·20/(2·400−380) ≈ 0.9).
    Consensus::Summary summary;
    QVERIFY(Consensus::apply(*m_store, {.quorum = 2}, &summary, &error));
    QList<Annotation> proposals;
    for (const Annotation &a : m_store->annotations(shared))
        if (isProposal(a))
            proposals.append(a);
    QCOMPARE(proposals.size(), 2);
    QCOMPARE(proposals[1].points[0], QPointF(40.5, 40));
    // Rebuilding replaces the proposals instead of adding more.
    QVERIFY(Consensus::apply(*m_store, {.quorum = 2}, &summary, &error));
    QCOMPARE(m_store->annotations(shared).size(), 3);
    // Gold: each annotator scored on their own layer.
    QMap<QString, double> scores;
    for (const Gold::Score &s : Gold::scoreAll(*m_store))
        scores.insert(s.annotator, s.score);
    QCOMPARE(scores.value(QStringLiteral("ann")), 1.0);
    QCOMPARE(scores.value(QStringLiteral("bob")), 0.0);
    // Agreement: both agree on every shape of the shared assets.
    const Consensus::AgreementReport r = Consensus::agreement(*m_store);
    QCOMPARE(r.annotators, (QStringList{"ann", "bob"}));
    QVERIFY(r.perAnnotator[0].shapeF1 > 0.9);
}

void TestTeam::foreignBundlesAreRefused()
{
    QString error;
    // A plain bundle is not a team bundle.
    const QString plain = m_dir->filePath(QStringLiteral("plain.zip"));
    QVERIFY(ProjectBundle::create(*m_store, plain, {}, {}, &error));
    QVERIFY(!TeamMerge::merge(*m_store, plain, {}, nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("not a team bundle")));
    // A team bundle of another project.
    QTemporaryDir other;
    auto stranger = ProjectStore::create(other.filePath(QStringLiteral("x.tessera")), &error);
    Asset a{.kind = AssetKind::Image,
            .name = QStringLiteral("x.jpg"),
            .sha256 = QStringLiteral("x")};
    QVERIFY(stranger->addAsset(a));
    QList<TeamSplit::Bundle> bundles;
    QVERIFY(TeamSplit::write(*stranger,
                             {.annotators = {QStringLiteral("ann")}, .includeMedia = false},
                             other.filePath(QStringLiteral("out")), &bundles, &error));
    QVERIFY(!TeamMerge::merge(*m_store, bundles[0].path, {}, nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("not split from this project")));
    // A damaged bundle names the file.
    QFile f(bundles[0].path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    f.seek(f.size() / 2);
    f.write("garbage garbage garbage");
    f.close();
    QVERIFY(!TeamMerge::merge(*stranger, bundles[0].path, {}, nullptr, &error));
    QVERIFY(error.contains(QFileInfo(bundles[0].path).fileName()));
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
