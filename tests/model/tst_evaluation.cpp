// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/shapegeometry.h"
#include "eval/evaluation.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

// The labels cat and dog (class ids 0 and 1) and one 200×100 image, pic.jpg.
void catsAndDogs(ProjectStore &store, Label &cat, Label &dog, Asset &pic)
{
    cat = Label{.name = QStringLiteral("cat")};
    dog = Label{.name = QStringLiteral("dog")};
    QVERIFY(store.addLabel(cat) && store.addLabel(dog));
    pic = Asset{.kind = AssetKind::Image,
                .name = QStringLiteral("pic.jpg"),
                .sha256 = QStringLiteral("p"),
                .width = 200,
                .height = 100};
    QVERIFY(store.addAsset(pic));
}

} // namespace

class TestEvaluation : public QObject
{
    Q_OBJECT

private slots:
    void handWorkedAveragePrecision_data();
    void handWorkedAveragePrecision();
    void iouThresholdsSplitAp50AndAp75();
    void meanIsOverClassesWithReferences();
    void curveAndConfusionAndMistakes();
    void predictionsFromCocoResultsAndYoloFolders();
    void badPredictionFilesAreExplained();
    void predictionsAsADatasetGoThroughItsCodec();
};

namespace {

EvalBox box(qint64 asset, qint64 label, double x, double score = 1)
{
    return {asset, label, QRectF(x, 0, 10, 10), score};
}

} // namespace

void TestEvaluation::handWorkedAveragePrecision_data()
{
    QTest::addColumn<QList<EvalBox>>("refs");
    QTest::addColumn<QList<EvalBox>>("preds");
    QTest::addColumn<double>("ap");
    // Every reference found first: precision 1 at every recall.
    QTest::newRow("perfect") << QList<EvalBox>{box(1, 1, 0), box(2, 1, 0)}
                             << QList<EvalBox>{box(1, 1, 0, 0.9), box(2, 1, 0, 0.8)} << 1.0;
    // A false positive ranked above the only hit: precision 1/2 once recall is reached, and the
    // envelope carries 1/2 back to recall 0: 101 × 0.5 / 101.
    QTest::newRow("fp-first") << QList<EvalBox>{box(1, 1, 0)}
                              << QList<EvalBox>{box(1, 1, 50, 0.9), box(1, 1, 0, 0.8)} << 0.5;
    // Half the references found: precision 1 at recall 0 … 0.5, that is 51 of the 101 points.
    QTest::newRow("half-recall") << QList<EvalBox>{box(1, 1, 0), box(1, 1, 50)}
                                 << QList<EvalBox>{box(1, 1, 0, 0.9)} << 51.0 / 101.0;
    // A second box on a found reference is a false positive, but ranked after the hit it does
    // not lower the envelope.
    QTest::newRow("duplicate-after") << QList<EvalBox>{box(1, 1, 0)}
                                     << QList<EvalBox>{box(1, 1, 0, 0.9), box(1, 1, 1, 0.8)} << 1.0;
    // Nothing predicted: AP 0 (a class with references counts).
    QTest::newRow("nothing") << QList<EvalBox>{box(1, 1, 0)} << QList<EvalBox>{} << 0.0;
    // Hits in another image do not count: the same box on asset 2 is a false positive.
    QTest::newRow("other-image") << QList<EvalBox>{box(1, 1, 0)}
                                 << QList<EvalBox>{box(2, 1, 0, 0.9)} << 0.0;
}

void TestEvaluation::handWorkedAveragePrecision()
{
    QFETCH(QList<EvalBox>, refs);
    QFETCH(QList<EvalBox>, preds);
    QFETCH(double, ap);
    const Evaluation e = Evaluator::evaluate(refs, preds);
    QVERIFY2(qAbs(e.ap - ap) < 1e-9, qPrintable(QString::number(e.ap, 'g', 12)));
    QVERIFY(qAbs(e.ap50 - ap) < 1e-9);
}

