// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "pgtestserver.h"
#include "quality/bulkedit.h"
#include "store/geometrycodec.h"
#include "store/issuestore.h"
#include "store/projectstore.h"
#include "store/sqlitedatabase.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <thread>

using namespace Tessera;

class TestProjectStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkFindsDamageInsideRowsAndRepairQuarantines();
    void editsWaitForAnotherWritersLock();
    void init();
    void cleanup();
    void annotationRoundTrip_data();
    void annotationRoundTrip();
    void labelOrderIsNeverRenumbered();
    void labelAttributesRoundTrip();
    void labelSkeletonRoundTrip();
    void labelInUseIsNotRemovedSilently();
    void assetPathsAreRelativeBelowTheProject();
    void duplicateContentIsRefused();
    void everyEditIsAudited();
    void auditLogIsAppendOnly();
    void failedBatchLeavesNothingBehind();
    void reviewStatusAndComments();
    void relationsGoWithTheirSpans();
    void assetFilterAndPaging();
    void statsCountByKindAndLabel();
    void createRefusesExistingFile();
    void idsAreNeverReused();
    void staleEditsAreRefusedNotLost();
    void staleReviewMovesAreRefused();
    void bulkMovesCarryTheVersionsSeen();
    void ownAssetWritesAreNotOthersChanges();

private:
    /**
     * The same cases run on a project file and, as tst_projectstore_pg, on a team server
     * project (TESSERA_STORE_BACKEND=postgresql, a fresh database per case). Where the backends
     * differ on purpose (a server signs edits with its login, keeps no folder, has no file to
     * damage), the case says so.
     */
    bool onServer() const { return m_pg != nullptr; }
    /** Who the store signs edits with: the name set (file) or the server login. */
    QString author() const { return onServer() ? m_store->author() : QStringLiteral("alice"); }

    std::unique_ptr<Test::PgTestServer> m_pg;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    qint64 m_imageId = 0;
    qint64 m_textId = 0;
    qint64 m_labelId = 0;
};

void TestProjectStore::initTestCase()
{
    if (qEnvironmentVariable("TESSERA_STORE_BACKEND") != QLatin1String("postgresql"))
        return;
    m_pg = std::make_unique<Test::PgTestServer>();
    QVERIFY2(m_pg->start(), qPrintable(m_pg->errorString()));
}

void TestProjectStore::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    const ProjectLocation location
            = onServer() ? m_pg->freshDatabase()
                         : ProjectLocation(m_dir->filePath(QStringLiteral("p.tessera")));
    QVERIFY(location.isValid());
    m_store = ProjectStore::create(location, &error);
    QVERIFY2(m_store, qPrintable(error));
    m_store->setAuthor(QStringLiteral("alice"));
    Label label;
    label.name = QStringLiteral("person");
    QVERIFY(m_store->addLabel(label));
    m_labelId = label.id;
    Asset image;
    image.kind = AssetKind::Image;
    image.name = QStringLiteral("a.jpg");
    image.path = QStringLiteral("a.jpg");
    image.sha256 = QStringLiteral("aa");
    image.width = 640;
    image.height = 480;
    QVERIFY(m_store->addAsset(image));
    m_imageId = image.id;
    Asset text;
    text.kind = AssetKind::Text;
    text.name = QStringLiteral("doc");
    text.text = QStringLiteral("Ada Lovelace 🙂 wrote");
    text.sha256 = QStringLiteral("bb");
    QVERIFY(m_store->addAsset(text));
    m_textId = text.id;
}

