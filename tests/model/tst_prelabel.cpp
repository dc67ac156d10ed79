// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/shapegeometry.h"
#include "prelabel/detector.h"
#include "jobs/proposaljob.h"
#include "prelabel/prelabelengine.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QImage>
#include <QJsonArray>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <optional>

using namespace Tessera;

class TestPrelabel : public QObject
{
    Q_OBJECT

private slots:
    void findsTheAstronautsFace_data();
    void findsTheAstronautsFace();
    void blazeFaceKeyPointsSitOnTheFace();
    void slicingFindsSmallFacesInABigImage();
    void tilesCoverTheImage();
    void suppressionKeepsTheBestPerLabel();
    void yoloRowsDecode();
    void badOptionsAndImagesAreExplained();
    void engineThreadsAgreeAndApplyKeepsProvenance();
    void cancelStopsBetweenImages();
    void yoloV8nFindsEverydayObjectsAndMapsLabels();

private:
    // Where a person sees the astronaut's face in skimage's astronaut (512×512).
    const QRectF m_face{QPointF(175, 70), QPointF(275, 175)};
};

void TestPrelabel::findsTheAstronautsFace_data()
{
    QTest::addColumn<QString>("detector");
    QTest::newRow("haar-face") << QStringLiteral("haar-face");
    QTest::newRow("lbp-face") << QStringLiteral("lbp-face");
    QTest::newRow("blazeface") << QStringLiteral("blazeface");
    QTest::newRow("blazeface-back") << QStringLiteral("blazeface-back");
}

void TestPrelabel::findsTheAstronautsFace()
{
    QFETCH(QString, detector);
    QString error;
    std::unique_ptr<Detector> d = Detectors::make(detector, {}, &error);
    QVERIFY2(d, qPrintable(error));
    QList<Detection> found;
    QVERIFY2(d->detectFile(Test::demoImage("astronaut.jpg"), &found, &error), qPrintable(error));
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].label, QStringLiteral("face"));
    // Where a person sees the face: centred on it and mostly the same box (LBP's box is the
    // tighter eyes-to-mouth square).
    QVERIFY(m_face.contains(found[0].box.center()));
    QVERIFY2(ShapeGeometry::iou(found[0].box, m_face) > 0.4,
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                                .arg(found[0].box.x())
                                .arg(found[0].box.y())
                                .arg(found[0].box.width())
                                .arg(found[0].box.height())));
    QVERIFY(found[0].score > 0.5 && found[0].score <= 1);
    // No face in a photograph of coffee.
    QVERIFY(d->detectFile(Test::demoImage("coffee.jpg"), &found, &error));
    QCOMPARE(found.size(), 0);
}

void TestPrelabel::yoloV8nFindsEverydayObjectsAndMapsLabels()
{
    QString error;
    std::unique_ptr<Detector> d = Detectors::make(QStringLiteral("yolov8n"), {}, &error);
    if (!d && error.contains(QStringLiteral("--with-yolov8n")))
        QSKIP("YOLOv8n is opt-in (AGPL-3.0 weights): fetch-models.sh --with-yolov8n");
    QVERIFY2(d, qPrintable(error));
    const auto best = [&](const char *image, const QString &label) -> std::optional<Detection> {
        QList<Detection> found;
        if (!d->detectFile(Test::demoImage(image), &found, &error))
            return std::nullopt;
        std::optional<Detection> top;
        for (const Detection &f : found)
            if (f.label == label && (!top || f.score > top->score))
                top = f;
        return top;
    };
    // Where a person sees them: the cup on its saucer, the cat filling the picture, the
    // astronaut's upper body.
    const std::optional<Detection> cup = best("coffee.jpg", QStringLiteral("cup"));
    QVERIFY(cup);
    QVERIFY2(ShapeGeometry::iou(cup->box, QRectF(QPointF(172, 18), QPointF(410, 305))) > 0.6,
             qPrintable(QStringLiteral("%1,%2 %3x%4").arg(cup->box.x()).arg(cup->box.y())
                                .arg(cup->box.width()).arg(cup->box.height())));
    const std::optional<Detection> cat = best("chelsea.jpg", QStringLiteral("cat"));
    QVERIFY(cat);
    QVERIFY(cat->box.width() > 300 && cat->score > 0.5);
    const std::optional<Detection> person = best("astronaut.jpg", QStringLiteral("person"));
    QVERIFY(person);
    QVERIFY(person->box.contains(m_face.center()));

    // Mapping: the project's "human" takes COCO's person; unmapped classes are left out.
    d = Detectors::make(QStringLiteral("yolov8n"), {{QStringLiteral("map"), QStringLiteral("human:person")}},
                        &error);
    QVERIFY2(d, qPrintable(error));
    QList<Detection> found;
    QVERIFY(d->detectFile(Test::demoImage("astronaut.jpg"), &found, &error));
    QVERIFY(!found.isEmpty());
    for (const Detection &f : std::as_const(found))
        QCOMPARE(f.label, QStringLiteral("human"));
    QVERIFY(!Detectors::make(QStringLiteral("yolov8n"), {{QStringLiteral("map"), QStringLiteral("human:martian")}},
                             &error));
    QVERIFY2(error.contains(QStringLiteral("martian")), qPrintable(error));
    QVERIFY(!Detectors::make(QStringLiteral("yolov8n"), {{QStringLiteral("classes"), QStringLiteral("unicorn")}},
                             &error));
    QVERIFY2(error.contains(QStringLiteral("unicorn")), qPrintable(error));
}

