// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `canvas [--polygons N] [--folder DIR]`: 10,000 polygons of 20 points on one 4000x3000 image:
 * frame times while panning and zooming at fit and at 4x, pick time, one edit committed and
 * redrawn; then stepping through the 1080p JPEGs of a folder with prefetch, and memory over it.
 */
int canvasBench(const QStringList &args);

} // namespace Tessera::Bench
