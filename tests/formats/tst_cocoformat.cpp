// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QDirIterator>
#include <QElapsedTimer>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Tessera;

namespace {

Format *coco()
{
    return FormatRegistry::find(QStringLiteral("coco"));
}

// The objects of a JSON file's top-level list key (COCO's "annotations", …).
QJsonArray listOf(const QString &file, const char *name)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String(name)).toArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

} // namespace

class TestCocoFormat : public QObject
{
    Q_OBJECT

private slots:
    void fixturesImport();
    void keypointsFixture();
    void panopticCaptionsLabelsAndMmdet();
    void goldenExports_data();
    void goldenExports();
    void roundTripKeepsEveryWrittenKind();
    void badInputIsRefusedWhole_data();
    void badInputIsRefusedWhole();
    void unreadFieldsMayHoldAnyJson();
    void byteOrderMarkFifoAndNonFiniteNumbers();
    void multiPartPolygonIsWrittenBackAsOne();
    void shapesWithoutALabelAreNamedOrWritten();
    void relationsToUnlabeledSpansGoWithThem();
    void exportPutsTheImagesBesideIt();
};

void TestCocoFormat::fixturesImport()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*coco(), *store,
                             Test::dataDir() + QStringLiteral("/datumaro/coco/coco_instances"),
                             report, {}),
             qPrintable(coco()->errorString()));
    QCOMPARE(report.assets, 2);
    QCOMPARE(report.annotations, 3);
    QCOMPARE(report.newLabels,
             (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    const ProjectStats s = store->stats();
    QCOMPARE(s.annotationsByKind.value(AnnotationKind::Box), 1);
    QCOMPARE(s.annotationsByKind.value(AnnotationKind::Polygon), 1);
    QCOMPARE(s.annotationsByKind.value(AnnotationKind::Mask), 1);
    // The RLE {"counts": [0, 20, 30], "size": [10, 5]} runs down the columns: x 0..1, every y.
    for (qint64 asset : store->assetIds()) {
        for (const Annotation &a : store->annotations(asset)) {
            if (a.kind == AnnotationKind::Mask) {
                QCOMPARE(ShapeGeometry::area(a), 20.0);
                QVERIFY(MaskCodec::contains(a, QPoint(1, 9)));
                QVERIFY(!MaskCodec::contains(a, QPoint(2, 0)));
            } else if (a.kind == AnnotationKind::Polygon) {
                QCOMPARE(a.data.value(QStringLiteral("attributes"))
                                 .toObject()
                                 .value(QStringLiteral("y"))
                                 .toString(),
                         QStringLiteral("hello"));
            } else if (a.kind == AnnotationKind::Box) {
                QCOMPARE(a.points,
                         (QList<QPointF>{QPointF(2, 2), QPointF(5, 3)})); // bbox [2,2,3,1]
            }
        }
    }
}

void TestCocoFormat::keypointsFixture()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*coco(), *store,
                             Test::dataDir()
                                     + QStringLiteral("/datumaro/coco/coco_person_keypoints/"
                                                      "annotations/person_keypoints_train.json"),
                             report, {}),
             qPrintable(coco()->errorString()));
    const Annotation kp = store->annotations(store->assetIds().constFirst()).constFirst();
    QCOMPARE(kp.kind, AnnotationKind::Keypoints);
    QCOMPARE(kp.visibility, (QList<int>{0, 1, 2}));
    QCOMPARE(kp.points.value(2), QPointF(4, 1));
}

void TestCocoFormat::goldenExports_data()
{
    Test::addGoldenRows(QStringLiteral("coco"));
}

void TestCocoFormat::goldenExports()
{
    QFETCH(QString, caseDir);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::buildCase(*store, caseDir, dir.path()));
    const QString out = dir.filePath(QStringLiteral("out"));
    FormatReport report;
    QVERIFY2(ExportJob::write(*coco(), *store, out, report, {}), qPrintable(coco()->errorString()));
    // Compared as JSON values: the golden file is hand-written, key order and spacing are free.
    const QJsonDocument written = QJsonDocument::fromJson(
            Test::readAll(out + QStringLiteral("/annotations/instances_default.json")));
    const QJsonDocument expected = QJsonDocument::fromJson(Test::readAll(
            caseDir + QStringLiteral("/expected/annotations/instances_default.json")));
    QVERIFY(!expected.isNull());
    QCOMPARE(written, expected);
    QVERIFY(report.warnings.filter(QStringLiteral("polyline")).size() == 1);
}

