// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "gridbench.h"

#include "storebench.h"

#include "document/projectsession.h"
#include "items/reviewgridmodel.h"
#include "items/thumbnailcache.h"
#include "reviewgrid/reviewgridwidget.h"
#include "store/objectquery.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QListView>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QUndoStack>

namespace Tessera::Bench {

namespace {

/** Counts the paints of a widget: a scroll frame is only a frame when the grid painted in it. */
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

std::unique_ptr<ProjectStore> makeProject(const QString &dir, int assetCount, int perAsset)
{
    QString error;
    auto store = ProjectStore::create(dir + QStringLiteral("/grid.tessera"), &error);
    store->setAuthor(QStringLiteral("bench"));
    const QStringList names{QStringLiteral("person"), QStringLiteral("car"),
                            QStringLiteral("bicycle"), QStringLiteral("dog"),
                            QStringLiteral("traffic light")};
    QList<qint64> labels;
    for (int i = 0; i < names.size(); ++i) {
        Label l{.name = names[i],
                .color = QColor::fromHsv(i * 70, 200, 230),
                .hotkey = QString::number(i + 1),
                .kinds = ImageKindFlag};
        store->addLabel(l);
        labels.append(l.id);
    }
    // 40 real 1280×720 JPEGs, shared by the assets in turn: crops decode real files.
    QRandomGenerator random(7);
    for (int i = 0; i < 40; ++i) {
        QImage image(1280, 720, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 9 % 360, 120, 200));
        for (int y = 0; y < 720; y += 40)
            for (int x = 0; x < 1280; x += 40)
                if ((x / 40 + y / 40 + i) % 3 == 0)
                    for (int yy = y; yy < y + 20; ++yy)
                        std::fill_n(reinterpret_cast<QRgb *>(image.scanLine(yy)) + x, 20,
                                    qRgb(30, 30, 30));
        image.save(dir + QStringLiteral("/img%1.jpg").arg(i), "JPG", 85);
    }
    QList<Asset> assets;
    assets.reserve(assetCount);
    for (int i = 0; i < assetCount; ++i)
        assets.append({.kind = AssetKind::Image,
                       .path = QStringLiteral("img%1.jpg").arg(i % 40),
                       .name = QStringLiteral("frame%1.jpg").arg(i, 6, 10, QLatin1Char('0')),
                       .sha256 = QString::number(i),
                       .width = 1280,
                       .height = 720});
    store->addAssets(assets);
    QList<Annotation> shapes;
    shapes.reserve(qsizetype(assetCount) * perAsset);
    for (const Asset &a : std::as_const(assets)) {
        for (int k = 0; k < perAsset; ++k) {
            const double x = random.bounded(1100), y = random.bounded(600);
            Annotation s{.assetId = a.id,
                         .labelId = labels[random.bounded(int(labels.size()))],
                         .kind = AnnotationKind::Box,
                         .points = {QPointF(x, y), QPointF(x + 40 + random.bounded(140),
                                                           y + 30 + random.bounded(90))}};
            s.provenance.origin = k % 2 ? Origin::Human : Origin::Prelabel;
            if (k % 2 == 0)
                s.provenance.score = random.bounded(1.0);
            shapes.append(s);
        }
    }
    store->addAnnotations(shapes, ProjectStore::AuditDetail::Summary);
    // Half the assets submitted, as a project in review.
    ProjectStore::Transaction t(*store);
    for (int i = 0; i < assets.size(); i += 2)
        store->setReviewStatus(assets[i].id, ReviewStatus::Submitted);
    t.commit();
    return store;
}

} // namespace

