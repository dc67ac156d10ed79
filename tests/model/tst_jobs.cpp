// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "jobs/addimagesjob.h"
#include "jobs/addtextjob.h"
#include "jobs/projectlocator.h"
#include "prelabel/imagedecoder.h"
#include "prelabel/rowsource.h"
#include "prelabel/tilecache.h"
#include "store/projectstore.h"
#include "testhelpers.h"
#include "tiffwriter.h"

#include <QDir>
#include <QImageReader>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <QtEndian>
#include <atomic>
#include <cstring>

using namespace Tessera;

namespace {

// A PNG whose header claims 100000 x 100000 pixels and whose data is a few bytes: reading the
// header must not allocate for the claimed size.
QByteArray hugePngHeader()
{
    return Test::lyingPngHeader();
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsImagesSkipsDuplicatesReportsBadFiles();
    void secondScanSkipsKnownPathsWithoutReading();
    void cancelStopsBetweenChunks();
    void hugeHeaderDoesNotAllocate();
    void addsTextAndComparisons();
    void canceledTextJobAddsNothing();
    void textFolderAddsItsTextFilesInNameOrder();
    void locatesWhatUsersOpen();
    void regionDecodeMatchesAFullDecode();
    void tileCacheComposesRegionsAfterOnePass();
    void pngAndTiffStreamIntoOverviewAndTiles_data();
    void pngAndTiffStreamIntoOverviewAndTiles();
    void tilePassReportsTheOverviewAsItGrows();
    void tiffPyramidLevelIsFound_data();
    void tiffPyramidLevelIsFound();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
};

void TestJobs::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("j.tessera")), &error);
    QVERIFY(m_store);
}

void TestJobs::cleanup()
{
    m_store.reset();
    delete m_dir;
}

void TestJobs::addsImagesSkipsDuplicatesReportsBadFiles()
{
    QDir dir(m_dir->path());
    dir.mkpath(QStringLiteral("imgs/sub"));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("imgs/img2.png")), 1));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("imgs/img10.png")), 2));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("imgs/sub/deep.jpg")), 3, QSize(30, 20)));
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("imgs/img2.png")),
                        dir.filePath(QStringLiteral("imgs/copy-of-img2.png"))));
    QFile bad(dir.filePath(QStringLiteral("imgs/broken.jpg")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("this is not a jpeg");
    bad.close();
    QFile notImage(dir.filePath(QStringLiteral("imgs/readme.txt")));
    QVERIFY(notImage.open(QIODevice::WriteOnly));
    notImage.close();

    qint64 lastDone = 0, lastTotal = 0;
    JobControl control;
    control.progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        lastTotal = total;
    };
    const AddReport report
            = AddImagesJob::run(*m_store, {dir.filePath(QStringLiteral("imgs"))}, control);
    QCOMPARE(report.added, 3);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(report.errors.size(), 1);
    QVERIFY2(report.errors[0].contains(QStringLiteral("broken.jpg")), qPrintable(report.errors[0]));
    QCOMPARE(lastDone, lastTotal);
    // Natural order: img2 before img10; paths relative to the project folder.
    const QList<Asset> assets = m_store->assetPage({}, 0, 10);
    QStringList paths;
    for (const Asset &a : assets)
        paths.append(a.path);
    QCOMPARE(paths.indexOf(QStringLiteral("imgs/img2.png"))
                     < paths.indexOf(QStringLiteral("imgs/img10.png")),
             true);
    QVERIFY(paths.contains(QStringLiteral("imgs/sub/deep.jpg")));
    const Asset deep = *m_store->assetByPath(QStringLiteral("imgs/sub/deep.jpg"));
    QCOMPARE(deep.width, 30);
    QCOMPARE(deep.height, 20);
    QCOMPARE(deep.sha256.size(), 64);
}

