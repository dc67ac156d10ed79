// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `assist`: Segment Anything on this machine: the encoder on 1080p images (wall and CPU),
 * click → mask through the service (p50/p95), the GUI thread's gaps while hovering, boxes → masks
 * on a cached embedding, memory while in use and after the encoder is released, and how often
 * stepping through images finds the embedding ready. [--runs N] [--think MS]
 */
int assistBench(const QStringList &args);

} // namespace Tessera::Bench
