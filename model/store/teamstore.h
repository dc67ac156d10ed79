// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace Tessera {

class ProjectStore;

/** Why an asset went into an annotator's bundle. Stored: never renumber. */
enum class SplitRole { Own = 0, Overlap = 1, Gold = 2 };

/** One bundle handed out by a team split, as the project that split it remembers it. */
struct SplitRecord
{
    QString id; // also in the bundle's setting "team/split"
    QString annotator;
    QString createdBy;
    qint64 createdAt = 0;
    qint64 maxAnnotationId = 0; // annotations above it in the bundle were made there
    qint64 maxCommentId = 0;
    qint64 maxReviewId = 0;
    qint64 mergedAt = 0; // last merge, 0 for never
};

struct SplitAsset
{
    SplitRole role = SplitRole::Own;
    ReviewStatus status = ReviewStatus::New; // as the bundle got it (or last merged it)
};

/** What the three-way merge compares against: one annotation as the bundle got it. */
struct BaseAnnotation
{
    qint64 assetId = 0;
    qint64 originId = 0; // its id in this project
    QByteArray hash;
};

/** The base state of a split's issues: bundle comment id -> id here and resolved flag. */
struct BaseIssues
{
    QHash<qint64, qint64> originIds;
    QHash<qint64, bool> resolved;
};

/**
 * Bookkeeping of team splits and merges (model/team): what went to whom and the base of the
 * three-way merge. Writes join the caller's transaction when there is one.
 */
class TeamStore
{
public:
    explicit TeamStore(ProjectStore &store);

    QString errorString() const;

    /** A hash of what an annotation says (kind, label, geometry, links, data), not who or when. */
    static QByteArray contentHash(const Annotation &annotation);

    /** Records a split with its assets; the base is every main-layer annotation of Own assets. */
    bool recordSplit(SplitRecord &record, const QHash<qint64, SplitAsset> &assets);
    std::optional<SplitRecord> split(const QString &id);
    QList<SplitRecord> splits();
    QHash<qint64, SplitAsset> splitAssets(const QString &id);
    /** Bundle annotation id -> base. */
    QHash<qint64, BaseAnnotation> base(const QString &id);
    BaseIssues baseIssues(const QString &id);

    /** After a merge: the new base of the assets merged, and the split's cursors. */
    bool updateAfterMerge(const SplitRecord &record, const QHash<qint64, SplitAsset> &assets,
                          const QHash<qint64, BaseAnnotation> &base, const BaseIssues &issues);

    // Raw writes the merge makes, keeping who did what and when in the bundle.
    bool setStatus(qint64 assetId, ReviewStatus status);
    bool appendReview(const ReviewEntry &entry);
    /** Inserts a comment as it is (author, time, parent), filling in its new id. */
    bool insertComment(Comment &comment);
    bool setIssueResolved(qint64 issueId, bool resolved);

    /** The newest review entry's id (0 for none): review moves above it came later. */
    qint64 lastReviewId();

    /**
     * Turns a copy of a project into an annotator's bundle: only the assets in keep stay; gold
     * assets lose their annotations and their reference; layers and splits go, and so does the
     * audit history of what was removed (the log is append-only again afterwards). Only for a
     * snapshot being bundled, never for a project in use. One transaction.
     */
    bool reduceToBundle(const QList<qint64> &keep, const QList<qint64> &gold);

private:
    bool writeBase(const QString &splitId, const QHash<qint64, BaseAnnotation> &base);

    ProjectStore &m_store;
};

} // namespace Tessera
