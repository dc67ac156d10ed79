// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "bigimagebench.h"

#include "guibench.h"
#include "storebench.h"
#include "tiffwriter.h"

#include "document/assetdocument.h"
#include "imagecanvas/imagecanvas.h"
#include "store/projectstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImageReader>
#include <QTemporaryDir>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <QWheelEvent>

#include <cstdio>

namespace Tessera::Bench {

namespace {

// Big, but with detail at every scale: a gradient with a grid of labelled circles.
void makeImage(const QString &path, int side, const QString &format)
{
    cv::Mat image(side, side, CV_8UC3);
    for (int y = 0; y < side; ++y) {
        auto *row = image.ptr<cv::Vec3b>(y);
        for (int x = 0; x < side; ++x)
            row[x] = cv::Vec3b(uchar(x * 255 / side), uchar(y * 255 / side), uchar((x ^ y) & 0x3f));
    }
    for (int y = 100; y < side; y += 400)
        for (int x = 100; x < side; x += 400) {
            cv::circle(image, {x, y}, 60, {255, 255, 255}, 4);
            cv::putText(image, std::to_string(x / 400) + "," + std::to_string(y / 400),
                        {x - 50, y + 10}, cv::FONT_HERSHEY_SIMPLEX, 1.0, {255, 255, 255}, 2);
        }
    if (format == QLatin1String("tif") || format == QLatin1String("ptif")) {
        cv::Mat rgb;
        cv::cvtColor(image, rgb, cv::COLOR_BGR2RGB);
        const QImage view(rgb.data, rgb.cols, rgb.rows, int(rgb.step), QImage::Format_RGB888);
        // "ptif": a pyramid of halvings down to about 1000 pixels, as GDAL or libvips write.
        QList<int> pyramid;
        if (format == QLatin1String("ptif"))
            for (int f = 2; side / f >= 1000; f *= 2)
                pyramid.append(f);
        Test::writeTiff(path, view, 512, pyramid);
    } else if (format == QLatin1String("png")) {
        cv::imwrite(path.toStdString(), image, {cv::IMWRITE_PNG_COMPRESSION, 1});
    } else {
        cv::imwrite(path.toStdString(), image, {cv::IMWRITE_JPEG_QUALITY, 85});
    }
}

} // namespace

int bigImageBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Sides in pixels."),
                      QStringLiteral("LIST"), QStringLiteral("8000,20000")});
    parser.addOption({QStringLiteral("work"), QStringLiteral("Folder for the images (kept)."),
                      QStringLiteral("DIR"),
                      QDir::tempPath() + QStringLiteral("/tessera-bench/big")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per size."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.addOption({QStringLiteral("format"),
                      QStringLiteral("jpg, png, tif (tiled) or ptif (tiled, with a pyramid)."),
                      QStringLiteral("FORMAT"), QStringLiteral("jpg")});
    parser.parse(QStringList{QStringLiteral("bigimage")} + args);
    const QString work = parser.value(QStringLiteral("work"));
    setenv("QT_QPA_PLATFORM", "offscreen", 0);
    for (const QString &sideText : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const int side = sideText.toInt();
        const QString folder
                = work
                  + QStringLiteral("/%1-%2").arg(side).arg(parser.value(QStringLiteral("format")));
        QDir().mkpath(folder);
        const QString format = parser.value(QStringLiteral("format"));
        const QString image
                = folder
                  + QStringLiteral("/big%1.%2")
                            .arg(side)
                            .arg(format == QLatin1String("ptif") ? QStringLiteral("tif") : format);
        if (!QFileInfo::exists(image)) {
            std::fprintf(stderr, "making a %dx%d %s\n", side, side, qPrintable(format));
            makeImage(image, side, format);
        }
        // From before the fork to the first frame with the image (for a huge PNG: its first
        // rows) and to the frame with all of it, beside the baseline viewer.
        const QString shot = work + QStringLiteral("/shot.png");
        if (!openFigures(QStringLiteral("bigimage.%1_%2").arg(side).arg(format).toUtf8(),
                         QStringLiteral(TESSERA_GUI_PATH),
                         {image, QStringLiteral("--screenshot"), shot},
                         {image, QStringLiteral("--screenshot"), shot},
                         parser.value(QStringLiteral("runs")).toInt()))
            return 1;

        // In process: how long after the user stops at 1:1 full-resolution detail appears.
        QTemporaryDir temp;
        QString error;
        auto store = ProjectStore::create(temp.filePath(QStringLiteral("b.tessera")), &error);
        Asset asset{.kind = AssetKind::Image,
                    .path = image,
                    .name = QStringLiteral("big"),
                    .sha256 = QStringLiteral("big"),
                    .width = side,
                    .height = side};
        store->addAsset(asset);
        AssetDocument doc(store.get(), asset.id);
        doc.load();
        ImageCanvas canvas;
        canvas.resize(1400, 860);
        canvas.show();
        canvas.setDocument(&doc, image);
        QElapsedTimer wait;
        wait.start();
        while (!canvas.hasImage() && wait.elapsed() < 60000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        wait.restart();
        while (qint64(side) * side >= 64LL * 1000 * 1000 && !canvas.tilesReady()
               && wait.elapsed() < 300000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        report(qPrintable(QStringLiteral("bigimage.%1_tile_pass").arg(side)),
               wait.elapsed() / 1000.0, "s");
        QFile statm(QStringLiteral("/proc/self/statm"));
        statm.open(QIODevice::ReadOnly);
        report(qPrintable(QStringLiteral("bigimage.%1_rss_with_tiles").arg(side)),
               statm.readAll().split(' ').value(1).toLongLong() * 4096.0 / 1048576.0, "MiB");
        for (const auto &[name, where] :
             {std::pair{"top", QPointF(0.5, 0.05)}, std::pair{"bottom", QPointF(0.5, 0.95)}}) {
            canvas.fitToWindow();
            QCoreApplication::processEvents();
            const QPointF anchor = canvas.toWidget(QPointF(where.x() * side, where.y() * side));
            QWheelEvent wheel(anchor, canvas.mapToGlobal(anchor), QPoint(), QPoint(0, 120 * 30),
                              Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
            QCoreApplication::sendEvent(&canvas, &wheel); // zoom in hard at that point
            canvas.actualSize();
            QElapsedTimer t;
            t.start();
            const QRect visible = QRectF(canvas.toImage(QPointF(0, 0)),
                                         canvas.toImage(QPointF(canvas.width(), canvas.height())))
                                          .toAlignedRect()
                                          .intersected(QRect(0, 0, side, side));
            while ((canvas.detailFactor() != 1 || !canvas.detailRect().contains(visible))
                   && t.elapsed() < 60000)
                QCoreApplication::processEvents(QEventLoop::AllEvents, 2);
            // The settle delay (150 ms) is part of the wait: detail is asked for once zooming
            // stops.
            report(qPrintable(QStringLiteral("bigimage.%1_detail_at_%2")
                                      .arg(side)
                                      .arg(QLatin1String(name))),
                   t.nsecsElapsed() / 1e6, "ms");
        }
    }
    return 0;
}

} // namespace Tessera::Bench
