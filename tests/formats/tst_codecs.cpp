// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// Formats as codecs: a reader fills any ImportSink (here one in memory, without a project), and
// the jobs that run codecs over a project own the project's view and leave it as they found it.

#include "formats/format.h"
#include "formats/formatsupport.h"
#include "formats/memorydataset.h"
#include "goldencase.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

void put(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson();
}

// Every file below folder, relative to it.
QStringList filesIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

class TestCodecs : public QObject
{
    Q_OBJECT

private slots:
    void labelmeReadsIntoMemoryWithoutAProject();
    void embeddedImagesStayInTheDatasetsOwnFolder();
    void cocoInMemoryKeepsMissingMediaAndSharedImages();
    void badRecordFailsTheMemoryReadToo();
    void exportJobHidesProposalsOnlyWhileItLives();
    void importJobRollsBackWhatTheReaderStoredBeforeItFailed();
    void modeNames();
};

void TestCodecs::labelmeReadsIntoMemoryWithoutAProject()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("a.png")), 1, QSize(40, 30)));
    put(dir.filePath(QStringLiteral("a.json")),
        json({{key("imagePath"), key("a.png")},
              {key("imageWidth"), 40},
              {key("imageHeight"), 30},
              {key("shapes"),
               QJsonArray{QJsonObject{{key("label"), key("cat")},
                                      {key("shape_type"), key("rectangle")},
                                      {key("points"),
                                       QJsonArray{QJsonArray{2, 3}, QJsonArray{12, 13}}}},
                          QJsonObject{{key("label"), key("dog")},
                                      {key("shape_type"), key("polygon")},
                                      {key("points"), QJsonArray{QJsonArray{1, 1}, QJsonArray{9, 1},
                                                                 QJsonArray{5, 8}}}}}},
              {key("flags"), QJsonObject{{key("night"), true}, {key("blurred"), false}}}}));
    const QStringList before = filesIn(dir.path());

    std::unique_ptr<Format> labelme = FormatRegistry::make(QStringLiteral("labelme"));
    MemoryDataset read;
    FormatReport report;
    QVERIFY2(labelme->readData(read, dir.filePath(QStringLiteral("a.json")), report, {}),
             qPrintable(labelme->errorString()));

    // Nothing was written beside the dataset: no scratch project, no embedded copy.
    QCOMPARE(filesIn(dir.path()), before);
    QCOMPARE(read.assets().size(), 1);
    const Asset image = read.assets().constFirst();
    QCOMPARE(QFileInfo(image.path).fileName(), key("a.png"));
    QCOMPARE(image.width, 40);
    QVERIFY(!FormatSupport::isMediaMissing(image));
    QStringList names;
    for (const Label &l : read.labels())
        names << l.name;
    QCOMPARE(names, QStringList({key("cat"), key("dog"), key("night")}));
    const QList<Annotation> annotations = read.annotationsOf(image.id);
    QCOMPARE(annotations.size(), 3);
    QCOMPARE(annotations[0].kind, AnnotationKind::Box);
    QCOMPARE(annotations[0].points, QList<QPointF>({QPointF(2, 3), QPointF(12, 13)}));
    QCOMPARE(read.label(annotations[0].labelId)->name, key("cat"));
    QCOMPARE(annotations[1].kind, AnnotationKind::Polygon);
    QCOMPARE(annotations[1].points.size(), 3);
    QCOMPARE(annotations[2].kind, AnnotationKind::Tag);
    QCOMPARE(read.label(annotations[2].labelId)->name, key("night"));
    // The flags the file carries are kept with the asset, as an import into a project keeps them.
    QCOMPARE(read.assets()
                     .constFirst()
                     .payload.value(key("labelme"))
                     .toObject()
                     .value(key("flags"))
                     .toObject()
                     .size(),
             2);
    QCOMPARE(report.annotations, 3);
    QCOMPARE(report.newLabels.size(), 3);
}