void TestProjectStore::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestProjectStore::annotationRoundTrip_data()
{
    QTest::addColumn<Annotation>("annotation");
    auto base = [](AnnotationKind kind) {
        Annotation a;
        a.kind = kind;
        a.provenance.origin = Origin::Human;
        return a;
    };
    Annotation box = base(AnnotationKind::Box);
    box.points = {QPointF(10.5, 20.25), QPointF(110, 220)};
    box.data[QStringLiteral("attributes")] = QJsonObject{{QStringLiteral("occluded"), true}};
    QTest::newRow("box") << box;
    Annotation rotated = base(AnnotationKind::RotatedBox);
    rotated.points = {QPointF(0, 0), QPointF(50, 30)};
    rotated.rotation = 33.5;
    QTest::newRow("rotated-box") << rotated;
    Annotation polygon = base(AnnotationKind::Polygon);
    for (int i = 0; i < 20; ++i)
        polygon.points.append(QPointF(i * 1.1, i * i * 0.7));
    polygon.z = 3;
    polygon.groupId = 7;
    QTest::newRow("polygon") << polygon;
    Annotation polyline = base(AnnotationKind::Polyline);
    polyline.points = {QPointF(1, 1), QPointF(2, 3), QPointF(5, 8)};
    QTest::newRow("polyline") << polyline;
    Annotation point = base(AnnotationKind::Point);
    point.points = {QPointF(3.25, 4.75)};
    QTest::newRow("point") << point;
    Annotation keypoints = base(AnnotationKind::Keypoints);
    keypoints.points = {QPointF(1, 2), QPointF(3, 4), QPointF(0, 0)};
    keypoints.visibility = {2, 1, 0};
    QTest::newRow("keypoints") << keypoints;
    Annotation ellipse = base(AnnotationKind::Ellipse);
    ellipse.points = {QPointF(10, 10), QPointF(30, 20)};
    ellipse.rotation = -12;
    QTest::newRow("ellipse") << ellipse;
    Annotation mask = base(AnnotationKind::Mask);
    mask.maskRect = QRect(5, 6, 10, 4);
    mask.maskRuns = {3, 7, 10, 20};
    QTest::newRow("mask") << mask;
    Annotation tag = base(AnnotationKind::Tag);
    QTest::newRow("tag") << tag;
    Annotation machine = base(AnnotationKind::Box);
    machine.points = {QPointF(1, 1), QPointF(9, 9)};
    machine.provenance.origin = Origin::Prelabel;
    machine.provenance.modelId = QStringLiteral("blazeface");
    machine.provenance.modelVersion = QStringLiteral("1.2.0");
    machine.provenance.score = 0.875;
    QTest::newRow("prelabel-provenance") << machine;
    Annotation span = base(AnnotationKind::Span);
    span.start = 13;
    span.end = 14; // the emoji: one code point
    QTest::newRow("span") << span;
    Annotation classification = base(AnnotationKind::Classification);
    QTest::newRow("classification") << classification;
    Annotation preference = base(AnnotationKind::Preference);
    preference.data[QStringLiteral("choice")] = QStringLiteral("A");
    preference.data[QStringLiteral("ranking")] = QJsonArray{1, 0};
    preference.data[QStringLiteral("rationale")] = QStringLiteral("A cites its source");
    QTest::newRow("preference") << preference;
}

void TestProjectStore::annotationRoundTrip()
{
    QFETCH(Annotation, annotation);
    const bool text = annotation.kind >= AnnotationKind::Span;
    annotation.assetId = text ? m_textId : m_imageId;
    annotation.labelId = annotation.kind == AnnotationKind::Preference ? 0 : m_labelId;
    QList<Annotation> list{annotation};
    QVERIFY2(m_store->addAnnotations(list), qPrintable(m_store->errorString()));
    const Annotation stored = list.constFirst();
    QVERIFY(stored.id > 0);
    QCOMPARE(stored.provenance.author, author());
    QVERIFY(stored.provenance.createdAt > 0);

    // Read through a second, fresh connection: what is on disk, not what is cached.
    const ProjectLocation location = m_store->location();
    m_store.reset();
    QString error;
    m_store = ProjectStore::open(location, &error);
    QVERIFY2(m_store, qPrintable(error));
    const QList<Annotation> loaded = m_store->annotations(stored.assetId);
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.constFirst(), stored);
}

void TestProjectStore::labelOrderIsNeverRenumbered()
{
    Label car{.name = QStringLiteral("car")};
    Label bus{.name = QStringLiteral("bus")};
    QVERIFY(m_store->addLabel(car));
    QVERIFY(m_store->addLabel(bus));
    QCOMPARE(car.sortOrder, 1);
    QCOMPARE(bus.sortOrder, 2);
    QVERIFY(m_store->removeLabel(car.id));
    Label truck{.name = QStringLiteral("truck")};
    QVERIFY(m_store->addLabel(truck));
    // Removing "car" must not shift "bus", and its order is not handed out again.
    QCOMPARE(m_store->labelByName(QStringLiteral("bus"))->sortOrder, 2);
    QCOMPARE(truck.sortOrder, 3);
    Label renamed = *m_store->labelByName(QStringLiteral("bus"));
    renamed.name = QStringLiteral("coach");
    renamed.sortOrder = 0; // an attempt to reorder through update is ignored
    QVERIFY(m_store->updateLabel(renamed));
    QCOMPARE(m_store->labelByName(QStringLiteral("coach"))->sortOrder, 2);
    Label duplicate{.name = QStringLiteral("coach")};
    QVERIFY(!m_store->addLabel(duplicate));
    QVERIFY(m_store->errorString().contains(QStringLiteral("coach")));
}

