// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `server --url postgresql://.../postgres --project PATH`: pushes the project (e.g. 100k assets
 * and 1M annotations from `tessera-bench store --keep PATH`) into a fresh database of that server
 * with tessera-cli and pulls it back into a new file, timed from outside the process (the goal:
 * push ≤ 30 s). The URL's user must be allowed to create databases.
 */
int serverBench(const QStringList &args);

} // namespace Tessera::Bench
