// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Tessera {

class ProjectStore;
struct FormatReport;

/** What an import does with the annotations a project has already (the CLI's --mode). */
enum class ImportMode {
    Merge,   // the file's annotations are matched with the stored ones; only new ones are added
    Replace, // the dataset's assets get exactly the file's annotations
    Append,  // everything the file holds is added, also what is stored already
};

/**
 * Stores the annotations one import reads so that importing the same data twice changes
 * nothing. A read annotation matches a stored one of its asset with the same kind, label and
 * geometry (points, rotation, visibility, mask, text offsets, relation ends): it is unchanged,
 * or changed when the file gives other attributes, z or group (the file's values are written).
 * Every stored annotation matches at most once, so a file that repeats a box keeps both copies.
 * A matched annotation gets the stored id, so relations read later point at it.
 *
 * Lives for one import, inside its transaction; finish() then removes, in Replace mode, what the
 * dataset's assets held that the file does not (proposals included). Counts go to the report.
 */
class ImportMerge
{
public:
    ImportMerge(ProjectStore &store, ImportMode mode);

    /** Reads what the project holds before the import; false and *error if it cannot. */
    bool begin(QString *error);
    /** Adds, updates or matches annotations (ids filled in); false and *error on failure. */
    bool store(QList<Annotation> &annotations, FormatReport &report, QString *error);
    /** Removes what Replace leaves behind on the assets the import named; false and *error. */
    bool finish(FormatReport &report, QString *error);

    /** Whether two annotations are the same shape, span or link (ids, data, provenance aside). */
    static bool sameGeometry(const Annotation &a, const Annotation &b);

private:
    /** Stored annotations of an asset not matched yet, loaded on the asset's first batch. */
    QList<Annotation> &pool(qint64 assetId);

    static constexpr qint64 prefetchRun = 256; // assets whose shapes one query reads

    ProjectStore &m_store;
    ImportMode m_mode;
    qint64 m_lastAssetBefore = 0; // assets above this id are new: nothing to match
    bool m_hadAnnotations = false;
    QHash<qint64, QList<Annotation>> m_pools;
};

} // namespace Tessera