void TestCodecs::embeddedImagesStayInTheDatasetsOwnFolder()
{
    QTemporaryDir dir;
    QImage pixels(16, 12, QImage::Format_RGB32);
    pixels.fill(Qt::red);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(pixels.save(&buffer, "PNG"));
    put(dir.filePath(QStringLiteral("in/b.json")),
        json({{key("imagePath"), key("gone/b.png")},
              {key("imageData"), QString::fromLatin1(png.toBase64())},
              {key("shapes"),
               QJsonArray{QJsonObject{{key("label"), key("cat")},
                                      {key("shape_type"), key("point")},
                                      {key("points"), QJsonArray{QJsonArray{4, 4}}}}}}}));
    const QStringList before = filesIn(dir.path());
    QString kept;
    {
        std::unique_ptr<Format> labelme = FormatRegistry::make(QStringLiteral("labelme"));
        MemoryDataset read;
        FormatReport report;
        QVERIFY2(labelme->readData(read, dir.filePath(QStringLiteral("in/b.json")), report, {}),
                 qPrintable(labelme->errorString()));
        QCOMPARE(read.assets().size(), 1);
        kept = read.assets().constFirst().path;
        // Decoded into the dataset's own folder, which is not the dataset's folder.
        QVERIFY2(kept.startsWith(read.mediaFolder() + QLatin1Char('/')), qPrintable(kept));
        QCOMPARE(QImage(kept).size(), QSize(16, 12));
        QCOMPARE(read.assets().constFirst().width, 16);
    }
    QVERIFY(!QFileInfo::exists(kept)); // gone with the dataset
    QCOMPARE(filesIn(dir.path()), before);
}

void TestCodecs::cocoInMemoryKeepsMissingMediaAndSharedImages()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("images")));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("images/here.png")), 2, QSize(20, 10)));
    const QJsonObject coco{
            {key("images"), QJsonArray{QJsonObject{{key("id"), 7},
                                                   {key("file_name"), key("here.png")},
                                                   {key("width"), 20},
                                                   {key("height"), 10}},
                                       QJsonObject{{key("id"), 8},
                                                   {key("file_name"), key("away.jpg")},
                                                   {key("width"), 300},
                                                   {key("height"), 200}}}},
            {key("categories"), QJsonArray{QJsonObject{{key("id"), 1}, {key("name"), key("car")}},
                                           QJsonObject{{key("id"), 2}, {key("name"), key("bus")}}}},
            {key("annotations"),
             QJsonArray{QJsonObject{{key("id"), 1},
                                    {key("image_id"), 7},
                                    {key("category_id"), 2},
                                    {key("bbox"), QJsonArray{1, 2, 3, 4}},
                                    {key("score"), 0.5}},
                        QJsonObject{{key("id"), 2},
                                    {key("image_id"), 8},
                                    {key("category_id"), 1},
                                    {key("bbox"), QJsonArray{10, 20, 30, 40}}}}}};
    put(dir.filePath(QStringLiteral("coco.json")), json(coco));

    std::unique_ptr<Format> format = FormatRegistry::make(QStringLiteral("coco"));
    MemoryDataset read;
    FormatReport report;
    QVERIFY2(format->readData(read, dir.filePath(QStringLiteral("coco.json")), report, {}),
             qPrintable(format->errorString()));
    QCOMPARE(read.assets().size(), 2);
    QCOMPARE(report.missingMedia, 1);
    const Asset here = read.assets()[0];
    const Asset away = read.assets()[1];
    QVERIFY(!FormatSupport::isMediaMissing(here));
    QVERIFY(FormatSupport::isMediaMissing(away));
    QCOMPARE(QSize(away.width, away.height), QSize(300, 200)); // the declared size
    QCOMPARE(read.annotationsOf(here.id).size(), 1);
    QCOMPARE(read.label(read.annotationsOf(here.id)[0].labelId)->name, key("bus"));
    // A detector's confidence in the file is kept (evaluation reads predictions so).
    QCOMPARE(read.annotationsOf(here.id)[0].provenance.score, std::optional<double>(0.5));
    QVERIFY(!read.annotationsOf(away.id)[0].provenance.score);
    QCOMPARE(read.annotationsOf(away.id)[0].points,
             QList<QPointF>({QPointF(10, 20), QPointF(40, 60)}));
    // Read again into the same dataset: the same assets, found by path.
    QVERIFY(format->readData(read, dir.filePath(QStringLiteral("coco.json")), report, {}));
    QCOMPARE(read.assets().size(), 2);
    QCOMPARE(read.labels().size(), 2);
}

void TestCodecs::badRecordFailsTheMemoryReadToo()
{
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("bad.json")),
        R"({"images":[{"id":1,"file_name":"x.png","width":5,"height":5}],
            "categories":[{"id":1,"name":"a"}],
            "annotations":[{"id":1,"image_id":1,"category_id":9,"bbox":[0,0,1,1]}]})");
    std::unique_ptr<Format> format = FormatRegistry::make(QStringLiteral("coco"));
    MemoryDataset read;
    FormatReport report;
    QVERIFY(!format->readData(read, dir.filePath(QStringLiteral("bad.json")), report, {}));
    QVERIFY2(format->errorString().contains(QStringLiteral("bad.json")),
             qPrintable(format->errorString()));
}

