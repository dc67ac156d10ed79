// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

class QThreadPool;

namespace Tessera {

/**
 * The workers that cut thumbnails and crops for lists and grids: as many as there are cores, at
 * idle priority (SCHED_IDLE on Linux), so that decoding never takes a core from the window while
 * it scrolls or paints. Created on first use; lives until the program ends.
 */
QThreadPool *picturePool();

} // namespace Tessera
