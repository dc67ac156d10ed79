// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `text`: a 1 MB document with 5,000 spans (open, create a span, move the cursor, page down),
 * stepping through comparisons, and importing 100k JSONL records with tessera-cli from outside.
 */
int textBench(const QStringList &args);

} // namespace Tessera::Bench
