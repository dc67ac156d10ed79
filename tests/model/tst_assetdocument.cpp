// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "store/projectstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

#include <atomic>
#include <thread>

using namespace Tessera;

class TestAssetDocument : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addUndoRedoKeepsIdsAndStore();
    void removeUndoRestoresProvenance();
    void dragMergesIntoOneStep();
    void dragBackToStartIsObsolete();
    void toggleClassAddsAndRemoves();
    void removingSpanTakesRelationAndUndoBringsBoth();
    void refusedWriteReloadsFromStore();
    void staleEditIsRefusedAndTheirsIsShown();
    void restoreToAnEarlierPointInHistory();
    void singleClassReplacesInOneStep();
    void fieldTypingMergesAndEmptyRemoves();
    void judgementIsOneAnnotationEditedInSteps();
    void acceptingAProposalKeepsItsProvenance();
    void otherWritersAreNoticedAndLocksWaitedFor();

private:
    Annotation box(double x) const;
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<AssetDocument> m_doc;
    qint64 m_label = 0;
};

void TestAssetDocument::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("d.tessera")), &error);
    QVERIFY(m_store);
    m_store->setAuthor(QStringLiteral("alice"));
    Label l{.name = QStringLiteral("cat")};
    QVERIFY(m_store->addLabel(l));
    m_label = l.id;
    Asset a{.kind = AssetKind::Image,
            .name = QStringLiteral("a.jpg"),
            .sha256 = QStringLiteral("1")};
    QVERIFY(m_store->addAsset(a));
    m_doc = std::make_unique<AssetDocument>(m_store.get(), a.id);
    QVERIFY(m_doc->load());
}

void TestAssetDocument::cleanup()
{
    m_doc.reset();
    m_store.reset();
    delete m_dir;
}

Annotation TestAssetDocument::box(double x) const
{
    Annotation a;
    a.kind = AnnotationKind::Box;
    a.labelId = m_label;
    a.points = {QPointF(x, 0), QPointF(x + 10, 10)};
    return a;
}

void TestAssetDocument::addUndoRedoKeepsIdsAndStore()
{
    QSignalSpy changed(m_doc.get(), &AssetDocument::annotationsChanged);
    m_doc->addAnnotations({box(0), box(20)}, QStringLiteral("Add boxes"));
    QCOMPARE(changed.count(), 1); // one signal per edit, not per annotation
    QCOMPARE(m_doc->annotations().size(), 2);
    QCOMPARE(m_store->annotationCount(m_doc->assetId()), 2);
    const qint64 firstId = m_doc->annotations()[0].id;
    QCOMPARE(m_doc->undoStack()->count(), 1);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->annotations().size(), 0);
    QCOMPARE(m_store->annotationCount(m_doc->assetId()), 0);
    m_doc->undoStack()->redo();
    QCOMPARE(m_store->annotationCount(m_doc->assetId()), 2);
    QCOMPARE(m_doc->annotations()[0].id, firstId); // same id after redo
}

void TestAssetDocument::removeUndoRestoresProvenance()
{
    m_doc->addAnnotations({box(0)}, QStringLiteral("Add"));
    const Annotation original = m_doc->annotations().constFirst();
    m_doc->removeAnnotations({original.id});
    QVERIFY(!m_store->annotation(original.id));
    m_doc->undoStack()->undo();
    const std::optional<Annotation> back = m_store->annotation(original.id);
    QVERIFY(back);
    QCOMPARE(*back, original);
}

void TestAssetDocument::dragMergesIntoOneStep()
{
    m_doc->addAnnotations({box(0)}, QStringLiteral("Add"));
    Annotation a = m_doc->annotations().constFirst();
    for (int step = 1; step <= 10; ++step) {
        a.points = {QPointF(step, 0), QPointF(step + 10, 10)};
        m_doc->changeAnnotations({a}, QStringLiteral("Move"), step > 1);
    }
    QCOMPARE(m_doc->undoStack()->count(), 2); // add + one move
    QCOMPARE(m_store->annotation(a.id)->points.value(0), QPointF(10, 0));
    m_doc->undoStack()->undo();
    QCOMPARE(m_store->annotation(a.id)->points.value(0), QPointF(0, 0));
    QCOMPARE(m_doc->annotations().constFirst().points.value(0), QPointF(0, 0));
    m_doc->undoStack()->redo();
    QCOMPARE(m_store->annotation(a.id)->points.value(0), QPointF(10, 0));
}