void TestJobs::secondScanSkipsKnownPathsWithoutReading()
{
    QDir dir(m_dir->path());
    for (int i = 0; i < 5; ++i)
        QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("i%1.png").arg(i)), i));
    QCOMPARE(AddImagesJob::run(*m_store, {m_dir->path()}).added, 5);
    // Wreck a known file: a rescan that read it again would report it or add it anew.
    QFile known(dir.filePath(QStringLiteral("i0.png")));
    QVERIFY(known.open(QIODevice::WriteOnly));
    known.write("garbage");
    known.close();
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("new.png")), 99));
    const AddReport again = AddImagesJob::run(*m_store, {m_dir->path()});
    QCOMPARE(again.added, 1);
    QCOMPARE(again.skipped, 5);
    QVERIFY(again.errors.isEmpty());
}

void TestJobs::cancelStopsBetweenChunks()
{
    QDir dir(m_dir->path());
    for (int i = 0; i < 300; ++i)
        QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("c%1.png").arg(i)), i, QSize(8, 8)));
    std::atomic_bool cancel{false};
    JobControl control;
    control.cancel = &cancel;
    control.progress = [&cancel](qint64, qint64) {
        cancel = true;
    };
    const AddReport report = AddImagesJob::run(*m_store, {m_dir->path()}, control);
    QVERIFY(report.canceled);
    QCOMPARE(report.added, 256); // the first chunk was committed, nothing after it
    QCOMPARE(m_store->assetCount(), 256);
}

