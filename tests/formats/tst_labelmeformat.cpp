// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/maskcodec.h"
#include "core/shapegeometry.h"
#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"

#include <QBuffer>
#include <QImage>
#include <QLineF>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Tessera;

namespace {

Format *labelme()
{
    return FormatRegistry::find(QStringLiteral("labelme"));
}

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QJsonObject readObject(const QString &path)
{
    return QJsonDocument::fromJson(Test::readAll(path)).object();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Copies the hand-written every-shape.json beside a drawn scene.png into folder.
void stageEveryShape(const QString &folder)
{
    QVERIFY(QFile::copy(Test::dataDir() + QStringLiteral("/labelme/every-shape.json"),
                        folder + QStringLiteral("/every-shape.json")));
    QVERIFY(Test::writeImage(folder + QStringLiteral("/scene.png"), 3, QSize(64, 60)));
}

QMap<QString, QList<Annotation>> byLabel(ProjectStore &store)
{
    QMap<QString, QList<Annotation>> out;
    for (const Annotation &a : store.annotations(store.assetIds().constFirst()))
        out[store.label(a.labelId)->name].append(a);
    return out;
}

} // namespace

class TestLabelmeFormat : public QObject
{
    Q_OBJECT

private slots:
    void everyShapeType();
    void roundTripKeepsUnknownKeys();
    void embeddedImageData();
    void fourPointRectanglesAndGroupZero();
    void goldenExports_data() { Test::addGoldenRows(QStringLiteral("labelme")); }
    void goldenExports();
    void badInputIsRefusedWhole_data();
    void badInputIsRefusedWhole();
    void hugeFileIsRefusedUnread();
};

void TestLabelmeFormat::everyShapeType()
{
    QTemporaryDir dir;
    stageEveryShape(dir.path());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*labelme(), *store, dir.filePath(QStringLiteral("every-shape.json")),
                             report, {}),
             qPrintable(labelme()->errorString()));
    QCOMPARE(report.assets, 1);
    QCOMPARE(report.annotations, 10); // nine shapes and the one flag that is set
    const auto shapes = byLabel(*store);

    const Annotation car = shapes[key("car")].constFirst();
    QCOMPARE(car.kind, AnnotationKind::Box);
    // Written bottom-right first; stored normalised.
    QCOMPARE(car.points, (QList<QPointF>{QPointF(10, 5), QPointF(30, 20)}));
    QCOMPARE(car.data.value(key("attributes")).toObject().value(key("occluded")).toBool(), true);

    const Annotation wheel = shapes[key("wheel")].constFirst();
    QCOMPARE(wheel.kind, AnnotationKind::Ellipse);
    // Centre (20, 30) and a point on the circle (23, 34): radius 5.
    QCOMPARE(wheel.points, (QList<QPointF>{QPointF(15, 25), QPointF(25, 35)}));
    QCOMPARE(wheel.groupId, 7);
    QCOMPARE(wheel.data.value(key("labelme")).toObject().value(key("description")).toString(),
             key("front"));

    const Annotation road = shapes[key("road")].constFirst();
    QCOMPARE(road.kind, AnnotationKind::Polygon);
    QCOMPARE(road.points.size(), 4);
    QCOMPARE(road.groupId, 7);
    QCOMPARE(road.data.value(key("labelme")).toObject().value(key("score")).toDouble(), 0.75);
    QCOMPARE(road.provenance.score, std::optional<double>(0.75)); // X-AnyLabeling's confidence
    QVERIFY(!wheel.provenance.score);

    QCOMPARE(shapes[key("lane")].size(), 2);
    QCOMPARE(shapes[key("lane")][0].kind, AnnotationKind::Polyline);
    QCOMPARE(shapes[key("lane")][1].points.size(), 3);
    QCOMPARE(shapes[key("light")][0].kind, AnnotationKind::Point);
    QCOMPARE(shapes[key("light")][1].points.size(), 2);
    QCOMPARE(shapes[key("sky")].constFirst().kind, AnnotationKind::Polygon); // no shape_type

    const Annotation stain = shapes[key("stain")].constFirst();
    QCOMPARE(stain.kind, AnnotationKind::Mask);
    QCOMPARE(stain.maskRect, QRect(40, 10, 3, 3)); // the L's pixels, cropped
    QVERIFY(MaskCodec::contains(stain, QPoint(40, 10)));
    QVERIFY(MaskCodec::contains(stain, QPoint(42, 12)));
    QVERIFY(!MaskCodec::contains(stain, QPoint(41, 11)));

    QCOMPARE(shapes[key("daylight")].constFirst().kind, AnnotationKind::Tag);
    QVERIFY(!shapes.contains(key("blurry"))); // a flag that is not set is no tag
}