void TestAssetDocument::dragBackToStartIsObsolete()
{
    m_doc->addAnnotations({box(0)}, QStringLiteral("Add"));
    Annotation a = m_doc->annotations().constFirst();
    const QList<QPointF> start = a.points;
    a.points = {QPointF(5, 0), QPointF(15, 10)};
    m_doc->changeAnnotations({a}, QStringLiteral("Move"), false);
    a.points = start;
    m_doc->changeAnnotations({a}, QStringLiteral("Move"), true);
    QCOMPARE(m_doc->undoStack()->count(), 1); // the net-zero drag left no step
}

void TestAssetDocument::toggleClassAddsAndRemoves()
{
    m_doc->toggleClass(m_label);
    QCOMPARE(m_doc->annotations().size(), 1);
    QCOMPARE(m_doc->annotations()[0].kind, AnnotationKind::Tag);
    QCOMPARE(m_doc->annotations()[0].provenance.author, QStringLiteral("alice"));
    m_doc->toggleClass(m_label);
    QCOMPARE(m_doc->annotations().size(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->annotations().size(), 1);
}

void TestAssetDocument::removingSpanTakesRelationAndUndoBringsBoth()
{
    Asset text{.kind = AssetKind::Text,
               .name = QStringLiteral("t"),
               .sha256 = QStringLiteral("2"),
               .text = QStringLiteral("Ada met Charles")};
    QVERIFY(m_store->addAsset(text));
    AssetDocument doc(m_store.get(), text.id);
    QVERIFY(doc.load());
    Annotation s1{.labelId = m_label, .kind = AnnotationKind::Span, .start = 0, .end = 3};
    Annotation s2{.labelId = m_label, .kind = AnnotationKind::Span, .start = 8, .end = 15};
    doc.addAnnotations({s1, s2}, QStringLiteral("Add spans"));
    const qint64 a = doc.annotations()[0].id, b = doc.annotations()[1].id;
    doc.addAnnotations({{.kind = AnnotationKind::Relation, .sourceId = a, .targetId = b}},
                       QStringLiteral("Relate"));
    QCOMPARE(doc.annotations().size(), 3);
    doc.removeAnnotations({a});
    QCOMPARE(doc.annotations().size(), 1);
    QCOMPARE(m_store->annotationCount(text.id), 1);
    doc.undoStack()->undo();
    QCOMPARE(m_store->annotationCount(text.id), 3);
    QCOMPARE(doc.annotations().size(), 3);
    doc.undoStack()->undo(); // the relation
    doc.undoStack()->undo(); // the spans
    QCOMPARE(m_store->annotationCount(text.id), 0);
}

void TestAssetDocument::refusedWriteReloadsFromStore()
{
    m_doc->addAnnotations({box(0)}, QStringLiteral("Add"));
    // Another connection removes the annotation behind the document's back; the document's
    // next edit of it is refused by the store, and memory follows the store.
    QVERIFY(m_store->removeAnnotations({m_doc->annotations()[0].id}));
    QSignalSpy errors(m_doc.get(), &AssetDocument::storeError);
    Annotation a = m_doc->annotations()[0];
    a.points[0] = QPointF(3, 3);
    m_doc->changeAnnotations({a}, QStringLiteral("Move"), false);
    QCOMPARE(errors.count(), 1);
    QVERIFY(!errors.constFirst().constFirst().toString().isEmpty());
    QCOMPARE(m_doc->annotations().size(), 0);
}

void TestAssetDocument::staleEditIsRefusedAndTheirsIsShown()
{
    m_doc->addAnnotations({box(0)}, QStringLiteral("Add"));
    Annotation mine = m_doc->annotations()[0];
    mine.points = {QPointF(1, 1), QPointF(11, 11)};
    m_doc->changeAnnotations({mine}, QStringLiteral("Move"), false);
    QCOMPARE(m_doc->undoStack()->count(), 2);
    // Bob, in another program, moves the same box after this window read it.
    QString error;
    std::unique_ptr<ProjectStore> bob = ProjectStore::open(m_store->location(), &error);
    QVERIFY(bob);
    bob->setAuthor(QStringLiteral("bob"));
    QList<Annotation> theirs{*bob->annotation(mine.id)};
    theirs[0].points = {QPointF(40, 40), QPointF(50, 50)};
    QVERIFY(bob->updateAnnotations(theirs));
    // This window's next move of it is refused: bob's box is kept, shown, and named.
    QSignalSpy errors(m_doc.get(), &AssetDocument::storeError);
    mine.points = {QPointF(2, 2), QPointF(12, 12)};
    m_doc->changeAnnotations({mine}, QStringLiteral("Move"), false);
    QCOMPARE(errors.count(), 1);
    const QString message = errors.constFirst().constFirst().toString();
    QVERIFY2(message.contains(QStringLiteral("bob"))
                     && message.contains(QStringLiteral("not stored")),
             qPrintable(message));
    QCOMPARE(m_store->annotation(mine.id)->points, theirs[0].points);
    QCOMPARE(m_doc->annotations()[0].points, theirs[0].points);
    // Undo steps made on the old state go (after the refused step ends), and an undo of the
    // window's first move could not overwrite bob's either.
    QTRY_COMPARE(m_doc->undoStack()->count(), 0);
    // An edit of what is shown now goes through.
    Annotation next = m_doc->annotations()[0];
    next.points = {QPointF(5, 5), QPointF(15, 15)};
    m_doc->changeAnnotations({next}, QStringLiteral("Move"), false);
    QCOMPARE(m_store->annotation(mine.id)->points, next.points);
    // So does an undo of it: the window's own last write is what it has seen.
    m_doc->undoStack()->undo();
    QCOMPARE(m_store->annotation(mine.id)->points, theirs[0].points);
}

void TestAssetDocument::restoreToAnEarlierPointInHistory()
{
    m_doc->addAnnotations({box(0)}, QStringLiteral("Add box"));
    const qint64 boxId = m_doc->annotations()[0].id;
    Annotation moved = m_doc->annotations()[0];
    moved.points = {QPointF(50, 50), QPointF(60, 60)};
    m_doc->changeAnnotations({moved}, QStringLiteral("Move"), false);
    const qint64 afterMove = m_store->auditLog(m_doc->assetId()).constLast().id;
    const QList<Annotation> thenState = m_doc->annotations();
    m_doc->addAnnotations(
            {{.labelId = m_label, .kind = AnnotationKind::Point, .points = {QPointF(1, 1)}}},
            QStringLiteral("Add point"));
    Annotation again = m_doc->annotations()[0];
    again.points = {QPointF(70, 70), QPointF(90, 90)};
    m_doc->changeAnnotations({again}, QStringLiteral("Move"), false);
    m_doc->removeAnnotations({boxId});
    QCOMPARE(m_doc->annotations().size(), 1); // only the point is left

    const int steps = m_doc->undoStack()->count();
    QVERIFY(m_doc->restoreTo(afterMove, QStringLiteral("Restore")));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1); // one step
    QCOMPARE(m_doc->annotations().size(), 1);
    QCOMPARE(m_doc->annotations()[0].id, boxId); // the box is back under its own id...
    QCOMPARE(m_doc->annotations()[0].points, thenState[0].points); // ...where it was then
    QCOMPARE(m_store->annotations(m_doc->assetId()).size(), 1);    // and so is the store
    m_doc->undoStack()->undo();
    QCOMPARE(m_store->annotations(m_doc->assetId()).size(), 1);
    QCOMPARE(m_store->annotations(m_doc->assetId())[0].kind, AnnotationKind::Point);
    QVERIFY(m_doc->restoreTo(0, QStringLiteral("Restore to the start")));
    QCOMPARE(m_store->annotationCount(m_doc->assetId()), 0);
}

