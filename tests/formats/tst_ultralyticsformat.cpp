// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

Format *ultralytics()
{
    return FormatRegistry::find(QStringLiteral("ultralytics"));
}
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
void writeFile(const QString &path, const QByteArray &bytes)
{
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// A 100×50 image with one label file in images/<split>/ and labels/<split>/.
void stage(const QString &root, const QByteArray &yaml, const QByteArray &labels,
           const QString &split = QStringLiteral("train"))
{
    writeFile(root + QStringLiteral("/data.yaml"), yaml);
    QVERIFY(QDir().mkpath(root + QStringLiteral("/images/") + split));
    QVERIFY(Test::writeImage(root + QStringLiteral("/images/%1/a.png").arg(split), 4,
                             QSize(100, 50)));
    writeFile(root + QStringLiteral("/labels/%1/a.txt").arg(split), labels);
}

} // namespace

class TestUltralyticsFormat : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(ultralytics()->setOptions({})); }
    void importTellsTasksApart();
    void importPose();
    void confidenceColumnBecomesTheScore();
    void exportTasks_data();
    void exportTasks();
    void roundTripKeepsShapes_data();
    void roundTripKeepsShapes();
    void options();
    void badInput_data();
    void badInput();
    void hostileNamesNeverSteerAWrite_data();
    void hostileNamesNeverSteerAWrite();
    void readsWhatUltralyticsReads();
    void segmentTaskKeepsFourVertexPolygons();
    void classificationLayout();
    void poseWithoutSkeletonTakesItsShapeFromTheData();
};

void TestUltralyticsFormat::importTellsTasksApart()
{
    QTemporaryDir dir;
    // names as an id map with a gap and a quoted name; splits as a list; comments.
    stage(dir.path(),
          "# a dataset\npath: .\ntrain: [images/train]\nval: images/val  # not there yet\n"
          "names:\n  0: person\n  2: \"traffic: light\"\n",
          "0 0.5 0.5 0.2 0.4\n"                           // box
          "2 0.1 0.1 0.3 0.1 0.3 0.3 0.1 0.3\n"           // right angles: a box
          "2 0.6 0.2 0.7 0.3 0.6 0.4 0.5 0.3\n"           // turned 45°
          "0 0.1 0.1 0.2 0.1 0.2 0.2 0.15 0.3 0.1 0.2\n", // polygon of five points
          QStringLiteral("train"));
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images/val")));
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*ultralytics(), *store, dir.path(), report, {}),
             qPrintable(ultralytics()->errorString()));
    QCOMPARE(report.newLabels, (QStringList{key("person"), key("traffic: light")}));
    const QList<Annotation> all = store->annotations(store->assetIds().constFirst());
    QCOMPARE(all.size(), 4);
    QCOMPARE(all[0].kind, AnnotationKind::Box);
    QCOMPARE(all[0].points, (QList<QPointF>{QPointF(40, 15), QPointF(60, 35)}));
    QCOMPARE(all[1].kind, AnnotationKind::Box);
    QVERIFY(QLineF(all[1].points[0], QPointF(10, 5)).length() < 1e-9);
    QVERIFY(QLineF(all[1].points[1], QPointF(30, 15)).length() < 1e-9);
    // (60,10) (70,15) (60,20) (50,15): a rhombus in pixels, since x and y scale differently.
    QCOMPARE(all[2].kind, AnnotationKind::Polygon);
    QCOMPARE(all[3].kind, AnnotationKind::Polygon);
    QCOMPARE(all[3].points.size(), 5);
    QCOMPARE(store->label(all[2].labelId)->name, key("traffic: light"));
}

void TestUltralyticsFormat::importPose()
{
    QTemporaryDir dir;
    stage(dir.path(), "path: .\ntrain: images/train\nnames: [cat]\nkpt_shape: [3, 3]\n",
          "0 0.5 0.5 0.4 0.8 0.4 0.2 2 0.6 0.3 1 0 0 0\n");
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*ultralytics(), *store, dir.path(), report, {}),
             qPrintable(ultralytics()->errorString()));
    const Annotation cat = store->annotations(store->assetIds().constFirst()).constFirst();
    QCOMPARE(cat.kind, AnnotationKind::Keypoints);
    QCOMPARE(cat.points, (QList<QPointF>{QPointF(40, 10), QPointF(60, 15), QPointF(0, 0)}));
    QCOMPARE(cat.visibility, (QList<int>{2, 1, 0}));
    const QJsonArray box = cat.data.value(key("box")).toArray();
    const QList<double> expected{30, 5, 70, 45};
    for (int k = 0; k < 4; ++k)
        QVERIFY(qAbs(box[k].toDouble() - expected[k]) < 1e-9);
    QCOMPARE(store->labelByName(key("cat"))->skeleton.points.size(), 3);
}

