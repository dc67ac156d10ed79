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
#include <ctime>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace Tessera::Bench {

namespace {

void makeJpeg(const QString &path, int seed);

} // namespace

namespace {

qint64 monotonicNs()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000LL + now.tv_nsec;
}

} // namespace

// fork/exec/wait4 rather than QProcess: wait4 returns the child's own peak memory, and the
// clock starts before the fork, so the process's whole life counts (not from its main()).
RunResult runTimed(const QString &program, const QStringList &args)
{
    QList<QByteArray> storage{program.toLocal8Bit()};
    for (const QString &a : args)
        storage.append(a.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);
    const QString marksFile
            = QDir::tempPath() + QStringLiteral("/tessera-bench-marks-%1").arg(getpid());
    QFile::remove(marksFile);
    setenv("TESSERA_TIMES", marksFile.toLocal8Bit().constData(), 1);
    const qint64 start = monotonicNs();
    const pid_t pid = fork();
    if (pid == 0) {
        execv(argv[0], argv.data());
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    RunResult r;
    r.seconds = (monotonicNs() - start) / 1e9;
    // A forked child's ru_maxrss includes the parent's memory at the fork: the child's own
    // VmHWM, when it writes one to the marks, replaces it.
    r.peakMiB = usage.ru_maxrss / 1024.0;
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    unsetenv("TESSERA_TIMES");
    QFile file(marksFile);
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : file.readAll().split('\n')) {
            const int space = line.lastIndexOf(' ');
            if (space <= 0)
                continue;
            const QString what = QString::fromUtf8(line.left(space));
            const qint64 value = line.mid(space + 1).toLongLong();
            if (what == QLatin1String("peak_rss_kib"))
                r.peakMiB = value / 1024.0; // the process's own, not wait4()'s (see below)
            else
                r.marks.insert(what, (value - start) / 1e6);
        }
    }
    file.remove();
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

QString jpegFolder(const QString &work, int count)
{
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
    return folder;
}

bool openFigures(const QByteArray &prefix, const QString &gui, const QStringList &guiArgs,
                 const QStringList &baselineArgs, int runs)
{
    const QString baseline = QStringLiteral(TESSERA_BASELINE_PATH);
    QHash<QString, QList<double>> tessera, plain;
    QList<double> peaks, basePeaks;
    for (int run = 0; run < runs; ++run) {
        const RunResult r = runTimed(gui, guiArgs);
        const RunResult b = runTimed(baseline, baselineArgs);
        if (r.status != 0 || b.status != 0 || !r.marks.contains(QStringLiteral("first_paint"))
            || !b.marks.contains(QStringLiteral("first_paint"))) {
            std::fprintf(stderr, "%s: tessera status %d, baseline status %d, or no first paint\n",
                         prefix.constData(), r.status, b.status);
            return false;
        }
        for (auto it = r.marks.cbegin(); it != r.marks.cend(); ++it)
            tessera[it.key()].append(it.value());
        tessera[QStringLiteral("exit")].append(r.seconds * 1000);
        plain[QStringLiteral("first_paint")].append(b.marks.value(QStringLiteral("first_paint")));
        peaks.append(r.peakMiB);
        basePeaks.append(b.peakMiB);
    }
    auto metric = [&prefix](const char *name) {
        return prefix + '.' + name;
    };
    const double first = median(tessera.value(QStringLiteral("first_paint")));
    const double base = median(plain.value(QStringLiteral("first_paint")));
    report(metric("to_first_paint").constData(), first, "ms");
    report(metric("baseline_to_first_paint").constData(), base, "ms");
    report(metric("first_paint_ratio").constData(), first / base, "x");
    // A huge PNG is shown while it streams in; the screenshot waits until it is whole.
    report(metric("to_whole_paint").constData(),
           median(tessera.value(QStringLiteral("whole_paint"))), "ms");
    for (const char *mark : {"main", "application", "window", "opened"})
        if (tessera.contains(QLatin1String(mark)))
            report(metric((QByteArray("mark_") + mark).constData()).constData(),
                   median(tessera.value(QLatin1String(mark))), "ms");
    QList<double> shots, exits;
    const QList<double> &shotMarks = tessera[QStringLiteral("screenshot")];
    const QList<double> &wholeMarks = tessera[QStringLiteral("whole_paint")];
    const QList<double> &exitMarks = tessera[QStringLiteral("exit")];
    for (int i = 0; i < shotMarks.size() && i < wholeMarks.size() && i < exitMarks.size(); ++i) {
        shots.append(shotMarks[i] - wholeMarks[i]);
        exits.append(exitMarks[i] - shotMarks[i]);
    }
    report(metric("screenshot_cost").constData(), median(shots), "ms");
    report(metric("exit_cost").constData(), median(exits), "ms");
    report(metric("start_to_exit").constData(), median(exitMarks), "ms");
    report(metric("peak_rss").constData(), median(peaks), "MiB");
    report(metric("baseline_peak_rss").constData(), median(basePeaks), "MiB");
    return true;
}

/**
 * Steps through `steps` assets of the folder, one every `pause` ms, in Tessera (opened on the
 * folder's project) and in the baseline viewer: the time from each step's request to its image
 * painted, p50 and p99, and each process's peak memory.
 */
