// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0

// Importing the same data twice changes nothing (merge, the default); replace gives the
// dataset's assets exactly the file's annotations; append adds everything again. The report
// says what was added, changed, unchanged and removed.

#include "formats/format.h"
#include "goldencase.h"
#include "jobs/importjob.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

void put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Two boxes of one image (the second repeats the first: a file's duplicates are kept) and a
// polygon, with an attribute on the first box.
QByteArray cocoFile(const char *colour = "red")
{
    return QByteArray("{\"images\":[{\"id\":1,\"file_name\":\"a.png\",\"width\":64,\"height\":48}],"
                      "\"categories\":[{\"id\":1,\"name\":\"cat\"}],\"annotations\":["
                      "{\"id\":1,\"image_id\":1,\"category_id\":1,\"bbox\":[1.5,2.25,10,12],"
                      "\"attributes\":{\"colour\":\"")
           + colour
           + "\"}},"
             "{\"id\":2,\"image_id\":1,\"category_id\":1,\"bbox\":[1.5,2.25,10,12]},"
             "{\"id\":3,\"image_id\":1,\"category_id\":1,\"segmentation\":[[1,1,9,1,9,9]]}]}";
}

} // namespace

class TestReimport : public QObject
{
    Q_OBJECT

private slots:
    void theSameDataTwiceChangesNothing_data();
    void theSameDataTwiceChangesNothing();
    void mergeKeepsOwnWorkAndUpdatesAttributes();
    void replaceGivesExactlyTheFilesAnnotations();
    void appendAddsEverythingAgain();
    void manyImagesOutOfOrderMatchEachTheirOwn();
    void modeFromTheCommandLine();
};