void TestProjectStore::labelAttributesRoundTrip()
{
    Label label{.name = QStringLiteral("vehicle"),
                .color = QColor(QStringLiteral("#112233")),
                .hotkey = QStringLiteral("v"),
                .kinds = ImageKindFlag};
    label.attributes = {
            {0,
             QStringLiteral("type"),
             AttributeType::Select,
             {QStringLiteral("car"), QStringLiteral("bus")},
             QStringLiteral("car")},
            {0,
             QStringLiteral("tags"),
             AttributeType::MultiSelect,
             {QStringLiteral("x"), QStringLiteral("y")},
             QString()},
            {0, QStringLiteral("occluded"), AttributeType::Checkbox, {}, QStringLiteral("false")},
            {0, QStringLiteral("speed"), AttributeType::Number, {}, QString()},
            {0, QStringLiteral("note"), AttributeType::Text, {}, QString()},
    };
    QVERIFY(m_store->addLabel(label));
    const Label loaded = *m_store->label(label.id);
    QCOMPARE(loaded.attributes.size(), 5);
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(loaded.attributes[i].name, label.attributes[i].name);
        QCOMPARE(loaded.attributes[i].type, label.attributes[i].type);
        QCOMPARE(loaded.attributes[i].options, label.attributes[i].options);
        QCOMPARE(loaded.attributes[i].defaultValue, label.attributes[i].defaultValue);
    }
    QCOMPARE(loaded.color, QColor(QStringLiteral("#112233")));
    QCOMPARE(loaded.hotkey, QStringLiteral("v"));
    QCOMPARE(loaded.kinds, int(ImageKindFlag));
}

void TestProjectStore::labelSkeletonRoundTrip()
{
    Label hand{.name = QStringLiteral("hand")};
    hand.skeleton.points
            = {QStringLiteral("wrist"), QStringLiteral("thumb"), QStringLiteral("index")};
    hand.skeleton.edges = {{0, 1}, {0, 2}};
    QVERIFY(m_store->addLabel(hand));
    QCOMPARE(m_store->label(hand.id)->skeleton, hand.skeleton);
    hand.skeleton.edges.append({1, 2});
    QVERIFY(m_store->updateLabel(hand));
    QCOMPARE(m_store->label(hand.id)->skeleton.edges.size(), 3);
    // A template written by hand with an edge to a missing point loses that edge, not the label.
    QVERIFY(m_store->database().exec(QStringLiteral(
            "UPDATE labels SET skeleton = '{\"points\":[\"a\",\"b\"],\"edges\":[[0,1],[0,7]]}' "
            "WHERE name = 'hand'")));
    QCOMPARE(m_store->label(hand.id)->skeleton.edges, (QList<QPair<int, int>>{{0, 1}}));
}

void TestProjectStore::labelInUseIsNotRemovedSilently()
{
    QList<Annotation> list{
            {.assetId = m_imageId, .labelId = m_labelId, .kind = AnnotationKind::Tag}};
    QVERIFY(m_store->addAnnotations(list));
    QVERIFY(!m_store->removeLabel(m_labelId));
    QVERIFY(m_store->errorString().contains(QStringLiteral("1 annotation")));
    QCOMPARE(m_store->annotationCount(), 1);
    QVERIFY(m_store->removeLabel(m_labelId, true));
    QCOMPARE(m_store->annotationCount(), 0);
    QVERIFY(!m_store->label(m_labelId));
}

void TestProjectStore::assetPathsAreRelativeBelowTheProject()
{
    if (onServer()) {
        // No folder: media on a shared path are stored as they are, absolute.
        const QString shared = m_dir->filePath(QStringLiteral("images/x.png"));
        QCOMPARE(m_store->storedPath(shared), shared);
        QCOMPARE(m_store->absolutePath({.path = shared}), shared);
        return;
    }
    const QString inside = m_dir->filePath(QStringLiteral("images/x.png"));
    QCOMPARE(m_store->storedPath(inside), QStringLiteral("images/x.png"));
    QTemporaryDir elsewhere;
    const QString outside = elsewhere.filePath(QStringLiteral("y.png"));
    QCOMPARE(m_store->storedPath(outside), outside);
    Asset a{.path = QStringLiteral("images/x.png")};
    QCOMPARE(m_store->absolutePath(a), inside);
}

void TestProjectStore::duplicateContentIsRefused()
{
    Asset copy{.kind = AssetKind::Image,
               .name = QStringLiteral("copy.jpg"),
               .sha256 = QStringLiteral("aa")};
    QVERIFY(!m_store->addAsset(copy));
    QCOMPARE(m_store->assetCount(), 2);
    QCOMPARE(m_store->assetBySha256(QStringLiteral("aa"))->id, m_imageId);
}