void TestJobs::hugeHeaderDoesNotAllocate()
{
    const QString path = m_dir->filePath(QStringLiteral("huge.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(hugePngHeader());
    file.close();
    const AddReport report = AddImagesJob::run(*m_store, {path});
    // Either recorded with its claimed size or refused with a message; never a crash.
    if (report.added == 1) {
        const Asset a = *m_store->assetByPath(QStringLiteral("huge.png"));
        QCOMPARE(a.width, 100000);
        QCOMPARE(a.height, 100000);
    } else {
        QCOMPARE(report.errors.size(), 1);
        QVERIFY(report.errors[0].contains(QStringLiteral("huge.png")));
    }
    // Decoding for display fails cleanly, naming the file.
    QString error;
    const QImage image = ImageDecoder::decodeReduced(path, 8, &error);
    QVERIFY(image.isNull());
    QVERIFY2(error.contains(QStringLiteral("huge.png")), qPrintable(error));
}

void TestJobs::addsTextAndComparisons()
{
    const QString txt = m_dir->filePath(QStringLiteral("doc.txt"));
    const QString jsonl = m_dir->filePath(QStringLiteral("items.jsonl"));
    QFile t(txt);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write("\xEF\xBB\xBFHello \xF0\x9F\x99\x82 world\n"); // BOM + emoji
    t.close();
    QFile j(jsonl);
    QVERIFY(j.open(QIODevice::WriteOnly));
    j.write("{\"text\": \"first document\", \"meta\": 1}\n"
            "\n"
            "{\"prompt\": \"Why?\", \"answers\": [\"Because.\", \"No.\"]}\n"
            "{\"prompt\": \"Pick\", \"chosen\": \"good\", \"rejected\": \"bad\"}\n"
            "{\"prompt\": \"lonely\", \"answers\": [\"one\"]}\n"
            "{not json\n"
            "{\"text\": \"first document\", \"meta\": 1}\n");
    j.close();
    QFile latin(m_dir->filePath(QStringLiteral("latin1.txt")));
    QVERIFY(latin.open(QIODevice::WriteOnly));
    latin.write("caf\xE9\n");
    latin.close();
    const AddReport report = AddTextJob::run(*m_store, {txt, jsonl, latin.fileName()});
    QCOMPARE(report.added, 4);
    QCOMPARE(report.duplicates, 1);
    QCOMPARE(report.errors.size(), 3);
    QVERIFY(report.errors[0].contains(QStringLiteral("items.jsonl:5")));
    QVERIFY(report.errors[1].contains(QStringLiteral("items.jsonl:6")));
    QVERIFY(report.errors[2].contains(QStringLiteral("latin1.txt")));
    const Asset doc = *m_store->asset(report.assetIds[0]);
    QCOMPARE(doc.kind, AssetKind::Text);
    QCOMPARE(doc.text, QStringLiteral("Hello 🙂 world\n"));
    const Asset cmp = *m_store->asset(report.assetIds[2]);
    QCOMPARE(cmp.kind, AssetKind::Comparison);
    QCOMPARE(cmp.text, QStringLiteral("Why?"));
    QCOMPARE(cmp.payload.value(QStringLiteral("answers")).toArray().size(), 2);
    const Asset pair = *m_store->asset(report.assetIds[3]);
    QCOMPARE(pair.payload.value(QStringLiteral("answers")).toArray().at(0).toString(),
             QStringLiteral("good"));
}

void TestJobs::canceledTextJobAddsNothing()
{
    const QString first = m_dir->filePath(QStringLiteral("a.jsonl"));
    const QString second = m_dir->filePath(QStringLiteral("b.jsonl"));
    for (const QString &name : {first, second}) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        for (int i = 0; i < 50; ++i)
            f.write(QStringLiteral("{\"text\": \"%1 %2\"}\n").arg(name).arg(i).toUtf8());
    }
    // Canceled after the first file: its 50 records were read, none may stay.
    std::atomic_bool cancel{false};
    JobControl control;
    control.cancel = &cancel;
    control.progress = [&cancel](qint64 done, qint64) {
        cancel = done >= 1;
    };
    const qint64 before = m_store->stats().assets;
    const AddReport report = AddTextJob::run(*m_store, {first, second}, control);
    QVERIFY(report.canceled);
    QCOMPARE(report.added, 0);
    QCOMPARE(m_store->stats().assets, before);
    // Not canceled, both files go in.
    QCOMPARE(AddTextJob::run(*m_store, {first, second}).added, 100);
}

void TestJobs::textFolderAddsItsTextFilesInNameOrder()
{
    QDir dir(m_dir->path());
    QVERIFY(dir.mkpath(QStringLiteral("corpus/sub")));
    auto write = [&dir](const QString &name, const QByteArray &bytes) {
        QFile f(dir.filePath(name));
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    };
    QVERIFY(write(QStringLiteral("corpus/b.txt"), "second"));
    QVERIFY(write(QStringLiteral("corpus/a.txt"), "first"));
    QVERIFY(write(QStringLiteral("corpus/sub/c.jsonl"), "{\"text\": \"third\"}\n"));
    QVERIFY(write(QStringLiteral("corpus/photo.jpg"), "not text"));
    const AddReport report = AddTextJob::run(*m_store, {dir.filePath(QStringLiteral("corpus"))});
    QCOMPARE(report.errors, QStringList());
    QCOMPARE(report.added, 3);
    QStringList texts;
    for (qint64 id : report.assetIds)
        texts.append(m_store->asset(id)->text);
    QCOMPARE(texts, (QStringList{QStringLiteral("first"), QStringLiteral("second"),
                                 QStringLiteral("third")}));
}

void TestJobs::locatesWhatUsersOpen()
{
    QDir dir(m_dir->path());
    dir.mkpath(QStringLiteral("shoot"));
    const QString image = dir.filePath(QStringLiteral("shoot/cat.png"));
    QVERIFY(Test::writeImage(image, 1));

    ProjectLocator::Location folder = ProjectLocator::locate(dir.filePath(QStringLiteral("shoot")));
    QCOMPARE(folder.projectPath, dir.filePath(QStringLiteral("shoot/shoot.tessera")));
    QCOMPARE(folder.sourceFolder, dir.filePath(QStringLiteral("shoot")));
    QVERIFY(!folder.exists);

    ProjectLocator::Location single = ProjectLocator::locate(image);
    QCOMPARE(single.projectPath, dir.filePath(QStringLiteral("shoot/cat.tessera")));
    QCOMPARE(single.sourceFile, image);

    // Once the folder has a project, opening one of its images uses it.
    QString error;
    QVERIFY(ProjectStore::create(folder.projectPath, &error));
    single = ProjectLocator::locate(image);
    QCOMPARE(single.projectPath, folder.projectPath);
    QVERIFY(single.exists);

    QVERIFY(ProjectLocator::locate(m_store->path()).exists);
    QVERIFY(ProjectLocator::locate(dir.filePath(QStringLiteral("nope")))
                    .error.contains(QStringLiteral("nope")));
    // A bundle is unpacked into a new folder named after it, never over an existing one.
    QFile zip(dir.filePath(QStringLiteral("b.zip")));
    QVERIFY(zip.open(QIODevice::WriteOnly));
    zip.close();
    const ProjectLocator::Location bundle = ProjectLocator::locate(zip.fileName());
    QCOMPARE(bundle.bundle, zip.fileName());
    QCOMPARE(bundle.projectPath, dir.filePath(QStringLiteral("b/project.tessera")));
    QVERIFY(!bundle.exists);
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("b")));
    QCOMPARE(ProjectLocator::locate(zip.fileName()).projectPath,
             dir.filePath(QStringLiteral("b-2/project.tessera")));
}