void TestReimport::theSameDataTwiceChangesNothing_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("readPath");
    QTest::addColumn<int>("annotations");

    QTest::newRow("coco") << "coco"
                          << "coco.json" << cocoFile() << "coco.json" << 3;
    QTest::newRow("voc") << "voc"
                         << "Annotations/a.xml"
                         << QByteArray("<annotation><filename>a.png</filename><size><width>64"
                                       "</width><height>48</height></size><object><name>cat"
                                       "</name><bndbox><xmin>1</xmin><ymin>2</ymin><xmax>10"
                                       "</xmax><ymax>12</ymax></bndbox></object></annotation>")
                         << "." << 1;
    QTest::newRow("cvat") << "cvat"
                          << "annotations.xml"
                          << QByteArray("<annotations><version>1.1</version><image id=\"0\" "
                                        "name=\"a.png\" width=\"64\" height=\"48\"><box "
                                        "label=\"cat\" xtl=\"1\" ytl=\"2\" xbr=\"10\" "
                                        "ybr=\"12\"/><polygon label=\"cat\" points=\"1,1;9,1;9,"
                                        "9\"/></image></annotations>")
                          << "annotations.xml" << 2;
    QTest::newRow("labelme") << "labelme"
                             << "a.json"
                             << QByteArray("{\"shapes\":[{\"label\":\"cat\",\"points\":[[1,2],[10,"
                                           "12]],\"shape_type\":\"rectangle\"},{\"label\":\"dog\","
                                           "\"points\":[[1,1],[9,1],[9,9]],\"shape_type\":"
                                           "\"polygon\"}],\"imagePath\":\"a.png\",\"imageData\":"
                                           "null,\"imageHeight\":48,\"imageWidth\":64}")
                             << "a.json" << 2;
    QTest::newRow("labelstudio")
            << "labelstudio"
            << "tasks.json"
            << QByteArray(
                       "[{\"data\":{\"image\":\"/data/upload/1/8f2e1c3a-a.png\"},"
                       "\"annotations\":[{\"result\":[{\"type\":\"rectanglelabels\","
                       "\"original_width\":64,\"original_height\":48,\"value\":{\"x\":10,"
                       "\"y\":10,\"width\":20,\"height\":20,\"rectanglelabels\":[\"cat\"]}}]}]}]")
            << "tasks.json" << 1;
    QTest::newRow("yolo") << "yolo"
                          << "a.txt" << QByteArray("0 0.5 0.5 0.25 0.5\n1 0.3 0.3 0.1 0.1\n") << "."
                          << 2;
    // Relations point at spans by id: the second import must find the stored spans for them.
    QTest::newRow("doccano")
            << "doccano"
            << "a.jsonl"
            << QByteArray(
                       "{\"text\":\"Alice met Bob in Paris\",\"entities\":[{\"id\":1,\"label\":"
                       "\"PER\",\"start_offset\":0,\"end_offset\":5},{\"id\":2,\"label\":\"PER\","
                       "\"start_offset\":10,\"end_offset\":13}],\"relations\":[{\"id\":1,"
                       "\"from_id\":1,\"to_id\":2,\"type\":\"knows\"}]}\n"
                       "{\"text\":\"Rain today\",\"label\":[\"weather\"]}\n")
            << "a.jsonl" << 4;
    // Relations between token indices; a rejected task is kept in the payload only once.
    QTest::newRow("prodigy")
            << "prodigy"
            << "a.jsonl"
            << QByteArray("{\"text\":\"Alice met Bob\",\"tokens\":[{\"text\":\"Alice\",\"start\":0,"
                          "\"end\":5,\"id\":0},{\"text\":\"met\",\"start\":6,\"end\":9,\"id\":1},"
                          "{\"text\":\"Bob\",\"start\":10,\"end\":13,\"id\":2}],\"spans\":[{"
                          "\"start\":0,\"end\":5,\"token_start\":0,\"token_end\":0,\"label\":"
                          "\"PER\"},{\"token_start\":2,\"token_end\":2,\"label\":\"PER\"}],"
                          "\"relations\":[{\"head\":0,\"child\":2,\"label\":\"knows\"}],"
                          "\"answer\":\"accept\"}\n"
                          "{\"text\":\"Alice met Bob\",\"spans\":[{\"start\":6,\"end\":9,"
                          "\"label\":\"ORG\"}],\"answer\":\"reject\"}\n"
                          "{\"text\":\"Rain today\",\"label\":\"weather\",\"answer\":"
                          "\"accept\"}\n")
            << "a.jsonl" << 4;
    QTest::newRow("conll") << "conll"
                           << "a.conll"
                           << QByteArray("Alice B-PER\nmet O\nBob B-PER\n\nParis B-LOC\n")
                           << "a.conll" << 3;
    QTest::newRow("dpo") << "dpo"
                         << "a.jsonl"
                         << QByteArray(
                                    "{\"prompt\":\"Hi\",\"chosen\":\"Hello\",\"rejected\":\"Go\"}\n"
                                    "{\"prompt\":\"Add 2+2\",\"chosen\":\"4\",\"rejected\":"
                                    "\"5\"}\n")
                         << "a.jsonl" << 2;
}

void TestReimport::theSameDataTwiceChangesNothing()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, readPath);
    QFETCH(int, annotations);
    QTemporaryDir dir;
    const QString data = dir.filePath(QStringLiteral("data/"));
    put(data + file, bytes);
    if (format == QLatin1String("yolo")) {
        put(data + QStringLiteral("obj.names"), "cat\ndog\n");
        QVERIFY(Test::writeImage(data + QStringLiteral("a.png"), 1, QSize(64, 48)));
    }
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> f = FormatRegistry::make(format);
    FormatReport first;
    QVERIFY2(ImportJob::read(*f, *store, data + readPath, first, {}), qPrintable(f->errorString()));
    QCOMPARE(first.added, annotations);
    QCOMPARE(int(store->annotationCount()), annotations);
    const qint64 assets = store->assetCount();
    QList<Annotation> before;
    for (qint64 id : store->assetIds())
        before += store->annotations(id);

    FormatReport second;
    QVERIFY2(ImportJob::read(*f, *store, data + readPath, second, {}),
             qPrintable(f->errorString()));
    QCOMPARE(second.added, 0);
    QCOMPARE(second.changed, 0);
    QCOMPARE(second.removed, 0);
    QCOMPARE(second.unchanged, annotations);
    QCOMPARE(store->assetCount(), assets);
    QList<Annotation> after;
    for (qint64 id : store->assetIds())
        after += store->annotations(id);
    QCOMPARE(after, before); // ids, times and all: nothing was rewritten
    QCOMPARE(second.changes(), QStringLiteral("%1 unchanged").arg(annotations));
}

