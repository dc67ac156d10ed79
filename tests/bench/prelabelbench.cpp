// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "prelabelbench.h"

#include "prelabel/prelabelengine.h"
#include "storebench.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Tessera::Bench {

namespace {

QList<std::pair<qint64, QString>> makeImages(const QTemporaryDir &dir, int count)
{
    // 1080p photographs: the astronaut scaled into a wider scene, shifted per image.
    const QImage astronaut(Test::demoImage("astronaut.jpg"));
    QList<std::pair<qint64, QString>> images;
    for (int i = 0; i < count; ++i) {
        QImage frame(1920, 1080, QImage::Format_RGB32);
        frame.fill(QColor(90 + i % 40, 110, 130));
        QPainter p(&frame);
        p.drawImage(QRect(200 + (i * 37) % 800, 20, 1040, 1040), astronaut);
        p.end();
        const QString path = dir.filePath(QStringLiteral("frame%1.jpg").arg(i));
        frame.save(path, "JPG", 90);
        images.append({i + 1, path});
    }
    return images;
}

double rate(const PrelabelRun &run)
{
    return run.seconds > 0 ? run.images / run.seconds : 0;
}

} // namespace

int prelabelBench(const QStringList &args)
{
    Q_UNUSED(args)
    QTemporaryDir dir;
    const auto images = makeImages(dir, 24);
    QString error;
    std::unique_ptr<Detector> haar = Detectors::make(QStringLiteral("haar-face"), {}, &error);
    std::unique_ptr<Detector> blaze = Detectors::make(QStringLiteral("blazeface"), {}, &error);
    if (!haar || !blaze) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<double> one;
    QList<double> two;
    for (int run = 0; run < 3; ++run) {
        one.append(rate(PrelabelEngine::run(images.mid(0, 8), *haar, 1, {})));
        two.append(rate(PrelabelEngine::run(images.mid(0, 16), *haar, 2, {})));
    }
    report("prelabel.haar_face_1080p_per_image_1_thread", 1.0 / median(one), "s");
    report("prelabel.haar_face_1080p_1_thread", median(one), "images/s");
    report("prelabel.haar_face_1080p_2_threads", median(two), "images/s");
    report("prelabel.haar_scaling_1_to_2_threads", median(two) / median(one), "x");

    QList<double> blazeOne;
    QList<double> blazeTwo;
    for (int run = 0; run < 3; ++run) {
        blazeOne.append(rate(PrelabelEngine::run(images, *blaze, 1, {})));
        blazeTwo.append(rate(PrelabelEngine::run(images, *blaze, 2, {})));
    }
    report("prelabel.blazeface_1080p_with_decode_1_thread", median(blazeOne), "images/s");
    report("prelabel.blazeface_1080p_with_decode_2_threads", median(blazeTwo), "images/s");
    report("prelabel.blazeface_scaling_1_to_2_threads", median(blazeTwo) / median(blazeOne), "x");

    // Cancel: from the flag to run() returning, with Haar (the slowest per image).
    QList<double> cancels;
    for (int run = 0; run < 5; ++run) {
        std::atomic_bool cancel{false};
        JobControl control;
        control.cancel = &cancel;
        QElapsedTimer sinceCancel;
        auto future = QtConcurrent::run(
                [&]() { return PrelabelEngine::run(images, *haar, 2, control); });
        QThread::msleep(300 + run * 70);
        sinceCancel.start();
        cancel = true;
        future.waitForFinished();
        cancels.append(sinceCancel.nsecsElapsed() / 1e6);
        // The workers left finishing their image are joined when the next run starts: give them
        // the time, so that the next measurement does not wait for them.
        QThread::msleep(1000);
    }
    report("prelabel.cancel_latency_haar_median", median(cancels), "ms");
    report("prelabel.cancel_latency_haar_max", *std::max_element(cancels.cbegin(), cancels.cend()),
           "ms");

    // The GUI thread while a batch runs on the workers: the longest gap between 5 ms ticks.
    for (int threads : {1, 2}) {
        QList<double> gaps;
        QElapsedTimer tick;
        tick.start();
        QTimer timer;
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, [&]() {
            gaps.append(tick.nsecsElapsed() / 1e6);
            tick.restart();
        });
        timer.start();
        auto future = QtConcurrent::run(
                [&]() { return PrelabelEngine::run(images, *blaze, threads, {}); });
        while (!future.isFinished())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        timer.stop();
        report(threads == 1 ? "prelabel.gui_frame_p99_during_batch_1_worker"
                            : "prelabel.gui_frame_p99_during_batch_2_workers",
               percentile(gaps, 99), "ms");
    }
    return 0;
}

} // namespace Tessera::Bench