void TestUltralyticsFormat::exportTasks_data()
{
    QTest::addColumn<QString>("task");
    QTest::addColumn<QString>("expected");
    // One box (10,5)-(30,15) of class 0 and a 20×10 box turned 90° about (75,25), class 1.
    QTest::newRow("detect") << key("detect")
                            << key("0 0.200000 0.200000 0.200000 0.200000\n"
                                   "1 0.750000 0.500000 0.100000 0.400000\n");
    QTest::newRow("segment") << key("segment")
                             << key("0 0.100000 0.100000 0.300000 0.100000 0.300000 0.300000 "
                                    "0.100000 0.300000\n"
                                    "1 0.800000 0.300000 0.800000 0.700000 0.700000 0.700000 "
                                    "0.700000 0.300000\n");
    QTest::newRow("obb") << key("obb")
                         << key("0 0.100000 0.100000 0.300000 0.100000 0.300000 0.300000 "
                                "0.100000 0.300000\n"
                                "1 0.800000 0.300000 0.800000 0.700000 0.700000 0.700000 "
                                "0.700000 0.300000\n");
}

void TestUltralyticsFormat::exportTasks()
{
    QFETCH(QString, task);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    Label a{.name = key("a")}, b{.name = key("b")};
    QVERIFY(store->addLabel(a) && store->addLabel(b));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i.png")), 1, QSize(100, 50)));
    Asset image{.kind = AssetKind::Image,
                .path = dir.filePath(QStringLiteral("i.png")),
                .name = key("i.png"),
                .sha256 = key("i"),
                .width = 100,
                .height = 50};
    QVERIFY(store->addAsset(image));
    QList<Annotation> shapes{{.assetId = image.id,
                              .labelId = a.id,
                              .kind = AnnotationKind::Box,
                              .points = {QPointF(10, 5), QPointF(30, 15)}},
                             {.assetId = image.id,
                              .labelId = b.id,
                              .kind = AnnotationKind::RotatedBox,
                              .points = {QPointF(65, 20), QPointF(85, 30)},
                              .rotation = 90}};
    QVERIFY(store->addAnnotations(shapes));
    QVERIFY(ultralytics()->setOptions({{key("task"), task}, {key("images"), key("copy")}}));
    FormatReport report;
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY2(ExportJob::write(*ultralytics(), *store, out, report, {}),
             qPrintable(ultralytics()->errorString()));
    QString written = QString::fromUtf8(Test::readAll(out + QStringLiteral("/labels/train/i.txt")));
    written.replace(QStringLiteral("-0.000000"), QStringLiteral("0.000000"));
    QCOMPARE(written, expected);
    QVERIFY(QFileInfo(out + QStringLiteral("/images/train/i.png")).isFile());
    QVERIFY(!QFileInfo(out + QStringLiteral("/images/train/i.png")).isSymLink());
    const QString yaml = QString::fromUtf8(Test::readAll(out + QStringLiteral("/data.yaml")));
    QVERIFY(yaml.contains(key("names:\n  0: \"a\"\n  1: \"b\"\n")));
    QCOMPARE(report.warnings.isEmpty(), task != QLatin1String("detect"));
}

void TestUltralyticsFormat::roundTripKeepsShapes_data()
{
    QTest::addColumn<QString>("task");
    QTest::newRow("obb") << key("obb");
    QTest::newRow("segment") << key("segment");
    QTest::newRow("pose") << key("pose");
}

