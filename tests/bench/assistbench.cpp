// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "assistbench.h"

#include "prelabel/boxsegmentation.h"
#include "prelabel/embeddingcache.h"
#include "prelabel/samsegmenter.h"
#include "prelabel/segmentservice.h"
#include "quality/nearduplicates.h"
#include "testhelpers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace Tessera::Bench {

namespace {

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_utime.tv_sec + u.ru_stime.tv_sec + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double statusMiB(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(qsizetype(qstrlen(field))).trimmed().split(' ').value(0).toDouble()
                   / 1024;
    return 0;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, qsizetype(p * (v.size() - 1) + 0.5))];
}

void print(const char *metric, double value, const char *unit)
{
    std::printf("%s: %.3f %s\n", metric, value, unit);
    std::fflush(stdout);
}

/** 1080p photographs: one of the demo photographs scaled into a scene, shifted per image. */
QStringList makeImages(const QTemporaryDir &dir, int count)
{
    const char *sources[] = {"chelsea.jpg", "coffee.jpg", "astronaut.jpg", "rocket.jpg"};
    QStringList paths;
    for (int i = 0; i < count; ++i) {
        const QImage photo(Test::demoImage(sources[i % 4]));
        QImage frame(1920, 1080, QImage::Format_RGB32);
        frame.fill(QColor(80 + (i * 13) % 90, 110, 130));
        QPainter p(&frame);
        p.drawImage(QRect(100 + (i * 37) % 500, 40, 1400, 1000), photo);
        p.end();
        const QString path = dir.filePath(QStringLiteral("frame%1.jpg").arg(i));
        frame.save(path, "JPG", 90);
        paths.append(path);
    }
    return paths;
}

bool waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    return done();
}

} // namespace