void TestAssetDocument::singleClassReplacesInOneStep()
{
    Label dog{.name = QStringLiteral("dog")};
    QVERIFY(m_store->addLabel(dog));
    Asset text{.kind = AssetKind::Text,
               .name = QStringLiteral("t"),
               .sha256 = QStringLiteral("t"),
               .text = QStringLiteral("hello")};
    QVERIFY(m_store->addAsset(text));
    AssetDocument doc(m_store.get(), text.id);
    QVERIFY(doc.load());
    doc.toggleClass(m_label, true);
    doc.toggleClass(dog.id, true); // replaces "cat"
    QCOMPARE(doc.annotations().size(), 1);
    QCOMPARE(doc.annotations().constFirst().labelId, dog.id);
    QCOMPARE(m_store->annotations(text.id).size(), 1);
    doc.undoStack()->undo(); // one step: "cat" is back, "dog" gone
    QCOMPARE(doc.annotations().size(), 1);
    QCOMPARE(doc.annotations().constFirst().labelId, m_label);
    // Without exclusive, classes add up.
    doc.toggleClass(dog.id, false);
    QCOMPARE(doc.annotations().size(), 2);
    QCOMPARE(m_store->annotations(text.id).size(), 2);
}

void TestAssetDocument::fieldTypingMergesAndEmptyRemoves()
{
    m_doc->setField(QStringLiteral("summary"), QStringLiteral("A"), false);
    m_doc->setField(QStringLiteral("summary"), QStringLiteral("A ca"), false);
    m_doc->setField(QStringLiteral("summary"), QStringLiteral("A cat"), true);
    QCOMPARE(m_doc->field(QStringLiteral("summary")), QStringLiteral("A cat"));
    QCOMPARE(m_doc->field(QStringLiteral("other")), QString());
    const QList<Annotation> stored = m_store->annotations(m_doc->assetId());
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().kind, AnnotationKind::Field);
    QCOMPARE(stored.constFirst().data.value(QStringLiteral("value")).toString(),
             QStringLiteral("A cat"));
    QCOMPARE(m_doc->undoStack()->count(), 2); // added, then one merged edit
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->field(QStringLiteral("summary")), QStringLiteral("A"));
    m_doc->setField(QStringLiteral("summary"), QString(), false);
    QCOMPARE(m_store->annotations(m_doc->assetId()).size(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->field(QStringLiteral("summary")), QStringLiteral("A"));
}

