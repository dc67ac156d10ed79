// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Tessera::Logging {

enum class Console { Off, On };

/**
 * Sets up the default spdlog logger: a rotating file (5 files of 2 MiB) in the user's data folder,
 * plus stderr when console is On (the CLI). Qt's own messages are routed into the same log.
 * Safe to call once per process; returns the log file's path (empty if it could not be made).
 */
QString initialize(const QString &component, Console console);

/** Where initialize() puts @p component's log file (it may not exist yet). */
QString logPath(const QString &component);

void info(const QString &message);
void warn(const QString &message);
void error(const QString &message);

} // namespace Tessera::Logging
