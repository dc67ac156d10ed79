// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli sync: list, add or remove live-sync targets, or bring them up to date once. */
int runSync(const QStringList &arguments);

} // namespace Tessera::Cli