void TestUltralyticsFormat::roundTripKeepsShapes()
{
    QFETCH(QString, task);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    Label cat{.name = key("cat"), .skeleton = {{key("nose"), key("tail")}, {{0, 1}}}};
    QVERIFY(store->addLabel(cat));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i.png")), 1, QSize(200, 100)));
    Asset image{.kind = AssetKind::Image,
                .path = dir.filePath(QStringLiteral("i.png")),
                .name = key("i.png"),
                .sha256 = key("i"),
                .width = 200,
                .height = 100};
    QVERIFY(store->addAsset(image));
    Annotation shape{.assetId = image.id, .labelId = cat.id};
    if (task == QLatin1String("obb")) {
        shape.kind = AnnotationKind::RotatedBox;
        shape.points = {QPointF(50, 40), QPointF(90, 60)};
        shape.rotation = 30;
    } else if (task == QLatin1String("segment")) {
        shape.kind = AnnotationKind::Polygon;
        shape.points = {QPointF(10, 10), QPointF(50, 12), QPointF(30, 40)};
    } else {
        shape.kind = AnnotationKind::Keypoints;
        shape.points = {QPointF(20, 30), QPointF(0, 0)};
        shape.visibility = {2, 0};
        shape.data[key("box")] = QJsonArray{10, 20, 60, 80};
    }
    QList<Annotation> one{shape};
    QVERIFY(store->addAnnotations(one));
    QVERIFY(ultralytics()->setOptions({{key("task"), task}}));
    FormatReport report;
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY(ExportJob::write(*ultralytics(), *store, out, report, {}));
    QVERIFY(QFileInfo(out + QStringLiteral("/images/train/i.png")).isSymLink());
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*ultralytics(), *again, out, back, {}),
             qPrintable(ultralytics()->errorString()));
    const Annotation read = again->annotations(again->assetIds().constFirst()).constFirst();
    QCOMPARE(read.kind, shape.kind);
    QCOMPARE(read.points.size(), shape.points.size());
    for (qsizetype i = 0; i < shape.points.size(); ++i) // six decimals of 200 px: < 1e-3 px
        QVERIFY2(QLineF(read.points[i], shape.points[i]).length() < 1e-3,
                 qPrintable(
                         QStringLiteral("%1,%2").arg(read.points[i].x()).arg(read.points[i].y())));
    QVERIFY(qAbs(read.rotation - shape.rotation) < 1e-3);
    QCOMPARE(read.visibility, shape.visibility);
    if (task == QLatin1String("pose"))
        for (int k = 0; k < 4; ++k)
            QVERIFY(qAbs(read.data.value(key("box")).toArray()[k].toDouble()
                         - shape.data.value(key("box")).toArray()[k].toDouble())
                    < 1e-3);
}

void TestUltralyticsFormat::confidenceColumnBecomesTheScore()
{
    // `yolo predict save_txt=True save_conf=True` writes "class cx cy w h confidence": read as the
    // box with its score (evaluation and review sort by it), by Ultralytics and YOLO alike.
    for (const char *format : {"ultralytics", "yolo"}) {
        QTemporaryDir dir;
        stage(dir.path(), "train: images/train\nnames: [a, b]\n",
              "1 0.5 0.5 0.2 0.4 0.875\n0 0.25 0.25 0.1 0.1\n");
        if (QByteArray(format) == "yolo")
            writeFile(dir.filePath(QStringLiteral("classes.txt")), "a\nb\n");
        auto store = Test::newProject(dir.path());
        std::unique_ptr<Format> f = FormatRegistry::make(QString::fromLatin1(format));
        FormatReport report;
        QVERIFY2(ImportJob::read(*f, *store, dir.path(), report, {}), qPrintable(f->errorString()));
        const QList<Annotation> boxes = store->annotations(store->assetIds().constFirst());
        QCOMPARE(boxes.size(), 2);
        QCOMPARE(boxes[0].kind, AnnotationKind::Box);
        QCOMPARE(boxes[0].points, (QList<QPointF>{QPointF(40, 15), QPointF(60, 35)}));
        QCOMPARE(store->label(boxes[0].labelId)->name, key("b"));
        QCOMPARE(boxes[0].provenance.score, std::optional<double>(0.875));
        QVERIFY(!boxes[1].provenance.score);
    }
}

void TestUltralyticsFormat::options()
{
    QVERIFY(!ultralytics()->setOptions({{key("task"), key("classify")}}));
    QVERIFY(ultralytics()->errorString().contains(key("\"classify\" is not a choice")));
    QVERIFY(!ultralytics()->setOptions({{key("colour"), key("red")}}));
    QVERIFY(ultralytics()->setOptions({{key("task"), key("pose")}}));
    QCOMPARE(ultralytics()->option(key("task")), key("pose"));
    QCOMPARE(ultralytics()->option(key("images")), key("symlink")); // the default
    QVERIFY(ultralytics()->writtenKinds().contains(AnnotationKind::Keypoints));
}