int assistBench(const QStringList &args)
{
    int runs = 5;
    int think = 3000;
    for (int i = 0; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--runs"))
            runs = std::max(1, args[i + 1].toInt());
        else if (args[i] == QLatin1String("--think"))
            think = std::max(0, args[i + 1].toInt());
    }
    QString error;
    if (!SamSegmenter::available(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir dir;
    const QStringList images = makeImages(dir, std::max(runs, 26));
    const double rssStart = statusMiB("VmRSS:");

    // Through the service, as the window uses it: click → mask shown, and the GUI thread's gaps
    // (a 5 ms timer) while the user hovers (a prompt every 16 ms).
    QTemporaryDir serviceCache;
    SegmentService service(std::make_unique<EmbeddingCache>(serviceCache.path(), 0));
    service.request(images[1]);
    if (!waitFor([&] { return service.embedding(images[1]) != nullptr; }, 60000)) {
        std::fprintf(stderr, "no embedding\n");
        return 1;
    }
    QList<double> clicks;
    quint64 ticket = 0;
    quint64 answered = 0;
    QObject::connect(&service, &SegmentService::segmented, &service,
                     [&](quint64 t, const SamMask &) { answered = t; });
    for (int i = 0; i < 30; ++i) {
        SamPrompt prompt;
        prompt.points = {QPointF(300 + (i * 97) % 1300, 200 + (i * 53) % 700)};
        prompt.positive = {true};
        QElapsedTimer t;
        t.start();
        service.segment(++ticket, images[1], {}, prompt);
        waitFor([&] { return answered == ticket; }, 10000);
        clicks.append(t.nsecsElapsed() / 1e6);
    }
    print("click_to_mask_p50", percentile(clicks, 0.5), "ms");
    print("click_to_mask_p95", percentile(clicks, 0.95), "ms");

    QList<double> gaps;
    QElapsedTimer tick;
    tick.start();
    qint64 last = 0;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QObject::connect(&ticker, &QTimer::timeout, [&] {
        const qint64 now = tick.nsecsElapsed();
        if (last)
            gaps.append((now - last) / 1e6);
        last = now;
    });
    ticker.start(5);
    QTimer hover;
    int step = 0;
    QObject::connect(&hover, &QTimer::timeout, [&] {
        SamPrompt prompt;
        prompt.points = {QPointF(400 + (step * 7) % 1100, 300 + (step * 3) % 500)};
        prompt.positive = {true};
        ++step;
        service.segment(++ticket, images[1], {}, prompt, QColor(60, 180, 75));
    });
    hover.start(16);
    // Meanwhile the encoder works on the next images, as the prefetch does.
    service.prefetch({{images[2], QString()}, {images[3], QString()}});
    waitFor([] { return false; }, 4000);
    hover.stop();
    ticker.stop();
    print("hover_gui_gap_p99", percentile(gaps, 0.99), "ms");
    print("hover_gui_gap_max", percentile(gaps, 1.0), "ms");
    service.waitForIdle();
    QCoreApplication::processEvents();
    // Memory of the Segment tool as the window has it: one encoder and one decoder.
    print("rss_start", rssStart, "MiB");
    print("rss_in_use", statusMiB("VmRSS:"), "MiB");
    print("rss_peak", statusMiB("VmHWM:"), "MiB");
    print("rss_added_peak", statusMiB("VmHWM:") - rssStart, "MiB");
    service.setIdleRelease(10);
    service.request(images[4]);
    waitFor([&] { return !service.encoderLoaded() && service.embedding(images[4]); }, 60000);
    waitFor([&] { return !service.encoderLoaded(); }, 2000);
    print("rss_after_release", statusMiB("VmRSS:"), "MiB");

    // Encoder, one 1080p image at a time (the first run loads the model and is not counted).
    SamSegmenter sam;
    SamEmbedding e;
    sam.encodeFile(images[0], {}, &e, &error);
    QList<double> wall, cpu;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const double c = cpuSeconds();
        if (!sam.encodeFile(images[i % images.size()], {}, &e, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        wall.append(t.nsecsElapsed() / 1e6);
        cpu.append((cpuSeconds() - c) * 1000);
    }
    print("encoder_1080p_wall_p50", percentile(wall, 0.5), "ms");
    print("encoder_1080p_cpu_p50", percentile(cpu, 0.5), "ms");

    // Decoder alone, on one core, 40 single-point prompts.
    SamSegmenter decoder;
    decoder.setThreads(1);
    QList<double> dwall, dcpu;
    for (int i = 0; i < 41; ++i) {
        SamPrompt prompt;
        prompt.points = {QPointF(300 + (i * 97) % 1300, 200 + (i * 53) % 700)};
        prompt.positive = {true};
        QElapsedTimer t;
        t.start();
        const double c = cpuSeconds();
        if (!decoder.segment(e, prompt, &error)) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 1;
        }
        if (i == 0)
            continue; // loads the model
        dwall.append(t.nsecsElapsed() / 1e6);
        dcpu.append((cpuSeconds() - c) * 1000);
    }
    print("decoder_wall_p50", percentile(dwall, 0.5), "ms");
    print("decoder_cpu_p50", percentile(dcpu, 0.5), "ms");

    // Boxes → masks on a cached embedding.
    QTemporaryDir cacheDir;
    EmbeddingCache cache(cacheDir.path(), 0);
    {
        SamEmbedding first;
        sam.encodeFile(images[0], {}, &first, &error);
        cache.store(EmbeddingCache::key(images[0], {}), first);
    }
    QList<BoxPrompt> boxes;
    for (int i = 0; i < 30; ++i)
        boxes.append(
                {1, images[0], QString(), i + 1, 1,
                 QRectF(200 + (i * 41) % 1200, 100 + (i * 29) % 600, 180 + i * 5, 160 + i * 3)});
    const BoxSegmentationRun bulk
            = BoxSegmentation::run(boxes, true, 1.0, &cache, QStringLiteral("bench"), JobControl{});
    print("boxes_to_masks_cached", bulk.seconds > 0 ? bulk.boxes / bulk.seconds : 0, "boxes/s");
    print("boxes_to_masks_encoder_runs", bulk.encoderRuns, "runs");

    // Stepping: the user spends `think` ms per image and clicks 1 s after arriving; is the
    // embedding there by then? (Images 4.. are new to the service.)
    QTemporaryDir stepCache;
    SegmentService stepper(std::make_unique<EmbeddingCache>(stepCache.path(), 0));
    int ready = 0;
    int steps = 0;
    for (int i = 4; i + 1 < images.size(); ++i, ++steps) {
        stepper.request(images[i]);
        QList<std::pair<QString, QString>> ahead;
        for (int j = i + 1; j < std::min<int>(images.size(), i + 4); ++j)
            ahead.append({images[j], QString()});
        stepper.prefetch(ahead);
        waitFor([] { return false; }, 1000);
        ready += stepper.embedding(images[i]) != nullptr;
        waitFor([] { return false; }, std::max(0, think - 1000));
    }
    print("stepping_ready_at_click", steps ? 100.0 * ready / steps : 0, "%");

    // Near-duplicates: hashing a 1080p JPEG (reduced read + DCT), and the search over 100,000
    // hashes (random ones with 1,000 planted near-copies).
    {
        QElapsedTimer t;
        t.start();
        int hashed = 0;
        for (const QString &path : images)
            hashed += NearDuplicates::hashFile(path, nullptr).has_value();
        print("phash_1080p_per_image", t.nsecsElapsed() / 1e6 / std::max(1, hashed), "ms");
        QHash<qint64, quint64> hashes;
        quint64 x = 88172645463325252ull;
        for (qint64 id = 1; id <= 100000; ++id) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            hashes.insert(id, x);
        }
        for (qint64 id = 1; id <= 1000; ++id)
            hashes.insert(100000 + id, hashes.value(id * 50) ^ (quint64(1) << (id % 64)));
        QList<double> searches;
        int groups = 0;
        for (int r = 0; r < 3; ++r) {
            t.restart();
            groups = int(NearDuplicates::groups(hashes, 8).size());
            searches.append(t.nsecsElapsed() / 1e9);
        }
        print("duplicates_search_101k", percentile(searches, 0.5), "s");
        print("duplicates_groups_found", groups, "groups");
    }
    return 0;
}

} // namespace Tessera::Bench
