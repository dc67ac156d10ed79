// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "core/types.h"
#include "detector.h"

#include <QList>
#include <QString>

namespace Tessera {

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

/** What the run's detector is, for the proposals' provenance (ProposalJob::apply). */
DetectorInfo info(const Detector &detector);

} // namespace PrelabelEngine

} // namespace Tessera