void TestLabelmeFormat::roundTripKeepsUnknownKeys()
{
    QTemporaryDir dir;
    stageEveryShape(dir.path());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(ImportJob::read(*labelme(), *store, dir.path(), report, {}));
    const QString out = dir.filePath(QStringLiteral("out"));
    QVERIFY2(ExportJob::write(*labelme(), *store, out, report, {}),
             qPrintable(labelme()->errorString()));

    const QJsonObject written = readObject(out + QStringLiteral("/scene.json"));
    const QJsonObject original = readObject(dir.filePath(QStringLiteral("every-shape.json")));
    QCOMPARE(written.value(key("reviewer")), original.value(key("reviewer")));
    QCOMPARE(written.value(key("version")).toString(), key("5.4.1"));
    QCOMPARE(written.value(key("flags")), original.value(key("flags")));
    QCOMPARE(written.value(key("imagePath")).toString(), key("../scene.png"));
    QCOMPARE(written.value(key("imageWidth")).toInt(), 64);
    const QJsonArray shapes = written.value(key("shapes")).toArray();
    QCOMPARE(shapes.size(), 9);
    QStringList types;
    for (const QJsonValue &s : shapes) {
        types.append(s.toObject().value(key("shape_type")).toString());
        if (s.toObject().value(key("label")).toString() == key("road"))
            QCOMPARE(s.toObject().value(key("score")).toDouble(), 0.75);
    }
    QCOMPARE(types, (QStringList{key("rectangle"), key("circle"), key("polygon"), key("line"),
                                 key("linestrip"), key("point"), key("points"), key("mask"),
                                 key("polygon")}));

    // Importing the export gives the same shapes.
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*labelme(), *again, out, back, {}),
             qPrintable(labelme()->errorString()));
    const auto first = byLabel(*store), second = byLabel(*again);
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.begin(); it != first.end(); ++it) {
        const QList<Annotation> other = second.value(it.key());
        QCOMPARE(other.size(), it.value().size());
        for (qsizetype i = 0; i < other.size(); ++i) {
            QCOMPARE(other[i].kind, it.value()[i].kind);
            QCOMPARE(other[i].points, it.value()[i].points);
            QCOMPARE(other[i].maskRect, it.value()[i].maskRect);
            QCOMPARE(other[i].maskRuns, it.value()[i].maskRuns);
            QCOMPARE(other[i].groupId, it.value()[i].groupId);
            QCOMPARE(other[i].data, it.value()[i].data);
        }
    }
}

void TestLabelmeFormat::embeddedImageData()
{
    QTemporaryDir dir;
    QImage image(8, 6, QImage::Format_RGB32);
    image.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    const QJsonObject doc{
            {key("shapes"),
             QJsonArray{QJsonObject{{key("label"), key("cup")},
                                    {key("points"), QJsonArray{QJsonArray{1, 1}, QJsonArray{3, 3}}},
                                    {key("shape_type"), key("rectangle")}}}},
            // labelme's tutorial file names itself as its image: that must not be taken.
            {key("imagePath"), key("cup.json")},
            {key("imageData"), QString::fromLatin1(png.toBase64())}};
    QDir(dir.path()).mkdir(QStringLiteral("in"));
    const QString in = dir.filePath(QStringLiteral("in/cup.json"));
    writeFile(in, QJsonDocument(doc).toJson());
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY2(ImportJob::read(*labelme(), *store, in, report, {}),
             qPrintable(labelme()->errorString()));
    const Asset asset = *store->asset(store->assetIds().constFirst());
    QCOMPARE(QSize(asset.width, asset.height), QSize(8, 6));
    const QString written = store->absolutePath(asset);
    QCOMPARE(QFileInfo(written).absolutePath(), dir.filePath(QStringLiteral("embedded")));
    QCOMPARE(Test::readAll(written), png);
    QCOMPARE(
            asset.sha256,
            QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));

    // The same file again: the same asset, no second copy.
    FormatReport again;
    QVERIFY(ImportJob::read(*labelme(), *store, in, again, {}));
    QCOMPARE(again.assets, 0);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("embedded"))).entryList(QDir::Files).size(), 1);

    // A failed import takes back the image it wrote.
    QTemporaryDir other;
    auto second = Test::newProject(other.path());
    writeFile(dir.filePath(QStringLiteral("in/zz-bad.json")), "{\"shapes\": [");
    QVERIFY(!ImportJob::read(*labelme(), *second, dir.filePath(QStringLiteral("in")), report, {}));
    QVERIFY(!QFileInfo::exists(other.filePath(QStringLiteral("embedded"))
                               + QStringLiteral("/cup.png")));
    QCOMPARE(second->assetCount(), 0);
}