void TestCocoFormat::roundTripKeepsEveryWrittenKind()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    Label person{.name = QStringLiteral("per\"so\\n")}; // escaping: a quote and a backslash
    person.skeleton = {{QStringLiteral("head"), QStringLiteral("hand")}, {{0, 1}}};
    QVERIFY(store->addLabel(person));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("images")));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("images/x.png")), 3, QSize(30, 20)));
    Asset asset{.kind = AssetKind::Image,
                .path = dir.filePath(QStringLiteral("images/x.png")),
                .name = QStringLiteral("x.png"),
                .sha256 = QStringLiteral("x"),
                .width = 30,
                .height = 20};
    QVERIFY(store->addAsset(asset));
    Annotation mask{.assetId = asset.id, .labelId = person.id};
    QImage bits(6, 4, QImage::Format_Grayscale8);
    bits.fill(0);
    bits.setPixel(1, 1, 255);
    bits.setPixel(4, 3, 255);
    QVERIFY(MaskCodec::fromImage(mask, bits, QPoint(10, 5)));
    QList<Annotation> original{{.assetId = asset.id,
                                .labelId = person.id,
                                .kind = AnnotationKind::Box,
                                .points = {QPointF(1.5, 2.25), QPointF(10, 12)}},
                               {.assetId = asset.id,
                                .labelId = person.id,
                                .kind = AnnotationKind::Polygon,
                                .points = {QPointF(1, 1), QPointF(8, 1), QPointF(5, 9)}},
                               {.assetId = asset.id,
                                .labelId = person.id,
                                .kind = AnnotationKind::Keypoints,
                                .points = {QPointF(3, 4), QPointF()},
                                .visibility = {2, 0}},
                               mask};
    QVERIFY(store->addAnnotations(original));
    const QString out = dir.filePath(QStringLiteral("out"));
    FormatReport report;
    QVERIFY(ExportJob::write(*coco(), *store, out, report, {}));
    // The image is put where COCO's readers look, as a link (images=link, the default).
    QVERIFY(QFileInfo(out + QStringLiteral("/images/x.png")).isSymLink());
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*coco(), *again, out, back, {}), qPrintable(coco()->errorString()));
    QCOMPARE(back.annotations, 4);
    QCOMPARE(again->labelByName(person.name)->skeleton, person.skeleton);
    const QList<Annotation> imported = again->annotations(again->assetIds().constFirst());
    QCOMPARE(imported.size(), original.size());
    for (qsizetype i = 0; i < original.size(); ++i) {
        QCOMPARE(imported[i].kind, original[i].kind);
        QCOMPARE(imported[i].points, original[i].points);
        QCOMPARE(imported[i].visibility, original[i].visibility);
        QCOMPARE(imported[i].maskRect, original[i].maskRect);
        QCOMPARE(imported[i].maskRuns, original[i].maskRuns);
    }
}

