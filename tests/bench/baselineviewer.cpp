// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
//
// tessera-baseline-viewer: the least a Qt program can do to show an image, for tessera-bench gui
// to pair with Tessera's own figures in the same run ("Tessera took 1.8× the baseline"), so that
// a slow or noisy machine cannot hide a regression. It decodes one image (a file, or the first
// image of a folder by name) and paints it scaled into a window, nothing else: no database, no
// docks, no thumbnails. The same marks as Tessera's go to $TESSERA_TIMES.
//
//   tessera-baseline-viewer PATH [--screenshot OUT.png] [--step N --pause MS]
//
// --step N: then shows the next N images of the folder, one per pause, each decoded when asked
// for (what a plain viewer does), marking "step_request <i>" and "step_paint <i>".

#include "timemarks.h"

#include <QApplication>
#include <QDir>
#include <QImageReader>
#include <QPainter>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace {

// Tessera's own marks (timemarks.cpp: plain stdio, compiled in here), so both write alike.
void mark(const QByteArray &what)
{
    Tessera::TimeMarks::mark(what.constData());
}

class Viewer : public QWidget
{
public:
    void show(const QString &file, const QByteArray &markWhenPainted)
    {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        // What a careful plain viewer does with a huge image: no 256 MB refusal, and a decode
        // scaled to the screen (JPEG scales in the DCT; PNG is read whole and then shrunk).
        QImageReader::setAllocationLimit(0);
        const QSize full = reader.size();
        if (full.width() > 4096 || full.height() > 4096)
            reader.setScaledSize(full.scaled(QSize(2048, 2048), Qt::KeepAspectRatio));
        m_image = reader.read();
        m_mark = markWhenPainted;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.fillRect(rect(), Qt::darkGray);
        if (m_image.isNull())
            return;
        const QSize size = m_image.size().scaled(this->size(), Qt::KeepAspectRatio);
        const QRect target(QPoint((width() - size.width()) / 2, (height() - size.height()) / 2),
                           size);
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(target, m_image);
        if (!m_mark.isEmpty()) {
            mark(m_mark);
            m_mark.clear();
        }
    }

private:
    QImage m_image;
    QByteArray m_mark;
};

} // namespace

int main(int argc, char *argv[])
{
    mark("main");
    QApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: tessera-baseline-viewer PATH [--screenshot OUT.png] "
                             "[--step N --pause MS]\n");
        return 2;
    }
    const QString path = args.first();
    const QString screenshot = args.value(args.indexOf(QStringLiteral("--screenshot")) + 1);
    const bool wantsShot = args.contains(QStringLiteral("--screenshot"));
    const int steps = args.contains(QStringLiteral("--step"))
                              ? args.value(args.indexOf(QStringLiteral("--step")) + 1).toInt()
                              : 0;
    const int pause = args.contains(QStringLiteral("--pause"))
                              ? args.value(args.indexOf(QStringLiteral("--pause")) + 1).toInt()
                              : 60;
    QStringList files{path};
    if (QFileInfo(path).isDir()) {
        QStringList filters;
        for (const QByteArray &format : QImageReader::supportedImageFormats())
            filters.append(QStringLiteral("*.") + QString::fromLatin1(format));
        const QDir dir(path);
        files.clear();
        for (const QString &name : dir.entryList(filters, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
        if (files.isEmpty()) {
            std::fprintf(stderr, "%s: no images\n", qPrintable(path));
            return 1;
        }
    }
    Viewer viewer;
    viewer.resize(1280, 800);
    viewer.show(files.first(), "first_paint");
    viewer.QWidget::show();
    int step = 0;
    QTimer stepper;
    QObject::connect(&stepper, &QTimer::timeout, &viewer, [&]() {
        if (++step > steps || step >= files.size()) {
            stepper.stop();
            Tessera::TimeMarks::markPeakMemory();
            QApplication::quit();
            return;
        }
        mark("step_request " + QByteArray::number(step));
        viewer.show(files[step], "step_paint " + QByteArray::number(step));
    });
    QTimer::singleShot(0, &viewer, [&]() {
        if (wantsShot) {
            const bool ok = viewer.grab().save(screenshot);
            mark("screenshot");
            Tessera::TimeMarks::markPeakMemory();
            if (!ok) {
                std::fprintf(stderr, "%s: cannot write\n", qPrintable(screenshot));
                QApplication::exit(1);
                return;
            }
        }
        if (steps > 0)
            stepper.start(pause);
        else
            QApplication::quit();
    });
    return app.exec();
}