void TestProjectStore::everyEditIsAudited()
{
    QList<Annotation> list{{.assetId = m_imageId,
                            .labelId = m_labelId,
                            .kind = AnnotationKind::Point,
                            .points = {QPointF(1, 2)}}};
    QVERIFY(m_store->addAnnotations(list));
    list[0].points = {QPointF(5, 6)};
    QVERIFY(m_store->updateAnnotations(list));
    QVERIFY(m_store->removeAnnotations({list[0].id}));
    const QList<AuditEntry> log = m_store->auditLog(m_imageId);
    QStringList actions;
    for (const AuditEntry &e : log)
        actions.append(e.action);
    QCOMPARE(actions, (QStringList{QStringLiteral("add-asset"), QStringLiteral("add-annotation"),
                                   QStringLiteral("update-annotation"),
                                   QStringLiteral("remove-annotation")}));
    for (const AuditEntry &e : log)
        QCOMPARE(e.author, author());
    // before/after carry the geometry, so history can be replayed.
    const QJsonObject before = QJsonDocument::fromJson(log[2].before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(log[2].after.toUtf8()).object();
    QCOMPARE(before.value(QStringLiteral("points")).toArray(), (QJsonArray{1.0, 2.0}));
    QCOMPARE(after.value(QStringLiteral("points")).toArray(), (QJsonArray{5.0, 6.0}));
    QVERIFY(log[3].after.isEmpty());
}

void TestProjectStore::auditLogIsAppendOnly()
{
    QVERIFY(!m_store->database().exec(QStringLiteral("UPDATE audit_log SET author = 'mallory'")));
    QVERIFY(!m_store->database().exec(QStringLiteral("DELETE FROM audit_log")));
    QVERIFY(!m_store->auditLog().isEmpty());
    QCOMPARE(m_store->auditLog().constFirst().author, author());
}

void TestProjectStore::failedBatchLeavesNothingBehind()
{
    // The second annotation names an asset that does not exist: the whole batch must roll back.
    QList<Annotation> list{{.assetId = m_imageId, .kind = AnnotationKind::Tag},
                           {.assetId = 999999, .kind = AnnotationKind::Tag}};
    const int auditBefore = int(m_store->auditLog().size());
    QVERIFY(!m_store->addAnnotations(list));
    QVERIFY(!m_store->errorString().isEmpty());
    QCOMPARE(m_store->annotationCount(), 0);
    QCOMPARE(m_store->auditLog().size(), auditBefore);
    // And the store still works afterwards.
    QList<Annotation> ok{{.assetId = m_imageId, .kind = AnnotationKind::Tag}};
    QVERIFY(m_store->addAnnotations(ok));
    QCOMPARE(m_store->annotationCount(), 1);
}

void TestProjectStore::reviewStatusAndComments()
{
    QVERIFY(m_store->setReviewStatus(m_imageId, ReviewStatus::Rejected,
                                     QStringLiteral("loose box")));
    QCOMPARE(m_store->asset(m_imageId)->status, ReviewStatus::Rejected);
    IssueStore issues(*m_store);
    Comment c{.assetId = m_imageId,
              .body = QStringLiteral("tighten the left edge"),
              .region = QRectF(12, 34, 0, 0)};
    QVERIFY(issues.open(c));
    QVERIFY(issues.setResolved(c.id, true));
    const QList<IssueThread> threads = issues.threads(m_imageId);
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads[0].issue.author, author());
    QCOMPARE(*threads[0].issue.region, QRectF(12, 34, 0, 0));
    QVERIFY(threads[0].issue.resolved);
    QVERIFY(!issues.setResolved(4242, true));
}

void TestProjectStore::relationsGoWithTheirSpans()
{
    QList<Annotation> spans{{.assetId = m_textId,
                             .labelId = m_labelId,
                             .kind = AnnotationKind::Span,
                             .start = 0,
                             .end = 3},
                            {.assetId = m_textId,
                             .labelId = m_labelId,
                             .kind = AnnotationKind::Span,
                             .start = 4,
                             .end = 12}};
    QVERIFY(m_store->addAnnotations(spans));
    QList<Annotation> relation{{.assetId = m_textId,
                                .kind = AnnotationKind::Relation,
                                .sourceId = spans[0].id,
                                .targetId = spans[1].id}};
    QVERIFY(m_store->addAnnotations(relation));
    QCOMPARE(m_store->annotation(relation[0].id)->sourceId, spans[0].id);
    QVERIFY(m_store->removeAnnotations({spans[1].id}));
    QVERIFY(!m_store->annotation(relation[0].id)); // no dangling relation
    QList<Annotation> dangling{{.assetId = m_textId,
                                .kind = AnnotationKind::Relation,
                                .sourceId = spans[0].id,
                                .targetId = 424242}};
    QVERIFY(!m_store->addAnnotations(dangling));
}