void TestReimport::mergeKeepsOwnWorkAndUpdatesAttributes()
{
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("coco.json")), cocoFile());
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> coco = FormatRegistry::make(QStringLiteral("coco"));
    FormatReport first;
    QVERIFY2(ImportJob::read(*coco, *store, dir.filePath(QStringLiteral("coco.json")), first, {}),
             qPrintable(coco->errorString()));
    const qint64 asset = store->assetIds().constFirst();
    // The annotator's own box, drawn after the import.
    QList<Annotation> own{Annotation{.assetId = asset,
                                     .labelId = store->labelByName(QStringLiteral("cat"))->id,
                                     .points = {QPointF(30, 30), QPointF(40, 40)}}};
    QVERIFY(store->addAnnotations(own));

    put(dir.filePath(QStringLiteral("coco.json")), cocoFile("blue"));
    FormatReport second;
    QVERIFY2(ImportJob::read(*coco, *store, dir.filePath(QStringLiteral("coco.json")), second, {}),
             qPrintable(coco->errorString()));
    QCOMPARE(second.added, 0);
    QCOMPARE(second.changed, 1);
    QCOMPARE(second.unchanged, 2);
    QCOMPARE(second.removed, 0);
    QCOMPARE(second.changes(), QStringLiteral("1 changed, 2 unchanged"));
    QCOMPARE(store->annotationCount(), 4);
    QVERIFY(store->annotation(own.first().id)); // merge keeps what the file does not name
    int blue = 0;
    for (const Annotation &a : store->annotations(asset))
        blue += a.data.value(QStringLiteral("attributes"))
                        .toObject()
                        .value(QStringLiteral("colour"))
                        .toString()
                == QLatin1String("blue");
    QCOMPARE(blue, 1);
}

void TestReimport::replaceGivesExactlyTheFilesAnnotations()
{
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("coco.json")), cocoFile());
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> coco = FormatRegistry::make(QStringLiteral("coco"));
    FormatReport first;
    QVERIFY(ImportJob::read(*coco, *store, dir.filePath(QStringLiteral("coco.json")), first, {}));
    const qint64 asset = store->assetIds().constFirst();
    // An asset the dataset does not name keeps its work whatever the mode.
    Asset other{.kind = AssetKind::Text, .name = QStringLiteral("t"), .text = QStringLiteral("t")};
    QVERIFY(store->addAsset(other));
    const qint64 cat = store->labelByName(QStringLiteral("cat"))->id;
    QList<Annotation> own{
            Annotation{
                    .assetId = asset, .labelId = cat, .points = {QPointF(30, 30), QPointF(40, 40)}},
            Annotation{
                    .assetId = other.id, .labelId = cat, .kind = AnnotationKind::Classification}};
    QVERIFY(store->addAnnotations(own));

    // The file now holds one box less.
    put(dir.filePath(QStringLiteral("coco.json")),
        cocoFile().replace(",{\"id\":2,\"image_id\":1,\"category_id\":1,\"bbox\":[1.5,2.25,10,12]}",
                           ""));
    FormatReport second;
    QVERIFY2(ImportJob::read(*coco, *store, dir.filePath(QStringLiteral("coco.json")), second, {},
                             ImportMode::Replace),
             qPrintable(coco->errorString()));
    QCOMPARE(second.added, 0);
    QCOMPARE(second.unchanged, 2);
    QCOMPARE(second.removed, 2); // the dropped duplicate and the annotator's box
    QCOMPARE(store->annotations(asset).size(), 2);
    QVERIFY(!store->annotation(own[0].id));
    QVERIFY(store->annotation(own[1].id));
}

void TestReimport::appendAddsEverythingAgain()
{
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("coco.json")), cocoFile());
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> coco = FormatRegistry::make(QStringLiteral("coco"));
    for (int i = 0; i < 2; ++i) {
        FormatReport report;
        QVERIFY(ImportJob::read(*coco, *store, dir.filePath(QStringLiteral("coco.json")), report,
                                {}, ImportMode::Append));
        QCOMPARE(report.added, 3);
    }
    QCOMPARE(store->annotationCount(), 6);
    QCOMPARE(store->assetCount(), 1);
}

