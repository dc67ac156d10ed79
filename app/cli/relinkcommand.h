// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli relink: finds missing or moved image files in folders (MediaRelink). */
int runRelink(const QStringList &arguments);

} // namespace Tessera::Cli
