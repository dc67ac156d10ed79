// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "core/shapegeometry.h"
#include "formats/format.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestYoloFormat : public QObject
{
    Q_OBJECT

private slots:
    void registryListsIt();
    void fixturesImport_data();
    void fixturesImport();
    void goldenExports_data();
    void goldenExports();
    void roundTripKeepsBoxes();
    void verifyListsWhatIsLost();
    void badInputIsRefusedWhole_data();
    void badInputIsRefusedWhole();
    void labelsFolderBesideTheImages();
    void segmentAndPoseWithoutNames();
};

void TestYoloFormat::registryListsIt()
{
    Format *yolo = FormatRegistry::find(QStringLiteral("yolo"));
    QVERIFY(yolo);
    QCOMPARE(yolo->capabilities(), Format::Read | Format::Write);
    QVERIFY(FormatRegistry::all().contains(yolo));
    QVERIFY(!FormatRegistry::find(QStringLiteral("nope")));
}

void TestYoloFormat::fixturesImport_data()
{
    QTest::addColumn<QString>("layout");
    QTest::addColumn<int>("annotations");
    QTest::newRow("darknet-strict") << QStringLiteral("strict") << 2;
    QTest::newRow("images-and-annotations") << QStringLiteral("annotations") << 2;
    QTest::newRow("images-and-labels-folders") << QStringLiteral("labels") << 4;
}

void TestYoloFormat::fixturesImport()
{
    QFETCH(QString, layout);
    QFETCH(int, annotations);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    FormatReport report;
    Format *yolo = FormatRegistry::find(QStringLiteral("yolo"));
    QVERIFY2(ImportJob::read(*yolo, *store,
                             Test::dataDir() + QStringLiteral("/datumaro/yolo/") + layout, report,
                             {}),
             qPrintable(yolo->errorString()));
    QCOMPARE(report.newLabels.size(), 10);
    QCOMPARE(store->labels().at(2).name, QStringLiteral("label_2")); // class id = names order
    QCOMPARE(store->assetCount(), 1);
    QCOMPARE(int(store->annotationCount()), annotations);
    // "2 0.133333 0.300000 0.266667 0.200000" on a 15x10 image is the box (0,2)-(4,4).
    const qint64 asset = store->assetIds().constFirst();
    const Annotation first = store->annotations(asset).constFirst();
    QCOMPARE(first.labelId, store->labelByName(QStringLiteral("label_2"))->id);
    QCOMPARE(first.kind, AnnotationKind::Box);
    QVERIFY(QLineF(first.points[0], QPointF(0, 2)).length() < 1e-3);
    QVERIFY(QLineF(first.points[1], QPointF(4, 4)).length() < 1e-3);
    QCOMPARE(first.provenance.origin, Origin::Import);
}

void TestYoloFormat::goldenExports_data()
{
    Test::addGoldenRows(QStringLiteral("yolo"));
}

void TestYoloFormat::goldenExports()
{
    QFETCH(QString, caseDir);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::buildCase(*store, caseDir, dir.path()));
    const QString out = dir.filePath(QStringLiteral("out"));
    FormatReport report;
    Format *yolo = FormatRegistry::find(QStringLiteral("yolo"));
    QVERIFY2(ExportJob::write(*yolo, *store, out, report, {}), qPrintable(yolo->errorString()));
    QDirIterator expected(caseDir + QStringLiteral("/expected"), QDir::Files,
                          QDirIterator::Subdirectories);
    int compared = 0;
    while (expected.hasNext()) {
        const QString file = expected.next();
        const QString relative = QDir(caseDir + QStringLiteral("/expected")).relativeFilePath(file);
        QCOMPARE(QString::fromUtf8(Test::readAll(QDir(out).filePath(relative))),
                 QString::fromUtf8(Test::readAll(file)));
        ++compared;
    }
    QVERIFY(compared >= 4);
}

