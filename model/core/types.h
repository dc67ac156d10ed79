// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <algorithm>

#include <QColor>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QRect>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>

namespace Tessera {

/** What one asset is. The numeric values are stored in projects: never renumber. */
enum class AssetKind { Image = 0, Text = 1, Comparison = 2 };

/** Bit set of asset kinds a label applies to. */
enum AssetKindFlag {
    ImageKindFlag = 1,
    TextKindFlag = 2,
    ComparisonKindFlag = 4,
    AllKindsFlag = 7
};

/** Review state of an asset. Stored numerically: never renumber. */
enum class ReviewStatus {
    New = 0,
    InProgress = 1,
    Submitted = 2,
    Accepted = 3,
    Rejected = 4,
    Reopened = 5
};

/** Kinds of annotation. Shapes are < 100, text and comparison kinds above. Stored: never renumber.
 */
enum class AnnotationKind {
    Box = 0,
    RotatedBox = 1,
    Polygon = 2,
    Polyline = 3,
    Point = 4,
    Keypoints = 5,
    Ellipse = 6,
    Mask = 7,
    Tag = 8, // image-level label
    Span = 100,
    Relation = 101,
    Classification = 102,
    Preference = 103,
    Field = 104, // a free-text answer to a project-defined field: data.name, data.value
};

/** Who made an annotation: a person, a model's proposal, an import, or a person with a model's
 * help (an assist such as Segment Anything: the person chose it, the model drew it). Stored. */
enum class Origin { Human = 0, Prelabel = 1, Import = 2, Assist = 3 };

enum class AttributeType { Select = 0, MultiSelect = 1, Checkbox = 2, Number = 3, Text = 4 };

QString assetKindName(AssetKind kind);
std::optional<AssetKind> assetKindFromName(const QString &name);
QString reviewStatusName(ReviewStatus status);
std::optional<ReviewStatus> reviewStatusFromName(const QString &name);
QString annotationKindName(AnnotationKind kind);
std::optional<AnnotationKind> annotationKindFromName(const QString &name);
QString originName(Origin origin);
QString attributeTypeName(AttributeType type);
std::optional<AttributeType> attributeTypeFromName(const QString &name);

/** One attribute a label carries, e.g. "occluded" (checkbox) or "colour" (select). */
struct AttributeDefinition
{
    qint64 id = 0;
    QString name;
    AttributeType type = AttributeType::Text;
    QStringList options; // for Select and MultiSelect
    QString defaultValue;

    bool operator==(const AttributeDefinition &) const = default;
};

/** A keypoint template: named points in order and the edges drawn between them. */
struct Skeleton
{
    QStringList points;
    QList<QPair<int, int>> edges;

    bool isEmpty() const { return points.isEmpty(); }
    bool operator==(const Skeleton &) const = default;
};

/**
 * A class in the project schema. sortOrder (the class id of exports) is assigned once and never
 * renumbered; displayOrder is where the window lists the label, which the user may change freely.
 */
struct Label
{
    qint64 id = 0;
    QString name;
    QColor color;
    QString hotkey;
    int kinds = AllKindsFlag;
    int sortOrder = 0;
    int displayOrder = 0; // the window's order; equals sortOrder until the user reorders
    QList<AttributeDefinition> attributes;
    Skeleton skeleton; // for keypoint shapes of this label

    bool operator==(const Label &) const = default;
};

/** Sorts labels into the window's order (displayOrder; ties keep their order). */
inline void sortForDisplay(QList<Label> &labels)
{
    std::stable_sort(labels.begin(), labels.end(), [](const Label &a, const Label &b) {
        return a.displayOrder < b.displayOrder;
    });
}

/** One unit of work: an image, a text document or a comparison (prompt + answers). */
struct Asset
{
    qint64 id = 0;
    AssetKind kind = AssetKind::Image;
    QString path; // relative to the project folder when the file lies below it
    QString name; // display name
    qint64 byteSize = 0;
    QString sha256; // hex
    int width = 0;
    int height = 0;
    QString text;        // text documents: the text; comparisons: the prompt
    QJsonObject payload; // comparisons: {"answers": [...], "messages": [...]}; any extra fields
    ReviewStatus status = ReviewStatus::New;
    QString addedBy;
    qint64 addedAt = 0; // ms since epoch, UTC
    qint64 version = 0; // grows by one with each change of the row (optimistic concurrency)

