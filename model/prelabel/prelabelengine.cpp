// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "prelabelengine.h"

#include "store/projectstore.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>

#include <opencv2/core.hpp>

#include <atomic>
#include <mutex>
#include <thread>

namespace Tessera::PrelabelEngine {

PrelabelRun run(const QList<std::pair<qint64, QString>> &images, const Detector &detector,
                int threads, const JobControl &control)
{
    PrelabelRun result;
    QElapsedTimer timer;
    timer.start();
    // Parallel over images, not inside OpenCV: one image per core scales best, and OpenCV's
    // own threads would compete with ours.
    cv::setNumThreads(1);
    threads = std::clamp(threads, 1, std::max(1, int(images.size())));
    std::atomic<qsizetype> next{0};
    std::atomic<qsizetype> done{0};
    std::mutex mutex;
    QList<AssetDetections> found;
    QStringList errors;
    auto work = [&](std::unique_ptr<Detector> mine) {
        while (!control.canceled()) {
            const qsizetype i = next++;
            if (i >= images.size())
                break;
            QList<Detection> detections;
            QString error;
            const bool ok = mine->detectFile(images[i].second, &detections, &error);
            {
                std::lock_guard lock(mutex);
                if (ok)
                    found.append({images[i].first, detections});
                else
                    errors.append(error);
            }
            control.report(++done, images.size());
        }
    };
    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t)
        workers.emplace_back(work, detector.clone());
    for (std::thread &w : workers)
        w.join();
    // Workers finish in any order: the result follows the order asked for.
    QHash<qint64, int> order;
    for (int i = 0; i < images.size(); ++i)
        order.insert(images[i].first, i);
    std::sort(found.begin(), found.end(),
              [&order](const AssetDetections &a, const AssetDetections &b) {
                  return order.value(a.assetId) < order.value(b.assetId);
              });
    result.results = found;
    result.errors = errors;
    result.canceled = control.canceled();
    result.images = int(done);
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

QList<std::pair<qint64, QString>> images(ProjectStore &store, const QList<qint64> &assetIds)
{
    QList<qint64> ids = assetIds;
    if (ids.isEmpty()) {
        AssetFilter filter;
        filter.kind = AssetKind::Image;
        ids = store.assetIds(filter);
    }
    QList<std::pair<qint64, QString>> out;
    for (qint64 id : std::as_const(ids)) {
        const std::optional<Asset> a = store.asset(id);
        if (a && a->kind == AssetKind::Image)
            out.append({id, store.absolutePath(*a)});
    }
    return out;
}

qint64 apply(ProjectStore &store, const Detector &detector, const PrelabelRun &run, QString *error)
{
    ProjectStore::Transaction transaction(store);
    QHash<QString, qint64> labels;
    for (const Label &l : store.labels())
        labels.insert(l.name, l.id);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<Annotation> proposals;
    QList<qint64> replaced;
    for (const AssetDetections &asset : run.results) {
        for (const Annotation &a : store.annotations(asset.assetId)) {
            if (isProposal(a) && a.provenance.modelId == detector.name())
                replaced.append(a.id);
        }
        for (const Detection &d : asset.detections) {
            if (!labels.contains(d.label)) {
                Label label{.name = d.label, .kinds = ImageKindFlag};
                if (!store.addLabel(label)) {
                    *error = store.errorString();
                    return -1;
                }
                labels.insert(d.label, label.id);
            }
            Annotation a{.assetId = asset.assetId,
                         .labelId = labels.value(d.label),
                         .kind = AnnotationKind::Box,
                         .points = {d.box.topLeft(), d.box.bottomRight()}};
            a.provenance = {.origin = Origin::Prelabel,
                            .author = store.author(),
                            .createdAt = now,
                            .modifiedAt = now,
                            .modelId = detector.name(),
                            .modelVersion = detector.version(),
                            .score = d.score};
            a.data[QStringLiteral("prelabel")] = detector.parameters();
            if (!d.keypoints.isEmpty()) {
                QJsonArray points;
                for (const QPointF &p : d.keypoints)
                    points.append(QJsonArray{p.x(), p.y()});
                a.data[QStringLiteral("keypoints")] = points;
            }
            proposals.append(a);
        }
    }
    if ((!replaced.isEmpty() && !store.removeAnnotations(replaced))
        || !store.addAnnotations(proposals, ProjectStore::AuditDetail::Summary)
        || !transaction.commit()) {
        *error = store.errorString();
        return -1;
    }
    return proposals.size();
}

} // namespace Tessera::PrelabelEngine
