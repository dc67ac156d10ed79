// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "guibench.h"

#include "storebench.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace Tessera::Bench {

namespace {

// Drops the files' pages from the page cache (they are clean, so the kernel can), which is what
// a first import after a reboot or of a freshly copied card meets. No root needed.
void evict(const QStringList &files)
{
    for (const QString &file : files) {
        const int fd = ::open(QFile::encodeName(file).constData(), O_RDONLY);
        if (fd < 0)
            continue;
        ::fdatasync(fd);
        ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
        ::close(fd);
    }
}

// labelme JSON beside nothing: each names its image in the folder by a relative path.
QString labelmeFolder(const QString &work, const QString &images, const QStringList &files)
{
    const QString folder = work + QStringLiteral("/labelme%1").arg(files.size());
    QDir().mkpath(folder);
    const QString relative = QDir(folder).relativeFilePath(images);
    for (const QString &file : files) {
        const QString name = QFileInfo(file).completeBaseName();
        const QString json = folder + QLatin1Char('/') + name + QStringLiteral(".json");
        if (QFileInfo::exists(json))
            continue;
        QFile out(json);
        if (!out.open(QIODevice::WriteOnly))
            continue;
        out.write(QStringLiteral("{\"version\":\"5.1.1\",\"flags\":{},\"shapes\":[{\"label\":"
                                 "\"cat\",\"points\":[[10,10],[200,150]],\"group_id\":null,"
                                 "\"shape_type\":\"rectangle\",\"flags\":{}}],\"imagePath\":"
                                 "\"%1/%2\",\"imageData\":null,\"imageHeight\":1080,"
                                 "\"imageWidth\":1920}")
                          .arg(relative, QFileInfo(file).fileName())
                          .toUtf8());
    }
    return folder;
}

void removeProject(const QString &project)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(project + QLatin1String(suffix));
}

} // namespace

bool importFigures(const QString &cli, const QString &folder, const QString &work, int runs)
{
    QStringList files;
    QDirIterator it(folder, {QStringLiteral("*.jpg")}, QDir::Files);
    while (it.hasNext())
        files.append(it.next());
    files.sort();
    const QString project = work + QStringLiteral("/import.tessera");
    const QString cat = QStringLiteral("/bin/sh");
    const QStringList catArgs{QStringLiteral("-c"), QStringLiteral("cat \"$0\"/*.jpg > /dev/null"),
                              folder};
    auto fresh = [&]() {
        removeProject(project);
        return runTimed(cli, {QStringLiteral("init"), project}).status == 0;
    };
    QList<double> cold, coldCat, warm, warmCat, rescan;
    for (int run = 0; run < runs; ++run) {
        evict(files);
        coldCat.append(runTimed(cat, catArgs).seconds);
        evict(files);
        if (!fresh())
            return false;
        const RunResult c = runTimed(cli, {QStringLiteral("add-images"), project, folder});
        warmCat.append(runTimed(cat, catArgs).seconds);
        if (!fresh())
            return false;
        const RunResult w = runTimed(cli, {QStringLiteral("add-images"), project, folder});
        const RunResult again = runTimed(cli, {QStringLiteral("add-images"), project, folder});
        if (c.status != 0 || w.status != 0 || again.status != 0) {
            std::fprintf(stderr, "add-images failed\n");
            return false;
        }
        cold.append(c.seconds);
        warm.append(w.seconds);
        rescan.append(again.seconds);
    }
    const double n = files.size();
    report("import.files", n, "images");
    report(
            "import.folder_bytes",
            [&files]() {
                qint64 total = 0;
                for (const QString &f : files)
                    total += QFileInfo(f).size();
                return total / 1048576.0;
            }(),
            "MiB");
    report("import.add_images_cold", median(cold), "s");
    report("import.add_images_cold_rate", n / median(cold), "images/s");
    report("import.cat_cold", median(coldCat), "s");
    report("import.add_images_warm", median(warm), "s");
    report("import.add_images_warm_rate", n / median(warm), "images/s");
    report("import.cat_warm", median(warmCat), "s");
    report("import.rescan", median(rescan), "s");

    // labelme annotations for every image: into the project that has the images (their digests
    // are remembered: no image is read for its hash), and into a fresh one (each is hashed).
    const QString labelme = labelmeFolder(work, folder, files);
    QList<double> known, unknown;
    const QString withImages = work + QStringLiteral("/import-labelme.tessera");
    for (int run = 0; run < runs; ++run) {
        removeProject(withImages);
        runTimed(cli, {QStringLiteral("init"), withImages});
        runTimed(cli, {QStringLiteral("add-images"), withImages, folder});
        const RunResult k
                = runTimed(cli, {QStringLiteral("import"), withImages, QStringLiteral("--format"),
                                 QStringLiteral("labelme"), labelme});
        if (!fresh())
            return false;
        const RunResult u
                = runTimed(cli, {QStringLiteral("import"), project, QStringLiteral("--format"),
                                 QStringLiteral("labelme"), labelme});
        if (k.status != 0 || u.status != 0) {
            std::fprintf(stderr, "labelme import failed\n");
            return false;
        }
        known.append(k.seconds);
        unknown.append(u.seconds);
    }
    report("import.labelme_images_known", median(known), "s");
    report("import.labelme_images_new", median(unknown), "s");
    removeProject(project);
    removeProject(withImages);
    return true;
}

int importBench(const QStringList &args)
{
    QCommandLineParser parser;
    addFolderOptions(parser, QStringLiteral("3"));
    parser.parse(QStringList{QStringLiteral("import")} + args);
    const QString work = parser.value(QStringLiteral("work"));
    const QString folder = jpegFolder(work, parser.value(QStringLiteral("images")).toInt());
    return importFigures(QStringLiteral(TESSERA_CLI_PATH), folder, work,
                         parser.value(QStringLiteral("runs")).toInt())
                   ? 0
                   : 1;
}

} // namespace Tessera::Bench
