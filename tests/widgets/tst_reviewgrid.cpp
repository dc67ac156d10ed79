// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "items/reviewgridmodel.h"
#include "items/thumbnailcache.h"
#include "quality/reviewworkflow.h"
#include "reviewgrid/reviewgridwidget.h"
#include "store/issuestore.h"
#include "store/objectquery.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Tessera;

/**
 * The review grid: object pages by label (keyset), its filters, bulk review moves and relabels as
 * one attributed undo step, and the keyboard of the grid widget.
 */
class TestReviewGrid : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void objectPagesGoLabelByLabelWithoutGapsOrRepeats();
    void objectFiltersSelect();
    void bulkAcceptIsOneAttributedUndoStep();
    void bulkRejectOpensIssuesAndUndoResolvesThem();
    void aBulkMoveOfWhatOthersChangedIsRefused();
    void relabelReachesOpenDocumentsAndUndoes();
    void modelFetchesObjectsByPageAndMarksById();
    void tilesGetTheirPictures();
    void keyboardDrivesTheGrid();

private:
    Annotation box(qint64 asset, qint64 label, QRectF r, Origin origin = Origin::Human,
                   std::optional<double> score = {})
    {
        Annotation a{.assetId = asset,
                     .labelId = label,
                     .kind = AnnotationKind::Box,
                     .points = {r.topLeft(), r.bottomRight()}};
        a.provenance.origin = origin;
        a.provenance.score = score;
        return a;
    }
    ProjectStore &store() { return *m_session->store(); }

    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectSession> m_session;
    QList<qint64> m_assets; // 4 submitted images, then one new one
    qint64 m_cat = 0, m_dog = 0;
};

void TestReviewGrid::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    auto store = ProjectStore::create(m_dir->filePath(QStringLiteral("g.tessera")), &error);
    QVERIFY2(store, qPrintable(error));
    store->setAuthor(QStringLiteral("rev"));
    Label cat{.name = QStringLiteral("cat"),
              .color = Qt::red,
              .hotkey = QStringLiteral("1"),
              .kinds = ImageKindFlag};
    Label dog{.name = QStringLiteral("dog"),
              .color = Qt::blue,
              .hotkey = QStringLiteral("2"),
              .kinds = ImageKindFlag};
    QVERIFY(store->addLabel(cat));
    QVERIFY(store->addLabel(dog));
    m_cat = cat.id;
    m_dog = dog.id;
    QList<Asset> assets;
    for (int i = 0; i < 5; ++i) {
        const QString name = QStringLiteral("img%1.png").arg(i);
        QVERIFY(Test::writeImage(m_dir->filePath(name), i, QSize(200, 100)));
        assets.append({.kind = AssetKind::Image,
                       .path = name,
                       .name = name,
                       .sha256 = QString::number(i),
                       .width = 200,
                       .height = 100});
    }
    QVERIFY(store->addAssets(assets));
    m_assets.clear();
    for (const Asset &a : assets)
        m_assets.append(a.id);
    for (int i = 0; i < 4; ++i)
        QVERIFY(store->setReviewStatus(m_assets[i], ReviewStatus::Submitted));
    m_session = std::make_unique<ProjectSession>(std::move(store));
}