    bool operator==(const Asset &) const = default;
};

/** Who or what made an annotation. Times are ms since epoch, UTC. */
struct Provenance
{
    Origin origin = Origin::Human;
    QString author;
    qint64 createdAt = 0;
    qint64 modifiedAt = 0;
    QString modelId;
    QString modelVersion;
    std::optional<double> score;

    bool operator==(const Provenance &) const = default;
};

/**
 * A Shape, Span, Relation, Classification or Preference with its provenance.
 *
 * Geometry by kind: Box/Ellipse use points = {topLeft, bottomRight} and rotation (degrees about
 * the centre; RotatedBox likewise); Polygon/Polyline/Point use points; Keypoints use points plus
 * one visibility per point (0 absent, 1 occluded, 2 visible); Mask uses maskRect plus run lengths
 * (alternating background/foreground, row-major inside maskRect); Span uses [start, end) in Unicode
 * code points; Relation uses sourceId/targetId. Attributes and kind-specific extras (a preference's
 * choice, ranking and ratings; unknown keys from imported files) live in data.
 */
struct Annotation
{
    qint64 id = 0;
    qint64 assetId = 0;
    qint64 labelId = 0; // 0: none
    AnnotationKind kind = AnnotationKind::Box;
    QList<QPointF> points;
    double rotation = 0.0;
    QList<int> visibility;
    QRect maskRect;
    QList<quint32> maskRuns;
    qint64 start = 0;
    qint64 end = 0;
    qint64 sourceId = 0;
    qint64 targetId = 0;
    int z = 0;
    qint64 groupId = 0;
    QJsonObject data;
    Provenance provenance;

    bool operator==(const Annotation &) const = default;
};

/**
 * A proposal is a pre-label (from a model or a rule) nobody has accepted yet. Accepting one marks
 * it (data.accepted) and keeps its provenance: who or what proposed it stays on record.
 */
inline bool isProposal(const Annotation &a)
{
    return a.provenance.origin == Origin::Prelabel
           && !a.data.value(QLatin1String("accepted")).toBool();
}

/** One change of an asset's review status: who, when, to what, and why. */
struct ReviewEntry
{
    qint64 id = 0;
    qint64 assetId = 0;
    ReviewStatus status = ReviewStatus::New;
    QString reviewer;
    QString reason;
    qint64 at = 0;
};

/** One append-only history entry. before/after are JSON texts (empty when not applicable). */
struct AuditEntry
{
    qint64 id = 0;
    qint64 at = 0;
    QString author;
    QString action;
    qint64 assetId = 0;
    qint64 annotationId = 0;
    QString before;
    QString after;
};

/**
 * A comment on an asset. One with parentId 0 opens an issue (a thread), which may be pinned to a
 * point or region of an image (region; a point is a rectangle of size 0), to a span of a text
 * ([spanStart, spanEnd) in code points) or to an annotation. Replies carry the issue's id in
 * parentId; only the issue's resolved flag counts.
 */
struct Comment
{
    qint64 id = 0;
    qint64 assetId = 0;
    qint64 annotationId = 0;
    qint64 parentId = 0;
    QString author;
    qint64 createdAt = 0;
    QString body;
    std::optional<QRectF> region;
    qint64 spanStart = -1;
    qint64 spanEnd = -1;
    bool resolved = false;

    bool isIssue() const { return parentId == 0; }
    bool hasSpan() const { return spanStart >= 0 && spanEnd > spanStart; }
    bool operator==(const Comment &) const = default;
};

} // namespace Tessera

Q_DECLARE_METATYPE(Tessera::Annotation)
