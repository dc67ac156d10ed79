// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/** Live sync: time from a committed edit to its image's file rewritten, per format. */
int syncBench(const QStringList &args);

} // namespace Tessera::Bench