void TestUltralyticsFormat::badInput_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<QString>("expected");
    const QByteArray yaml = "train: images/train\nnames: [a, b]\n";
    QTest::newRow("unknown-class") << yaml << QByteArray("0 0.5 0.5 0.1 0.1\n7 0.5 0.5 0.1 0.1\n")
                                   << key("a.txt:2: class id \"7\" is not in data.yaml's names");
    QTest::newRow("not-normalised") << yaml << QByteArray("0 50 25 10 10\n")
                                    << key("a.txt:1: \"50\" is not a coordinate between 0 and 1");
    QTest::newRow("nan") << yaml << QByteArray("0 nan 0.5 0.1 0.1\n") << key("\"nan\" is not");
    QTest::newRow("odd-count") << yaml << QByteArray("0 0.5 0.5 0.1 0.1 0.2 0.3 0.4\n")
                               << key("found 7 number(s)");
    QTest::newRow("confidence-above-1")
            << yaml << QByteArray("0 0.5 0.5 0.1 0.1 7\n") << key("\"7\" is not a coordinate");
    QTest::newRow("pose-count") << QByteArray(yaml + "kpt_shape: [2, 3]\n")
                                << QByteArray("0 0.5 0.5 0.1 0.1 0.2 0.2 2\n")
                                << QString::fromUtf8("a pose line needs 4 + 2×3 numbers, found 7");
    QTest::newRow("no-names") << QByteArray("train: images/train\n") << QByteArray()
                              << key("no class names");
    QTest::newRow("missing-split") << QByteArray("train: images/gone\nnames: [a]\n") << QByteArray()
                                   << key("the train split \"images/gone\" does not exist");
    QTest::newRow("bad-kpt-shape") << QByteArray(yaml + "kpt_shape: [2, 5]\n") << QByteArray()
                                   << key("data.yaml:3: kpt_shape must be");
    // Was std::bad_alloc (exit 134): a size read from the file is bounded before allocating.
    QTest::newRow("huge-kpt-shape") << QByteArray(yaml + "kpt_shape: [99999999, 3]\n")
                                    << QByteArray("0 0.5 0.5 0.1 0.1\n") << key("at most 1000");
}

void TestUltralyticsFormat::badInput()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, labels);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    stage(dir.path(), yaml, labels);
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(!ImportJob::read(*ultralytics(), *store, dir.path(), report, {}));
    QVERIFY2(ultralytics()->errorString().contains(expected),
             qPrintable(ultralytics()->errorString()));
    QCOMPARE(store->assetCount(), 0);
    QCOMPARE(store->labels().size(), 0);
}

void TestUltralyticsFormat::hostileNamesNeverSteerAWrite_data()
{
    QTest::addColumn<QString>("images");
    QTest::newRow("copy") << key("copy");
    QTest::newRow("symlink") << key("symlink");
}

