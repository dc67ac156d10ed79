// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QStringList>

class QCommandLineParser;

namespace Tessera::Bench {

/**
 * `gui`: times what a user waits for, from outside the process: `tessera PATH --screenshot` on a
 * folder of N 1080p JPEGs and on a 100k-asset project, from before the process is started to the
 * first frame with the image painted (marks written by the process to $TESSERA_TIMES on the
 * machine's monotonic clock), then the screenshot's and the exit's own costs; each paired in
 * the same run with tessera-baseline-viewer showing the same image, with the ratio. Also the
 * import figures (importFigures) of that folder, and each run's peak memory.
 */
int guiBench(const QStringList &args);

/** `import`: importFigures alone, on the same folder as `gui` ([--images N] [--work DIR]). */
int importBench(const QStringList &args);

/** --images N, --work DIR and --runs N (default runs), as `gui` and `import` take them. */
void addFolderOptions(QCommandLineParser &parser, const QString &runs);

/** A folder of count 1080p JPEGs under work (made once, kept): img_000000.jpg, ... */
QString jpegFolder(const QString &work, int count);

/**
 * Import figures from outside, `runs` times each: `tessera-cli add-images` of the folder into a
 * fresh project with the files evicted from the page cache (cold) and cached (warm), beside
 * `cat` reading the same files (what the disk allows); a rescan of the same folder; and a
 * labelme import naming every image, into the project that has them and into a fresh one.
 */
bool importFigures(const QString &cli, const QString &folder, const QString &work, int runs);

struct RunResult
{
    double seconds = -1;
    double peakMiB = 0;
    int status = -1;
    /** Marks the process wrote ("first_paint", ...): ms after the fork that started it. */
    QHash<QString, double> marks;
};

/** Runs a program and waits: wall time, the child's own peak memory and its exit status. */
RunResult runTimed(const QString &program, const QStringList &args);

/**
 * Runs Tessera and the baseline viewer in turn, `runs` times each, and reports for `prefix`:
 * start to first paint (and to the paint of the whole image) for both and their ratio, the
 * screenshot's and the exit's cost, Tessera's marks and the peak memory. False if a run failed.
 */
bool openFigures(const QByteArray &prefix, const QString &gui, const QStringList &guiArgs,
                 const QStringList &baselineArgs, int runs);

} // namespace Tessera::Bench