bool stepFigures(const QString &gui, const QString &folder, int steps, int pause)
{
    const QString shot = QDir::tempPath() + QStringLiteral("/tessera-bench-step.png");
    setenv("TESSERA_BENCH_STEPS",
           QStringLiteral("%1,%2").arg(steps).arg(pause).toLocal8Bit().constData(), 1);
    const RunResult r = runTimed(gui, {folder, QStringLiteral("--screenshot"), shot});
    unsetenv("TESSERA_BENCH_STEPS");
    const RunResult b = runTimed(QStringLiteral(TESSERA_BASELINE_PATH),
                                 {folder, QStringLiteral("--step"), QString::number(steps),
                                  QStringLiteral("--pause"), QString::number(pause)});
    QFile::remove(shot);
    auto latencies = [steps](const RunResult &run) {
        QList<double> list;
        for (int i = 1; i <= steps; ++i) {
            const QString n = QString::number(i);
            if (run.marks.contains(QStringLiteral("step_paint ") + n))
                list.append(run.marks.value(QStringLiteral("step_paint ") + n)
                            - run.marks.value(QStringLiteral("step_request ") + n));
        }
        return list;
    };
    const QList<double> tessera = latencies(r), plain = latencies(b);
    if (r.status != 0 || tessera.size() < steps * 9 / 10 || plain.isEmpty()) {
        std::fprintf(stderr, "stepping: tessera status %d, %lld of %d steps painted\n", r.status,
                     static_cast<long long>(tessera.size()), steps);
        return false;
    }
    report("gui.step_next_1080p_p50", median(tessera), "ms");
    report("gui.step_next_1080p_p99", percentile(tessera, 99), "ms");
    report("gui.step_baseline_p50", median(plain), "ms");
    report("gui.step_baseline_p99", percentile(plain, 99), "ms");
    report("gui.step_p50_ratio", median(tessera) / median(plain), "x");
    report("gui.step_steps", tessera.size(), "steps");
    report("gui.step_peak_rss", r.peakMiB, "MiB");
    report("gui.step_baseline_peak_rss", b.peakMiB, "MiB");
    return true;
}

void addFolderOptions(QCommandLineParser &parser, const QString &runs)
{
    parser.addOption({QStringLiteral("images"), QStringLiteral("JPEGs in the folder."),
                      QStringLiteral("N"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Folder for the data (kept)."),
                      QStringLiteral("DIR"), QDir::tempPath() + QStringLiteral("/tessera-bench")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure."),
                      QStringLiteral("N"), runs});
}

int guiBench(const QStringList &args)
{
    QCommandLineParser parser;
    addFolderOptions(parser, QStringLiteral("5"));
    parser.addOption({QStringLiteral("steps"),
                      QStringLiteral("Images stepped through, 60 ms apart (0: none)."),
                      QStringLiteral("N"), QStringLiteral("500")});
    parser.parse(QStringList{QStringLiteral("gui")} + args);
    const int count = parser.value(QStringLiteral("images")).toInt();
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const QString work = parser.value(QStringLiteral("work"));
    const QString folder = jpegFolder(work, count);
    const QString gui = QStringLiteral(TESSERA_GUI_PATH);
    const QString cli = QStringLiteral(TESSERA_CLI_PATH);
    const QString shot = work + QStringLiteral("/shot.png");
    const QDir dir(folder);
    const QString folderProject = dir.filePath(dir.dirName() + QStringLiteral(".tessera"));
    setenv("QT_QPA_PLATFORM", "offscreen", 0);

    if (!importFigures(cli, folder, work, std::min(runs, 3)))
        return 1;

    if (!openFigures("gui.open_folder", gui, {folder, QStringLiteral("--screenshot"), shot},
                     {folder, QStringLiteral("--screenshot"), shot}, runs))
        return 1;
    if (const int steps = parser.value(QStringLiteral("steps")).toInt();
        steps > 0 && !stepFigures(gui, folder, steps, 60))
        return 1;

    const QString big = work + QStringLiteral("/big100k.tessera");
    if (!QFileInfo::exists(big)) {
        const QString image = folder + QStringLiteral("/img_000000.jpg");
        storeBench({QStringLiteral("--assets"), QStringLiteral("100000"),
                    QStringLiteral("--annotations"), QStringLiteral("1000000"),
                    QStringLiteral("--keep"), big, QStringLiteral("--image"), image});
    }
    // The baseline shows the project's first image, as Tessera does (asset 1 is img_000000).
    if (!openFigures(
                "gui.open_100k_project", gui, {big, QStringLiteral("--screenshot"), shot},
                {folder + QStringLiteral("/img_000000.jpg"), QStringLiteral("--screenshot"), shot},
                runs))
        return 1;

    // A million assets (and a million boxes): the open path must not grow with the project.
    const QString million = work + QStringLiteral("/big1m.tessera");
    if (!QFileInfo::exists(million)) {
        const QString image = folder + QStringLiteral("/img_000000.jpg");
        storeBench({QStringLiteral("--assets"), QStringLiteral("1000000"),
                    QStringLiteral("--annotations"), QStringLiteral("1000000"),
                    QStringLiteral("--keep"), million, QStringLiteral("--image"), image});
    }
    if (!openFigures(
                "gui.open_1m_project", gui, {million, QStringLiteral("--screenshot"), shot},
                {folder + QStringLiteral("/img_000000.jpg"), QStringLiteral("--screenshot"), shot},
                runs))
        return 1;
    return 0;
}

} // namespace Tessera::Bench