void TestProjectStore::assetFilterAndPaging()
{
    QList<Asset> many;
    for (int i = 0; i < 600; ++i)
        many.append({.kind = i % 3 ? AssetKind::Image : AssetKind::Text,
                     .name = QStringLiteral("item_%1").arg(i),
                     .sha256 = QString::number(i)});
    QVERIFY(m_store->addAssets(many));
    QCOMPARE(m_store->assetCount(), 602);
    const AssetFilter texts{.kind = AssetKind::Text};
    QCOMPARE(m_store->assetCount(texts), 201);
    QCOMPARE(m_store->assetIds(texts).size(), 201);
    // Keyset pages cover the filtered list exactly once, in order.
    QList<qint64> paged;
    qint64 after = 0;
    for (;;) {
        const QList<Asset> page = m_store->assetPage(texts, after, 50);
        if (page.isEmpty())
            break;
        for (const Asset &a : page) {
            QCOMPARE(a.kind, AssetKind::Text);
            paged.append(a.id);
        }
        after = page.constLast().id;
    }
    QCOMPARE(paged, m_store->assetIds(texts));
    // "_" and "%" are literal characters in the name search, not wildcards.
    QCOMPARE(m_store->assetCount({.text = QStringLiteral("item_59")}), 11);
    QCOMPARE(m_store->assetCount({.text = QStringLiteral("%")}), 0);
    QList<Annotation> tag{
            {.assetId = many[5].id, .labelId = m_labelId, .kind = AnnotationKind::Tag}};
    QVERIFY(m_store->addAnnotations(tag));
    QCOMPARE(m_store->assetIds({.labelId = m_labelId}), QList<qint64>{many[5].id});
    QList<int> counts;
    const QList<Asset> page = m_store->assetPage({}, many[5].id - 1, 2, &counts);
    QCOMPARE(page.size(), 2);
    QCOMPARE(counts, (QList<int>{1, 0}));
}

void TestProjectStore::statsCountByKindAndLabel()
{
    QList<Annotation> list{
            {.assetId = m_imageId,
             .labelId = m_labelId,
             .kind = AnnotationKind::Box,
             .points = {QPointF(0, 0), QPointF(1, 1)}},
            {.assetId = m_imageId, .labelId = m_labelId, .kind = AnnotationKind::Tag},
            {.assetId = m_textId, .kind = AnnotationKind::Classification}};
    QVERIFY(m_store->addAnnotations(list));
    const ProjectStats s = m_store->stats();
    QCOMPARE(s.assets, 2);
    QCOMPARE(s.assetsByKind.value(AssetKind::Image), 1);
    QCOMPARE(s.annotations, 3);
    QCOMPARE(s.annotationsByKind.value(AnnotationKind::Box), 1);
    QCOMPARE(s.annotationsByLabel.value(m_labelId), 2);
    QCOMPARE(s.annotationsByLabel.value(0), 1);
    QCOMPARE(s.labels, 1);
}

void TestProjectStore::createRefusesExistingFile()
{
    QString error;
    QVERIFY(!ProjectStore::create(m_store->location(), &error));
    QVERIFY2(error.contains(onServer() ? QStringLiteral("already a Tessera project")
                                       : QStringLiteral("already exists")),
             qPrintable(error));
    QCOMPARE(m_store->assetCount(), 2); // and the project is as it was
}

void TestProjectStore::idsAreNeverReused()
{
    // SQLite would hand the highest id out again after its row is deleted; undo re-inserts removed
    // annotations under their old ids, so a reused id would collide.
    QList<Annotation> first{{.assetId = m_imageId, .kind = AnnotationKind::Tag}};
    QVERIFY(m_store->addAnnotations(first));
    QVERIFY(m_store->removeAnnotations({first[0].id}));
    QList<Annotation> second{{.assetId = m_imageId, .kind = AnnotationKind::Tag}};
    QVERIFY(m_store->addAnnotations(second));
    QVERIFY(second[0].id > first[0].id);
    QVERIFY(m_store->addAnnotations(first)); // the removed one comes back under its own id
    QCOMPARE(m_store->annotationCount(m_imageId), 2);
}

void TestProjectStore::staleEditsAreRefusedNotLost()
{
    QList<Annotation> list{{.assetId = m_imageId,
                            .labelId = m_labelId,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(0, 0), QPointF(10, 10)}}};
    QVERIFY(m_store->addAnnotations(list));
    const Annotation seen = *m_store->annotation(list[0].id);
    // Another client (a second connection) changes it twice at once: each change is a new
    // version, also within one millisecond.
    QString error;
    std::unique_ptr<ProjectStore> other = ProjectStore::open(m_store->location(), &error);
    QVERIFY2(other, qPrintable(error));
    QList<Annotation> theirs{seen};
    theirs[0].points = {QPointF(5, 5), QPointF(20, 20)};
    QVERIFY(other->updateAnnotations(theirs));
    const qint64 first = theirs[0].provenance.modifiedAt;
    QVERIFY(first > seen.provenance.modifiedAt);
    theirs[0].points = {QPointF(6, 6), QPointF(20, 20)};
    QVERIFY(other->updateAnnotations(theirs));
    QVERIFY(theirs[0].provenance.modifiedAt > first);
    QCOMPARE(other->annotation(seen.id)->provenance.modifiedAt, theirs[0].provenance.modifiedAt);

    // An edit made on what was seen before is refused, and changes nothing.
    const int audited = int(m_store->auditLog().size());
    QList<Annotation> mine{seen};
    mine[0].points = {QPointF(1, 1), QPointF(2, 2)};
    QVERIFY(!m_store->updateAnnotations(mine, {{seen.id, seen.provenance.modifiedAt}}));
    QVERIFY(m_store->lastErrorWasConflict());
    QVERIFY2(m_store->errorString().contains(QStringLiteral("not stored")),
             qPrintable(m_store->errorString()));
    QVERIFY(!m_store->removeAnnotations({seen.id}, {{seen.id, seen.provenance.modifiedAt}}));
    QVERIFY(m_store->lastErrorWasConflict());
    QCOMPARE(m_store->annotation(seen.id)->points, theirs[0].points);
    QCOMPARE(int(m_store->auditLog().size()), audited);
    // On the version now stored, both go through.
    const qint64 now = m_store->annotation(seen.id)->provenance.modifiedAt;
    QVERIFY(m_store->updateAnnotations(mine, {{seen.id, now}}));
    QVERIFY(!m_store->lastErrorWasConflict());
    QCOMPARE(m_store->annotation(seen.id)->points, mine[0].points);
    QVERIFY(m_store->removeAnnotations({seen.id}, {{seen.id, mine[0].provenance.modifiedAt}}));
    QVERIFY(!m_store->annotation(seen.id));
}

