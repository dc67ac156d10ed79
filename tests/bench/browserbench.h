// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `browser PROJECT`: the asset browser over a (large) project, scrolled a page at a time from top
 * to bottom and jumped at random; reports the time of each repaint (a frame) and of filtering.
 */
int browserBench(const QStringList &args);

} // namespace Tessera::Bench
