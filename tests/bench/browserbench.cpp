// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "browserbench.h"

#include "storebench.h"

#include "assetbrowser/assetbrowser.h"
#include "items/assetlistmodel.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QListView>
#include <QRandomGenerator>
#include <QScrollBar>

#include <cstdio>

namespace Tessera::Bench {

int browserBench(const QStringList &args)
{
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: tessera-bench browser PROJECT\n");
        return 2;
    }
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(args.constFirst(), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    AssetListModel model;
    model.setStore(store.get());
    AssetBrowser browser;
    browser.setModel(&model);
    browser.resize(320, 900);
    browser.show();
    QCoreApplication::processEvents();
    auto *view = browser.findChild<QListView *>();
    view->viewport()->grab();
    report("browser.first_frame", timer.nsecsElapsed() / 1e6, "ms");
    report("browser.rows", model.rowCount(), "rows");

    QScrollBar *bar = view->verticalScrollBar();
    QList<double> frames;
    const int step = std::max(1, bar->pageStep());
    for (int value = 0; value <= bar->maximum(); value += step * 50) {
        timer.restart();
        bar->setValue(value);
        view->viewport()->grab(); // a real render of what the user would see
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    QRandomGenerator random(42);
    for (int i = 0; i < 200; ++i) {
        timer.restart();
        bar->setValue(int(random.bounded(bar->maximum() + 1)));
        view->viewport()->grab();
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    report("browser.scroll_frames", frames.size(), "frames");
    report("browser.scroll_frame_median", median(frames), "ms");
    report("browser.scroll_frame_p99", percentile(frames, 99), "ms");

    QList<double> filters;
    for (const AssetFilter &filter : {AssetFilter{.text = QStringLiteral("0999")},
                                      AssetFilter{.kind = AssetKind::Text}, AssetFilter{}}) {
        timer.restart();
        model.setFilter(filter);
        QCoreApplication::processEvents();
        view->viewport()->grab();
        filters.append(timer.nsecsElapsed() / 1e6);
    }
    report("browser.filter_and_repaint_median", median(filters), "ms");
    report("browser.peak_rss", peakRssKiB() / 1024.0, "MiB");
    return 0;
}

} // namespace Tessera::Bench
