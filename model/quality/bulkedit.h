// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace Tessera {

class ProjectStore;

/**
 * Edits of many assets or annotations at once (the review grid, the asset browser's multi-select):
 * each is one transaction, attributed to the store's author like any edit, and returns what it
 * changed so that an undo command can put it back. Nothing here shows a message.
 */
namespace BulkEdit {

/** One asset's review move, and the issue a rejection opened (0: none). */
struct StatusMove
{
    qint64 assetId = 0;
    ReviewStatus from = ReviewStatus::New;
    ReviewStatus to = ReviewStatus::New;
    QString reason;
    qint64 issueId = 0;
};

struct StatusResult
{
    QList<StatusMove> moved;
    QStringList refused; // one line per asset the workflow refused, naming it and why
    QList<qint64> stale; // refused because someone changed them since the caller saw them
    QString error;       // the store failed: nothing moved
};

/**
 * Moves every asset the workflow lets go to `to` (ReviewWorkflow::transition: the same rules as
 * one at a time, rejections open their issue) in one transaction; assets already there are
 * skipped silently, refused ones are listed. `seen` holds the Asset::version the caller showed
 * of some assets (AssetListModel::shownVersions): one someone else changed since is refused and
 * listed in `stale`, as a single move would be; an asset without an entry is not checked.
 */
StatusResult setStatus(ProjectStore &store, const QList<qint64> &assetIds, ReviewStatus to,
                       const QString &reason, const QHash<qint64, qint64> &seen = {});
/**
 * Undoes (back to each move's `from`, resolving the issues rejections opened) or redoes (to
 * `to`, reopening them) moves made by setStatus(), in one transaction. Undo steps are logged in
 * the review log like any move; the workflow's rules are not asked again.
 */
bool replayStatus(ProjectStore &store, const QList<StatusMove> &moves, bool undo, QString *error);

/**
 * Gives the annotations labelId; *before receives them as they were (for undo), those already
 * with that label left out. False and *error when the store refuses: nothing changed.
 */
bool relabel(ProjectStore &store, const QList<qint64> &annotationIds, qint64 labelId,
             QList<Annotation> *before, QString *error);

/** Removes annotations; *before receives them whole, so that undo re-inserts them by id. */
bool remove(ProjectStore &store, const QList<qint64> &annotationIds, QList<Annotation> *before,
            QString *error);

/** Every annotation of the assets that is a proposal nobody accepted: what "delete proposals"
 * takes. */
QList<qint64> proposalsOf(ProjectStore &store, const QList<qint64> &assetIds);

} // namespace BulkEdit

} // namespace Tessera
