// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Tessera::Migrations {

/** Migration N takes a project from schema version N-1 to N. Never edit a released one. */
struct Migration
{
    int version;
    const char *sql;
};

const QList<Migration> &all();
/** The schema version this build writes; projects above it are refused. */
int latestVersion();

} // namespace Tessera::Migrations
