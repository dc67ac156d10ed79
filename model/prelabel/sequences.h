// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "core/sequenceframes.h"
#include "jobs/sequencejob.h"

#include <QList>
#include <QRectF>
#include <QString>

namespace Tessera::Sequences {

/**
 * Extracts every `every`-th frame of a video (cv::VideoCapture) as JPEG files into framesFolder
 * and describes them as the assets of a sequence named after the video (addVideoFrames() adds
 * them). On cancel or failure the files written are removed again and no assets are returned.
 */
VideoFrames extractVideo(const QString &video, const QString &framesFolder, int every,
                         const JobControl &control);

struct TrackResult
{
    QList<QRectF> boxes;  // one per frame after the first, as long as the object was followed
    QList<double> scores; // how much each still looks like the first (normalised correlation)
    QString stopReason;   // why it stopped before the end (empty: it reached the end)
};

/**
 * Follows a box from the first frame through the next ones (CSRT tracker). Stops when the
 * tracker loses the object or the patch no longer looks like the start (normalised
 * correlation below minConfidence); cancel is seen between frames.
 */
TrackResult propagate(const QStringList &framePaths, const QRectF &box, double minConfidence,
                      const JobControl &control);

/** The tracked boxes as shapes for writeTracked() (kind, geometry, score). */
QList<Annotation> trackedBoxes(const TrackResult &result);
/** The tracker's name and version for the provenance of what it followed. */
QString trackerModel();
QString trackerVersion();

} // namespace Tessera::Sequences
