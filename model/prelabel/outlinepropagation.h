// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "core/types.h"

#include <QStringList>

namespace Tessera {

class EmbeddingCache;

/** Outlines that followed an object through frames: one shape per frame, until it was lost. */
struct PropagationResult
{
    QList<Annotation> shapes; // kind and geometry only, for frames 1.. of the list
    QString stopReason;       // why it stopped before the last frame (empty: it got there)
    int encoderRuns = 0;
};

/**
 * Propagation of a polygon or mask through a sequence: the box tracker (CSRT) follows the
 * shape's bounds, then Segment Anything takes the tracked box and the previous outline's centre
 * (moved with the box) as its prompt on each frame. It stops where the tracker loses the object,
 * where SAM finds nothing, or where the outline's area jumps (below a third or above three times
 * the previous one): the object has left or is hidden.
 */
namespace OutlinePropagation {

/** framePaths[0] is the frame of start. Touches no store. */
PropagationResult run(const QStringList &framePaths, const Annotation &start, bool asMask,
                      EmbeddingCache *cache, const JobControl &control);

} // namespace OutlinePropagation

} // namespace Tessera