void TestJobs::regionDecodeMatchesAFullDecode()
{
    const QString path = Test::demoImage("coffee.jpg"); // 600x400 baseline JPEG
    QVERIFY(ImageDecoder::canDecodeRegions(path));
    QImageReader reader(path);
    const QImage full = reader.read().convertToFormat(QImage::Format_RGB32);
    QVERIFY(!full.isNull());
    // Odd offsets: the decoder must undo its snap to iMCU boundaries exactly.
    const QRect region(123, 77, 211, 149);
    QString error;
    const QImage part = ImageDecoder::decodeRegion(path, region, 1, &error);
    QVERIFY2(!part.isNull(), qPrintable(error));
    QCOMPARE(part.size(), region.size());
    int worst = 0;
    for (int y = 0; y < part.height(); y += 7)
        for (int x = 0; x < part.width(); x += 7) {
            const QColor a = part.pixelColor(x, y);
            const QColor b = full.pixelColor(region.x() + x, region.y() + y);
            worst = std::max({worst, std::abs(a.red() - b.red()), std::abs(a.green() - b.green()),
                              std::abs(a.blue() - b.blue())});
        }
    QVERIFY2(worst <= 3, qPrintable(QString::number(worst)));
    const QImage half = ImageDecoder::decodeRegion(path, QRect(0, 0, 600, 400), 2, &error);
    QCOMPARE(half.size(), QSize(300, 200));
    QVERIFY(ImageDecoder::decodeRegion(path, QRect(700, 0, 10, 10), 1, &error).isNull());
    QVERIFY(error.contains(QStringLiteral("coffee.jpg")));
    QVERIFY(!ImageDecoder::canDecodeRegions(Test::demoImage("../README.md")));
}

void TestJobs::tileCacheComposesRegionsAfterOnePass()
{
    // 1300x900 makes tiles of three sizes (full, cut at the right, cut at the bottom).
    QImage source(1300, 900, QImage::Format_RGB32);
    for (int y = 0; y < source.height(); ++y)
        for (int x = 0; x < source.width(); ++x)
            source.setPixel(x, y, qRgb((x / 4) % 256, (y / 4) % 256, 128));
    const QString path = m_dir->filePath(QStringLiteral("tiles.jpg"));
    QVERIFY(source.save(path, "jpg", 95));
    TileCache tiles(path);
    QVERIFY(tiles.region(QRect(0, 0, 10, 10)).isNull()); // nothing before the pass
    std::atomic_bool cancel{false};
    QVERIFY2(tiles.build(cancel), qPrintable(tiles.error()));
    QVERIFY(tiles.isReady());
    QCOMPARE(tiles.imageSize(), QSize(1300, 900));
    QVERIFY(tiles.compressedBytes() > 0);
    const QRect across(500, 480, 300, 100); // spans four tiles
    const QImage part = tiles.region(across);
    QCOMPARE(part.size(), across.size());
    int worst = 0;
    for (int y = 0; y < part.height(); y += 9)
        for (int x = 0; x < part.width(); x += 9) {
            const QColor a = part.pixelColor(x, y);
            const QColor b = source.pixelColor(across.x() + x, across.y() + y);
            worst = std::max({worst, std::abs(a.red() - b.red()), std::abs(a.green() - b.green())});
        }
    QVERIFY2(worst <= 10, qPrintable(QString::number(worst))); // two JPEG generations
    std::atomic_bool stop{true};
    TileCache canceled(path);
    QVERIFY(!canceled.build(stop));
    QVERIFY(!canceled.isReady());
}

