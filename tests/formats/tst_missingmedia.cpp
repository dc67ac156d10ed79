// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0

// Missing media is not fatal: a dataset whose images are not on disk imports its annotations
// onto assets marked "media missing", and Relink Media finds the files later.

#include "formats/format.h"
#include "formats/formatsupport.h"
#include "jobs/importjob.h"
#include "jobs/mediarelink.h"
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
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

} // namespace

class TestMissingMedia : public QObject
{
    Q_OBJECT

private slots:
    void importsWithoutMedia_data();
    void importsWithoutMedia();
    void cocoFileNameWithoutExtensionIsMatchedByStem();
    void aFifoIsStillRefused();
    void relinkFindsMissingAndMovedFiles();
    void relinkFromTheCommandLine();
};

void TestMissingMedia::importsWithoutMedia_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file"); // written in the dataset folder
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("readPath"); // relative to the dataset folder
    QTest::addColumn<QString>("name");     // the asset's name
    QTest::addColumn<QSize>("size");       // the declared size kept on the asset
    QTest::addColumn<int>("annotations");

    QTest::newRow("coco") << "coco"
                          << "coco.json"
                          << QByteArray(
                                     "{\"images\":[{\"id\":1,\"file_name\":\"gone.png\",\"width\":"
                                     "64,\"height\":48}],\"categories\":[{\"id\":1,\"name\":"
                                     "\"cat\"}],\"annotations\":[{\"id\":1,\"image_id\":1,"
                                     "\"category_id\":1,\"bbox\":[1,2,10,12]},{\"id\":2,"
                                     "\"image_id\":1,\"category_id\":1,\"segmentation\":[[1,1,"
                                     "9,1,9,9]]}]}")
                          << "coco.json"
                          << "gone.png" << QSize(64, 48) << 2;
    QTest::newRow("voc") << "voc"
                         << "Annotations/gone.xml"
                         << QByteArray("<annotation><filename>gone.png</filename><size><width>64"
                                       "</width><height>48</height></size><object><name>cat"
                                       "</name><bndbox><xmin>1</xmin><ymin>2</ymin><xmax>10"
                                       "</xmax><ymax>12</ymax></bndbox></object></annotation>")
                         << "."
                         << "gone.png" << QSize(64, 48) << 1;
    QTest::newRow("cvat-image") << "cvat"
                                << "annotations.xml"
                                << QByteArray("<annotations><version>1.1</version><image id=\"0\" "
                                              "name=\"gone.png\" width=\"64\" height=\"48\"><box "
                                              "label=\"cat\" xtl=\"1\" ytl=\"2\" xbr=\"10\" "
                                              "ybr=\"12\"/></image></annotations>")
                                << "annotations.xml"
                                << "gone.png" << QSize(64, 48) << 1;
    QTest::newRow("cvat-video-frame")
            << "cvat"
            << "annotations.xml"
            << QByteArray("<annotations><version>1.1</version><meta><task><original_size><width>"
                          "640</width><height>480</height></original_size><labels><label><name>"
                          "cat</name></label></labels></task></meta><track id=\"0\" "
                          "label=\"cat\"><box frame=\"3\" outside=\"0\" xtl=\"1\" ytl=\"2\" "
                          "xbr=\"10\" ybr=\"12\"/></track></annotations>")
            << "annotations.xml"
            << "frame_000003.png" << QSize(640, 480) << 1;
    QTest::newRow("labelme") << "labelme"
                             << "gone.json"
                             << QByteArray("{\"shapes\":[{\"label\":\"cat\",\"points\":[[1,2],[10,"
                                           "12]],\"shape_type\":\"rectangle\"}],\"imagePath\":"
                                           "\"gone.png\",\"imageData\":null,\"imageHeight\":48,"
                                           "\"imageWidth\":64}")
                             << "gone.json"
                             << "gone.png" << QSize(64, 48) << 1;
    QTest::newRow("labelstudio")
            << "labelstudio"
            << "tasks.json"
            << QByteArray(
                       "[{\"data\":{\"image\":\"/data/upload/1/8f2e1c3a-gone.png\"},"
                       "\"annotations\":[{\"result\":[{\"type\":\"rectanglelabels\","
                       "\"original_width\":64,\"original_height\":48,\"value\":{\"x\":10,"
                       "\"y\":10,\"width\":20,\"height\":20,\"rectanglelabels\":[\"cat\"]}}]}]}]")
            << "tasks.json"
            << "gone.png" << QSize(64, 48) << 1;
}

