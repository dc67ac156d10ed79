// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `grid`: the review grid over 100k assets and 1M shapes: first page of object crops (query and
 * first frame; pictures until the visible ones are drawn), asset view first frame, scrolling frame
 * times, and a bulk accept of 1,000 assets with its undo.
 */
int gridBench(const QStringList &args);

} // namespace Tessera::Bench