// Assets carry a version too: a review move made on what the user saw before someone else's
// change is refused and says who; a move on one's own last write goes through.
void TestProjectStore::staleReviewMovesAreRefused()
{
    const Asset seen = *m_store->asset(m_imageId);
    QString error;
    std::unique_ptr<ProjectStore> other = ProjectStore::open(m_store->location(), &error);
    QVERIFY2(other, qPrintable(error));
    other->setAuthor(QStringLiteral("bob"));
    QVERIFY(other->setReviewStatus(m_imageId, ReviewStatus::InProgress, {}, seen.version));
    const Asset moved = *m_store->asset(m_imageId);
    QCOMPARE(moved.version, seen.version + 1);
    const int reviews = int(m_store->reviews(m_imageId).size());
    QVERIFY(!m_store->setReviewStatus(m_imageId, ReviewStatus::Submitted, {}, seen.version));
    QVERIFY(m_store->lastErrorWasConflict());
    QVERIFY2(m_store->errorString().contains(QStringLiteral("changed by")),
             qPrintable(m_store->errorString()));
    QCOMPARE(m_store->asset(m_imageId)->status, ReviewStatus::InProgress);
    QCOMPARE(int(m_store->reviews(m_imageId).size()), reviews);
    // On the version now stored it goes through; the next move of the same store on the
    // version it saw before its own move too (its own write is no one else's change).
    QVERIFY(m_store->setReviewStatus(m_imageId, ReviewStatus::Submitted, {}, moved.version));
    QVERIFY(!m_store->lastErrorWasConflict());
    QVERIFY(m_store->setReviewStatus(m_imageId, ReviewStatus::Accepted, {}, moved.version));
    QCOMPARE(m_store->asset(m_imageId)->version, seen.version + 3);
    // Moves without a version (scripts, bulk steps) are last-writer-wins, as before.
    QVERIFY(other->setReviewStatus(m_imageId, ReviewStatus::Reopened));
}

void TestProjectStore::bulkMovesCarryTheVersionsSeen()
{
    Asset second{.kind = AssetKind::Image,
                 .path = QStringLiteral("b.jpg"),
                 .name = QStringLiteral("b.jpg"),
                 .sha256 = QStringLiteral("cc"),
                 .width = 10,
                 .height = 10};
    QVERIFY(m_store->addAsset(second));
    const QList<qint64> ids{m_imageId, second.id, m_textId};
    QHash<qint64, qint64> seen;
    for (qint64 id : ids)
        seen.insert(id, m_store->asset(id)->version);
    seen.remove(m_textId); // a row the caller no longer held: moved without a check
    QString error;
    std::unique_ptr<ProjectStore> other = ProjectStore::open(m_store->location(), &error);
    QVERIFY2(other, qPrintable(error));
    other->setAuthor(QStringLiteral("bob"));
    QVERIFY(other->setReviewStatus(second.id, ReviewStatus::InProgress));
    QVERIFY(other->setReviewStatus(m_textId, ReviewStatus::InProgress));

    const BulkEdit::StatusResult result
            = BulkEdit::setStatus(*m_store, ids, ReviewStatus::Submitted, {}, seen);
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QCOMPARE(result.moved.size(), 2);
    QCOMPARE(result.moved[0].assetId, m_imageId);
    QCOMPARE(result.moved[1].assetId, m_textId);
    QCOMPARE(result.stale, QList<qint64>{second.id});
    QCOMPARE(result.refused.size(), 1);
    const QString bob = onServer() ? other->author() : QStringLiteral("bob");
    QVERIFY2(result.refused[0].contains(QStringLiteral("changed by %1").arg(bob)),
             qPrintable(result.refused[0]));
    QCOMPARE(m_store->asset(second.id)->status, ReviewStatus::InProgress);
    QCOMPARE(m_store->asset(m_imageId)->status, ReviewStatus::Submitted);
    // Without versions (a script) the same move goes through: last writer wins, as before.
    QCOMPARE(BulkEdit::setStatus(*m_store, {second.id}, ReviewStatus::Submitted, {}).moved.size(),
             1);
}

