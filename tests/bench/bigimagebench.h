// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `bigimage [--sizes 8000,20000] [--work DIR]`: makes square JPEGs of those sizes (once) and times
 * `tessera IMAGE --screenshot` from outside the process: first view and peak memory.
 */
int bigImageBench(const QStringList &args);

} // namespace Tessera::Bench
