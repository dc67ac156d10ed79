// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "benchdriver.h"

#include "assetbrowser/assetbrowser.h"
#include "imagecanvas/imagecanvas.h"
#include "mainwindow.h"
#include "timemarks.h"

#include <QApplication>
#include <QTimer>

namespace Tessera::BenchDriver {

bool start(MainWindow &window)
{
    const QStringList spec = qEnvironmentVariable("TESSERA_BENCH_STEPS").split(QLatin1Char(','));
    const int steps = spec.value(0).toInt();
    const int pause = spec.value(1).toInt();
    if (steps <= 0 || pause <= 0)
        return false;
    auto *timer = new QTimer(&window);
    auto *done = new int(0);
    // A step is painted when the canvas says its image showed (once per asset).
    QObject::connect(window.canvas(), &ImageCanvas::imageShown, &window, [done]() {
        if (*done > 0)
            TimeMarks::mark(QByteArray("step_paint " + QByteArray::number(*done)).constData());
    });
    QObject::connect(timer, &QTimer::timeout, &window, [&window, timer, done, steps]() {
        if (*done >= steps) {
            timer->stop();
            TimeMarks::markPeakMemory();
            delete done;
            QApplication::quit();
            return;
        }
        ++*done;
        TimeMarks::mark(QByteArray("step_request " + QByteArray::number(*done)).constData());
        window.assetBrowser()->step(1);
    });
    timer->start(pause);
    return true;
}

} // namespace Tessera::BenchDriver