void TestProjectStore::ownAssetWritesAreNotOthersChanges()
{
    QString error;
    std::unique_ptr<ProjectStore> other = ProjectStore::open(m_store->location(), &error);
    QVERIFY2(other, qPrintable(error));
    other->setAuthor(QStringLiteral("bob"));

    // The store's own change of the fields or media (a job, a relink) after the view was read
    // is not someone else's: the move from that view goes through.
    qint64 seen = m_store->asset(m_imageId)->version;
    QVERIFY(m_store->setAssetPayload(m_imageId, {{QStringLiteral("camera"), QStringLiteral("A")}}));
    QVERIFY(m_store->setAssetMedia(m_imageId, QStringLiteral("a2.jpg"), QStringLiteral("a2"), 10,
                                   {}));
    QCOMPARE(m_store->asset(m_imageId)->version, seen + 2);
    QVERIFY2(m_store->setReviewStatus(m_imageId, ReviewStatus::InProgress, {}, seen),
             qPrintable(m_store->errorString()));

    // Someone else's change of the fields is a change.
    seen = m_store->asset(m_imageId)->version;
    QVERIFY(other->setAssetPayload(m_imageId, {{QStringLiteral("camera"), QStringLiteral("B")}}));
    QVERIFY(!m_store->setReviewStatus(m_imageId, ReviewStatus::Submitted, {}, seen));
    QVERIFY(m_store->lastErrorWasConflict());

    // An own write that was rolled back leaves no claim on the version it would have made: the
    // other's write that took that version number still counts.
    seen = m_store->asset(m_imageId)->version;
    {
        ProjectStore::Transaction t(*m_store);
        QVERIFY(t.ok());
        QVERIFY(m_store->setAssetPayload(m_imageId, {{QStringLiteral("x"), 1}}));
    } // rolled back
    QCOMPARE(m_store->asset(m_imageId)->version, seen);
    QVERIFY(other->setAssetPayload(m_imageId, {{QStringLiteral("camera"), QStringLiteral("C")}}));
    QCOMPARE(m_store->asset(m_imageId)->version, seen + 1);
    QVERIFY(!m_store->setReviewStatus(m_imageId, ReviewStatus::Submitted, {}, seen));
    QVERIFY(m_store->lastErrorWasConflict());
}

void TestProjectStore::editsWaitForAnotherWritersLock()
{
    if (onServer())
        QSKIP("a project file's write lock; PostgreSQL locks rows (tst_serverwatch)");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.tessera"));
    QString error;
    std::unique_ptr<ProjectStore> mine = ProjectStore::create(path, &error);
    QVERIFY(mine);
    Asset asset{.kind = AssetKind::Text,
                .name = QStringLiteral("t"),
                .sha256 = QStringLiteral("t"),
                .text = QStringLiteral("hello")};
    QVERIFY(mine->addAsset(asset));
    const qint64 before = mine->dataVersion();

    // Another program takes the write lock for 1.2 s.
    std::atomic_bool holding{false};
    std::thread other([&] {
        QString e;
        std::unique_ptr<ProjectStore> theirs = ProjectStore::open(path, &e);
        ProjectStore::Transaction t(*theirs);
        Label l{.name = QStringLiteral("theirs")};
        theirs->addLabel(l);
        holding = true;
        QThread::msleep(1200);
        t.commit();
    });
    QTRY_VERIFY(holding.load());
    QElapsedTimer timer;
    timer.start();
    // The edit waits (it was dropped with "database is locked" before) and is stored.
    QList<Annotation> span{
            {.assetId = asset.id, .kind = AnnotationKind::Span, .start = 0, .end = 5}};
    QVERIFY2(mine->addAnnotations(span), qPrintable(mine->errorString()));
    QVERIFY(timer.elapsed() >= 800);
    other.join();
    QCOMPARE(mine->annotationCount(asset.id), 1);
    // Their commit is seen as another writer's change.
    QVERIFY(mine->dataVersion() != before);
    QVERIFY(mine->labelByName(QStringLiteral("theirs")));

    // A wait that gives up: the error names the project and says what happened; nothing stored.
    holding = false;
    std::thread again([&] {
        QString e;
        std::unique_ptr<ProjectStore> theirs = ProjectStore::open(path, &e);
        ProjectStore::Transaction t(*theirs);
        Label l{.name = QStringLiteral("theirs2")};
        const bool added = theirs->addLabel(l);
        QVERIFY(added);
        holding = true;
        QThread::msleep(800);
        t.commit();
    });
    QTRY_VERIFY(holding.load());
    int calls = 0;
    mine->setBusyWait([&calls](qint64 waited) {
        ++calls;
        if (waited < 0)
            return false;
        QThread::msleep(20);
        return waited < 200;
    });
    span[0].id = 0;
    QElapsedTimer t2;
    t2.start();
    const bool stored = mine->addAnnotations(span);
    QVERIFY(t2.elapsed() < 750); // gave up as told, well before the other writer finished
    again.join();
    QVERIFY(!stored);
    QVERIFY2(calls > 0, qPrintable(mine->errorString()));
    QVERIFY2(mine->errorString().contains(QStringLiteral("shared.tessera"))
                     && mine->errorString().contains(QStringLiteral("locked")),
             qPrintable(mine->errorString()));
    QCOMPARE(mine->annotationCount(asset.id), 1);
}

