// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli server init|version|push|pull: a PostgreSQL database as a team project. */
int runServer(const QStringList &arguments);

} // namespace Tessera::Cli