void TestLabelmeFormat::goldenExports()
{
    QFETCH(QString, caseDir);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::buildCase(*store, caseDir, dir.path()));
    const QString out = dir.filePath(QStringLiteral("out"));
    FormatReport report;
    QVERIFY2(ExportJob::write(*labelme(), *store, out, report, {}),
             qPrintable(labelme()->errorString()));
    const QDir expected(caseDir + QStringLiteral("/expected"));
    const QStringList files = expected.entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) // compared as JSON: key order and spacing do not matter
        QCOMPARE(readObject(QDir(out).filePath(name)), readObject(expected.filePath(name)));
    QCOMPARE(QDir(out).entryList(QDir::Files), files);
    QCOMPARE(report.warnings.size(), 2); // keypoints left out; the ellipse note
    QVERIFY(report.warnings.constFirst().contains(key("keypoints")));
}

void TestLabelmeFormat::fourPointRectanglesAndGroupZero()
{
    // As X-AnyLabeling writes them: rectangles as four corners; labelme's group_id 0 is a group.
    QTemporaryDir dir;
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("a.png")), 2, QSize(100, 80)));
    writeFile(dir.filePath(QStringLiteral("a.json")),
              "{\"imagePath\":\"a.png\",\"imageWidth\":100,\"imageHeight\":80,\"shapes\":["
              "{\"label\":\"upright\",\"shape_type\":\"rectangle\",\"group_id\":0,"
              "\"points\":[[10,20],[50,20],[50,60],[10,60]]},"
              "{\"label\":\"turned\",\"shape_type\":\"rectangle\",\"group_id\":null,"
              "\"points\":[[50,10],[60,20],[40,40],[30,30]]},"
              "{\"label\":\"skewed\",\"shape_type\":\"rectangle\","
              "\"points\":[[10,10],[40,10],[50,30],[5,30]]},"
              "{\"label\":\"two\",\"shape_type\":\"rectangle\",\"group_id\":3,"
              "\"points\":[[1,2],[5,9]]}]}");
    QTemporaryDir projectDir;
    auto store = Test::newProject(projectDir.path());
    FormatReport report;
    QVERIFY2(
            ImportJob::read(*labelme(), *store, dir.filePath(QStringLiteral("a.json")), report, {}),
            qPrintable(labelme()->errorString()));
    const auto shapes = byLabel(*store);
    const Annotation upright = shapes.value(key("upright")).constFirst();
    QCOMPARE(upright.kind, AnnotationKind::Box);
    QCOMPARE(upright.points, (QList<QPointF>{QPointF(10, 20), QPointF(50, 60)}));
    QCOMPARE(upright.groupId, 0);
    const Annotation turned = shapes.value(key("turned")).constFirst();
    QCOMPARE(turned.kind, AnnotationKind::RotatedBox);
    QVERIFY2(std::abs(turned.rotation - 45) < 1e-6, qPrintable(QString::number(turned.rotation)));
    // Its corners are the file's corners.
    const QPolygonF corners = ShapeGeometry::corners(turned);
    for (const QPointF &c : {QPointF(50, 10), QPointF(60, 20), QPointF(40, 40), QPointF(30, 30)})
        QVERIFY(std::any_of(corners.cbegin(), corners.cend(),
                            [&](const QPointF &d) { return QLineF(c, d).length() < 1e-6; }));
    QCOMPARE(shapes.value(key("skewed")).constFirst().kind, AnnotationKind::Polygon);
    QCOMPARE(shapes.value(key("two")).constFirst().kind, AnnotationKind::Box);

    // Written back: group 0 stays 0, no group stays null, group 3 stays 3.
    const QString out = projectDir.filePath(QStringLiteral("out"));
    FormatReport written;
    QVERIFY2(ExportJob::write(*labelme(), *store, out, written, {}),
             qPrintable(labelme()->errorString()));
    QHash<QString, QJsonValue> groups;
    for (const QJsonValue &v :
         readObject(out + QStringLiteral("/a.json")).value(key("shapes")).toArray())
        groups.insert(v.toObject().value(key("label")).toString(),
                      v.toObject().value(key("group_id")));
    QCOMPARE(groups.value(key("upright")), QJsonValue(0));
    QVERIFY(groups.value(key("turned")).isNull());
    QCOMPARE(groups.value(key("two")), QJsonValue(3));
}