void TestAssetDocument::judgementIsOneAnnotationEditedInSteps()
{
    QVERIFY(!m_doc->judgement());
    m_doc->setJudgement({{QStringLiteral("choice"), 1}}, QStringLiteral("choose"));
    m_doc->setJudgement({{QStringLiteral("choice"), QStringLiteral("tie")}}, QStringLiteral("tie"));
    QCOMPARE(m_doc->annotations().size(), 1);
    QCOMPARE(m_doc->judgement()->data.value(QStringLiteral("choice")).toString(),
             QStringLiteral("tie"));
    QCOMPARE(m_store->annotations(m_doc->assetId()).constFirst().data, m_doc->judgement()->data);
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->judgement()->data.value(QStringLiteral("choice")).toInt(), 1);
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->judgement());
}

void TestAssetDocument::acceptingAProposalKeepsItsProvenance()
{
    Annotation proposed = box(1);
    proposed.provenance = {.origin = Origin::Prelabel,
                           .modelId = QStringLiteral("rule:dates"),
                           .modelVersion = QStringLiteral("abc"),
                           .score = 1.0};
    m_doc->addAnnotations({proposed, box(2)}, QStringLiteral("add"));
    const qint64 id = m_doc->annotations().constFirst().id;
    QVERIFY(isProposal(m_doc->annotations().constFirst()));
    QVERIFY(!isProposal(m_doc->annotations().last()));
    m_doc->acceptProposals({id, m_doc->annotations().last().id});
    const Annotation accepted = *m_store->annotation(id);
    QVERIFY(!isProposal(accepted));
    QCOMPARE(accepted.provenance.origin, Origin::Prelabel);
    QCOMPARE(accepted.provenance.modelId, QStringLiteral("rule:dates"));
    QCOMPARE(accepted.provenance.score, std::optional<double>(1.0));
    m_doc->undoStack()->undo();
    QVERIFY(isProposal(*m_store->annotation(id)));
}