void TestCocoFormat::badInputIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray head = "{\"categories\":[{\"id\":1,\"name\":\"cat\"}],\"images\":[{\"id\":1,"
                            "\"file_name\":\"i.png\",\"width\":10,\"height\":10}],";
    QTest::newRow("truncated") << QByteArray("{\"images\": [") << QStringLiteral("not valid JSON");
    QTest::newRow("not-coco") << QByteArray("{\"hello\": 1}") << QStringLiteral("must be arrays");
    QTest::newRow("unknown-category") << head
                                                 + "\"annotations\":[{\"id\":1,\"image_id\":1,"
                                                   "\"category_id\":9,\"bbox\":[0,0,1,1]}]}"
                                      << QStringLiteral("annotations[0]: category_id 9");
    QTest::newRow("unknown-image") << head
                                              + "\"annotations\":[{\"id\":1,\"image_id\":7,"
                                                "\"category_id\":1,\"bbox\":[0,0,1,1]}]}"
                                   << QStringLiteral("image_id 7");
    QTest::newRow("negative-size") << head
                                              + "\"annotations\":[{\"id\":1,\"image_id\":1,"
                                                "\"category_id\":1,\"bbox\":[0,0,-1,1]}]}"
                                   << QStringLiteral("bbox");
    QTest::newRow("string-coordinates") << head
                                                   + "\"annotations\":[{\"id\":1,\"image_id\":1,"
                                                     "\"category_id\":1,\"bbox\":[\"0\",0,1,1]}]}"
                                        << QStringLiteral("bbox");
    QTest::newRow("short-polygon") << head
                                              + "\"annotations\":[{\"id\":1,\"image_id\":1,"
                                                "\"category_id\":1,\"segmentation\":[[0,0,1,1]]}]}"
                                   << QStringLiteral("three");
    QTest::newRow("huge-rle") << head
                                         + "\"annotations\":[{\"id\":1,\"image_id\":1,"
                                           "\"category_id\":1,\"segmentation\":{\"size\":"
                                           "[2000000000,2000000000],\"counts\":[0,5]}}]}"
                              << QStringLiteral("larger than Tessera reads");
    // Fields Tessera does not use are still JSON or the file is refused, with the place.
    QTest::newRow("corrupt-unread-number")
            << head
                       + "\"annotations\":[{\"id\":1,\"image_id\":1,\"category_id\":1,"
                         "\"bbox\":[0,0,1,1],\"area\":12x}]}"
            << QStringLiteral("bad.json:1:");
    QTest::newRow("corrupt-unread-nested")
            << head
                       + "\"annotations\":[{\"id\":1,\"image_id\":1,\"category_id\":1,"
                         "\"bbox\":[0,0,1,1],\"extra\":[1,{\"a\":nul}]}]}"
            << QStringLiteral("bad.json:1:");
    QTest::newRow("corrupt-image-field")
            << QByteArray("{\"categories\":[],\"images\":[{\"id\":1,\"file_name\":\"i.png\","
                          "\"license\":tru,\"width\":10,\"height\":10}],\"annotations\":[]}")
            << QStringLiteral("bad.json:1:");
    QTest::newRow("corrupt-info-after-annotations")
            << head
                       + "\"annotations\":[{\"id\":1,\"image_id\":1,\"category_id\":1,"
                         "\"bbox\":[0,0,1,1]}],\"info\":{\"year\":20-20}}"
            << QStringLiteral("bad.json:1:");
}

void TestCocoFormat::badInputIsRefusedWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i.png")), 1, QSize(10, 10)));
    const QString file = dir.filePath(QStringLiteral("bad.json"));
    QVERIFY(writeFile(file, json));
    FormatReport report;
    QVERIFY(!ImportJob::read(*coco(), *store, file, report, {}));
    QVERIFY2(coco()->errorString().contains(expected), qPrintable(coco()->errorString()));
    QVERIFY(coco()->errorString().contains(QStringLiteral("bad.json")));
    QCOMPARE(store->assetCount(), 0); // one transaction: nothing stays
    QCOMPARE(store->labels().size(), 0);
}

// What the strict check of unread fields must still let through: any valid JSON there, a whole
// number wider than 64 bits included (Python writes them), and records whose keys come in any
// order, the top-level arrays too.
void TestCocoFormat::unreadFieldsMayHoldAnyJson()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i.png")), 1, QSize(10, 10)));
    const QString file = dir.filePath(QStringLiteral("odd.json"));
    QVERIFY(writeFile(file,
                      "{\"annotations\":[{\"bbox\":[1,2,3,4],\"area\":-1.5e-3,\"iscrowd\":false,"
                      "\"extra\":{\"n\":null,\"t\":true,\"s\":\"\\u00e9\\n\",\"a\":[[],{}]},"
                      "\"category_id\":1,\"image_id\":1,\"id\":123456789012345678901234567890}],"
                      "\"info\":{\"year\":123456789012345678901234567890,\"v\":[1.0E+2,-0]},"
                      "\"images\":[{\"height\":10,\"flickr_url\":null,\"width\":10,"
                      "\"file_name\":\"i.png\",\"id\":1}],"
                      "\"categories\":[{\"supercategory\":\"x\",\"name\":\"cat\",\"id\":1}]}"));
    FormatReport report;
    QVERIFY2(ImportJob::read(*coco(), *store, file, report, {}), qPrintable(coco()->errorString()));
    QCOMPARE(store->annotationCount(), 1);
    const Annotation box = store->annotations(store->assetIds().constFirst()).constFirst();
    QCOMPARE(box.kind, AnnotationKind::Box);
    QCOMPARE(box.points, (QList<QPointF>{QPointF(1, 2), QPointF(4, 6)}));
}