void TestProjectStore::checkFindsDamageInsideRowsAndRepairQuarantines()
{
    if (onServer())
        QSKIP("damage inside a project file; a server project's pages are PostgreSQL's");
    QTemporaryDir dir;
    QString error;
    std::unique_ptr<ProjectStore> store
            = ProjectStore::create(dir.filePath(QStringLiteral("d.tessera")), &error);
    QVERIFY(store);
    Asset image{.kind = AssetKind::Image,
                .name = QStringLiteral("i.png"),
                .sha256 = QStringLiteral("i"),
                .width = 6,
                .height = 6};
    Asset text{.kind = AssetKind::Text,
               .name = QStringLiteral("t"),
               .sha256 = QStringLiteral("t"),
               .text = QStringLiteral("hello")};
    QVERIFY(store->addAsset(image) && store->addAsset(text));
    QList<Annotation> rows{
            {.assetId = image.id,
             .kind = AnnotationKind::Box,
             .points = {QPointF(1, 1), QPointF(4, 4)}},
            {.assetId = image.id,
             .kind = AnnotationKind::Box,
             .points = {QPointF(1, 1), QPointF(2, 2)}},
            {.assetId = image.id,
             .kind = AnnotationKind::Box,
             .points = {QPointF(1, 1), QPointF(3, 3)}},
            {.assetId = text.id, .kind = AnnotationKind::Span, .start = 0, .end = 5},
            {.assetId = text.id, .kind = AnnotationKind::Span, .start = 1, .end = 3}};
    QVERIFY(store->addAnnotations(rows));
    QList<Annotation> relation{{.assetId = text.id,
                                .kind = AnnotationKind::Relation,
                                .sourceId = rows[3].id,
                                .targetId = rows[4].id}};
    QVERIFY(store->addAnnotations(relation));
    QVERIFY(store->check(false).isEmpty());

    // Damage inside rows that the file itself does not notice (integrity_check passes):
    Annotation far = rows[1];
    far.points = {QPointF(-65536, 1), QPointF(2, 2)}; // a box at -65536 on a 6×6 image
    Annotation outside = rows[4];
    outside.end = 500; // a span beyond the text's 5 characters
    Database &db = store->database();
    const auto setGeometry = [&](qint64 id, const QByteArray &blob) {
        Statement *q = db.prepare("UPDATE annotations SET geometry = ? WHERE id = ?");
        q->bindBlob(1, blob).bind(2, id);
        return q->exec();
    };
    QVERIFY(setGeometry(far.id, GeometryCodec::encode(far)));
    QVERIFY(setGeometry(outside.id, GeometryCodec::encode(outside)));
    QVERIFY(setGeometry(rows[2].id, QByteArray("\x01\x02garbage")));
    QVERIFY(db.exec(QStringLiteral("UPDATE annotations SET data = '{broken' WHERE id = %1")
                            .arg(rows[0].id)));
    const QStringList problems = store->check(false);
    const QString all = problems.join(QLatin1Char('\n'));
    QVERIFY2(problems.size() >= 4, qPrintable(all));
    QVERIFY2(all.contains(
                     QStringLiteral(
                             "annotation %1: the point (-65536, 1) lies far outside the 6×6 image")
                             .arg(far.id)),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("annotation %1: the span [1, 500)").arg(outside.id)),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("annotation %1: unreadable geometry").arg(rows[2].id)),
             qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("annotation %1: its data is not JSON").arg(rows[0].id)),
             qPrintable(all));

    // Repair moves them (and the relation hanging on the bad span) aside, deleting nothing.
    QStringList moved;
    QCOMPARE(store->repair(&moved), 5);
    QVERIFY(store->check(false).isEmpty());
    QCOMPARE(store->annotationCount(), 1); // the good span
    QCOMPARE(db.queryInt("SELECT count(*) FROM quarantine").value_or(-1), 5);
    Statement *q = db.prepare("SELECT row_data FROM quarantine WHERE row_id = ?");
    q->bind(1, far.id);
    QVERIFY(q->step());
    QVERIFY(q->text(0).contains(QStringLiteral("\"asset_id\":%1").arg(image.id)));
    q->reset();
}

QTEST_GUILESS_MAIN(TestProjectStore)
#include "tst_projectstore.moc"
