// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Tessera::ProjectFile {

/**
 * Reads a project's schema version from the SQLite file header without opening the database, so
 * that a foreign or newer file can be refused before SQLite could touch it. -1 and *error
 * (naming the file and the problem) when the file is not a Tessera project.
 */
int schemaVersionOf(const QString &path, QString *error);

} // namespace Tessera::ProjectFile
