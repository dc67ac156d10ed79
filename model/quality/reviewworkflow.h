// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

class ProjectStore;

/**
 * The review workflow of an asset: new → in progress → submitted → accepted or rejected (with a
 * reason) → reopened → … Every transition is attributed and timed in the store's review log.
 */
namespace ReviewWorkflow {

bool allowed(ReviewStatus from, ReviewStatus to);

/** The project's list of reasons for rejecting (setting "review/reasons"). */
QStringList rejectReasons(ProjectStore &store);
bool setRejectReasons(ProjectStore &store, const QStringList &reasons);

/**
 * Moves an asset to `to`; a rejection also opens an issue with its reason. Refused (false, *error
 * naming the asset and both states) when the workflow does not allow it, or when a rejection has no
 * reason. *openedIssue (when given) receives the id of the issue a rejection opened (else 0).
 * With seenVersion (the Asset::version the user saw), a move of an asset someone changed since
 * is refused with who and when (store.lastErrorWasConflict()).
 */
bool transition(ProjectStore &store, qint64 assetId, ReviewStatus to, const QString &reason,
                QString *error, qint64 *openedIssue = nullptr,
                std::optional<qint64> seenVersion = std::nullopt);
/**
 * The project setting "review/noSelfAccept" ("1"): nobody accepts an asset they last worked on
 * (started or submitted, by the review log); transition() refuses it with a message.
 */
bool forbidsSelfAccept(ProjectStore &store);
bool setForbidsSelfAccept(ProjectStore &store, bool forbid);
/** Who last started or submitted the asset (empty: nobody yet). */
QString lastAnnotator(ProjectStore &store, qint64 assetId);
/** The body of the issue that a rejection opens (in the same transaction as the move). */
QString rejectionIssueText(const QString &reason);
/**
 * The rejection the annotator still has to answer: the last one, unless the asset was submitted
 * again or accepted since.
 */
std::optional<ReviewEntry> lastRejection(ProjectStore &store, qint64 assetId);

struct QueueFilter
{
    std::optional<ReviewStatus> status = ReviewStatus::Submitted;
    qint64 labelId = 0;           // has an annotation or class with this label
    bool prelabelledOnly = false; // has annotations made by pre-labelling
    QString annotator;            // last started or submitted by this person (review log)
    bool openIssuesOnly = false;  // has an issue nobody resolved yet
    qint64 changedFrom = 0;       // last status change in [from, to] (ms since epoch; 0: open)
    qint64 changedTo = 0;
    double samplePercent = 100; // a random share for spot checks, the same for the same seed
    quint64 seed = 1;

    bool operator==(const QueueFilter &) const = default;
};

/** The review queue: asset ids in order. */
QList<qint64> queue(ProjectStore &store, const QueueFilter &filter);

} // namespace ReviewWorkflow

/** Per annotator: what they did, how fast, and how their work fared in review. */
struct AnnotatorReport
{
    QString name;
    int edits = 0;
    int assets = 0;
    double activeHours = 0; // edits less than five minutes apart count as working time
    double assetsPerHour = 0;
    double secondsPerAsset = 0;
    int accepted = 0;
    int rejected = 0;
    int goldScored = 0;    // gold assets this annotator labelled
    double goldScore = 0;  // their mean score there, 0..1
    double agreement = -1; // with the other annotators over shared assets (layers), −1: none
    double rejectionRate() const
    {
        return accepted + rejected ? double(rejected) / (accepted + rejected) : 0;
    }
};

namespace ReviewReport {

/** Working time in hours from one person's edit times (ascending, ms): gaps under five
 *  minutes count, longer pauses do not. */
double activeHours(const QList<qint64> &times);

/** From the audit log and the review log; annotators by name. */
QList<AnnotatorReport> build(ProjectStore &store);
/** The same as CSV (header line, one line per annotator), for spreadsheets. */
QByteArray toCsv(const QList<AnnotatorReport> &report);

} // namespace ReviewReport

} // namespace Tessera