void TestUltralyticsFormat::hostileNamesNeverSteerAWrite()
{
    // Stored names from foreign files (COCO file_name, VOC filename, CVAT name): the export must
    // neither replace nor delete a file outside its folder, and names with folders must work.
    QFETCH(QString, images);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    Label a{.name = key("a")};
    QVERIFY(store->addLabel(a));
    const QString victim = dir.filePath(QStringLiteral("victim.png"));
    QVERIFY(Test::writeImage(victim, 3, QSize(40, 30)));
    const QByteArray before = Test::readAll(victim);
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i.png")), 1, QSize(100, 50)));
    int n = 0;
    for (const QString &name : {key("../../victim.png"), key("sub/a.png"), key("/etc/passwd"),
                                key("C:\\evil\\x.png"), key(".."), key("sub/a.png")}) {
        Asset image{.kind = AssetKind::Image,
                    .path = dir.filePath(QStringLiteral("i.png")),
                    .name = name,
                    .sha256 = QString::number(++n),
                    .width = 100,
                    .height = 50};
        QVERIFY(store->addAsset(image));
        QList<Annotation> box{{.assetId = image.id,
                               .labelId = a.id,
                               .kind = AnnotationKind::Box,
                               .points = {QPointF(10, 5), QPointF(30, 15)}}};
        QVERIFY(store->addAnnotations(box));
    }
    QVERIFY(ultralytics()->setOptions({{key("images"), images}}));
    FormatReport report;
    const QString out = dir.filePath(QStringLiteral("out/sub"));
    QVERIFY2(ExportJob::write(*ultralytics(), *store, out, report, {}),
             qPrintable(ultralytics()->errorString()));
    QCOMPARE(report.assets, 6);
    // Nothing outside changed: the victim is still itself (not a link, not removed).
    QVERIFY(QFileInfo(victim).isFile());
    QVERIFY(!QFileInfo(victim).isSymLink());
    QCOMPARE(Test::readAll(victim), before);
    // Every image and label file lies directly in its folder, one per asset.
    const QStringList placed = QDir(out + QStringLiteral("/images/train")).entryList(QDir::Files);
    QCOMPARE(placed.size(), 6);
    QCOMPARE(QDir(out + QStringLiteral("/labels/train")).entryList(QDir::Files).size(), 6);
    QVERIFY(placed.contains(key("victim.png")));
    QVERIFY(placed.contains(key("a.png")));
    for (const QString &f : placed)
        QVERIFY2(!f.contains(QLatin1Char('/')) && !f.startsWith(QLatin1Char('.')), qPrintable(f));
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("out/a.png"))));
}

void TestUltralyticsFormat::readsWhatUltralyticsReads()
{
    QTemporaryDir dir;
    // The dataset folder is "data": list files made from the folder above it say "data/...".
    const QString root = dir.filePath(QStringLiteral("data"));
    stage(root,
          "path: .\ntrain:\n  - images/train\n  - images/extra/e.png\nval: val.txt\n"
          "names: [cat, dog]\n",
          "0 0.5 0.5 0.2 0.4\n"
          "1 -0.005 0.1 0.3 0.1 0.3 1.008 0.1 0.3 0.05 0.5\n"); // within Ultralytics' 0.01
    int seed = 10;                                              // stage() used 4
    for (const char *image : {"images/extra/e.png", "images/val/b.png", "images/val/c.png"}) {
        QVERIFY(QDir().mkpath(QFileInfo(root + QLatin1Char('/') + QLatin1String(image)).path()));
        QVERIFY(Test::writeImage(root + QLatin1Char('/') + QLatin1String(image), ++seed,
                                 QSize(100, 50)));
    }
    writeFile(root + QStringLiteral("/val.txt"), "./images/val/b.png\ndata/images/val/c.png\n");
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*ultralytics(), *store, root, report, {}),
             qPrintable(ultralytics()->errorString()));
    QCOMPARE(store->assetCount(), 4);
    QStringList names;
    for (qint64 id : store->assetIds())
        names << store->asset(id)->name;
    names.sort();
    QCOMPARE(names, (QStringList{key("a.png"), key("b.png"), key("c.png"), key("e.png")}));
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY2(report.warnings[0].contains(key("a.txt:2: 2 coordinate(s) slightly outside 0..1")),
             qPrintable(report.warnings[0]));
    const QList<Annotation> a = store->annotations(
            store->assetByPath(store->storedPath(root + QStringLiteral("/images/train/a.png")))
                    ->id);
    QCOMPARE(a.size(), 2);
    QCOMPARE(a[1].kind, AnnotationKind::Polygon);
    QCOMPARE(a[1].points[0], QPointF(0, 5));   // -0.005 clipped to 0
    QCOMPARE(a[1].points[2], QPointF(30, 50)); // 1.008 clipped to 1
    // Beyond the tolerance is still refused.
    writeFile(root + QStringLiteral("/labels/train/a.txt"), "0 0.5 0.5 0.2 1.02\n");
    auto other = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    QVERIFY(!ImportJob::read(*ultralytics(), *other, root, report, {}));
    QVERIFY2(ultralytics()->errorString().contains(key("\"1.02\" is not a coordinate")),
             qPrintable(ultralytics()->errorString()));
}

