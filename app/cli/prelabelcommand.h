// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli detectors: the built-in detectors and their options. */
int runDetectors(const QStringList &arguments);
/** tessera-cli prelabel: runs a detector over a project's images and stores proposals. */
int runPrelabel(const QStringList &arguments);
/** tessera-cli segment: boxes → polygons or masks (SAM), stored as proposals. */
int runSegment(const QStringList &arguments);
/** tessera-cli evaluate: predictions against the accepted annotations (AP, per class, confusion).
 */
int runEvaluate(const QStringList &arguments);

} // namespace Tessera::Cli