void TestLabelmeFormat::badInputIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("truncated") << QByteArray("{\n  \"shapes\": [\n    {\"label\": \"a\",")
                               << QStringLiteral("bad.json:3:");
    QTest::newRow("not-labelme") << QByteArray("{\"images\": []}")
                                 << QStringLiteral("no \"shapes\"");
    const QByteArray head = "{\"imagePath\": \"i.png\", \"imageWidth\": 10, \"imageHeight\": 10, "
                            "\"shapes\": [";
    QTest::newRow("points-not-a-list")
            << head + "{\"label\": \"a\", \"points\": \"1,2\"}]}" << QStringLiteral("not a list");
    QTest::newRow("point-not-a-pair")
            << head + "{\"label\": \"a\", \"points\": [[1, \"2\"]], \"shape_type\": \"point\"}]}"
            << QStringLiteral("not [x, y]");
    QTest::newRow("far-outside")
            << head
                       + "{\"label\": \"a\", \"points\": [[1, 1], [900, 2]], \"shape_type\": "
                         "\"rectangle\"}]}"
            << QStringLiteral("far outside");
    QTest::newRow("unknown-type")
            << head + "{\"label\": \"a\", \"points\": [[1, 1]], \"shape_type\": \"blob\"}]}"
            << QStringLiteral("unknown shape_type \"blob\"");
    QTest::newRow("too-few-points") << head + "{\"label\": \"a\", \"points\": [[1, 1], [2, 2]]}]}"
                                    << QStringLiteral("a polygon with 2 point(s)");
    QTest::newRow("bad-mask") << head
                                         + "{\"label\": \"a\", \"points\": [[1, 1], [2, 2]], "
                                           "\"shape_type\": \"mask\", \"mask\": \"bm90IGEgcG5n\"}]}"
                              << QStringLiteral("not a base64 PNG");
    QTest::newRow("no-label") << head + "{\"points\": [[1, 1]], \"shape_type\": \"point\"}]}"
                              << QStringLiteral("shapes[0]: no \"label\"");
    QTest::newRow("no-image") << QByteArray("{\"imagePath\": \"\", \"shapes\": []}")
                              << QStringLiteral("not found and the file embeds no imageData");
}

void TestLabelmeFormat::badInputIsRefusedWhole()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i.png")), 1, QSize(10, 10)));
    // A good file first, so that a partial import would leave something behind.
    writeFile(dir.filePath(QStringLiteral("a-good.json")),
              "{\"imagePath\": \"i.png\", \"shapes\": [{\"label\": \"ok\", \"points\": [[1, 1]], "
              "\"shape_type\": \"point\"}]}");
    writeFile(dir.filePath(QStringLiteral("bad.json")), json);
    FormatReport report;
    QVERIFY(!ImportJob::read(*labelme(), *store, dir.path(), report, {}));
    QVERIFY2(labelme()->errorString().contains(expected), qPrintable(labelme()->errorString()));
    QVERIFY2(labelme()->errorString().contains(QStringLiteral("bad.json")),
             qPrintable(labelme()->errorString()));
    QCOMPARE(store->assetCount(), 0);
    QCOMPARE(store->labels().size(), 0);
}

void TestLabelmeFormat::hugeFileIsRefusedUnread()
{
    // A 2 GiB file (sparse: no disk used) is refused by its size, before anything is read.
    QTemporaryDir dir;
    QFile huge(dir.filePath(QStringLiteral("huge.json")));
    QVERIFY(huge.open(QIODevice::WriteOnly));
    QVERIFY(huge.resize(qint64(2) << 30));
    huge.close();
    auto store = Test::newProject(dir.path());
    FormatReport report;
    QVERIFY(!ImportJob::read(*labelme(), *store, huge.fileName(), report, {}));
    QVERIFY2(labelme()->errorString().contains(QStringLiteral("huge.json: 2048 MiB is more than")),
             qPrintable(labelme()->errorString()));
}

QTEST_GUILESS_MAIN(TestLabelmeFormat)
#include "tst_labelmeformat.moc"
