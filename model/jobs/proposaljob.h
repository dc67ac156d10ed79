// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/detection.h"

#include <QList>
#include <QString>

namespace Tessera {

class ProjectStore;

/**
 * The store side of pre-labelling: which images to run a detector on, and writing what it
 * found as proposals. The detectors themselves (tessera_prelabel) only return values.
 */
namespace ProposalJob {

/** The images of a project (all, or these ids) as (asset id, absolute path). */
QList<std::pair<qint64, QString>> images(ProjectStore &store, const QList<qint64> &assetIds);

/**
 * Writes the detections as proposals (boxes; key points kept in data.keypoints) with provenance:
 * origin Prelabel, the detector's name, version and score, and its parameters in data.prelabel.
 * Labels are matched by name, missing ones added for images. Proposals this detector made
 * earlier on these images and nobody accepted are replaced. One transaction; the number of
 * proposals written, or -1 and *error.
 */
qint64 apply(ProjectStore &store, const DetectorInfo &detector, const PrelabelRun &run,
             QString *error);

} // namespace ProposalJob

} // namespace Tessera
