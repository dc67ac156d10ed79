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

/**
 * The workers that decode the image the user is looking at (and the next ones, prefetched):
 * normal priority, and never queued behind background work (an import's hashing, pre-labels)
 * that fills the global pool. Created on first use; lives until the program ends.
 */
QThreadPool *viewPool();

} // namespace Tessera