// Matching reads the stored shapes of a run of assets at a time: a file of many images whose
// annotations come back to an image after others (all first boxes from the last image back, then
// all second boxes) still matches each box once, so replace removes none of them, and a change
// far into the file is the only change.
void TestReimport::manyImagesOutOfOrderMatchEachTheirOwn()
{
    constexpr int images = 700;
    auto file = [](int changedImage) {
        QByteArray json("{\"categories\":[{\"id\":1,\"name\":\"cat\"}],\"images\":[");
        for (int i = 1; i <= images; ++i)
            json += (i > 1 ? "," : "")
                    + QStringLiteral("{\"id\":%1,\"file_name\":\"i%1.png\",\"width\":100,"
                                     "\"height\":100}")
                              .arg(i)
                              .toUtf8();
        json += "],\"annotations\":[";
        int id = 0;
        for (int pass = 0; pass < 2; ++pass)
            for (int k = 0; k < images; ++k) {
                const int image = pass ? k + 1 : images - k; // first boxes backward, then on
                const int x = pass * 20 + (pass && image == changedImage ? 5 : 0);
                json += (id++ ? "," : "")
                        + QStringLiteral("{\"id\":%1,\"image_id\":%2,\"category_id\":1,"
                                         "\"bbox\":[%3,10,8,8]}")
                                  .arg(id)
                                  .arg(image)
                                  .arg(x)
                                  .toUtf8();
            }
        return json + "]}";
    };
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coco.json"));
    put(path, file(0));
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> coco = FormatRegistry::make(QStringLiteral("coco"));
    FormatReport first;
    QVERIFY2(ImportJob::read(*coco, *store, path, first, {}), qPrintable(coco->errorString()));
    QCOMPARE(first.added, 2 * images);

    FormatReport same;
    QVERIFY2(ImportJob::read(*coco, *store, path, same, {}, ImportMode::Replace),
             qPrintable(coco->errorString()));
    QCOMPARE(same.unchanged, 2 * images);
    QCOMPARE(same.added, 0);
    QCOMPARE(same.removed, 0);
    QCOMPARE(store->annotationCount(), 2 * images);

    // The second box of image 600 moved: one box out of the third run of assets is new; merge
    // keeps the old one (the file no longer names it).
    put(path, file(600));
    FormatReport moved;
    QVERIFY2(ImportJob::read(*coco, *store, path, moved, {}), qPrintable(coco->errorString()));
    QCOMPARE(moved.added, 1);
    QCOMPARE(moved.unchanged, 2 * images - 1);
    QCOMPARE(store->annotationCount(), 2 * images + 1);
    const qint64 asset600 = store->assetIds().at(599);
    QVERIFY(store->asset(asset600)->name.endsWith(QLatin1String("i600.png")));
    QCOMPARE(store->annotations(asset600).size(), 3);
}

void TestReimport::modeFromTheCommandLine()
{
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("coco.json")), cocoFile());
    const QString project = dir.filePath(QStringLiteral("p.tessera"));
    auto run = [&](const QStringList &arguments, QString *out) {
        QProcess p;
        p.start(qEnvironmentVariable("TESSERA_CLI"), arguments);
        p.waitForFinished(60000);
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString out;
    QCOMPARE(run({QStringLiteral("init"), project}, &out), 0);
    const QStringList import{QStringLiteral("import"), QStringLiteral("--format"),
                             QStringLiteral("coco"), project,
                             dir.filePath(QStringLiteral("coco.json"))};
    QCOMPARE(run(import, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("3 added")), qPrintable(out));
    QCOMPARE(run(import, &out), 0);
    QVERIFY2(out.contains(QStringLiteral("3 unchanged")), qPrintable(out));
    QCOMPARE(run(import + QStringList{QStringLiteral("--mode"), QStringLiteral("append")}, &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("3 added")), qPrintable(out));
    QCOMPARE(run(import + QStringList{QStringLiteral("--mode"), QStringLiteral("replace")}, &out),
             0);
    QVERIFY2(out.contains(QStringLiteral("3 unchanged, 3 removed")), qPrintable(out));
    QCOMPARE(run(import + QStringList{QStringLiteral("--mode"), QStringLiteral("sideways")}, &out),
             2);
    QVERIFY2(out.contains(QStringLiteral("sideways")), qPrintable(out));
}

QTEST_GUILESS_MAIN(TestReimport)
#include "tst_reimport.moc"
