// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli duplicates: groups of near-duplicate images (perceptual hashes). */
int runDuplicates(const QStringList &arguments);

} // namespace Tessera::Cli
