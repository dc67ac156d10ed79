// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli task: show or change what text documents and comparisons ask for. */
int runTask(const QStringList &arguments);
/** tessera-cli rules: list, add or clear span rules, or run them as proposals on all texts. */
int runRules(const QStringList &arguments);

} // namespace Tessera::Cli