void TestEvaluation::iouThresholdsSplitAp50AndAp75()
{
    // Box [0,10)×[0,10) against [4,14)×[0,10): overlap 60 of 140, IoU 3/7 = 0.43: a miss at
    // every threshold. Against [2,12)×[0,10): 80 of 120, IoU 2/3: a hit at 0.50 … 0.65 (4 of
    // the 10 thresholds), a miss from 0.70 on.
    QCOMPARE(ShapeGeometry::iou(QRectF(0, 0, 10, 10), QRectF(4, 0, 10, 10)), 60.0 / 140.0);
    const QList<EvalBox> refs{box(1, 1, 0)};
    const Evaluation e = Evaluator::evaluate(refs, {box(1, 1, 2, 0.9)});
    QCOMPARE(e.ap50, 1.0);
    QCOMPARE(e.ap75, 0.0);
    QVERIFY(qAbs(e.ap - 0.4) < 1e-9);
    QCOMPARE(Evaluator::evaluate(refs, {box(1, 1, 4, 0.9)}).ap50, 0.0);
}

void TestEvaluation::meanIsOverClassesWithReferences()
{
    // Class 1 perfect (1.0), class 2 with a false positive first (0.5); class 3 only predicted:
    // left out of the mean, as COCO does.
    const QList<EvalBox> refs{box(1, 1, 0), box(1, 2, 30)};
    const QList<EvalBox> preds{box(1, 1, 0, 0.9), box(1, 2, 60, 0.95), box(1, 2, 30, 0.7),
                               box(1, 3, 90, 0.8)};
    const Evaluation e = Evaluator::evaluate(refs, preds);
    QCOMPARE(e.apPerClass.value(1), 1.0);
    QCOMPARE(e.apPerClass.value(2), 0.5);
    QVERIFY(!e.apPerClass.contains(3));
    QCOMPARE(e.ap, 0.75);
    QCOMPARE(e.references.value(2), 1);
}

void TestEvaluation::curveAndConfusionAndMistakes()
{
    // Asset 1: a cat (1) found as a cat, a cat found as a dog (2); asset 2: a dog missed, a
    // cat invented with score 0.6 and a weak dog (0.3, below the threshold of 0.5).
    const QList<EvalBox> refs{box(1, 1, 0), box(1, 1, 30), box(2, 2, 0)};
    const QList<EvalBox> preds{box(1, 1, 0, 0.9), box(1, 2, 30, 0.8), box(2, 1, 50, 0.6),
                               box(2, 2, 70, 0.3)};
    const Evaluation e = Evaluator::evaluate(refs, preds, 0.5);
    // Cat curve at IoU 0.5: hit (0.9) then false positive (0.6): recall 1/2, 1/2; precision
    // 1, 1/2.
    QCOMPARE(e.curves.value(1).recall, (QList<double>{0.5, 0.5}));
    QCOMPARE(e.curves.value(1).precision, (QList<double>{1.0, 0.5}));
    QCOMPARE(e.confusion.value(1).value(1), 1);
    QCOMPARE(e.confusion.value(1).value(2), 1); // cat seen as dog
    QCOMPARE(e.confusion.value(2).value(0), 1); // dog missed
    QCOMPARE(e.confusion.value(0).value(1), 1); // cat invented
    QCOMPARE(e.confusion.value(0).value(2), 0); // the weak dog is below the threshold
    // Mistakes: false positives by falling score (the dog-for-cat 0.8, the invented cat 0.6),
    // then the missed references (the cat seen as a dog, the dog).
    QCOMPARE(e.mistakes.size(), 4);
    QVERIFY(e.mistakes[0].falsePositive && e.mistakes[0].box.score == 0.8);
    QVERIFY(e.mistakes[1].falsePositive && e.mistakes[1].box.score == 0.6);
    QVERIFY(!e.mistakes[2].falsePositive && !e.mistakes[3].falsePositive);
}