void TestCocoFormat::byteOrderMarkFifoAndNonFiniteNumbers()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i.png")), 1, QSize(10, 10)));
    const QByteArray json = "{\"categories\":[{\"id\":1,\"name\":\"cat\"}],\"images\":[{\"id\":1,"
                            "\"file_name\":\"i.png\",\"width\":10,\"height\":10}],"
                            "\"annotations\":[{\"id\":1,\"image_id\":1,\"category_id\":1,"
                            "\"bbox\":[1,1,3,3]}]}";
    // A UTF-8 byte order mark, as Windows tools write it.
    const QString withBom = dir.filePath(QStringLiteral("bom.json"));
    {
        QFile f(withBom);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF" + json);
    }
    FormatReport report;
    QVERIFY2(ImportJob::read(*coco(), *store, withBom, report, {}),
             qPrintable(coco()->errorString()));
    QCOMPARE(store->annotationCount(), 1);

    // A FIFO where the image should be: refused with a message, not read (it would block).
    QTemporaryDir other;
    auto second = Test::newProject(other.path());
    const QString fifo = other.filePath(QStringLiteral("i.png"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QString file = other.filePath(QStringLiteral("a.json"));
    QVERIFY(writeFile(file, json));
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!ImportJob::read(*coco(), *second, file, report, {}));
    QVERIFY(timer.elapsed() < 5000);
    QVERIFY2(coco()->errorString().contains(QStringLiteral("not a regular file")),
             qPrintable(coco()->errorString()));
    QVERIFY(coco()->errorString().contains(QStringLiteral("i.png")));
    QCOMPARE(second->assetCount(), 0);

    // The store refuses absurd numbers, so an export can never write inf.
    QList<Annotation> absurd{{.assetId = store->assetIds().first(),
                              .kind = AnnotationKind::Box,
                              .points = {QPointF(-1e308, 1), QPointF(2, 2)}}};
    QVERIFY(!store->addAnnotations(absurd));
    QVERIFY(store->errorString().contains(QStringLiteral("finite")));
    QList<Annotation> nan{{.assetId = store->assetIds().first(),
                           .kind = AnnotationKind::Polygon,
                           .points = {QPointF(qQNaN(), 1), QPointF(2, 2), QPointF(3, 1)}}};
    QVERIFY(!store->addAnnotations(nan));
    QCOMPARE(store->annotationCount(), 1);
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(ExportJob::write(*coco(), *store, out, report, {}));
    QDirIterator it(out, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    QVERIFY(it.hasNext());
    const QByteArray written = Test::readAll(it.next());
    QVERIFY(!QString::fromUtf8(written).contains(QRegularExpression(
            QStringLiteral("[:,\\[]\\s*-?(inf|nan)"), QRegularExpression::CaseInsensitiveOption)));
    QVERIFY(!QJsonDocument::fromJson(written).isNull());
}

void TestCocoFormat::panopticCaptionsLabelsAndMmdet()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    const QString root = Test::dataDir() + QStringLiteral("/datumaro/coco/");
    FormatReport report;
    // Panoptic: each segment of the PNG (id = R + 256 G + 256² B) becomes a mask of its category.
    QVERIFY2(ImportJob::read(*coco(), *store, root + QStringLiteral("coco_panoptic"), report, {}),
             qPrintable(coco()->errorString()));
    QCOMPARE(store->annotationCount(), 3);
    int pixels = 0;
    for (qint64 id : store->assetIds())
        for (const Annotation &a : store->annotations(id)) {
            QCOMPARE(a.kind, AnnotationKind::Mask);
            const QImage mask = MaskCodec::toImage(a);
            for (int y = 0; y < mask.height(); ++y)
                for (int x = 0; x < mask.width(); ++x)
                    pixels += mask.constScanLine(y)[x] ? 1 : 0;
        }
    // Counted in the PNGs themselves (decoded by hand): a.png is one 5×5 segment (its JSON claims
    // an area of 20), b.png two segments of 20 pixels beside 10 of background.
    QCOMPARE(pixels, 25 + 20 + 20);

    // Captions are kept with their images and written back to captions_default.json.
    auto captioned = Test::newProject(dir.path(), QStringLiteral("c.tessera"));
    QVERIFY2(ImportJob::read(*coco(), *captioned, root + QStringLiteral("coco_captions"), report,
                             {}),
             qPrintable(coco()->errorString()));
    QStringList captions;
    for (qint64 id : captioned->assetIds())
        for (const QJsonValue &c :
             captioned->asset(id)->payload.value(QStringLiteral("captions")).toArray())
            captions.append(c.toString());
    QCOMPARE(captions, (QStringList{QStringLiteral("hello"), QStringLiteral("world"),
                                    QStringLiteral("text")}));
    FormatReport written;
    QVERIFY(ExportJob::write(*coco(), *captioned, dir.filePath(QStringLiteral("out")), written,
                             {}));
    const QJsonObject file
            = QJsonDocument::fromJson(Test::readAll(dir.filePath(QStringLiteral(
                                              "out/annotations/captions_default.json"))))
                      .object();
    QCOMPARE(file.value(QStringLiteral("annotations")).toArray().size(), 3);

    // "labels" task: annotations without geometry are image tags.
    auto labels = Test::newProject(dir.path(), QStringLiteral("l.tessera"));
    QVERIFY(ImportJob::read(*coco(), *labels, root + QStringLiteral("coco_labels"), report, {}));
    for (qint64 id : labels->assetIds())
        for (const Annotation &a : labels->annotations(id))
            QCOMPARE(a.kind, AnnotationKind::Tag);
    QCOMPARE(labels->annotationCount(), 3);

    // mmdetection keeps images in train/ beside annotations/.
    auto mmdet = Test::newProject(dir.path(), QStringLiteral("m.tessera"));
    QVERIFY2(ImportJob::read(*coco(), *mmdet, root + QStringLiteral("mmdet_coco"), report, {}),
             qPrintable(coco()->errorString()));
    QCOMPARE(mmdet->assetCount(), 2);
}

