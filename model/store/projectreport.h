// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "projectstore.h"

namespace Tessera::ProjectReport {

/** Counts by asset kind, status, annotation kind and label. */
ProjectStats stats(SqliteDatabase &db);
/**
 * Full consistency check: SQLite's integrity check, foreign keys, readable geometry and, when
 * verifyMedia, that every asset's file exists. One line per problem; empty when clean.
 */
QStringList check(SqliteDatabase &db, const QString &projectDirectory, bool verifyMedia);

} // namespace Tessera::ProjectReport