void TestEvaluation::predictionsFromCocoResultsAndYoloFolders()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    QVERIFY(store);
    Label cat, dog;
    Asset a;
    catsAndDogs(*store, cat, dog, a);
    QFile coco(dir.filePath(QStringLiteral("results.json")));
    QVERIFY(coco.open(QIODevice::WriteOnly));
    coco.write(QStringLiteral("[{\"image_id\": %1, \"category_id\": 2, \"bbox\": [10, 20, 30, 40], "
                              "\"score\": 0.7}]")
                       .arg(a.id)
                       .toUtf8());
    coco.close();
    std::optional<QList<EvalBox>> p = Evaluator::readPredictions(*store, coco.fileName(), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->size(), 1);
    QCOMPARE(p->at(0).labelId, dog.id); // category 2 = the second label
    QCOMPARE(p->at(0).box, QRectF(10, 20, 30, 40));
    QCOMPARE(p->at(0).score, 0.7);
    QDir(dir.path()).mkdir(QStringLiteral("yolo"));
    QFile txt(dir.filePath(QStringLiteral("yolo/pic.txt")));
    QVERIFY(txt.open(QIODevice::WriteOnly));
    txt.write("0 0.5 0.5 0.1 0.2 0.9\n");
    txt.close();
    p = Evaluator::readPredictions(*store, dir.filePath(QStringLiteral("yolo")), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->size(), 1);
    QCOMPARE(p->at(0).labelId, cat.id);
    QCOMPARE(p->at(0).box, QRectF(90, 40, 20, 20));
    // Stored annotations are the references; proposals are predictions.
    Annotation reference{.assetId = a.id,
                         .labelId = cat.id,
                         .kind = AnnotationKind::Box,
                         .points = {QPointF(90, 40), QPointF(110, 60)}};
    Annotation proposal = reference;
    proposal.provenance
            = {.origin = Origin::Prelabel, .modelId = QStringLiteral("m"), .score = 0.4};
    QList<Annotation> both{reference, proposal};
    QVERIFY(store->addAnnotations(both));
    QCOMPARE(Evaluator::references(*store).size(), 1);
    QCOMPARE(Evaluator::proposals(*store, QString()).size(), 1);
    QCOMPARE(Evaluator::proposals(*store, QStringLiteral("other")).size(), 0);
    QCOMPARE(Evaluator::evaluate(Evaluator::references(*store), *p).ap, 1.0);
}

void TestEvaluation::badPredictionFilesAreExplained()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    Label cat{.name = QStringLiteral("cat")};
    QVERIFY(store->addLabel(cat));
    const QList<std::pair<QByteArray, QString>> cases{
            {"[{\"image_id\": 1, \"category_id\": 1,", QStringLiteral("not JSON")},
            {"{\"annotations\": []}", QStringLiteral("JSON array")},
            {"[{\"image_id\": 999, \"category_id\": 1, \"bbox\": [0,0,1,1], \"score\": 1}]",
             QStringLiteral("result 0")},
            {"[{\"image_id\": 1, \"category_id\": 7, \"bbox\": [0,0,1,1], \"score\": 1}]",
             QStringLiteral("result 0")}};
    for (const auto &[bytes, expected] : cases) {
        QFile f(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
        f.close();
        QVERIFY(!Evaluator::readPredictions(*store, f.fileName(), &error));
        QVERIFY2(error.contains(expected) && error.contains(QStringLiteral("bad.json")),
                 qPrintable(error));
    }
}