void TestPrelabel::blazeFaceKeyPointsSitOnTheFace()
{
    QString error;
    std::unique_ptr<Detector> d = Detectors::make(QStringLiteral("blazeface"), {}, &error);
    QVERIFY2(d, qPrintable(error));
    QList<Detection> found;
    QVERIFY(d->detectFile(Test::demoImage("astronaut.jpg"), &found, &error));
    QCOMPARE(found.size(), 1);
    const QList<QPointF> &k = found[0].keypoints;
    QCOMPARE(k.size(), 6); // right eye, left eye, nose, mouth, right ear, left ear
    for (int i = 0; i < 4; ++i)
        QVERIFY(m_face.contains(k[i]));
    // Eyes above the nose, nose above the mouth, the eye on the image's left first.
    QVERIFY(k[0].x() < k[1].x());
    QVERIFY(k[0].y() < k[2].y() && k[1].y() < k[2].y());
    QVERIFY(k[2].y() < k[3].y());
}

void TestPrelabel::slicingFindsSmallFacesInABigImage()
{
    // The astronaut's face, 100 px across, pasted into a 4000×3000 grey image at three places:
    // letterboxed whole into BlazeFace's 256 input it is 6 px, too small; sliced into 1024 tiles
    // it is found at all three places.
    QImage face(Test::demoImage("astronaut.jpg"));
    face = face.copy(140, 40, 170, 170);
    QImage big(4000, 3000, QImage::Format_RGB32);
    big.fill(QColor(128, 128, 128));
    const QList<QPoint> places{{300, 200}, {2000, 1500}, {3700, 2700}};
    {
        QPainter p(&big);
        for (const QPoint &at : places)
            p.drawImage(at, face);
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jpg"));
    QVERIFY(big.save(path, "JPG", 95));
    QString error;
    std::unique_ptr<Detector> whole = Detectors::make(QStringLiteral("blazeface-back"), {}, &error);
    QVERIFY2(whole, qPrintable(error));
    QList<Detection> found;
    QVERIFY(whole->detectFile(path, &found, &error));
    QCOMPARE(found.size(), 0);
    std::unique_ptr<Detector> sliced
            = Detectors::make(QStringLiteral("blazeface-back"),
                              {{QStringLiteral("tile"), QStringLiteral("1024")}}, &error);
    QVERIFY(sliced->detectFile(path, &found, &error));
    QCOMPARE(found.size(), 3);
    for (const QPoint &at : places) {
        const QRectF expected = m_face.translated(at - QPoint(140, 40));
        QVERIFY(std::any_of(found.cbegin(), found.cend(), [&](const Detection &d) {
            return ShapeGeometry::iou(d.box, expected) > 0.4;
        }));
    }
}

void TestPrelabel::tilesCoverTheImage()
{
    const QSize size(2500, 1100);
    const QList<QRect> tiles = Detectors::tiles(size, 1024, 200);
    // Every pixel is in a tile, tiles stay inside, neighbours share at least the overlap.
    QImage covered(size, QImage::Format_Grayscale8);
    covered.fill(0);
    QPainter p(&covered);
    for (const QRect &t : tiles) {
        QVERIFY(QRect(QPoint(), size).contains(t));
        QCOMPARE(t.width(), 1024);
        p.fillRect(t, Qt::white);
    }
    p.end();
    for (int y = 0; y < size.height(); y += 7)
        for (int x = 0; x < size.width(); x += 7)
            QVERIFY(qGray(covered.pixel(x, y)) == 255);
    QCOMPARE(tiles.size(), 3 * 2);
    QVERIFY(tiles[0].right() - tiles[1].left() + 1 >= 200);
    QCOMPARE(Detectors::tiles(QSize(500, 400), 1024, 200), QList<QRect>{QRect(0, 0, 500, 400)});
}

void TestPrelabel::suppressionKeepsTheBestPerLabel()
{
    const QList<Detection> in{{QStringLiteral("a"), QRectF(0, 0, 10, 10), 0.5, {}},
                              {QStringLiteral("a"), QRectF(1, 1, 10, 10), 0.9, {}},
                              {QStringLiteral("b"), QRectF(1, 1, 10, 10), 0.4, {}},
                              {QStringLiteral("a"), QRectF(50, 50, 10, 10), 0.3, {}}};
    const QList<Detection> out = Detectors::suppress(in, 0.5);
    QCOMPARE(out.size(), 3);
    QCOMPARE(out[0].score, 0.9);                 // the better of the overlapping pair
    QCOMPARE(out[1].label, QStringLiteral("b")); // another label is not suppressed
    QCOMPARE(ShapeGeometry::iou(QRectF(0, 0, 10, 10), QRectF(5, 0, 10, 10)), 50.0 / 150.0);
}

void TestPrelabel::yoloRowsDecode()
{
    // Two candidates in a 640 input; the image was scaled by 0.5 and padded 80 px on top.
    const QStringList names{QStringLiteral("cat"), QStringLiteral("dog")};
    // v5: cx, cy, w, h, objectness, p(cat), p(dog)
    const float v5[] = {320, 240, 100, 50, 0.9f, 0.2f, 0.8f, //
                        100, 100, 10,  10, 0.1f, 0.9f, 0.1f};
    QList<Detection> d = Detectors::decodeYolo(v5, 2, 7, false, names, 0.25, 0.5, QPointF(0, 80));
    QCOMPARE(d.size(), 1); // the second scores 0.1 × 0.9
    QCOMPARE(d[0].label, QStringLiteral("dog"));
    QCOMPARE(d[0].score, double(0.9f) * double(0.8f));
    QCOMPARE(d[0].box, QRectF(540, 270, 200, 100));
    // v8: cx, cy, w, h, p(cat), p(dog); no objectness.
    const float v8[] = {320, 240, 100, 50, 0.7f, 0.1f};
    d = Detectors::decodeYolo(v8, 1, 6, true, names, 0.25, 0.5, QPointF(0, 80));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d[0].label, QStringLiteral("cat"));
    QCOMPARE(d[0].score, double(0.7f));
    // A class beyond the names file is named by its number.
    d = Detectors::decodeYolo(v8, 1, 6, true, {}, 0.25, 1, QPointF());
    QCOMPARE(d[0].label, QStringLiteral("class 0"));
}