void TestCodecs::exportJobHidesProposalsOnlyWhileItLives()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    QVERIFY(store);
    Label cat{.name = key("cat"), .kinds = ImageKindFlag};
    QVERIFY(store->addLabel(cat));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("a.png")), 3, QSize(32, 32)));
    Asset a{.kind = AssetKind::Image,
            .path = dir.filePath(QStringLiteral("a.png")),
            .name = key("a.png"),
            .sha256 = key("a"),
            .width = 32,
            .height = 32};
    QVERIFY(store->addAsset(a));
    QList<Annotation> shapes{
            Annotation{
                    .assetId = a.id, .labelId = cat.id, .points = {QPointF(1, 1), QPointF(5, 5)}},
            Annotation{.assetId = a.id,
                       .labelId = cat.id,
                       .points = {QPointF(2, 2), QPointF(9, 9)},
                       .provenance = {.origin = Origin::Prelabel, .modelId = key("m")}}};
    QVERIFY(store->addAnnotations(shapes));
    QCOMPARE(store->annotations(a.id).size(), 2);

    std::unique_ptr<Format> yolo = FormatRegistry::make(QStringLiteral("yolo"));
    {
        ExportJob job(*store, *yolo);
        QCOMPARE(job.annotations(a.id).size(), 1); // the export's view
        FormatReport report;
        const QString out = dir.filePath(QStringLiteral("out"));
        QVERIFY2(job.run(out, report), qPrintable(yolo->errorString()));
        QCOMPARE(report.annotations, 1);
    }
    QCOMPARE(store->annotations(a.id).size(), 2); // the project's own view again
    {
        ExportJob withProposals(*store, *yolo, true);
        QCOMPARE(withProposals.annotations(a.id).size(), 2);
    }
    // A format that keeps proposals apart sees them.
    std::unique_ptr<Format> labelStudio = FormatRegistry::make(QStringLiteral("labelstudio"));
    QVERIFY(labelStudio->writesProposals());
    ExportJob keeps(*store, *labelStudio);
    QCOMPARE(keeps.annotations(a.id).size(), 2);
}

void TestCodecs::importJobRollsBackWhatTheReaderStoredBeforeItFailed()
{
    // The codec stores the first file's labels, asset and box through the sink before the second
    // file fails; the job's transaction takes all of it back.
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("data")));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("data/a.png")), 4, QSize(20, 20)));
    put(dir.filePath(QStringLiteral("data/a.json")),
        json({{key("imagePath"), key("a.png")},
              {key("shapes"),
               QJsonArray{QJsonObject{
                       {key("label"), key("cat")},
                       {key("shape_type"), key("rectangle")},
                       {key("points"), QJsonArray{QJsonArray{1, 1}, QJsonArray{5, 5}}}}}}}));
    put(dir.filePath(QStringLiteral("data/b.json")), "{\"shapes\": [");
    auto store = Test::newProject(dir.path());
    std::unique_ptr<Format> labelme = FormatRegistry::make(QStringLiteral("labelme"));
    FormatReport report;
    QVERIFY(!ImportJob::read(*labelme, *store, dir.filePath(QStringLiteral("data")), report));
    QVERIFY2(labelme->errorString().contains(QStringLiteral("b.json")),
             qPrintable(labelme->errorString()));
    QCOMPARE(store->labels().size(), 0);
    QCOMPARE(store->assetCount(), 0);
    QCOMPARE(store->annotationCount(), 0);
    // The same folder without the broken file comes in whole.
    QVERIFY(QFile::remove(dir.filePath(QStringLiteral("data/b.json"))));
    FormatReport again;
    QVERIFY2(ImportJob::read(*labelme, *store, dir.filePath(QStringLiteral("data")), again),
             qPrintable(labelme->errorString()));
    QCOMPARE(store->annotationCount(), 1);
}

void TestCodecs::modeNames()
{
    QCOMPARE(ImportJob::modeFromName(key("merge")), std::optional(ImportMode::Merge));
    QCOMPARE(ImportJob::modeFromName(key("replace")), std::optional(ImportMode::Replace));
    QCOMPARE(ImportJob::modeFromName(key("append")), std::optional(ImportMode::Append));
    QVERIFY(!ImportJob::modeFromName(key("Merge")));
}

QTEST_GUILESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