void TestMissingMedia::importsWithoutMedia()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, readPath);
    QFETCH(QString, name);
    QFETCH(QSize, size);
    QFETCH(int, annotations);
    QTemporaryDir dir;
    put(dir.filePath(QStringLiteral("data/") + file), bytes);
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    QVERIFY2(store, qPrintable(error));
    std::unique_ptr<Format> f = FormatRegistry::make(format);
    FormatReport report;
    QVERIFY2(ImportJob::read(*f, *store, dir.filePath(QStringLiteral("data/") + readPath), report,
                             {}),
             qPrintable(f->errorString()));
    QCOMPARE(report.missingMedia, 1);
    QCOMPARE(report.warnings.size(), 1);
    QVERIFY2(report.warnings.first().contains(name), qPrintable(report.warnings.first()));
    QCOMPARE(store->assetCount(), 1);
    const Asset asset = *store->asset(store->assetIds().constFirst());
    QVERIFY(FormatSupport::isMediaMissing(asset));
    QCOMPARE(asset.name, name);
    QCOMPARE(QSize(asset.width, asset.height), size);
    QCOMPARE(int(store->annotationCount()), annotations);
    QCOMPARE(MediaRelink::missingAssets(*store).size(), 1);

    // Importing again finds the same asset by its expected path.
    FormatReport again;
    QVERIFY2(ImportJob::read(*f, *store, dir.filePath(QStringLiteral("data/") + readPath), again,
                             {}),
             qPrintable(f->errorString()));
    QCOMPARE(store->assetCount(), 1);
}

void TestMissingMedia::cocoFileNameWithoutExtensionIsMatchedByStem()
{
    QTemporaryDir dir;
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("000123.jpg")), 4));
    put(dir.filePath(QStringLiteral("coco.json")),
        "{\"images\":[{\"id\":1,\"file_name\":\"000123\",\"width\":64,\"height\":48}],"
        "\"categories\":[{\"id\":1,\"name\":\"cat\"}],\"annotations\":[{\"id\":1,\"image_id\":1,"
        "\"category_id\":1,\"bbox\":[1,2,10,12]}]}");
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    std::unique_ptr<Format> coco = FormatRegistry::make(QStringLiteral("coco"));
    FormatReport report;
    QVERIFY2(ImportJob::read(*coco, *store, dir.filePath(QStringLiteral("coco.json")), report, {}),
             qPrintable(coco->errorString()));
    QCOMPARE(report.missingMedia, 0);
    const Asset asset = *store->asset(store->assetIds().constFirst());
    QVERIFY(!FormatSupport::isMediaMissing(asset));
    QVERIFY(store->absolutePath(asset).endsWith(QLatin1String("000123.jpg")));
}

void TestMissingMedia::aFifoIsStillRefused()
{
    // Not on disk is missing media; a FIFO or a symlink loop where the image should be is not.
    QTemporaryDir dir;
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("b.png")),
                        dir.filePath(QStringLiteral("a.png"))));
    QVERIFY(QFile::link(dir.filePath(QStringLiteral("a.png")),
                        dir.filePath(QStringLiteral("b.png"))));
    put(dir.filePath(QStringLiteral("a.json")),
        "{\"shapes\":[],\"imagePath\":\"a.png\",\"imageHeight\":48,\"imageWidth\":64}");
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    std::unique_ptr<Format> labelme = FormatRegistry::make(QStringLiteral("labelme"));
    FormatReport report;
    QVERIFY(!ImportJob::read(*labelme, *store, dir.filePath(QStringLiteral("a.json")), report, {}));
    QVERIFY2(labelme->errorString().contains(QLatin1String("a.png")),
             qPrintable(labelme->errorString()));
    QCOMPARE(store->assetCount(), 0);
}

