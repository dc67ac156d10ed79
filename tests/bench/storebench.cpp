// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "storebench.h"

#include "document/assetdocument.h"
#include "items/assetlistmodel.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

namespace Tessera::Bench {

void report(const char *metric, double value, const char *unit)
{
    std::printf("%s: %.3f %s\n", metric, value, unit);
    std::fflush(stdout);
}

double median(QList<double> values)
{
    return percentile(std::move(values), 50);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype index = std::min(values.size() - 1, qsizetype(p / 100.0 * values.size()));
    return values[index];
}

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int storeBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("assets"), QStringLiteral("Image assets."),
                      QStringLiteral("N"), QStringLiteral("100000")});
    parser.addOption({QStringLiteral("annotations"),
                      QStringLiteral("Box annotations (20 per asset "
                                     "on the first assets)."),
                      QStringLiteral("N"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("keep"), QStringLiteral("Keep the project at this path."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("image"), QStringLiteral("Media path every asset points to."),
                      QStringLiteral("PATH")});
    parser.parse(QStringList{QStringLiteral("store")} + args);
    const int assetCount = parser.value(QStringLiteral("assets")).toInt();
    const int annotationCount = parser.value(QStringLiteral("annotations")).toInt();
    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("keep"))
                                 ? parser.value(QStringLiteral("keep"))
                                 : dir.filePath(QStringLiteral("bench.tessera"));
    QFile::remove(path);
    QString error;
    QElapsedTimer timer;

    timer.start();
    std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Label label{.name = QStringLiteral("object")};
    store->addLabel(label);
    const QString image = parser.value(QStringLiteral("image"));
    QList<Asset> assets;
    assets.reserve(assetCount);
    for (int i = 0; i < assetCount; ++i)
        assets.append(
                {.kind = AssetKind::Image,
                 .path = image.isEmpty()
                                 ? QStringLiteral("images/%1.jpg").arg(i, 6, 10, QLatin1Char('0'))
                                 : image,
                 .name = QStringLiteral("%1.jpg").arg(i, 6, 10, QLatin1Char('0')),
                 .byteSize = 250000,
                 .sha256 = QStringLiteral("%1").arg(i, 64, 16, QLatin1Char('0')),
                 .width = 1920,
                 .height = 1080});
    store->addAssets(assets);
    report("store.create_assets", timer.elapsed() / 1000.0, "s");

    QList<Annotation> annotations;
    annotations.reserve(annotationCount);
    for (int i = 0; i < annotationCount; ++i) {
        const double x = (i * 37) % 1800;
        annotations.append({.assetId = assets[(i / 20) % assetCount].id,
                            .labelId = label.id,
                            .kind = AnnotationKind::Box,
                            .points = {QPointF(x, 10), QPointF(x + 100, 200)}});
    }
    timer.restart();
    if (!store->addAnnotations(annotations, ProjectStore::AuditDetail::Summary)) {
        std::fprintf(stderr, "%s\n", qPrintable(store->errorString()));
        return 1;
    }
    report("store.insert_1M_annotations", timer.elapsed() / 1000.0, "s");
    annotations.clear();
    annotations.squeeze();
    store.reset();

    // Open and show the first page of the list, as the main window does.
    QList<double> opens;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        store = ProjectStore::open(path, &error);
        AssetListModel model;
        model.setStore(store.get());
        for (int row = 0; row < 40; ++row)
            model.data(model.index(row), Qt::DisplayRole);
        opens.append(timer.nsecsElapsed() / 1e6);
        if (run < 4)
            store.reset();
    }
    report("store.open_and_first_page", median(opens), "ms");

    QList<double> pages;
    for (int run = 0; run < 101; ++run) {
        timer.restart();
        store->assetPage({}, 0, 50);
        pages.append(timer.nsecsElapsed() / 1e3);
    }
    report("store.asset_list_first_page", median(pages), "us");

    QList<double> loads;
    for (int run = 0; run < 1001; ++run) {
        const qint64 id
                = assets[(run * 7919) % std::min(assetCount, std::max(1, annotationCount / 20))].id;
        timer.restart();
        const QList<Annotation> loaded = store->annotations(id);
        loads.append(timer.nsecsElapsed() / 1e3);
        if (loaded.size() != 20 && annotationCount >= 20 * 1) {
            std::fprintf(stderr, "asset %lld has %lld annotations\n", static_cast<long long>(id),
                         static_cast<long long>(loaded.size()));
            return 1;
        }
    }
    report("store.load_asset_20_annotations", median(loads), "us");
    report("store.load_asset_20_annotations_p99", percentile(loads, 99), "us");

    // Single user edits through the document, each committed on its own.
    AssetDocument doc(store.get(), assets.constLast().id);
    doc.load();
    QList<double> edits;
    for (int run = 0; run < 1000; ++run) {
        Annotation a{.labelId = label.id,
                     .kind = AnnotationKind::Box,
                     .points = {QPointF(run, 0), QPointF(run + 5, 5)}};
        timer.restart();
        doc.addAnnotations({a}, QStringLiteral("Add"));
        edits.append(timer.nsecsElapsed() / 1e3);
    }
    report("store.edit_commit_median", median(edits), "us");
    report("store.edit_commit_p99", percentile(edits, 99), "us");
    report("store.file_size", QFileInfo(path).size() / 1048576.0, "MiB");
    report("store.peak_rss", peakRssKiB() / 1024.0, "MiB");
    return 0;
}

} // namespace Tessera::Bench