void TestAssetDocument::otherWritersAreNoticedAndLocksWaitedFor()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.tessera"));
    QString error;
    std::unique_ptr<ProjectStore> created = ProjectStore::create(path, &error);
    Asset asset{.kind = AssetKind::Image,
                .name = QStringLiteral("i.png"),
                .sha256 = QStringLiteral("i"),
                .width = 100,
                .height = 100};
    QVERIFY(created->addAsset(asset));
    created.reset();
    ProjectSession session(ProjectStore::open(path, &error));
    session.watchOtherWriters(50, 10000);
    AssetDocument *doc = session.document(asset.id);
    QVERIFY(doc);
    const auto shape = [](double x) {
        return Annotation{.kind = AnnotationKind::Box,
                          .points = {QPointF(x, x), QPointF(x + 5, x + 5)}};
    };
    doc->addAnnotations({shape(10)}, QStringLiteral("mine"));
    QCOMPARE(session.store()->annotationCount(asset.id), 1);
    QVERIFY(doc->undoStack()->canUndo());
    QCOMPARE(session.setStatuses({asset.id}, ReviewStatus::Submitted).moved.size(), 1);
    QVERIFY(session.projectUndoStack()->canUndo());

    // The CLI adds a label and a shape on this asset: the window notices and re-reads, and the
    // undo history of the changed asset is dropped (undo would work on what it never saw).
    QSignalSpy changed(&session, &ProjectSession::changedElsewhere);
    {
        std::unique_ptr<ProjectStore> cli = ProjectStore::open(path, &error);
        Label l{.name = QStringLiteral("from-cli")};
        QVERIFY(cli->addLabel(l));
        QList<Annotation> theirs{{.assetId = asset.id,
                                  .kind = AnnotationKind::Box,
                                  .points = {QPointF(50, 50), QPointF(60, 60)}}};
        QVERIFY(cli->addAnnotations(theirs));
    }
    QVERIFY(changed.wait(2000));
    QVERIFY(std::any_of(session.labels().cbegin(), session.labels().cend(),
                        [](const Label &l) { return l.name == QLatin1String("from-cli"); }));
    QTRY_COMPARE_WITH_TIMEOUT(doc->annotations().size(), 2, 2000);
    QVERIFY(!doc->undoStack()->canUndo());
    QVERIFY(!session.projectUndoStack()->canUndo()); // bulk steps go too

    // Our own edit while another program holds the lock: it waits (events keep running) and
    // is stored, not dropped.
    QSignalSpy waiting(&session, &ProjectSession::waitingForLock);
    std::atomic_bool holding{false};
    std::thread other([&] {
        QString e;
        std::unique_ptr<ProjectStore> theirs = ProjectStore::open(path, &e);
        ProjectStore::Transaction t(*theirs);
        Label l{.name = QStringLiteral("slow")};
        theirs->addLabel(l);
        holding = true;
        QThread::msleep(1000);
        t.commit();
    });
    QTRY_VERIFY(holding.load());
    doc->addAnnotations({shape(30)}, QStringLiteral("while locked"));
    other.join();
    QCOMPARE(doc->annotations().size(), 3);
    QCOMPARE(session.store()->annotationCount(asset.id), 3);
    QVERIFY(waiting.size() >= 2);
    QCOMPARE(waiting.last().at(0).toLongLong(), qint64(-1)); // and then it had the lock
    QVERIFY(!session.isWaitingForLock());
}

QTEST_GUILESS_MAIN(TestAssetDocument)
#include "tst_assetdocument.moc"
