// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "detector.h"
#include "jobs/jobcontrol.h"

#include <QList>
#include <QString>

namespace Tessera {

class ProjectStore;

/** What a detector found in one image. */
struct AssetDetections
{
    qint64 assetId = 0;
    QList<Detection> detections;
};

/** The result of a run: detections per image, unreadable images, and how fast it went. */
struct PrelabelRun
{
    QList<AssetDetections> results;
    QStringList errors; // "file: reason"
    bool canceled = false;
    int images = 0;
    double seconds = 0;
};

namespace PrelabelEngine {

/**
 * Runs a detector over images (asset id, absolute path) on `threads` workers, each with its own
 * clone of the detector; progress and cancel through control, both on the calling thread. On
 * cancel it returns within ~20 ms with what is done; workers still inside an image finish it on
 * their own and are joined before the next run (or at exit). Touches no store: safe on any
 * thread; the caller applies the result.
 */
PrelabelRun run(const QList<std::pair<qint64, QString>> &images, const Detector &detector,
                int threads, const JobControl &control);

/** The images of a project (all, or these ids) as run() takes them. */
QList<std::pair<qint64, QString>> images(ProjectStore &store, const QList<qint64> &assetIds);

/**
 * Writes the detections as proposals (boxes; key points kept in data.keypoints) with provenance:
 * origin Prelabel, the detector's name, version and score, and its parameters in data.prelabel.
 * Labels are matched by name, missing ones added for images. Proposals this detector made
 * earlier on these images and nobody accepted are replaced. One transaction; the number of
 * proposals written, or -1 and *error.
 */
qint64 apply(ProjectStore &store, const Detector &detector, const PrelabelRun &run, QString *error);

} // namespace PrelabelEngine

} // namespace Tessera