void TestEvaluation::predictionsAsADatasetGoThroughItsCodec()
{
    // A COCO file with images, categories and scored boxes (as FiftyOne writes detections): its
    // image ids and category ids are its own, so it is placed by file name and label name.
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    QVERIFY(store);
    Label cat, dog;
    Asset a;
    catsAndDogs(*store, cat, dog, a);
    Asset b{.kind = AssetKind::Image,
            .name = QStringLiteral("other.jpg"),
            .sha256 = QStringLiteral("o"),
            .width = 200,
            .height = 100};
    QVERIFY(store->addAsset(b));
    const auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    };
    write(QStringLiteral("detections.json"),
          R"({"images": [{"id": 40, "file_name": "pic.jpg", "width": 200, "height": 100},
                         {"id": 41, "file_name": "elsewhere/other.jpg", "width": 200, "height": 100},
                         {"id": 42, "file_name": "not-in-project.jpg", "width": 9, "height": 9}],
              "categories": [{"id": 5, "name": "dog"}, {"id": 6, "name": "cat"}],
              "annotations": [
                {"id": 1, "image_id": 40, "category_id": 6, "bbox": [10, 20, 30, 40], "score": 0.25},
                {"id": 2, "image_id": 41, "category_id": 5, "bbox": [1, 2, 3, 4], "score": 0.75,
                 "segmentation": [[1, 2, 4, 2, 4, 6]]},
                {"id": 3, "image_id": 42, "category_id": 5, "bbox": [1, 1, 2, 2], "score": 0.5},
                {"id": 4, "image_id": 40, "category_id": 5, "bbox": [0, 0, 5, 5]}]})");
    std::optional<QList<EvalBox>> p = Evaluator::readPredictions(
            *store, dir.filePath(QStringLiteral("detections.json")), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->size(), 3); // the image the project lacks is passed over
    QCOMPARE(p->at(0).assetId, a.id);
    QCOMPARE(p->at(0).labelId, cat.id); // by name, not by the file's category id
    QCOMPARE(p->at(0).box, QRectF(10, 20, 30, 40));
    QCOMPARE(p->at(0).score, 0.25);
    QCOMPARE(p->at(1).assetId, b.id); // by file name below a folder
    QCOMPARE(p->at(1).labelId, dog.id);
    QCOMPARE(p->at(1).box, QRectF(1, 2, 3, 4)); // the polygon's extent
    QCOMPARE(p->at(1).score, 0.75);
    QCOMPARE(p->at(2).score, 1.0); // no score given
    // labelme JSON as X-AnyLabeling writes a detector's output: the score is each shape's own.
    write(QStringLiteral("pic.json"),
          R"({"imagePath": "pic.jpg", "imageWidth": 200, "imageHeight": 100, "shapes": [
                {"label": "dog", "shape_type": "rectangle", "points": [[5, 6], [25, 46]],
                 "score": 0.625}]})");
    std::optional<QList<EvalBox>> l
            = Evaluator::readPredictions(*store, dir.filePath(QStringLiteral("pic.json")), &error);
    QVERIFY2(l, qPrintable(error));
    QCOMPARE(l->size(), 1);
    QCOMPARE(l->at(0).assetId, a.id);
    QCOMPARE(l->at(0).labelId, dog.id);
    QCOMPARE(l->at(0).box, QRectF(5, 6, 20, 40));
    QCOMPARE(l->at(0).score, 0.625);
    // Nothing of it reached the project.
    QCOMPARE(store->annotationCount(), 0);
    QCOMPARE(store->labels().size(), 2);

    // A class the project does not have cannot be evaluated: said, with the file.
    write(QStringLiteral("unknown.json"),
          R"({"images": [{"id": 1, "file_name": "pic.jpg", "width": 200, "height": 100}],
              "categories": [{"id": 1, "name": "zebra"}],
              "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1]}]})");
    QVERIFY(!Evaluator::readPredictions(*store, dir.filePath(QStringLiteral("unknown.json")),
                                        &error));
    QVERIFY2(error.contains(QStringLiteral("zebra"))
                     && error.contains(QStringLiteral("unknown.json")),
             qPrintable(error));
    // A corrupt record fails as the import would, with the file and the record.
    write(QStringLiteral("corrupt.json"),
          R"({"images": [{"id": 1, "file_name": "pic.jpg", "width": 200, "height": 100}],
              "categories": [{"id": 1, "name": "cat"}],
              "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1],
                               "score": "high"}]})");
    QVERIFY(!Evaluator::readPredictions(*store, dir.filePath(QStringLiteral("corrupt.json")),
                                        &error));
    QVERIFY2(error.contains(QStringLiteral("corrupt.json"))
                     && error.contains(QStringLiteral("score")),
             qPrintable(error));
    // None of the images in the project: said, not an empty evaluation.
    write(QStringLiteral("elsewhere.json"),
          R"({"images": [{"id": 1, "file_name": "x.jpg", "width": 2, "height": 2}],
              "categories": [{"id": 1, "name": "cat"}],
              "annotations": []})");
    QVERIFY(!Evaluator::readPredictions(*store, dir.filePath(QStringLiteral("elsewhere.json")),
                                        &error));
    QVERIFY2(error.contains(QStringLiteral("none of its 1 image")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestEvaluation)
#include "tst_evaluation.moc"