void TestUltralyticsFormat::segmentTaskKeepsFourVertexPolygons()
{
    QTemporaryDir dir;
    stage(dir.path(), "train: images/train\nnames: [lot]\n",
          "0 0.1 0.1 0.3 0.1 0.3 0.3 0.1 0.3\n"); // right angles: a box unless task=segment
    auto store = Test::newProject(dir.path());
    QVERIFY(ultralytics()->setOptions({{key("task"), key("segment")}}));
    FormatReport report;
    QVERIFY2(ImportJob::read(*ultralytics(), *store, dir.path(), report, {}),
             qPrintable(ultralytics()->errorString()));
    const Annotation lot = store->annotations(store->assetIds().constFirst()).constFirst();
    QCOMPARE(lot.kind, AnnotationKind::Polygon);
    QCOMPARE(lot.points.size(), 4);
}

void TestUltralyticsFormat::classificationLayout()
{
    QTemporaryDir dir;
    int seed = 0;
    for (const char *image : {"train/cat/x.png", "train/dog/y.png", "val/cat/z.png"}) {
        QVERIFY(QDir().mkpath(QFileInfo(dir.filePath(QLatin1String(image))).path()));
        QVERIFY(Test::writeImage(dir.filePath(QLatin1String(image)), ++seed, QSize(32, 32)));
    }
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*ultralytics(), *store, dir.path(), report, {}),
             qPrintable(ultralytics()->errorString()));
    QCOMPARE(report.newLabels, (QStringList{key("cat"), key("dog")}));
    QCOMPARE(store->assetCount(), 3);
    QHash<QString, QString> classOf;
    for (qint64 id : store->assetIds()) {
        const QList<Annotation> tags = store->annotations(id);
        QCOMPARE(tags.size(), 1);
        QCOMPARE(tags[0].kind, AnnotationKind::Classification);
        classOf.insert(store->asset(id)->name, store->label(tags[0].labelId)->name);
    }
    QCOMPARE(classOf.value(key("x.png")), key("cat"));
    QCOMPARE(classOf.value(key("y.png")), key("dog"));
    QCOMPARE(classOf.value(key("z.png")), key("cat"));
}

void TestUltralyticsFormat::poseWithoutSkeletonTakesItsShapeFromTheData()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeImage(dir.filePath(key("a.png")), 1));
    auto store = Test::newProject(dir.path());
    Asset image{.kind = AssetKind::Image,
                .path = key("a.png"),
                .name = key("a.png"),
                .sha256 = key("a"),
                .width = 64,
                .height = 48};
    QVERIFY(store->addAsset(image));
    Label hand{.name = key("hand")}; // no skeleton: its points come from a tool that had none
    QVERIFY(store->addLabel(hand));
    QVERIFY(ultralytics()->setOptions({{key("task"), key("pose")}}));
    FormatReport none;
    // Without keypoint objects there is no pose dataset to write: refused, with the way out.
    QVERIFY(!ExportJob::write(*ultralytics(), *store, dir.filePath(key("empty")), none, {}));
    QVERIFY2(ultralytics()->errorString().contains(key("task=pose needs keypoint objects")),
             qPrintable(ultralytics()->errorString()));
    QList<Annotation> points{{.assetId = image.id,
                              .labelId = hand.id,
                              .kind = AnnotationKind::Keypoints,
                              .points = {{10, 10}, {20, 12}, {30, 20}},
                              .visibility = {2, 2, 1}}};
    QVERIFY(store->addAnnotations(points));
    FormatReport out;
    const QString folder = dir.filePath(key("out"));
    QVERIFY2(ExportJob::write(*ultralytics(), *store, folder, out, {}),
             qPrintable(ultralytics()->errorString()));
    QFile yaml(folder + key("/data.yaml"));
    QVERIFY(yaml.open(QIODevice::ReadOnly));
    QVERIFY2(yaml.readAll().contains("kpt_shape: [3, 3]"), "kpt_shape from the data");
    // Tessera's own reader takes it back with every point.
    auto again = Test::newProject(dir.path(), key("b.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*ultralytics(), *again, folder, back, {}),
             qPrintable(ultralytics()->errorString()));
    QCOMPARE(again->stats().annotationsByKind.value(AnnotationKind::Keypoints), 1);
    const Annotation read = again->annotations(again->assetIds().first()).first();
    QCOMPARE(read.points.size(), 3);
    QCOMPARE(read.visibility, QList<int>({2, 2, 1}));
}

QTEST_GUILESS_MAIN(TestUltralyticsFormat)
#include "tst_ultralyticsformat.moc"
