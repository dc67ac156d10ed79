// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::Cli {

/** One subcommand: its name, a one-line summary for the overview, and its entry point. */
struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

const QList<Command> &commands();

} // namespace Tessera::Cli
