// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "types.h"

#include <array>
#include <utility>

namespace Tessera {

namespace {

// One table per enum keeps names (used in CLI output, JSON and the audit log) next to values.
template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, name] : table) {
        if (v == value)
            return QString::fromLatin1(name);
    }
    return QString();
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table,
                            const QString &name)
{
    for (const auto &[v, n] : table) {
        if (name == QLatin1String(n))
            return v;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<AssetKind, const char *>, 3> assetKinds{{
        {AssetKind::Image, "image"},
        {AssetKind::Text, "text"},
        {AssetKind::Comparison, "comparison"},
}};

constexpr std::array<std::pair<ReviewStatus, const char *>, 6> reviewStatuses{{
        {ReviewStatus::New, "new"},
        {ReviewStatus::InProgress, "in-progress"},
        {ReviewStatus::Submitted, "submitted"},
        {ReviewStatus::Accepted, "accepted"},
        {ReviewStatus::Rejected, "rejected"},
        {ReviewStatus::Reopened, "reopened"},
}};

constexpr std::array<std::pair<AnnotationKind, const char *>, 14> annotationKinds{{
        {AnnotationKind::Box, "box"},
        {AnnotationKind::RotatedBox, "rotated-box"},
        {AnnotationKind::Polygon, "polygon"},
        {AnnotationKind::Polyline, "polyline"},
        {AnnotationKind::Point, "point"},
        {AnnotationKind::Keypoints, "keypoints"},
        {AnnotationKind::Ellipse, "ellipse"},
        {AnnotationKind::Mask, "mask"},
        {AnnotationKind::Tag, "tag"},
        {AnnotationKind::Span, "span"},
        {AnnotationKind::Relation, "relation"},
        {AnnotationKind::Classification, "classification"},
        {AnnotationKind::Preference, "preference"},
        {AnnotationKind::Field, "field"},
}};

constexpr std::array<std::pair<Origin, const char *>, 4> origins{{
        {Origin::Human, "human"},
        {Origin::Prelabel, "prelabel"},
        {Origin::Import, "import"},
        {Origin::Assist, "assist"},
}};

constexpr std::array<std::pair<AttributeType, const char *>, 5> attributeTypes{{
        {AttributeType::Select, "select"},
        {AttributeType::MultiSelect, "multi-select"},
        {AttributeType::Checkbox, "checkbox"},
        {AttributeType::Number, "number"},
        {AttributeType::Text, "text"},
}};

} // namespace

QString assetKindName(AssetKind kind)
{
    return nameOf(assetKinds, kind);
}
std::optional<AssetKind> assetKindFromName(const QString &name)
{
    return valueOf(assetKinds, name);
}
QString reviewStatusName(ReviewStatus status)
{
    return nameOf(reviewStatuses, status);
}
std::optional<ReviewStatus> reviewStatusFromName(const QString &name)
{
    return valueOf(reviewStatuses, name);
}
QString annotationKindName(AnnotationKind kind)
{
    return nameOf(annotationKinds, kind);
}
std::optional<AnnotationKind> annotationKindFromName(const QString &name)
{
    return valueOf(annotationKinds, name);
}
QString originName(Origin origin)
{
    return nameOf(origins, origin);
}
QString attributeTypeName(AttributeType type)
{
    return nameOf(attributeTypes, type);
}
std::optional<AttributeType> attributeTypeFromName(const QString &name)
{
    return valueOf(attributeTypes, name);
}

} // namespace Tessera
