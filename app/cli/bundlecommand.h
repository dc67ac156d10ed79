// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli bundle create|verify|open. */
int runBundle(const QStringList &arguments);

} // namespace Tessera::Cli
