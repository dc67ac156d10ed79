// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "canvasbench.h"

#include "storebench.h"

#include "document/assetdocument.h"
#include "imagecanvas/imagecanvas.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QWheelEvent>

#include <cmath>
#include <cstdio>

namespace Tessera::Bench {

namespace {

double currentRssMiB()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.value(1).toLongLong() * 4096.0 / 1048576.0;
}

void waitFor(const std::function<bool()> &done, int timeoutMs = 10000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

// Paints one frame the way the screen would, returning what paintEvent reported.
double frame(ImageCanvas &canvas)
{
    double ms = 0;
    auto connection = QObject::connect(&canvas, &ImageCanvas::framePainted,
                                       [&ms](double elapsed, bool) { ms = elapsed; });
    canvas.repaint();
    QObject::disconnect(connection);
    return ms;
}

void panAndZoom(ImageCanvas &canvas, const char *prefix)
{
    QList<double> pans, zooms;
    const QPointF centre = canvas.rect().center();
    QMouseEvent press(QEvent::MouseButtonPress, centre, canvas.mapToGlobal(centre),
                      Qt::MiddleButton, Qt::MiddleButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&canvas, &press);
    for (int i = 1; i <= 60; ++i) {
        const QPointF p = centre + QPointF(6 * std::sin(i / 5.0) * i, 4 * std::cos(i / 7.0) * i);
        QMouseEvent move(QEvent::MouseMove, p, canvas.mapToGlobal(p), Qt::NoButton,
                         Qt::MiddleButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&canvas, &move);
        pans.append(frame(canvas));
    }
    QMouseEvent release(QEvent::MouseButtonRelease, centre, canvas.mapToGlobal(centre),
                        Qt::MiddleButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&canvas, &release);
    for (int i = 0; i < 40; ++i) {
        const int delta = i < 20 ? 120 : -120;
        QWheelEvent wheel(centre, canvas.mapToGlobal(centre), QPoint(), QPoint(0, delta),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(&canvas, &wheel);
        zooms.append(frame(canvas));
    }
    report(qPrintable(QStringLiteral("canvas.%1_pan_frame_median").arg(QLatin1String(prefix))),
           median(pans), "ms");
    report(qPrintable(QStringLiteral("canvas.%1_pan_frame_p95").arg(QLatin1String(prefix))),
           percentile(pans, 95), "ms");
    report(qPrintable(QStringLiteral("canvas.%1_zoom_frame_median").arg(QLatin1String(prefix))),
           median(zooms), "ms");
    report(qPrintable(QStringLiteral("canvas.%1_zoom_frame_p95").arg(QLatin1String(prefix))),
           percentile(zooms, 95), "ms");
}

} // namespace

int canvasBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("polygons"), QStringLiteral("Polygons."), QStringLiteral("N"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("folder"), QStringLiteral("Folder of 1080p JPEGs to step."),
                      QStringLiteral("DIR"),
                      QDir::tempPath() + QStringLiteral("/tessera-bench/folder10000")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Images to step through."),
                      QStringLiteral("N"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Make the 10k-polygon project in this "
                                     "folder and keep it."),
                      QStringLiteral("DIR")});
    parser.parse(QStringList{QStringLiteral("canvas")} + args);
    const int count = parser.value(QStringLiteral("polygons")).toInt();

    QTemporaryDir temp;
    const QDir dir(parser.isSet(QStringLiteral("keep")) ? parser.value(QStringLiteral("keep"))
                                                        : temp.path());
    QDir().mkpath(dir.path());
    QFile::remove(dir.filePath(QStringLiteral("c.tessera")));
    QFile::remove(dir.filePath(QStringLiteral("s.tessera")));
    QString error;
    std::unique_ptr<ProjectStore> store
            = ProjectStore::create(dir.filePath(QStringLiteral("c.tessera")), &error);
    Label label{.name = QStringLiteral("cell")};
    store->addLabel(label);
    const QString imagePath = dir.filePath(QStringLiteral("big.png"));
    QImage image(4000, 3000, QImage::Format_RGB32);
    image.fill(QColor(40, 60, 80));
    image.save(imagePath);
    Asset asset{.kind = AssetKind::Image,
                .path = QStringLiteral("big.png"),
                .name = QStringLiteral("big.png"),
                .sha256 = QStringLiteral("b"),
                .width = 4000,
                .height = 3000};
    store->addAsset(asset);
    QRandomGenerator random(1);
    QList<Annotation> polygons;
    for (int i = 0; i < count; ++i) {
        const QPointF c(random.bounded(3900.0) + 50, random.bounded(2900.0) + 50);
        Annotation a{.assetId = asset.id, .labelId = label.id, .kind = AnnotationKind::Polygon};
        for (int k = 0; k < 20; ++k) {
            const double angle = k * 2 * M_PI / 20;
            const double r = 12 + random.bounded(10.0);
            a.points.append(c + QPointF(r * std::cos(angle), r * std::sin(angle)));
        }
        polygons.append(a);
    }
    store->addAnnotations(polygons, ProjectStore::AuditDetail::Summary);
    AssetDocument doc(store.get(), asset.id);
    doc.load();