void TestYoloFormat::roundTripKeepsBoxes()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::buildCase(*store, Test::dataDir() + QStringLiteral("/golden/yolo/two-images"),
                            dir.path()));
    const QString out = dir.filePath(QStringLiteral("out"));
    FormatReport report;
    Format *yolo = FormatRegistry::find(QStringLiteral("yolo"));
    QVERIFY(ExportJob::write(*yolo, *store, out, report, {}));
    // The images go beside their label files, as links to the project's files (images=link).
    for (const QString &name : {QStringLiteral("a.png"), QStringLiteral("b.png")})
        QVERIFY(QFileInfo(QDir(out).filePath(QStringLiteral("obj_train_data/") + name))
                        .isSymLink());
    auto again = Test::newProject(dir.path(), QStringLiteral("q.tessera"));
    FormatReport back;
    QVERIFY2(ImportJob::read(*yolo, *again, out, back, {}), qPrintable(yolo->errorString()));
    QCOMPARE(back.annotations, 3); // box, polygon as its box, ellipse as its box; the point is not
    for (const QString &name : {QStringLiteral("a.png"), QStringLiteral("b.png")}) {
        const Asset original = *store->assetByPath(dir.filePath(name));
        AssetFilter byName{.text = name};
        const Asset imported = *again->asset(again->assetIds(byName).constFirst());
        QList<QRectF> before, after;
        for (const Annotation &a : store->annotations(original.id))
            if (ShapeGeometry::isArea(a.kind))
                before.append(ShapeGeometry::boundingRect(a));
        for (const Annotation &a : again->annotations(imported.id))
            after.append(ShapeGeometry::boundingRect(a));
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < before.size(); ++i) {
            QVERIFY(std::abs(after[i].left() - before[i].left()) < 1e-3);
            QVERIFY(std::abs(after[i].bottom() - before[i].bottom()) < 1e-3);
        }
    }
    // Labels map by name, in the same order.
    QCOMPARE(again->labels().at(1).name, QStringLiteral("dog"));
}

void TestYoloFormat::verifyListsWhatIsLost()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(Test::buildCase(*store, Test::dataDir() + QStringLiteral("/golden/yolo/two-images"),
                            dir.path()));
    const QStringList losses
            = ExportJob::losses(*FormatRegistry::find(QStringLiteral("yolo")), *store);
    QCOMPARE(losses.size(), 3);
    QVERIFY(losses.filter(QStringLiteral("polygon"))
                    .constFirst()
                    .contains(QStringLiteral("bounding boxes")));
    QVERIFY(losses.filter(QStringLiteral("point"))
                    .constFirst()
                    .contains(QStringLiteral("left out")));
}