void TestReviewGrid::cleanup()
{
    m_session.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestReviewGrid::objectPagesGoLabelByLabelWithoutGapsOrRepeats()
{
    // Interleaved by id: dog, cat, dog, cat, none, cat; a tag and a span are no objects.
    QList<Annotation> list{
            box(m_assets[0], m_dog, {0, 0, 10, 10}), box(m_assets[0], m_cat, {10, 10, 20, 20}),
            box(m_assets[1], m_dog, {0, 0, 30, 30}), box(m_assets[1], m_cat, {5, 5, 5, 5}),
            box(m_assets[2], 0, {1, 1, 2, 2}),       box(m_assets[2], m_cat, {50, 20, 40, 30})};
    Annotation polygon{.assetId = m_assets[3],
                       .labelId = m_cat,
                       .kind = AnnotationKind::Polygon,
                       .points = {QPointF(10, 10), QPointF(90, 20), QPointF(40, 70)}};
    list.append(polygon);
    list.append({.assetId = m_assets[3], .labelId = m_dog, .kind = AnnotationKind::Tag});
    QVERIFY(store().addAnnotations(list));
    QList<qint64> cats, dogs;
    for (const Annotation &a : list) {
        if (a.kind == AnnotationKind::Tag)
            continue;
        if (a.labelId == m_cat)
            cats.append(a.id);
        else if (a.labelId == m_dog)
            dogs.append(a.id);
    }
    const QList<qint64> expected = cats + dogs + QList<qint64>{list[4].id};

    for (int pageSize : {1, 2, 3, 100}) {
        ObjectQuery query(store(), {});
        QList<qint64> seen;
        ObjectQuery::Key key;
        for (int guard = 0; guard < 20; ++guard) {
            const QList<GridObject> page = query.page(key, pageSize, &key);
            for (const GridObject &o : page)
                seen.append(o.annotationId);
            if (page.size() < pageSize)
                break;
        }
        QCOMPARE(seen, expected);
        QCOMPARE(query.count(), qint64(expected.size()));
    }
    ObjectQuery query(store(), {});
    const QList<GridObject> all = query.page({}, 100);
    const GridObject &poly = all[cats.indexOf(list[6].id)];
    QCOMPARE(poly.bounds, QRectF(10, 10, 80, 60));
    QCOMPARE(poly.assetId, m_assets[3]);
    QVERIFY(poly.outline.contains(QPointF(40, 30)));
    QVERIFY(!poly.outline.contains(QPointF(85, 60)));
}

void TestReviewGrid::objectFiltersSelect()
{
    Annotation accepted = box(m_assets[0], m_cat, {0, 0, 5, 5}, Origin::Prelabel, 0.9);
    accepted.data[QStringLiteral("accepted")] = true;
    QList<Annotation> list{box(m_assets[0], m_cat, {0, 0, 10, 10}, Origin::Prelabel, 0.3),
                           box(m_assets[1], m_cat, {0, 0, 10, 10}, Origin::Prelabel, 0.8), accepted,
                           box(m_assets[4], m_dog, {0, 0, 10, 10}),
                           box(m_assets[2], m_dog, {0, 0, 10, 10}, Origin::Import)};
    QVERIFY(store().addAnnotations(list));
    auto ids = [this](const ObjectFilter &f) {
        QList<qint64> result;
        for (const GridObject &o : ObjectQuery(store(), f).page({}, 100))
            result.append(o.annotationId);
        return result;
    };
    ObjectFilter f;
    f.minScore = 0.5;
    QCOMPARE(ids(f), (QList<qint64>{list[1].id, list[2].id}));
    f.maxScore = 0.85;
    QCOMPARE(ids(f), QList<qint64>{list[1].id});
    f = {};
    f.proposalsOnly = true;
    QCOMPARE(ids(f), (QList<qint64>{list[0].id, list[1].id}));
    QVERIFY(ObjectQuery(store(), f).page({}, 10).constFirst().proposal);
    f = {};
    f.origin = Origin::Import;
    QCOMPARE(ids(f), QList<qint64>{list[4].id});
    f = {};
    f.status = ReviewStatus::New; // asset 4 is the only new one
    QCOMPARE(ids(f), QList<qint64>{list[3].id});
    f = {};
    f.labelId = m_dog;
    QCOMPARE(ids(f), (QList<qint64>{list[3].id, list[4].id}));
    f = {};
    f.openIssuesOnly = true;
    QVERIFY(ids(f).isEmpty());
    IssueStore issues(store());
    Comment c{.assetId = m_assets[2], .body = QStringLiteral("look")};
    QVERIFY(issues.open(c));
    QCOMPARE(ids(f), QList<qint64>{list[4].id});
    f = {};
    f.author = QStringLiteral("someone else");
    QVERIFY(ids(f).isEmpty());
    f.author = QStringLiteral("rev");
    QCOMPARE(ids(f).size(), list.size());
}

void TestReviewGrid::bulkAcceptIsOneAttributedUndoStep()
{
    QUndoStack *undo = m_session->projectUndoStack();
    const qint64 reviewsBefore = store().reviews().size();
    // Four submitted ones move; the new one cannot be accepted and is named.
    const BulkEdit::StatusResult result = m_session->setStatuses(m_assets, ReviewStatus::Accepted);
    QCOMPARE(result.moved.size(), 4);
    QCOMPARE(result.refused.size(), 1);
    QVERIFY2(result.refused[0].contains(QLatin1String("img4.png")), qPrintable(result.refused[0]));
    QCOMPARE(undo->count(), 1);
    QCOMPARE(undo->undoText(), QStringLiteral("Accept 4 asset(s)"));
    for (int i = 0; i < 4; ++i)
        QCOMPARE(store().asset(m_assets[i])->status, ReviewStatus::Accepted);
    QCOMPARE(store().asset(m_assets[4])->status, ReviewStatus::New);
    const QList<ReviewEntry> log = store().reviews();
    QCOMPARE(log.size(), reviewsBefore + 4);
    QCOMPARE(log.constLast().reviewer, QStringLiteral("rev"));
    QCOMPARE(log.constLast().status, ReviewStatus::Accepted);

    undo->undo();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(store().asset(m_assets[i])->status, ReviewStatus::Submitted);
    undo->redo();
    for (int i = 0; i < 4; ++i)
        QCOMPARE(store().asset(m_assets[i])->status, ReviewStatus::Accepted);
    // Again: nothing moves, no empty undo step.
    QCOMPARE(m_session->setStatuses(m_assets.mid(0, 4), ReviewStatus::Accepted).moved.size(), 0);
    QCOMPARE(undo->count(), 1);
}

void TestReviewGrid::bulkRejectOpensIssuesAndUndoResolvesThem()
{
    QSignalSpy edited(m_session.get(), &ProjectSession::bulkEdited);
    const BulkEdit::StatusResult result = m_session->setStatuses(
            m_assets.mid(0, 2), ReviewStatus::Rejected, QStringLiteral("Box too loose"));
    QCOMPARE(result.moved.size(), 2);
    QCOMPARE(edited.size(), 1);
    QCOMPARE(edited[0][0].value<QList<qint64>>(), m_assets.mid(0, 2));
    IssueStore issues(store());
    QCOMPARE(issues.openCounts().value(m_assets[0]), 1);
    QCOMPARE(issues.openCounts().value(m_assets[1]), 1);
    QVERIFY(ReviewWorkflow::lastRejection(store(), m_assets[0]));
    QCOMPARE(ReviewWorkflow::lastRejection(store(), m_assets[0])->reason,
             QStringLiteral("Box too loose"));
    // A rejection needs a reason: nothing moves without one.
    QCOMPARE(m_session->setStatuses({m_assets[2]}, ReviewStatus::Rejected, {}).moved.size(), 0);

    m_session->projectUndoStack()->undo();
    QCOMPARE(store().asset(m_assets[0])->status, ReviewStatus::Submitted);
    QVERIFY(issues.openCounts().isEmpty());
    m_session->projectUndoStack()->redo();
    QCOMPARE(store().asset(m_assets[1])->status, ReviewStatus::Rejected);
    QCOMPARE(issues.openCounts().value(m_assets[1]), 1);
}

void TestReviewGrid::aBulkMoveOfWhatOthersChangedIsRefused()
{
    ReviewGridWidget grid(m_session.get());
    grid.resize(900, 600);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QCOMPARE(grid.model()->rowCount(), 4);
    // The tiles were painted from the asset rows: their versions are what the reviewer saw.
    QTRY_COMPARE(grid.model()->shownVersions(m_assets.mid(0, 2)).size(), 2);
    const QHash<qint64, qint64> shown = grid.model()->shownVersions(m_assets.mid(0, 2));
    // Meanwhile another reviewer (another program) rejects the second one.
    QString error;
    std::unique_ptr<ProjectStore> other = ProjectStore::open(store().location(), &error);
    QVERIFY2(other, qPrintable(error));
    other->setAuthor(QStringLiteral("bob"));
    QVERIFY(other->setReviewStatus(m_assets[1], ReviewStatus::Rejected, QStringLiteral("blurry")));
    other.reset();

    QSignalSpy said(&grid, &ReviewGridWidget::message);
    QSignalSpy reread(m_session.get(), &ProjectSession::bulkEdited);
    grid.model()->setMarked(0, true);
    grid.model()->setMarked(1, true);
    QCOMPARE(grid.accept(), 1);
    QCOMPARE(store().asset(m_assets[0])->status, ReviewStatus::Accepted);
    // Bob's rejection stands: the reviewer accepted what they saw, not what bob saw.
    QCOMPARE(store().asset(m_assets[1])->status, ReviewStatus::Rejected);
    QVERIFY(!said.isEmpty());
    const QString text = said.constLast().at(0).toString();
    QVERIFY2(text.contains(QLatin1String("1 refused")) && text.contains(QLatin1String("bob")),
             qPrintable(text));
    // The refused asset was re-read for the reviewer to decide again.
    bool rereadStale = false;
    for (const QList<QVariant> &args : std::as_const(reread))
        rereadStale |= args.at(0).value<QList<qint64>>().contains(m_assets[1]);
    QVERIFY(rereadStale);

    // The session's own moves (and their undo) are never someone else's change: undo and accept
    // again on the version the tiles showed before either.
    m_session->projectUndoStack()->undo();
    QCOMPARE(store().asset(m_assets[0])->status, ReviewStatus::Submitted);
    QCOMPARE(store().asset(m_assets[0])->version, shown.value(m_assets[0]) + 2);
    const BulkEdit::StatusResult again = m_session->setStatuses(
            {m_assets[0]}, ReviewStatus::Accepted, {}, {{m_assets[0], shown.value(m_assets[0])}});
    QCOMPARE(again.moved.size(), 1);
    QVERIFY(again.stale.isEmpty());
}

void TestReviewGrid::relabelReachesOpenDocumentsAndUndoes()
{
    QList<Annotation> list{box(m_assets[0], m_cat, {0, 0, 10, 10}),
                           box(m_assets[0], m_cat, {20, 20, 10, 10}),
                           box(m_assets[1], m_dog, {0, 0, 10, 10})};
    QVERIFY(store().addAnnotations(list));
    AssetDocument *doc = m_session->document(m_assets[0]);
    QVERIFY(doc);
    doc->addAnnotations({box(m_assets[0], m_cat, {60, 60, 5, 5})}, QStringLiteral("add"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(m_session->relabel({list[0].id, list[2].id}, m_dog), 1); // list[2] is a dog already
    QCOMPARE(store().annotation(list[0].id)->labelId, m_dog);
    QCOMPARE(doc->annotation(list[0].id)->labelId, m_dog); // the open document was re-read
    QCOMPARE(doc->undoStack()->count(), 0); // its steps would undo what they never saw
    QCOMPARE(m_session->projectUndoStack()->undoText(),
             QStringLiteral("Relabel 1 annotation(s) as dog"));
    m_session->projectUndoStack()->undo();
    QCOMPARE(store().annotation(list[0].id)->labelId, m_cat);
    QCOMPARE(doc->annotation(list[0].id)->labelId, m_cat);
    // Removal, undone by id.
    QCOMPARE(m_session->removeAnnotations({list[1].id}, QStringLiteral("Delete 1 object")), 1);
    QVERIFY(!store().annotation(list[1].id));
    m_session->projectUndoStack()->undo();
    QCOMPARE(store().annotation(list[1].id)->points, list[1].points);
    const QList<AuditEntry> audit = store().auditLog(m_assets[0]);
    QCOMPARE(audit.constLast().author, QStringLiteral("rev"));
}

void TestReviewGrid::modelFetchesObjectsByPageAndMarksById()
{
    QList<Annotation> list;
    for (int i = 0; i < 600; ++i)
        list.append(box(m_assets[i % 4], i % 3 ? m_cat : m_dog, {double(i % 50), 0, 8, 8}));
    QVERIFY(store().addAnnotations(list, ProjectStore::AuditDetail::Summary));
    ReviewGridModel model(m_session.get());
    model.setMode(ReviewGridModel::Mode::Objects);
    QCOMPARE(model.rowCount(), 256);
    QVERIFY(model.canFetchMore({}));
    // The full count comes from a worker with its own connection, after the first page.
    QTRY_COMPARE(model.knownTotal(), qint64(600));
    QCOMPARE(model.totalCount(), 600);
    // Every cat before the first dog.
    QCOMPARE(model.index(0).data(ReviewGridModel::LabelIdRole).toLongLong(), m_cat);
    model.fetchUpTo(420);
    QVERIFY(model.rowCount() > 420);
    QCOMPARE(model.index(400).data(ReviewGridModel::LabelIdRole).toLongLong(), m_dog);
    model.setMarked(3, true);
    const qint64 marked = model.keyAt(3);
    model.reload();
    QCOMPARE(model.markedKeys(), QList<qint64>{marked}); // kept across a reload
    model.markAll();
    QCOMPARE(model.rowCount(), 600);
    QCOMPARE(model.markedCount(), 600);
    QCOMPARE(model.assetsOfKeys(model.markedKeys()).size(), 4);
    // The asset view, filtered like the review queue (submitted by default).
    model.setMode(ReviewGridModel::Mode::Assets);
    QCOMPARE(model.markedCount(), 0);
    QCOMPARE(model.rowCount(), 4);
    ReviewWorkflow::QueueFilter all;
    all.status.reset();
    model.setAssetFilter(all);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(0).data(ReviewGridModel::ShapesRole).toList().size(), 150);
}

void TestReviewGrid::tilesGetTheirPictures()
{
    QList<Annotation> first{box(m_assets[0], m_cat, {100, 40, 50, 20})};
    QVERIFY(store().addAnnotations(first));
    ReviewGridModel model(m_session.get());
    m_session->thumbnails()->setDirectory(m_dir->filePath(QStringLiteral("thumbs")));
    QTRY_VERIFY(!model.index(0).data(ReviewGridModel::ImageRole).value<QImage>().isNull());
    model.setMode(ReviewGridModel::Mode::Objects);
    const QModelIndex tile = model.index(0);
    QTRY_VERIFY(!tile.data(ReviewGridModel::ImageRole).value<QImage>().isNull());
    // The crop shows the box with a margin around it, inside the image.
    const QRectF source = tile.data(ReviewGridModel::SourceRectRole).toRectF();
    QVERIFY(source.contains(QRectF(100, 40, 50, 20)));
    QVERIFY(source.width() > 50 && source.width() < 80);
    QVERIFY(QRectF(0, 0, 200, 100).contains(source));
    // A missing image fails its tile instead of waiting forever.
    QFile::remove(m_dir->filePath(QStringLiteral("img1.png")));
    QList<Annotation> second{box(m_assets[1], m_dog, {0, 0, 9, 9})};
    QVERIFY(store().addAnnotations(second));
    model.reload();
    const int row = model.rowOfKey(model.keyAt(1));
    model.index(row).data(ReviewGridModel::ImageRole);
    QTRY_VERIFY(model.index(row).data(ReviewGridModel::FailedRole).toBool());
}

void TestReviewGrid::keyboardDrivesTheGrid()
{
    QList<Annotation> list{box(m_assets[0], m_cat, {0, 0, 10, 10}),
                           box(m_assets[1], m_cat, {0, 0, 10, 10}),
                           box(m_assets[2], m_cat, {0, 0, 10, 10}, Origin::Prelabel, 0.4)};
    QVERIFY(store().addAnnotations(list));
    ReviewGridWidget grid(m_session.get());
    grid.resize(900, 600);
    grid.show();
    QVERIFY(QTest::qWaitForWindowExposed(&grid));
    QListView *view = grid.view();
    view->setFocus();
    QCOMPARE(grid.model()->rowCount(), 4); // the submitted ones
    QCOMPARE(view->currentIndex().row(), 0);

    // A accepts the current asset and moves on.
    QTest::keyClick(view, Qt::Key_A);
    QCOMPARE(store().asset(m_assets[0])->status, ReviewStatus::Accepted);
    QCOMPARE(view->currentIndex().row(), 1);
    // Space marks; arrows move; R rejects the marked ones with the reason asked for.
    QTest::keyClick(view, Qt::Key_Space);
    QTest::keyClick(view, Qt::Key_Right);
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(grid.model()->markedCount(), 2);
    int asked = 0;
    grid.setAskReason([&asked](int count) -> std::optional<QString> {
        asked = count;
        return QStringLiteral("Missed objects");
    });
    QTest::keyClick(view, Qt::Key_R);
    QCOMPARE(asked, 2);
    QCOMPARE(store().asset(m_assets[1])->status, ReviewStatus::Rejected);
    QCOMPARE(store().asset(m_assets[2])->status, ReviewStatus::Rejected);
    QCOMPARE(grid.model()->markedCount(), 0);
    QCOMPARE(m_session->projectUndoStack()->count(), 2);
    // Ctrl+Z undoes the whole rejection at once.
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(store().asset(m_assets[1])->status, ReviewStatus::Submitted);
    QCOMPARE(store().asset(m_assets[2])->status, ReviewStatus::Submitted);
    QCOMPARE(store().asset(m_assets[0])->status, ReviewStatus::Accepted);

    // Ctrl+2: objects; a label's key relabels the current object; Delete removes one.
    QTest::keyClick(view, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(grid.model()->mode(), ReviewGridModel::Mode::Objects);
    QCOMPARE(grid.model()->rowCount(), 2); // objects of submitted assets: 1 and 2
    view->setCurrentIndex(grid.model()->index(0));
    QTest::keyClick(view, Qt::Key_2); // dog's key
    QCOMPARE(store().annotation(list[1].id)->labelId, m_dog);
    // The relabelled object moved to the dog group: the next one took its place and is current.
    QCOMPARE(grid.model()->keyAt(view->currentIndex().row()), list[2].id);
    QCOMPARE(view->currentIndex().row(), 0);
    // Enter opens the current tile's asset.
    QSignalSpy open(&grid, &ReviewGridWidget::openAsset);
    view->setCurrentIndex(grid.model()->index(grid.model()->rowOfKey(list[2].id)));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(open.size(), 1);
    QCOMPARE(open[0][0].toLongLong(), m_assets[2]);
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(!store().annotation(list[2].id));
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(store().annotation(list[2].id));
    // Ctrl+A marks all, Esc clears; label keys in the asset view only say what they do.
    QTest::keyClick(view, Qt::Key_A, Qt::ControlModifier);
    QCOMPARE(grid.model()->markedCount(), grid.model()->rowCount());
    QTest::keyClick(view, Qt::Key_Escape);
    QCOMPARE(grid.model()->markedCount(), 0);
    QTest::keyClick(view, Qt::Key_1, Qt::ControlModifier);
    QSignalSpy said(&grid, &ReviewGridWidget::message);
    QTest::keyClick(view, Qt::Key_1);
    QCOMPARE(said.size(), 1);
    QCOMPARE(store().annotation(list[1].id)->labelId, m_dog);
}

QTEST_MAIN(TestReviewGrid)
#include "tst_reviewgrid.moc"
