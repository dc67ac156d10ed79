// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "core/types.h"

#include <QStringList>

namespace Tessera {

class ProjectStore;

/**
 * Relink Media: finds the files of image assets that have none where the project says, in
 * folders the user names, and points the assets at them. Two kinds of asset are looked for:
 * those imported while their file was missing (no content hash yet: matched by file name, then
 * by stem, preferring the candidate whose path ends like the expected one) and those whose file
 * moved (matched by content hash, name first so that few files are hashed).
 */
namespace MediaRelink {

struct Report
{
    int missing = 0;   // image assets without their file before
    int relinked = 0;  // found and pointed at their file
    QStringList notes; // one line per problem (a different size, the same content twice...)
};

/** Image assets whose file is not where the project says (or that never had one). */
QList<Asset> missingAssets(ProjectStore &store);

/**
 * Searches folders (recursively) and relinks what it finds, each asset in its own transaction.
 * False and *error only when a folder cannot be read or the store fails; assets not found are
 * counted, not errors.
 */
bool relink(ProjectStore &store, const QStringList &folders, Report *report,
            const JobControl &control, QString *error);

} // namespace MediaRelink
} // namespace Tessera
