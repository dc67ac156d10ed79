// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "audittext.h"

#include "jsonconvert.h"
#include "shapegeometry.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace Tessera::AuditText {

namespace {

// Texts filed by lupdate under, and looked up in, the context "AuditText".
struct AuditTextText
{
    Q_DECLARE_TR_FUNCTIONS(AuditText)
};

std::optional<Annotation> annotationOf(const QString &json)
{
    if (json.isEmpty())
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    return doc.isObject() ? Json::annotationFromJson(doc.object()) : std::nullopt;
}

QString nameOf(const Annotation &a, const QHash<qint64, QString> &labelNames)
{
    const QString label = !a.labelId ? QString()
                          : labelNames.contains(a.labelId)
                                  ? labelNames.value(a.labelId)
                                  : AuditTextText::tr("label %1").arg(a.labelId);
    return label.isEmpty() ? annotationKindName(a.kind)
                           : QStringLiteral("%1 %2").arg(annotationKindName(a.kind), label);
}

QString changeOf(const Annotation &before, const Annotation &after,
                 const QHash<qint64, QString> &labelNames)
{
    const QString what = nameOf(before, labelNames);
    QStringList parts;
    if (before.labelId != after.labelId)
        parts.append(AuditTextText::tr("%1 → %2").arg(
                what, labelNames.value(after.labelId, AuditTextText::tr("no label"))));
    if (ShapeGeometry::isShape(before.kind) && before.points != after.points
        && before.points.size() == after.points.size() && !before.points.isEmpty()) {
        const QRectF a = ShapeGeometry::boundingRect(before);
        const QRectF b = ShapeGeometry::boundingRect(after);
        if (qFuzzyCompare(a.width() + 1, b.width() + 1)
            && qFuzzyCompare(a.height() + 1, b.height() + 1)) {
            const QPointF d = b.topLeft() - a.topLeft();
            parts.append(AuditTextText::tr("%1 moved %2 px")
                                 .arg(what)
                                 .arg(qRound(std::hypot(d.x(), d.y()))));
        } else if (before.kind == AnnotationKind::Box || before.kind == AnnotationKind::Ellipse) {
            parts.append(AuditTextText::tr("%1 resized to %2 × %3 px")
                                 .arg(what)
                                 .arg(qRound(b.width()))
                                 .arg(qRound(b.height())));
        } else {
            parts.append(AuditTextText::tr("%1 reshaped").arg(what));
        }
    } else if (before.points.size() != after.points.size()) {
        parts.append(AuditTextText::tr("%1: %2 → %3 points")
                             .arg(what)
                             .arg(before.points.size())
                             .arg(after.points.size()));
    }
    if (before.rotation != after.rotation)
        parts.append(
                AuditTextText::tr("%1 turned to %2°").arg(what).arg(after.rotation, 0, 'f', 0));
    if (before.data.value(QStringLiteral("accepted"))
                != after.data.value(QStringLiteral("accepted"))
        && after.data.value(QStringLiteral("accepted")).toBool())
        parts.append(AuditTextText::tr("proposal %1 accepted").arg(what));
    else if (before.data != after.data)
        parts.append(AuditTextText::tr("%1: attributes changed").arg(what));
    if (before.z != after.z)
        parts.append(AuditTextText::tr("%1 moved %2")
                             .arg(what, after.z > before.z ? AuditTextText::tr("up")
                                                           : AuditTextText::tr("down")));
    return parts.isEmpty() ? AuditTextText::tr("%1 changed").arg(what)
                           : parts.join(QStringLiteral("; "));
}

} // namespace

QString describe(const AuditEntry &entry, const QHash<qint64, QString> &labelNames)
{
    const QString &action = entry.action;
    if (action == QLatin1String("set-status"))
        return AuditTextText::tr("status %1 → %2").arg(entry.before, entry.after);
    const std::optional<Annotation> before = annotationOf(entry.before);
    const std::optional<Annotation> after = annotationOf(entry.after);
    if (action == QLatin1String("add-annotation") && after)
        return AuditTextText::tr("added %1").arg(nameOf(*after, labelNames));
    if (action == QLatin1String("remove-annotation") && before)
        return AuditTextText::tr("removed %1").arg(nameOf(*before, labelNames));
    if (action == QLatin1String("update-annotation") && before && after)
        return changeOf(*before, *after, labelNames);
    if (action == QLatin1String("add-annotations"))
        return AuditTextText::tr("added annotations (an import or a pre-labelling run)");
    if (action == QLatin1String("relink"))
        return AuditTextText::tr("media relinked");
    return action;
}

} // namespace Tessera::AuditText