void TestMissingMedia::relinkFindsMissingAndMovedFiles()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
    // Two images imported while missing (same name in train/ and val/), one present that then
    // moves away under another name.
    put(dir.filePath(QStringLiteral("data/coco.json")),
        "{\"images\":[{\"id\":1,\"file_name\":\"train/0001.png\",\"width\":64,\"height\":48},"
        "{\"id\":2,\"file_name\":\"val/0001.png\",\"width\":64,\"height\":48},"
        "{\"id\":3,\"file_name\":\"here.png\",\"width\":64,\"height\":48}],"
        "\"categories\":[{\"id\":1,\"name\":\"cat\"}],\"annotations\":[{\"id\":1,\"image_id\":1,"
        "\"category_id\":1,\"bbox\":[1,2,10,12]}]}");
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("data/here.png")), 9));
    std::unique_ptr<Format> coco = FormatRegistry::make(QStringLiteral("coco"));
    FormatReport report;
    QVERIFY2(ImportJob::read(*coco, *store, dir.filePath(QStringLiteral("data/coco.json")), report,
                             {}),
             qPrintable(coco->errorString()));
    QCOMPARE(report.missingMedia, 2);
    QDir().mkpath(dir.filePath(QStringLiteral("found/val")));
    QDir().mkpath(dir.filePath(QStringLiteral("found/train")));
    QVERIFY(QFile::rename(dir.filePath(QStringLiteral("data/here.png")),
                          dir.filePath(QStringLiteral("found/renamed.png"))));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("found/train/0001.png")), 1));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("found/val/0001.png")), 2,
                             QSize(32, 24))); // not the size the dataset declared
    QCOMPARE(MediaRelink::missingAssets(*store).size(), 3);

    MediaRelink::Report relinked;
    QVERIFY2(MediaRelink::relink(*store, {dir.filePath(QStringLiteral("found"))}, &relinked, {},
                                 &error),
             qPrintable(error));
    QCOMPARE(relinked.missing, 3);
    QCOMPARE(relinked.relinked, 3);
    QVERIFY(MediaRelink::missingAssets(*store).isEmpty());
    QCOMPARE(relinked.notes.size(), 1); // the val image's size
    QVERIFY2(relinked.notes.first().contains(QStringLiteral("32×24")),
             qPrintable(relinked.notes.first()));
    for (qint64 id : store->assetIds()) {
        const Asset a = *store->asset(id);
        const QString path = store->absolutePath(a);
        QVERIFY2(QFileInfo(path).isFile(), qPrintable(path));
        QCOMPARE(a.sha256, QString::fromLatin1(Test::fileHash(path).toHex()));
        if (a.name.startsWith(QLatin1String("train/")))
            QVERIFY2(path.endsWith(QLatin1String("found/train/0001.png")), qPrintable(path));
        if (a.name.startsWith(QLatin1String("val/")))
            QVERIFY2(path.endsWith(QLatin1String("found/val/0001.png")), qPrintable(path));
        if (a.name == QLatin1String("here.png"))
            QVERIFY2(path.endsWith(QLatin1String("found/renamed.png")), qPrintable(path));
    }
    // The annotations stayed with their asset.
    QCOMPARE(store->annotationCount(), 1);
}

void TestMissingMedia::relinkFromTheCommandLine()
{
    const QString cli = qEnvironmentVariable("TESSERA_CLI");
    QVERIFY2(QFileInfo::exists(cli), "TESSERA_CLI must name tessera-cli");
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("p.tessera"));
    put(dir.filePath(QStringLiteral("data/coco.json")),
        "{\"images\":[{\"id\":1,\"file_name\":\"gone.png\",\"width\":64,\"height\":48}],"
        "\"categories\":[{\"id\":1,\"name\":\"cat\"}],\"annotations\":[{\"id\":1,\"image_id\":1,"
        "\"category_id\":1,\"bbox\":[1,2,10,12]}]}");
    auto run = [&](const QStringList &args, QByteArray *out) {
        QProcess p;
        p.start(cli, args);
        p.waitForFinished(60000);
        *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray out;
    QCOMPARE(run({QStringLiteral("init"), project}, &out), 0);
    QCOMPARE(run({QStringLiteral("import"), project, QStringLiteral("--format"),
                  QStringLiteral("coco"), dir.filePath(QStringLiteral("data/coco.json"))},
                 &out),
             0);
    QVERIFY2(out.contains("gone.png: image file not found"), out.constData());
    QDir().mkpath(dir.filePath(QStringLiteral("elsewhere")));
    QCOMPARE(run({QStringLiteral("relink"), project, dir.filePath(QStringLiteral("elsewhere"))},
                 &out),
             1);
    QVERIFY2(out.contains("1 image(s) still missing"), out.constData());
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("elsewhere/gone.png")), 3));
    QCOMPARE(run({QStringLiteral("relink"), project, dir.filePath(QStringLiteral("elsewhere"))},
                 &out),
             0);
    QVERIFY2(out.contains("Relinked 1 of 1"), out.constData());
    QCOMPARE(
            run({QStringLiteral("relink"), project, dir.filePath(QStringLiteral("nowhere"))}, &out),
            1);
    QVERIFY2(out.contains("nowhere: not a folder"), out.constData());
}

QTEST_GUILESS_MAIN(TestMissingMedia)
#include "tst_missingmedia.moc"