void TestPrelabel::badOptionsAndImagesAreExplained()
{
    QString error;
    QVERIFY(!Detectors::make(QStringLiteral("no-such"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("no-such")));
    error.clear();
    QVERIFY(!Detectors::make(QStringLiteral("haar-face"),
                             {{QStringLiteral("threshold"), QStringLiteral("2")}}, &error));
    QVERIFY(error.contains(QStringLiteral("threshold=2")));
    error.clear();
    QVERIFY(!Detectors::make(QStringLiteral("haar-face"),
                             {{QStringLiteral("tile"), QStringLiteral("10")}}, &error));
    QVERIFY(error.contains(QStringLiteral("tile=10")));
    error.clear();
    QVERIFY(!Detectors::make(QStringLiteral("yolo"), {}, &error));
    QVERIFY(error.contains(QStringLiteral("model=")));
    QTemporaryDir dir;
    const QString notModel = dir.filePath(QStringLiteral("garbage.onnx"));
    QFile f(notModel);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a network");
    f.close();
    error.clear();
    QVERIFY(!Detectors::make(QStringLiteral("yolo"), {{QStringLiteral("model"), notModel}},
                             &error));
    QVERIFY(error.contains(notModel));
    // A corrupt image is an error naming it, not a crash.
    const QString corrupt = dir.filePath(QStringLiteral("corrupt.jpg"));
    QFile c(corrupt);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("\xFF\xD8\xFF\xE0 truncated");
    c.close();
    std::unique_ptr<Detector> d = Detectors::make(QStringLiteral("lbp-face"), {}, &error);
    QList<Detection> found;
    QVERIFY(!d->detectFile(corrupt, &found, &error));
    QVERIFY(error.contains(QStringLiteral("corrupt.jpg")));
}

void TestPrelabel::engineThreadsAgreeAndApplyKeepsProvenance()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    QVERIFY(store);
    QList<qint64> ids;
    for (const char *name : {"astronaut.jpg", "coffee.jpg", "chelsea.jpg", "rocket.jpg"}) {
        Asset a{.kind = AssetKind::Image,
                .path = Test::demoImage(name),
                .name = QLatin1String(name),
                .sha256 = QLatin1String(name)};
        QVERIFY(store->addAsset(a));
        ids.append(a.id);
    }
    Asset missing{.kind = AssetKind::Image,
                  .path = dir.filePath(QStringLiteral("gone.jpg")),
                  .name = QStringLiteral("gone.jpg"),
                  .sha256 = QStringLiteral("gone")};
    QVERIFY(store->addAsset(missing));
    std::unique_ptr<Detector> d = Detectors::make(QStringLiteral("blazeface"), {}, &error);
    QVERIFY2(d, qPrintable(error));
    const auto images = ProposalJob::images(*store, {});
    QCOMPARE(images.size(), 5);
    const PrelabelRun one = PrelabelEngine::run(images, *d, 1, {});
    const PrelabelRun two = PrelabelEngine::run(images, *d, 2, {});
    QCOMPARE(one.images, 5);
    QCOMPARE(one.errors.size(), 1);
    QVERIFY(one.errors[0].contains(QStringLiteral("gone.jpg")));
    QCOMPARE(two.results.size(), one.results.size());
    for (int i = 0; i < one.results.size(); ++i) {
        QCOMPARE(two.results[i].assetId, one.results[i].assetId);
        QCOMPARE(two.results[i].detections, one.results[i].detections);
    }
    QCOMPARE(ProposalJob::apply(*store, PrelabelEngine::info(*d), one, &error), 1);
    const QList<Annotation> stored = store->annotations(ids[0]);
    QCOMPARE(stored.size(), 1);
    const Annotation &face = stored[0];
    QVERIFY(isProposal(face));
    QCOMPARE(face.kind, AnnotationKind::Box);
    QCOMPARE(face.provenance.modelId, QStringLiteral("blazeface"));
    QVERIFY(face.provenance.modelVersion.startsWith(QStringLiteral("1.2.0+")));
    QVERIFY(face.provenance.score.value_or(0) > 0.75);
    QCOMPARE(face.data.value(QStringLiteral("prelabel"))
                     .toObject()
                     .value(QStringLiteral("threshold"))
                     .toDouble(),
             0.75);
    QCOMPARE(face.data.value(QStringLiteral("keypoints")).toArray().size(), 6);
    QCOMPARE(store->label(face.labelId)->name, QStringLiteral("face"));
    // Running again replaces unaccepted proposals instead of piling them up; accepted ones stay.
    Annotation accepted = face;
    accepted.data[QStringLiteral("accepted")] = true;
    QList<Annotation> change{accepted};
    QVERIFY(store->updateAnnotations(change));
    QCOMPARE(ProposalJob::apply(*store, PrelabelEngine::info(*d), one, &error), 1);
    QCOMPARE(store->annotations(ids[0]).size(), 2);
    QCOMPARE(ProposalJob::apply(*store, PrelabelEngine::info(*d), one, &error), 1);
    QCOMPARE(store->annotations(ids[0]).size(), 2);
}

void TestPrelabel::cancelStopsBetweenImages()
{
    QString error;
    std::unique_ptr<Detector> d = Detectors::make(QStringLiteral("lbp-face"), {}, &error);
    QList<std::pair<qint64, QString>> images;
    for (int i = 0; i < 40; ++i)
        images.append({i + 1, Test::demoImage("astronaut.jpg")});
    std::atomic_bool cancel{false};
    JobControl control;
    control.cancel = &cancel;
    control.progress = [&cancel](qint64 done, qint64) {
        if (done >= 3)
            cancel = true;
    };
    const PrelabelRun run = PrelabelEngine::run(images, *d, 2, control);
    QVERIFY(run.canceled);
    // Stopped early (how early depends on how busy the machine is: the watcher wakes every
    // 20 ms), and what was done is all there.
    QVERIFY(run.images >= 3 && run.images < 40);
    QCOMPARE(run.results.size(), run.images);
}

QTEST_GUILESS_MAIN(TestPrelabel)
#include "tst_prelabel.moc"
