// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QString>

#include <optional>

namespace Tessera::Sequences {

/**
 * Image sequences (video frames, or a folder of frames) and tracks across them, as values.
 *
 * A frame is an image asset with payload.sequence = {name, frame}. A track is the annotations
 * sharing data.track (a string, as CVAT's video import writes it); the ones a person placed are
 * keyframes, the ones filled in between carry data.interpolated (or data.tracked when a tracker
 * found them) and are replaced whenever the track is filled again.
 */
struct Frame
{
    QString sequence;
    int index = 0;
};

inline const QString sequenceKey = QStringLiteral("sequence");
inline const QString trackKey = QStringLiteral("track");
inline const QString interpolatedKey = QStringLiteral("interpolated");
inline const QString trackedKey = QStringLiteral("tracked");

std::optional<Frame> frameOf(const Asset &asset);

/** The track an annotation belongs to (empty: none). */
QString trackOf(const Annotation &a);
/** Whether interpolation or a tracker made it (it is replaced when the track is filled again). */
bool isFilledIn(const Annotation &a);
/** Makes the annotation a keyframe: of its track, or of a new one named after it. */
void makeKeyframe(Annotation &a);

/**
 * The shape between two keyframes of a track at t (0: from, 1: to): boxes, rotated boxes and
 * ellipses by corners and angle, polygons, polylines and keypoints point by point (only with the
 * same number of points), masks not at all.
 */
std::optional<Annotation> interpolate(const Annotation &from, const Annotation &to, double t);

/** Runs of digits compare by value: "frame2" < "frame10", whatever the locale. */
bool naturalLess(const QString &a, const QString &b);

} // namespace Tessera::Sequences
