// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "prelabelengine.h"

#include <QElapsedTimer>

#include <opencv2/core.hpp>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace Tessera::PrelabelEngine {

namespace {

/** What the workers share. They touch nothing else, so that run() may return before them. */
struct Shared
{
    QList<std::pair<qint64, QString>> images;
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::atomic_bool stop{false};
    std::mutex mutex;
    std::condition_variable finished;
    int running = 0;
    QList<AssetDetections> found;
    QStringList errors;
};

/**
 * Workers still finishing an image when a run was canceled: joined before the next run starts
 * and at exit, so that none outlives the libraries it uses.
 */
class Abandoned
{
public:
    ~Abandoned() { joinAll(); }
    void add(std::vector<std::thread> threads)
    {
        std::lock_guard lock(m_mutex);
        for (std::thread &t : threads)
            m_threads.push_back(std::move(t));
    }
    void joinAll()
    {
        std::vector<std::thread> threads;
        {
            std::lock_guard lock(m_mutex);
            threads.swap(m_threads);
        }
        for (std::thread &t : threads)
            t.join();
    }

private:
    std::mutex m_mutex;
    std::vector<std::thread> m_threads;
};

Abandoned &abandoned()
{
    static Abandoned instance;
    return instance;
}

} // namespace

PrelabelRun run(const QList<std::pair<qint64, QString>> &images, const Detector &detector,
                int threads, const JobControl &control)
{
    PrelabelRun result;
    QElapsedTimer timer;
    timer.start();
    abandoned().joinAll();
    // Parallel over images, not inside OpenCV: one image per core scales best, and OpenCV's
    // own threads would compete with ours.
    cv::setNumThreads(1);
    threads = std::clamp(threads, 1, std::max(1, int(images.size())));
    auto shared = std::make_shared<Shared>();
    shared->images = images;
    shared->images.detach(); // the workers' own copy: nothing else holds or changes it
    shared->running = threads;
    auto work = [shared](std::unique_ptr<Detector> mine) {
        while (!shared->stop) {
            const qsizetype i = shared->next++;
            if (i >= shared->images.size())
                break;
            QList<Detection> detections;
            QString error;
            // at(), never []: a non-const [] detaches the list, shared with the caller's, and
            // two workers detaching at once left one with a freed string (a rare crash).
            const std::pair<qint64, QString> &image = shared->images.at(i);
            const bool ok = mine->detectFile(image.second, &detections, &error);
            std::lock_guard lock(shared->mutex);
            if (shared->stop)
                break; // canceled meanwhile: this image no longer counts
            if (ok)
                shared->found.append({image.first, detections});
            else
                shared->errors.append(error);
            ++shared->done;
        }
        std::lock_guard lock(shared->mutex);
        --shared->running;
        shared->finished.notify_all();
    };
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(work, detector.clone());
    // This thread reports progress and watches for cancel; on cancel it returns at once with
    // what is done, and the workers finish their current image on their own.
    qsizetype reported = -1;
    std::unique_lock lock(shared->mutex);
    while (shared->running > 0) {
        if (control.canceled()) {
            shared->stop = true;
            break;
        }
        if (shared->done != reported) {
            reported = shared->done;
            lock.unlock();
            control.report(reported, images.size());
            lock.lock();
            continue;
        }
        shared->finished.wait_for(lock, std::chrono::milliseconds(20));
    }
    result.results = shared->found;
    result.errors = shared->errors;
    result.images = int(shared->done);
    lock.unlock();
    result.canceled = shared->stop;
    if (result.canceled) {
        abandoned().add(std::move(workers));
    } else {
        for (std::thread &w : workers)
            w.join();
        control.report(images.size(), images.size());
    }
    // Workers finish in any order: the result follows the order asked for.
    QHash<qint64, int> order;
    for (int i = 0; i < images.size(); ++i)
        order.insert(images[i].first, i);
    std::sort(result.results.begin(), result.results.end(),
              [&order](const AssetDetections &a, const AssetDetections &b) {
                  return order.value(a.assetId) < order.value(b.assetId);
              });
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

DetectorInfo info(const Detector &detector)
{
    return {detector.name(), detector.version(), detector.parameters()};
}

} // namespace Tessera::PrelabelEngine