void TestCocoFormat::multiPartPolygonIsWrittenBackAsOne()
{
    // One object in two pieces (an occluded car): one COCO annotation with two rings.
    QTemporaryDir dir;
    QFile in(dir.filePath(QStringLiteral("in.json")));
    QVERIFY(in.open(QIODevice::WriteOnly));
    in.write("{\"images\":[{\"id\":1,\"file_name\":\"gone.png\",\"width\":64,\"height\":48}],"
             "\"categories\":[{\"id\":1,\"name\":\"car\"}],\"annotations\":[{\"id\":7,"
             "\"image_id\":1,\"category_id\":1,\"iscrowd\":0,\"segmentation\":[[0,0,10,0,10,10,0,"
             "10],[20,20,30,20,30,30]]},{\"id\":8,\"image_id\":1,\"category_id\":1,\"iscrowd\":0,"
             "\"segmentation\":[[40,40,50,40,50,45]]}]}");
    in.close();
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*coco(), *store, in.fileName(), report, {}),
             qPrintable(coco()->errorString()));
    const QList<Annotation> parts = store->annotations(store->assetIds().constFirst());
    QCOMPARE(parts.size(), 3); // each ring can be seen and edited; the first two are one object
    QCOMPARE(parts[0].groupId, parts[1].groupId);
    QVERIFY(parts[0].groupId != 0);
    QCOMPARE(parts[2].groupId, 0);

    const QString out = dir.filePath(QStringLiteral("out"));
    FormatReport written;
    QVERIFY2(ExportJob::write(*coco(), *store, out, written, {}),
             qPrintable(coco()->errorString()));
    QFile file(out + QStringLiteral("/annotations/instances_default.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray annotations = QJsonDocument::fromJson(file.readAll())
                                           .object()
                                           .value(QStringLiteral("annotations"))
                                           .toArray();
    QCOMPARE(annotations.size(), 2);
    QJsonObject car;
    for (const QJsonValue &v : annotations)
        if (v.toObject().value(QStringLiteral("segmentation")).toArray().size() == 2)
            car = v.toObject();
    QVERIFY(!car.isEmpty());
    const QJsonArray rings = car.value(QStringLiteral("segmentation")).toArray();
    QCOMPARE(rings[0].toArray().size(), 8);
    QCOMPARE(rings[1].toArray().size(), 6);
    QCOMPARE(car.value(QStringLiteral("area")).toDouble(), 100.0 + 50.0);
    const QJsonArray bbox = car.value(QStringLiteral("bbox")).toArray();
    QCOMPARE(bbox, (QJsonArray{0, 0, 30, 30}));

    // And read again it is the same three polygons, still two in one group.
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*coco(), *again, file.fileName(), back, {}),
             qPrintable(coco()->errorString()));
    const QList<Annotation> reread = again->annotations(again->assetIds().constFirst());
    QCOMPARE(reread.size(), 3);
    int grouped = 0;
    for (const Annotation &a : reread)
        grouped += a.groupId != 0;
    QCOMPARE(grouped, 2);
}

