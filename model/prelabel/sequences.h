// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"
#include "jobs/jobcontrol.h"

#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

namespace Tessera {

class ProjectStore;

/**
 * Image sequences (video frames, or a folder of frames) and tracks across them.
 *
 * A frame is an image asset with payload.sequence = {name, frame}. A track is the annotations
 * sharing data.track (a string, as CVAT's video import writes it); the ones a person placed are
 * keyframes, the ones filled in between carry data.interpolated (or data.tracked when a tracker
 * found them) and are replaced whenever the track is filled again.
 */
namespace Sequences {

struct Frame
{
    QString sequence;
    int index = 0;
};

std::optional<Frame> frameOf(const Asset &asset);

/** The track an annotation belongs to (empty: none). */
QString trackOf(const Annotation &a);
/** Whether interpolation or a tracker made it (it is replaced when the track is filled again). */
bool isFilledIn(const Annotation &a);
/** Makes the annotation a keyframe: of its track, or of a new one named after it. */
void makeKeyframe(Annotation &a);

/**
 * Extracts every `every`-th frame of a video (cv::VideoCapture) as JPEG files into framesFolder
 * and adds them as a sequence named after the video. One transaction; canceled = nothing added.
 */
AddReport addVideo(ProjectStore &store, const QString &video, const QString &framesFolder,
                   int every, const JobControl &control);

/**
 * Adds the images of a folder (in file-name order) as the frames of a sequence named after the
 * folder; images already in the project join the sequence too.
 */
AddReport addFrameFolder(ProjectStore &store, const QString &folder, const JobControl &control);

/** Makes these image assets, in this order, the frames of a sequence. */
bool makeSequence(ProjectStore &store, const QString &name, const QList<qint64> &assetIds,
                  QString *error);

/** The asset ids of a sequence in frame order. */
QList<qint64> frames(ProjectStore &store, const QString &name);

/**
 * The shape between two keyframes of a track at t (0: from, 1: to): boxes, rotated boxes and
 * ellipses by corners and angle, polygons, polylines and keypoints point by point (only with the
 * same number of points), masks not at all.
 */
std::optional<Annotation> interpolate(const Annotation &from, const Annotation &to, double t);

/**
 * Fills every frame between two keyframes of each track of the sequence with an interpolated
 * shape, replacing what earlier filling made. One transaction; how many shapes were written,
 * or -1 and *error.
 */
qint64 interpolateTracks(ProjectStore &store, const QString &sequence, QString *error);

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

/**
 * Propagates a box annotation forward over up to `count` frames of its sequence and writes
 * what was found as tracked boxes of its track (the box becomes a keyframe). Returns the number
 * of frames followed, or -1 and *error.
 */
int trackForward(ProjectStore &store, qint64 annotationId, int count, double minConfidence,
                 const JobControl &control, QString *error, QString *stopReason = nullptr);

} // namespace Sequences

} // namespace Tessera