    ImageCanvas canvas;
    canvas.resize(1400, 860);
    canvas.setLabels(store->labels());
    canvas.show();
    QElapsedTimer timer;
    timer.start();
    canvas.setDocument(&doc, imagePath);
    waitFor([&]() { return canvas.hasImage(); });
    frame(canvas);
    report("canvas.open_10k_polygons", timer.elapsed(), "ms");
    QList<double> full;
    for (int i = 0; i < 7; ++i) {
        canvas.setLabels(store->labels()); // drops the cached layer
        full.append(frame(canvas));
    }
    report("canvas.full_layer_render_fit", median(full), "ms");

    panAndZoom(canvas, "fit");
    canvas.fitToWindow();
    for (int i = 0; i < 6; ++i) // 1.25^6 ~ 3.8: about 4x the fit zoom
        canvas.zoomIn();
    QThread::msleep(200);
    QCoreApplication::processEvents();
    frame(canvas);
    panAndZoom(canvas, "4x");

    QList<double> picks;
    for (int i = 0; i < 2000; ++i) {
        const QPointF p(random.bounded(4000.0), random.bounded(3000.0));
        QElapsedTimer t;
        t.start();
        canvas.shapeAt(p);
        picks.append(t.nsecsElapsed() / 1e3);
    }
    report("canvas.pick_median", median(picks), "us");
    report("canvas.pick_p99", percentile(picks, 99), "us");

    canvas.fitToWindow();
    QThread::msleep(200);
    QCoreApplication::processEvents();
    frame(canvas);
    QList<double> edits;
    for (int i = 0; i < 50; ++i) {
        Annotation a = doc.annotations()[i * 97 % doc.annotations().size()];
        a.points[0] += QPointF(3, 3);
        QElapsedTimer t;
        t.start();
        doc.changeAnnotations({a}, QStringLiteral("Move vertex"), false);
        frame(canvas);
        edits.append(t.nsecsElapsed() / 1e6);
    }
    report("canvas.edit_commit_and_redraw_median", median(edits), "ms");
    report("canvas.edit_commit_and_redraw_p95", percentile(edits, 95), "ms");

    // Stepping through 1080p JPEGs with the next three decoded ahead.
    const QDir folder(parser.value(QStringLiteral("folder")));
    QStringList files = folder.entryList({QStringLiteral("*.jpg")}, QDir::Files, QDir::Name);
    files = files.mid(0, parser.value(QStringLiteral("steps")).toInt());
    if (files.size() < 10) {
        std::fprintf(stderr, "no JPEG folder at %s; run `tessera-bench gui` first to make one\n",
                     qPrintable(folder.path()));
        return 0;
    }
    QList<double> steps;
    QList<double> rss;
    AssetDocument empty(store.get(), asset.id);
    empty.load();
    std::unique_ptr<ProjectStore> stepStore
            = ProjectStore::create(dir.filePath(QStringLiteral("s.tessera")), &error);
    Asset stepAsset{.kind = AssetKind::Image,
                    .name = QStringLiteral("s"),
                    .sha256 = QStringLiteral("s"),
                    .width = 1920,
                    .height = 1080};
    stepStore->addAsset(stepAsset);
    AssetDocument stepDoc(stepStore.get(), stepAsset.id);
    stepDoc.load();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QList<QPair<QString, QSize>> ahead;
        for (qsizetype k = i + 1; k < std::min(files.size(), i + 4); ++k)
            ahead.append({folder.filePath(files[k]), QSize(1920, 1080)});
        canvas.prefetch(ahead);
        // A user steps at most every ~100 ms; decoding ahead needs that time.
        QElapsedTimer pause;
        pause.start();
        while (pause.elapsed() < 60)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        QElapsedTimer t;
        t.start();
        canvas.setDocument(&stepDoc, folder.filePath(files[i]));
        waitFor([&]() { return canvas.hasImage(); });
        frame(canvas);
        steps.append(t.nsecsElapsed() / 1e6);
        if (i % 100 == 0)
            rss.append(currentRssMiB());
    }
    report("canvas.step_next_1080p_median", median(steps), "ms");
    report("canvas.step_next_1080p_max", *std::max_element(steps.cbegin(), steps.cend()), "ms");
    report("canvas.step_rss_first", rss.constFirst(), "MiB");
    report("canvas.step_rss_last", rss.constLast(), "MiB");
    report("canvas.step_rss_max", *std::max_element(rss.cbegin(), rss.cend()), "MiB");
    return 0;
}

} // namespace Tessera::Bench
