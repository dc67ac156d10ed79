// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "formatsbench.h"

#include "guibench.h"
#include "storebench.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace Tessera::Bench {

int formatsBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("work"), QStringLiteral("Folder for the data (kept)."),
                      QStringLiteral("DIR"),
                      QDir::tempPath() + QStringLiteral("/tessera-bench/formats")});
    parser.parse(QStringList{QStringLiteral("formats")} + args);
    const QDir work(parser.value(QStringLiteral("work")));
    QDir().mkpath(work.path());
    const QString cli = QStringLiteral(TESSERA_CLI_PATH);
    const QString project = work.filePath(QStringLiteral("source.tessera"));
    if (!QFileInfo::exists(project))
        storeBench({QStringLiteral("--keep"), project});

    const QString cocoOut = work.filePath(QStringLiteral("coco"));
    QDir(cocoOut).removeRecursively();
    // The annotations only: the bench's project has no image files to link.
    const QStringList noImages{QStringLiteral("--option"), QStringLiteral("images=none")};
    RunResult r
            = runTimed(cli, QStringList{QStringLiteral("export"), project,
                                        QStringLiteral("--format"), QStringLiteral("coco"), cocoOut}
                                    + noImages);
    report("formats.coco_export_1M_boxes", r.seconds, "s");
    report("formats.coco_export_peak_rss", r.peakMiB, "MiB");
    const QString json = cocoOut + QStringLiteral("/annotations/instances_default.json");
    const double jsonMiB = QFileInfo(json).size() / 1048576.0;
    report("formats.coco_file_size", jsonMiB, "MiB");

    const QString yoloOut = work.filePath(QStringLiteral("yolo"));
    QDir(yoloOut).removeRecursively();
    r = runTimed(cli, QStringList{QStringLiteral("export"), project, QStringLiteral("--format"),
                                  QStringLiteral("yolo"), yoloOut}
                              + noImages);
    report("formats.yolo_export_100k_files", r.seconds, "s");

    // The import needs the images the JSON names: tiny distinct files, made once.
    QDir images(cocoOut + QStringLiteral("/images"));
    images.mkpath(QStringLiteral("."));
    for (int i = 0; i < 100000; ++i) {
        const QString name
                = images.filePath(QStringLiteral("%1.jpg").arg(i, 6, 10, QLatin1Char('0')));
        QFile f(name);
        if (!f.exists() && f.open(QIODevice::WriteOnly))
            f.write(QByteArray::number(i));
    }
    const QString target = work.filePath(QStringLiteral("imported.tessera"));
    QFile::remove(target);
    runTimed(cli, {QStringLiteral("init"), target});
    r = runTimed(cli, {QStringLiteral("import"), target, QStringLiteral("--format"),
                       QStringLiteral("coco"), json});
    if (r.status != 0)
        std::fprintf(stderr, "import failed with status %d\n", r.status);
    report("formats.coco_import_1M_boxes", r.seconds, "s");
    report("formats.coco_import_peak_rss", r.peakMiB, "MiB");
    report("formats.coco_import_peak_per_file_size", r.peakMiB / jsonMiB, "x");

    // The same file again (merge, the default): every annotation is matched, nothing changes.
    r = runTimed(cli, {QStringLiteral("import"), target, QStringLiteral("--format"),
                       QStringLiteral("coco"), json});
    if (r.status != 0)
        std::fprintf(stderr, "re-import failed with status %d\n", r.status);
    report("formats.coco_reimport_unchanged_1M_boxes", r.seconds, "s");
    report("formats.coco_reimport_peak_rss", r.peakMiB, "MiB");
    return 0;
}

} // namespace Tessera::Bench