void TestJobs::pngAndTiffStreamIntoOverviewAndTiles_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("png") << QStringLiteral("png");
    QTest::newRow("png-gray") << QStringLiteral("png-gray"); // through libpng's own expansion
    QTest::newRow("tiled-tiff") << QStringLiteral("tiled-tiff");
    QTest::newRow("stripped-tiff") << QStringLiteral("stripped-tiff");
}

void TestJobs::pngAndTiffStreamIntoOverviewAndTiles()
{
    QFETCH(QString, format);
    QImage source(1100, 700, QImage::Format_RGB32);
    for (int y = 0; y < source.height(); ++y)
        for (int x = 0; x < source.width(); ++x)
            source.setPixel(x, y, qRgb((x / 3) % 256, (y / 2) % 256, (x + y) % 200));
    const bool png = format.startsWith(QLatin1String("png"));
    if (format == QLatin1String("png-gray"))
        source = source.convertToFormat(QImage::Format_Grayscale8)
                         .convertToFormat(QImage::Format_RGB32);
    const QString path = m_dir->filePath(QStringLiteral("big%1.").arg(format)
                                         + (png ? QStringLiteral("png") : QStringLiteral("tif")));
    if (format == QLatin1String("png-gray"))
        QVERIFY(source.convertToFormat(QImage::Format_Grayscale8).save(path, "png"));
    else if (png)
        QVERIFY(source.save(path, "png"));
    else
        QVERIFY(Test::writeTiff(path, source, format == QLatin1String("tiled-tiff") ? 256 : 0));
    TileCache tiles(path);
    tiles.setOverviewFactor(4);
    std::atomic_bool cancel{false};
    QVERIFY2(tiles.build(cancel), qPrintable(tiles.error()));
    QCOMPARE(tiles.imageSize(), source.size());
    // The overview averages 4x4 blocks.
    const QImage overview = tiles.overview();
    QCOMPARE(overview.size(), QSize(275, 175));
    const QColor centre = overview.pixelColor(100, 60);
    int r = 0, g = 0;
    for (int y = 0; y < 4; ++y)
        for (int x = 0; x < 4; ++x) {
            r += qRed(source.pixel(400 + x, 240 + y));
            g += qGreen(source.pixel(400 + x, 240 + y));
        }
    QVERIFY(std::abs(centre.red() - r / 16) <= 1 && std::abs(centre.green() - g / 16) <= 1);
    // Full-resolution tiles (JPEG-compressed in memory) match the lossless source closely.
    const QRect across(480, 300, 200, 150);
    const QImage part = tiles.region(across);
    int worst = 0;
    for (int y = 0; y < part.height(); y += 7)
        for (int x = 0; x < part.width(); x += 7) {
            const QColor a = part.pixelColor(x, y);
            const QColor b = source.pixelColor(across.x() + x, across.y() + y);
            worst = std::max({worst, std::abs(a.red() - b.red()), std::abs(a.green() - b.green())});
        }
    QVERIFY2(worst <= 12, qPrintable(QString::number(worst)));
}

void TestJobs::tilePassReportsTheOverviewAsItGrows()
{
    // 700x1300 rows: three bands of 512, so two reports come before the pass ends.
    QImage source(700, 1300, QImage::Format_RGB32);
    for (int y = 0; y < source.height(); ++y)
        for (int x = 0; x < source.width(); ++x)
            source.setPixel(x, y, qRgb(y % 256, (x / 2) % 256, 77));
    const QString path = m_dir->filePath(QStringLiteral("grows.png"));
    QVERIFY(source.save(path, "png"));
    TileCache tiles(path);
    tiles.setOverviewFactor(4);
    QList<QImage> partials;
    QList<int> rows;
    tiles.setProgress(
            [&](const QImage &overview, int rowsRead) {
                partials.append(overview.copy()); // the pass goes on writing into its own
                rows.append(rowsRead);
            },
            0);
    std::atomic_bool cancel{false};
    QVERIFY2(tiles.build(cancel), qPrintable(tiles.error()));
    QCOMPARE(rows, (QList<int>{128, 256})); // bands end at rows 512 and 1024, a quarter of it
    const QImage whole = tiles.overview();
    QCOMPARE(whole.size(), QSize(175, 325));
    // Every row reported as read is final: it equals the finished overview's row.
    for (int i = 0; i < partials.size(); ++i)
        for (int y = 0; y < rows[i]; y += 5)
            QVERIFY(std::memcmp(partials[i].constScanLine(y), whole.constScanLine(y),
                                size_t(whole.width()) * 4)
                    == 0);
}

