// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `review`: the review queue over 100k assets (status filter, a 10 % sample), accept-and-next,
 * and agreement figures for 10k assets labelled by 3 annotators.
 */
int reviewBench(const QStringList &args);

} // namespace Tessera::Bench
