// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assistbench.h"
#include "bigimagebench.h"
#include "browserbench.h"
#include "canvasbench.h"
#include "formatsbench.h"
#include "gridbench.h"
#include "guibench.h"
#include "prelabelbench.h"
#include "reviewbench.h"
#include "serverbench.h"
#include "storebench.h"
#include "syncbench.h"
#include "teambench.h"
#include "textbench.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString area = args.isEmpty() ? QString() : args.takeFirst();
    if (area == QLatin1String("store"))
        return Tessera::Bench::storeBench(args);
    if (area == QLatin1String("gui"))
        return Tessera::Bench::guiBench(args);
    if (area == QLatin1String("import"))
        return Tessera::Bench::importBench(args);
    if (area == QLatin1String("browser"))
        return Tessera::Bench::browserBench(args);
    if (area == QLatin1String("canvas"))
        return Tessera::Bench::canvasBench(args);
    if (area == QLatin1String("bigimage"))
        return Tessera::Bench::bigImageBench(args);
    if (area == QLatin1String("formats"))
        return Tessera::Bench::formatsBench(args);
    if (area == QLatin1String("sync"))
        return Tessera::Bench::syncBench(args);
    if (area == QLatin1String("text"))
        return Tessera::Bench::textBench(args);
    if (area == QLatin1String("prelabel"))
        return Tessera::Bench::prelabelBench(args);
    if (area == QLatin1String("review"))
        return Tessera::Bench::reviewBench(args);
    if (area == QLatin1String("grid"))
        return Tessera::Bench::gridBench(args);
    if (area == QLatin1String("team"))
        return Tessera::Bench::teamBench(args);
    if (area == QLatin1String("server"))
        return Tessera::Bench::serverBench(args);
    if (area == QLatin1String("assist"))
        return Tessera::Bench::assistBench(args);
    std::fprintf(stderr, "usage: tessera-bench store [--assets N] [--annotations N] [--keep PATH]\n"
                         "       tessera-bench gui [--images N] [--work DIR] [--runs N]\n"
                         "       tessera-bench import [--images N] [--work DIR] [--runs N]\n"
                         "       tessera-bench browser PROJECT\n"
                         "       tessera-bench canvas [--polygons N] [--folder DIR] [--steps N]\n"
                         "       tessera-bench bigimage [--sizes 8000,20000] [--work DIR]\n"
                         "       tessera-bench formats [--work DIR]\n"
                         "       tessera-bench sync\n"
                         "       tessera-bench text\n"
                         "       tessera-bench prelabel\n"
                         "       tessera-bench review\n"
                         "       tessera-bench grid [--assets N] [--per-asset N] [--keep DIR]\n"
                         "       tessera-bench team\n"
                         "       tessera-bench assist [--runs N] [--think MS]\n"
                         "       tessera-bench server --url URL --project PATH [--runs N]\n"
                         "Prints one `metric: value unit` line per figure.\n");
    return 2;
}