void TestJobs::tiffPyramidLevelIsFound_data()
{
    QTest::addColumn<bool>("subIfds");
    QTest::newRow("reduced-image directories") << false;
    QTest::newRow("subifds") << true;
}

void TestJobs::tiffPyramidLevelIsFound()
{
    QFETCH(bool, subIfds);
    QImage source(1600, 1200, QImage::Format_RGB32);
    for (int y = 0; y < source.height(); ++y)
        for (int x = 0; x < source.width(); ++x)
            source.setPixel(x, y, qRgb(x < 800 ? 220 : 20, (y / 5) % 256, 60));
    const QString path
            = m_dir->filePath(subIfds ? QStringLiteral("sub.tif") : QStringLiteral("pyramid.tif"));
    QVERIFY(Test::writeTiff(path, source, 256, {2, 4, 8}, subIfds));
    // The smallest level with a side of at least 300 pixels: 400x300.
    const QImage level = readTiffPyramidLevel(path, 300);
    QCOMPARE(level.size(), QSize(400, 300));
    QVERIFY(std::abs(qRed(level.pixel(100, 150)) - 220) <= 3);
    QVERIFY(std::abs(qRed(level.pixel(300, 150)) - 20) <= 3);
    QVERIFY(std::abs(qGreen(level.pixel(100, 200)) - qGreen(source.pixel(400, 800))) <= 4);
    QCOMPARE(readTiffPyramidLevel(path, 700).size(), QSize(800, 600));
    QVERIFY(readTiffPyramidLevel(path, 1000).isNull()); // only the full image is that big
    // The full image alone is read in rows as before.
    QString error;
    QVERIFY2(RowSource::open(path, &error), qPrintable(error));
    QCOMPARE(RowSource::open(path, &error)->size(), QSize(1600, 1200));
    // Files without a pyramid have none.
    const QString flat = m_dir->filePath(QStringLiteral("flat.tif"));
    QVERIFY(Test::writeTiff(flat, source, 256));
    QVERIFY(readTiffPyramidLevel(flat, 300).isNull());
    const QString png = m_dir->filePath(QStringLiteral("flat.png"));
    QVERIFY(source.save(png));
    QVERIFY(readTiffPyramidLevel(png, 300).isNull());
    // Reduced reads (thumbnails of images Qt will not hold): from the pyramid when there is
    // one, else rows averaged in 6x6 blocks (1600 / 300 rounded up).
    for (const QString &file : {path, flat, png}) {
        QString readError;
        const QImage small = readReducedByRows(file, 300, &readError);
        QVERIFY2(!small.isNull(), qPrintable(readError));
        QVERIFY2(std::max(small.width(), small.height()) <= 300, qPrintable(file));
        QVERIFY(std::max(small.width(), small.height()) >= 260);
        QVERIFY(std::abs(qRed(small.pixel(small.width() / 4, small.height() / 2)) - 220) <= 3);
        QVERIFY(std::abs(qRed(small.pixel(small.width() * 3 / 4, small.height() / 2)) - 20) <= 3);
    }
    QCOMPARE(readReducedByRows(flat, 300, &error).size(), QSize(266, 200));
    const QString broken = m_dir->filePath(QStringLiteral("broken.tif"));
    QFile::copy(flat, broken);
    QFile cut(broken);
    QVERIFY(cut.resize(cut.size() / 2));
    error.clear();
    QVERIFY(readReducedByRows(broken, 300, &error).isNull());
    QVERIFY2(error.contains(QStringLiteral("broken.tif")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
