// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "guibench.h"

#include "storebench.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QtConcurrent/QtConcurrentMap>

#include <cstdio>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Tessera::Bench {

namespace {

void makeJpeg(const QString &path, int seed);

} // namespace

// fork/exec/wait4 rather than QProcess: wait4 returns the child's own peak memory.
RunResult runTimed(const QString &program, const QStringList &args)
{
    QList<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    QElapsedTimer timer;
    timer.start();
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    RunResult r;
    r.seconds = timer.nsecsElapsed() / 1e9;
    r.peakMiB = usage.ru_maxrss / 1024.0;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

namespace {

void makeJpeg(const QString &path, int seed)
{
    QImage image(1920, 1080, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 1920, 1080);
    gradient.setColorAt(0, QColor::fromHsv(seed * 13 % 360, 180, 220));
    gradient.setColorAt(1, QColor::fromHsv(seed * 29 % 360, 200, 90));
    painter.fillRect(image.rect(), gradient);
    painter.setPen(Qt::white);
    for (int i = 0; i < 40; ++i)
        painter.drawEllipse(QPoint((seed * 97 + i * 311) % 1920, (seed * 53 + i * 197) % 1080), 60,
                            40);
    painter.end();
    image.save(path, "jpg", 85);
}

} // namespace

int guiBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("images"), QStringLiteral("JPEGs in the folder."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Folder for the data (kept)."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/tessera-bench")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.parse(QStringList{QStringLiteral("gui")} + args);
    const int count = parser.value(QStringLiteral("images")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QString work = parser.value(QStringLiteral("work"));
    const QString folder = work + QStringLiteral("/folder%1").arg(count);
    QDir().mkpath(folder);
    QStringList missing;
    for (int i = 0; i < count; ++i) {
        const QString file = folder + QStringLiteral("/img_%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
        if (!QFileInfo::exists(file))
            missing.append(file);
    }
    if (!missing.isEmpty()) {
        std::fprintf(stderr, "making %lld 1080p JPEGs in %s\n",
                     static_cast<long long>(missing.size()), qPrintable(folder));
        QtConcurrent::blockingMap(
                missing, [&missing](const QString &f) { makeJpeg(f, int(missing.indexOf(f))); });
    }
    const QString gui = QStringLiteral(TESSERA_GUI_PATH);
    const QString cli = QStringLiteral(TESSERA_CLI_PATH);
    const QString shot = work + QStringLiteral("/shot.png");
    const QDir dir(folder);
    const QString folderProject = dir.filePath(dir.dirName() + QStringLiteral(".tessera"));
    setenv("QT_QPA_PLATFORM", "offscreen", 0);

    // First import: a fresh project each run, images hashed and added.
    QList<double> imports;
    for (int run = 0; run < std::min(runs, 3); ++run) {
        QFile::remove(folderProject);
        runTimed(cli, {QStringLiteral("init"), folderProject});
        const RunResult r = runTimed(cli, {QStringLiteral("add-images"), folderProject, folder});
        imports.append(r.seconds);
    }
    report("gui.first_import_folder", median(imports), "s");

    QList<double> opens, peaks;
    for (int run = 0; run < runs; ++run) {
        const RunResult r = runTimed(gui, {folder, QStringLiteral("--screenshot"), shot});
        if (r.status != 0) {
            std::fprintf(stderr, "tessera failed with status %d\n", r.status);
            return 1;
        }
        opens.append(r.seconds * 1000);
        peaks.append(r.peakMiB);
    }
    report("gui.open_folder_to_first_paint", median(opens), "ms");
    report("gui.open_folder_peak_rss", median(peaks), "MiB");

    const QString big = work + QStringLiteral("/big100k.tessera");
    if (!QFileInfo::exists(big)) {
        const QString image = folder + QStringLiteral("/img_000000.jpg");
        storeBench({QStringLiteral("--assets"), QStringLiteral("100000"),
                    QStringLiteral("--annotations"), QStringLiteral("1000000"),
                    QStringLiteral("--keep"), big, QStringLiteral("--image"), image});
    }
    opens.clear();
    peaks.clear();
    for (int run = 0; run < runs; ++run) {
        const RunResult r = runTimed(gui, {big, QStringLiteral("--screenshot"), shot});
        if (r.status != 0) {
            std::fprintf(stderr, "tessera failed with status %d\n", r.status);
            return 1;
        }
        opens.append(r.seconds * 1000);
        peaks.append(r.peakMiB);
    }
    report("gui.open_100k_project_to_first_paint", median(opens), "ms");
    report("gui.open_100k_project_peak_rss", median(peaks), "MiB");
    return 0;
}

} // namespace Tessera::Bench
