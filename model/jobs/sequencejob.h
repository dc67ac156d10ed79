// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "core/sequenceframes.h"
#include "core/types.h"

#include <QList>
#include <QRectF>
#include <QStringList>

namespace Tessera {

class ProjectStore;

/** Frames taken out of a video (files written, assets described), not yet in a project. */
struct VideoFrames
{
    QList<Asset> assets; // path: the absolute file; payload.sequence set
    QStringList written; // files to remove again if the frames are not added
    QString fatalError;
    bool canceled = false;
};

/** Where a track is followed from: the start shape and the frames after it. */
struct TrackStart
{
    Annotation start;
    QStringList paths;       // the start's frame first, then the frames to follow
    QList<qint64> following; // asset ids of paths[1..]
};

/**
 * The store side of sequences and tracks: frames into a project, sequences by name, tracks
 * filled by interpolation, and what a tracker followed written back. The trackers themselves
 * (tessera_prelabel) only return values.
 */
namespace Sequences {

/** Where the frames of a video go: frames/<video name>/ in the project's folder. */
QString framesFolder(const ProjectStore &store, const QString &video);

/** Adds extracted video frames as a sequence; on any failure the written files are removed. */
AddReport addVideoFrames(ProjectStore &store, const VideoFrames &frames);

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
 * Fills every frame between two keyframes of each track of the sequence with an interpolated
 * shape, replacing what earlier filling made. One transaction; how many shapes were written,
 * or -1 and *error.
 */
qint64 interpolateTracks(ProjectStore &store, const QString &sequence, QString *error);

/**
 * The start of following an annotation of one of kinds over up to count frames of its sequence
 * (backward: towards the first frame). nullopt and *error when it is not on a sequence's frame.
 */
std::optional<TrackStart> trackStart(ProjectStore &store, qint64 annotationId, int count,
                                     bool backward, const QList<AnnotationKind> &kinds,
                                     QString *error);

/**
 * Writes what a tracker followed (shapes[i] on following[i]: kind, geometry and score) as
 * filled-in shapes of the start's track (the start becomes a keyframe), replacing earlier
 * filled-in shapes of the track on those frames. accepted: a person asked for them on their own
 * shape (kept as accepted proposals) rather than proposals to review. One transaction; the
 * number written, or -1 and *error.
 */
int writeTracked(ProjectStore &store, const TrackStart &start, const QList<Annotation> &shapes,
                 const QString &modelId, const QString &modelVersion, bool accepted,
                 QString *error);

} // namespace Sequences

} // namespace Tessera