void TestCocoFormat::shapesWithoutALabelAreNamedOrWritten()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("a.png")), 1));
    auto store = Test::newProject(dir.path());
    Asset image{.kind = AssetKind::Image,
                .path = QStringLiteral("a.png"),
                .name = QStringLiteral("a.png"),
                .sha256 = QStringLiteral("a"),
                .width = 64,
                .height = 48};
    QVERIFY(store->addAsset(image));
    Label cat{.name = QStringLiteral("cat")};
    QVERIFY(store->addLabel(cat));
    QList<Annotation> shapes{{.assetId = image.id, .labelId = cat.id, .points = {{1, 1}, {10, 10}}},
                             {.assetId = image.id, .points = {{5, 5}, {20, 20}}},
                             {.assetId = image.id,
                              .kind = AnnotationKind::Polygon,
                              .points = {{1, 1}, {30, 1}, {30, 30}}}};
    QVERIFY(store->addAnnotations(shapes));
    const qsizetype auditBefore = store->auditLog().size();

    // --verify and the export dialog name them...
    std::unique_ptr<Format> f = FormatRegistry::make(QStringLiteral("coco"));
    const QString lost = ExportJob::losses(*f, *store).join('\n');
    QVERIFY2(lost.contains(QStringLiteral("2 shape(s) or span(s) without a label are left out")),
             qPrintable(lost));
    // ...the default export leaves them out and says so...
    FormatReport out;
    const QString first = dir.filePath(QStringLiteral("out1"));
    QVERIFY2(ExportJob::write(*f, *store, first, out, {}), qPrintable(f->errorString()));
    QCOMPARE(listOf(first + QStringLiteral("/annotations/instances_default.json"), "annotations")
                     .size(),
             1);
    QVERIFY(out.warnings.join('\n').contains(QStringLiteral("without a label are left out")));

    // ...or writes them under "(no label)", which exists only in the export.
    QVERIFY(f->setOptions({{QStringLiteral("unlabeled"), QStringLiteral("class")}}));
    QVERIFY(ExportJob::losses(*f, *store).join('\n').indexOf(QStringLiteral("without a label"))
            < 0);
    FormatReport asClass;
    const QString second = dir.filePath(QStringLiteral("out2"));
    QVERIFY2(ExportJob::write(*f, *store, second, asClass, {}), qPrintable(f->errorString()));
    const QString json = second + QStringLiteral("/annotations/instances_default.json");
    QCOMPARE(listOf(json, "annotations").size(), 3);
    QStringList categories;
    for (const QJsonValue &c : listOf(json, "categories"))
        categories.append(c.toObject().value(QStringLiteral("name")).toString());
    QCOMPARE(categories, QStringList({"cat", "(no label)"}));
    QCOMPARE(store->labels().size(), 1);
    QCOMPARE(store->unlabeledShapeCount(), 2);
    QCOMPARE(store->auditLog().size(), auditBefore);
    // The written file reads back with the shapes under their export class.
    auto again = Test::newProject(dir.path(), QStringLiteral("b.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*f, *again, json, back, {}), qPrintable(f->errorString()));
    QCOMPARE(again->stats().annotations, 3);
}

void TestCocoFormat::relationsToUnlabeledSpansGoWithThem()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    Asset text{.kind = AssetKind::Text,
               .name = QStringLiteral("t"),
               .text = QStringLiteral("Ann met Bo")};
    text.sha256 = QStringLiteral("t");
    QVERIFY(store->addAsset(text));
    Label per{.name = QStringLiteral("PER"), .kinds = TextKindFlag};
    Label knows{.name = QStringLiteral("knows"), .kinds = TextKindFlag};
    QVERIFY(store->addLabel(per));
    QVERIFY(store->addLabel(knows));
    QList<Annotation> spans{
            {.assetId = text.id,
             .labelId = per.id,
             .kind = AnnotationKind::Span,
             .start = 0,
             .end = 3},
            {.assetId = text.id, .kind = AnnotationKind::Span, .start = 8, .end = 10}};
    QVERIFY(store->addAnnotations(spans));
    QList<Annotation> link{{.assetId = text.id,
                            .labelId = knows.id,
                            .kind = AnnotationKind::Relation,
                            .sourceId = spans[0].id,
                            .targetId = spans[1].id}};
    QVERIFY(store->addAnnotations(link));
    std::unique_ptr<Format> doccano = FormatRegistry::make(QStringLiteral("doccano"));
    FormatReport out;
    const QString file = dir.filePath(QStringLiteral("out.jsonl"));
    QVERIFY2(ExportJob::write(*doccano, *store, file, out, {}), qPrintable(doccano->errorString()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject line = QJsonDocument::fromJson(f.readAll()).object();
    // No relation that points at nothing: it goes with its unlabeled end (and with no relation
    // left, the spans are written as plain triples).
    QCOMPARE(line.value(QStringLiteral("label")).toArray(),
             QJsonArray({QJsonArray({0, 3, QStringLiteral("PER")})}));
    QVERIFY(!line.contains(QStringLiteral("relations")));
    QCOMPARE(store->annotations(text.id).size(), 3); // the project itself is unchanged
}

void TestCocoFormat::exportPutsTheImagesBesideIt()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("a.png")), 1));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("b.png")), 2));
    auto store = Test::newProject(dir.path());
    // The second image's name came from a foreign file and tries to leave the folder.
    Asset a{.path = QStringLiteral("a.png"),
            .name = QStringLiteral("a.png"),
            .sha256 = QStringLiteral("a"),
            .width = 64,
            .height = 48};
    Asset b{.path = QStringLiteral("b.png"),
            .name = QStringLiteral("../../evil.png"),
            .sha256 = QStringLiteral("b"),
            .width = 64,
            .height = 48};
    QVERIFY(store->addAsset(a) && store->addAsset(b));
    std::unique_ptr<Format> f = FormatRegistry::make(QStringLiteral("coco"));
    QVERIFY(f->setOptions({{QStringLiteral("images"), QStringLiteral("copy")}}));
    const QString out = dir.filePath(QStringLiteral("sub/out"));
    FormatReport report;
    QVERIFY2(ExportJob::write(*f, *store, out, report, {}), qPrintable(f->errorString()));
    const QFileInfo copied(out + QStringLiteral("/images/a.png"));
    QVERIFY(copied.isFile() && !copied.isSymLink());
    QCOMPARE(Test::fileHash(copied.filePath()),
             Test::fileHash(dir.filePath(QStringLiteral("a.png"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("evil.png"))));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("sub/evil.png"))));
    QVERIFY2(report.warnings.join('\n').contains(QStringLiteral("1 image(s) have a name")),
             qPrintable(report.warnings.join('\n')));
    // none: the annotations only.
    QVERIFY(f->setOptions({{QStringLiteral("images"), QStringLiteral("none")}}));
    const QString bare = dir.filePath(QStringLiteral("bare"));
    FormatReport second;
    QVERIFY(ExportJob::write(*f, *store, bare, second, {}));
    QVERIFY(!QFileInfo::exists(bare + QStringLiteral("/images")));
}

QTEST_GUILESS_MAIN(TestCocoFormat)
#include "tst_cocoformat.moc"