int gridBench(const QStringList &args)
{
    int assetCount = 100000;
    int perAsset = 10;
    QString keep; // a folder to build the project in and leave behind (for timing from outside)
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--assets"))
            assetCount = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--per-asset"))
            perAsset = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
    }
    auto dir = keep.isEmpty()
                       ? std::make_unique<QTemporaryDir>()
                       : std::make_unique<QTemporaryDir>(keep + QStringLiteral("/grid-XXXXXX"));
    dir->setAutoRemove(keep.isEmpty());
    QElapsedTimer timer;
    timer.start();
    auto store = makeProject(dir->path(), assetCount, perAsset);
    report("grid.setup", timer.elapsed() / 1000.0, "s");
    if (!keep.isEmpty())
        std::printf("project: %s\n", qPrintable(dir->filePath(QStringLiteral("grid.tessera"))));
    report("grid.annotations", double(store->annotationCount()), "annotations");
    ProjectSession session(std::move(store));
    session.thumbnails()->setDirectory(dir->filePath(QStringLiteral("thumbs")));

    // The query alone: the first page of objects, and the full count the summary shows later.
    QList<double> pageRuns, countRuns;
    for (int run = 0; run < 5; ++run) {
        ObjectFilter submittedObjects;
        submittedObjects.status = ReviewStatus::Submitted;
        timer.restart();
        ObjectQuery query(*session.store(), submittedObjects);
        query.page({}, 256);
        pageRuns.append(timer.nsecsElapsed() / 1e6);
        timer.restart();
        query.count();
        countRuns.append(timer.nsecsElapsed() / 1e6);
    }
    report("grid.objects_query_first_page_median", median(pageRuns), "ms");
    report("grid.objects_count_median", median(countRuns), "ms");

    QList<double> objectFirst, objectPictures, assetFirst;
    for (int run = 0; run < 5; ++run) {
        timer.restart();
        auto grid = std::make_unique<ReviewGridWidget>(&session, nullptr,
                                                       ReviewGridModel::Mode::Objects);
        grid->resize(1180, 820);
        grid->show();
        QCoreApplication::processEvents();
        grid->view()->viewport()->grab();
        objectFirst.append(timer.nsecsElapsed() / 1e6);
        while (!grid->visibleTilesReady() && timer.elapsed() < 30000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        grid->view()->viewport()->grab();
        objectPictures.append(timer.nsecsElapsed() / 1e6);

        timer.restart();
        grid->setMode(ReviewGridModel::Mode::Assets);
        QCoreApplication::processEvents();
        grid->view()->viewport()->grab();
        assetFirst.append(timer.nsecsElapsed() / 1e6);
    }
    report("grid.objects_first_page_median", median(objectFirst), "ms");
    report("grid.objects_first_page_with_crops_median", median(objectPictures), "ms");
    report("grid.assets_first_page_100k_median", median(assetFirst), "ms");

    // Scrolling the object view: a page at a time (pages fetched as it goes), then jumps.
    ReviewGridWidget grid(&session, nullptr, ReviewGridModel::Mode::Objects);
    grid.resize(1180, 820);
    grid.show();
    QCoreApplication::processEvents();
    QScrollBar *bar = grid.view()->verticalScrollBar();
    // A frame as the window has it: the scroll, then the events it posts, the repaint of the
    // viewport among them (an extra grab() would paint everything a second time).
    PaintCounter counter;
    grid.view()->viewport()->installEventFilter(&counter);
    QList<double> frames;
    for (int i = 0; i < 300; ++i) {
        timer.restart();
        bar->setValue(bar->value() + bar->pageStep() / 4);
        QCoreApplication::processEvents();
        frames.append(timer.nsecsElapsed() / 1e6);
    }
    report("grid.scroll_frames", frames.size(), "frames");
    report("grid.scroll_paints", counter.paints, "paints");
    // The harder case: every frame paints the whole viewport (as a resize or a zoom does).
    QList<double> fullFrames;
    for (int i = 0; i < 300; ++i) {
        timer.restart();
        bar->setValue(bar->value() + bar->pageStep() / 4);
        QCoreApplication::processEvents();
        grid.view()->viewport()->repaint();
        fullFrames.append(timer.nsecsElapsed() / 1e6);
    }
    report("grid.scroll_full_repaint_median", median(fullFrames), "ms");
    report("grid.scroll_full_repaint_p99", percentile(fullFrames, 99), "ms");
    report("grid.scroll_frame_median", median(frames), "ms");
    report("grid.scroll_frame_p99", percentile(frames, 99), "ms");
    report("grid.objects_fetched", grid.model()->rowCount(), "tiles");

    // Bulk accept of 1,000 submitted assets, and its undo.
    QList<double> accepts, undos;
    ReviewWorkflow::QueueFilter submitted;
    QList<qint64> ids = ReviewWorkflow::queue(*session.store(), submitted);
    for (int run = 0; run < 5 && ids.size() >= 1000 * (run + 1); ++run) {
        const QList<qint64> batch = ids.mid(run * 1000, 1000);
        timer.restart();
        const int moved = int(session.setStatuses(batch, ReviewStatus::Accepted).moved.size());
        accepts.append(timer.nsecsElapsed() / 1e6);
        if (moved != 1000)
            std::fprintf(stderr, "bulk accept moved %d of 1000\n", moved);
        timer.restart();
        session.projectUndoStack()->undo();
        undos.append(timer.nsecsElapsed() / 1e6);
        session.projectUndoStack()->redo();
    }
    report("grid.bulk_accept_1000_median", median(accepts), "ms");
    report("grid.bulk_accept_undo_1000_median", median(undos), "ms");
    report("grid.peak_rss", peakRssKiB() / 1024.0, "MiB");
    return 0;
}

} // namespace Tessera::Bench