void TestYoloFormat::badInputIsRefusedWhole_data()
{
    QTest::addColumn<QByteArray>("labels");
    QTest::addColumn<bool>("withImage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("class-out-of-range") << QByteArray("0 0.5 0.5 0.1 0.1\n7 0.5 0.5 0.1 0.1\n")
                                        << true << QStringLiteral("bad.txt:2");
    QTest::newRow("nan") << QByteArray("0 nan 0.5 0.1 0.1\n") << true
                         << QStringLiteral("bad.txt:1");
    QTest::newRow("out-of-range-coordinate")
            << QByteArray("1 0.5 1.7 0.1 0.1\n") << true << QStringLiteral("bad.txt:1");
    QTest::newRow("too-few-numbers")
            << QByteArray("0 0.5 0.5\n") << true << QStringLiteral("bad.txt:1");
    QTest::newRow("class-not-a-number")
            << QByteArray("cat 0.5 0.5 0.1 0.1\n") << true << QStringLiteral("bad.txt:1");
    QTest::newRow("label-without-image")
            << QByteArray("0 0.5 0.5 0.1 0.1\n") << false << QStringLiteral("no image");
}

void TestYoloFormat::badInputIsRefusedWhole()
{
    QFETCH(QByteArray, labels);
    QFETCH(bool, withImage);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    Label existing{.name = QStringLiteral("existing")};
    QVERIFY(store->addLabel(existing));
    const QDir data(dir.filePath(QStringLiteral("data")));
    QVERIFY(QDir().mkpath(data.path()));
    QFile names(data.filePath(QStringLiteral("obj.names")));
    QVERIFY(names.open(QIODevice::WriteOnly));
    names.write("cat\ndog\n");
    names.close();
    // A good image first, so that a partial import would leave something behind.
    QVERIFY(Test::writeImage(data.filePath(QStringLiteral("good.png")), 1, QSize(20, 20)));
    QFile good(data.filePath(QStringLiteral("good.txt")));
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("0 0.5 0.5 0.2 0.2\n");
    good.close();
    if (withImage)
        QVERIFY(Test::writeImage(data.filePath(QStringLiteral("bad.png")), 2, QSize(20, 20)));
    QFile bad(data.filePath(QStringLiteral("bad.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(labels);
    bad.close();
    Format *yolo = FormatRegistry::find(QStringLiteral("yolo"));
    FormatReport report;
    QVERIFY(!ImportJob::read(*yolo, *store, data.path(), report, {}));
    QVERIFY2(yolo->errorString().contains(expected), qPrintable(yolo->errorString()));
    // One transaction: nothing of the import stays, not even the new labels.
    QCOMPARE(store->assetCount(), 0);
    QCOMPARE(store->annotationCount(), 0);
    QCOMPARE(store->labels().size(), 1);
}

void TestYoloFormat::labelsFolderBesideTheImages()
{
    // X-AnyLabeling's YOLO export: images in the folder, their labels in labels/ beside them.
    QTemporaryDir dir;
    const QDir data(dir.filePath(QStringLiteral("data")));
    QVERIFY(QDir().mkpath(data.filePath(QStringLiteral("labels"))));
    QVERIFY(Test::writeImage(data.filePath(QStringLiteral("a.png")), 1, QSize(20, 20)));
    QFile names(data.filePath(QStringLiteral("classes.txt")));
    QVERIFY(names.open(QIODevice::WriteOnly));
    names.write("cat\n");
    names.close();
    QFile labels(data.filePath(QStringLiteral("labels/a.txt")));
    QVERIFY(labels.open(QIODevice::WriteOnly));
    labels.write("0 0.5 0.5 0.5 0.5\n");
    labels.close();
    auto store = Test::newProject(dir.path());
    FormatReport report;
    Format *yolo = FormatRegistry::find(QStringLiteral("yolo"));
    QVERIFY2(ImportJob::read(*yolo, *store, data.path(), report, {}),
             qPrintable(yolo->errorString()));
    QCOMPARE(store->annotationCount(), 1);
    const Annotation cat = store->annotations(store->assetIds().constFirst()).constFirst();
    QCOMPARE(cat.points, (QList<QPointF>{QPointF(5, 5), QPointF(15, 15)}));
}

void TestYoloFormat::segmentAndPoseWithoutNames()
{
    // Ultralytics label files without their data.yaml: numbered classes, polygons, key points.
    QTemporaryDir dir;
    const QDir data(dir.filePath(QStringLiteral("data")));
    QVERIFY(QDir().mkpath(data.path()));
    QVERIFY(Test::writeImage(data.filePath(QStringLiteral("a.png")), 1, QSize(100, 50)));
    QFile labels(data.filePath(QStringLiteral("a.txt")));
    QVERIFY(labels.open(QIODevice::WriteOnly));
    labels.write("3 0.5 0.5 0.4 0.8 0.4 0.2 2 0.6 0.3 1 0 0 0\n"
                 "0 0.1 0.1 0.2 0.1 0.2 0.2\n");
    labels.close();
    auto store = Test::newProject(dir.path());
    FormatReport report;
    Format *yolo = FormatRegistry::find(QStringLiteral("yolo"));
    QVERIFY2(ImportJob::read(*yolo, *store, data.path(), report, {}),
             qPrintable(yolo->errorString()));
    QCOMPARE(report.newLabels, (QStringList{QStringLiteral("class3"), QStringLiteral("class0")}));
    QVERIFY(report.warnings.join(QLatin1Char('\n')).contains(QStringLiteral("class0, class1")));
    const QList<Annotation> all = store->annotations(store->assetIds().constFirst());
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].kind, AnnotationKind::Keypoints);
    QCOMPARE(all[0].points, (QList<QPointF>{QPointF(40, 10), QPointF(60, 15), QPointF(0, 0)}));
    QCOMPARE(all[0].visibility, (QList<int>{2, 1, 0}));
    QCOMPARE(all[1].kind, AnnotationKind::Polygon);
    QCOMPARE(all[1].points.size(), 3);
}

QTEST_GUILESS_MAIN(TestYoloFormat)
#include "tst_yoloformat.moc"
