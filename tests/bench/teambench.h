// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `team`: split a 30k-asset project into 3 bundles of 10k, edit a share of each, and merge all
 * three back (the goal: ≤ 10 s); then 10k assets labelled by 3 annotators in layers: agreement
 * and gold scoring read from the store (the goal: ≤ 2 s).
 */
int teamBench(const QStringList &args);

} // namespace Tessera::Bench
