// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/projectstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointF>

#include <memory>

namespace Tessera::Test {

/**
 * A new project at location for tessera-editclient: one image with `boxes` boxes whose first
 * point is (-1, i), so that no client's edit (x = client >= 0) looks like one of them. Null (and
 * *error) when it cannot be made.
 */
inline std::unique_ptr<ProjectStore> makeBoxProject(const ProjectLocation &location, int boxes,
                                                    QString *error)
{
    std::unique_ptr<ProjectStore> store = ProjectStore::create(location, error);
    if (!store)
        return nullptr;
    Asset image{.kind = AssetKind::Image,
                .name = QStringLiteral("i.png"),
                .sha256 = QStringLiteral("i"),
                .width = 1000,
                .height = 1000};
    QList<Annotation> list;
    if (store->addAsset(image)) {
        for (int i = 0; i < boxes; ++i)
            list.append({.assetId = image.id,
                         .kind = AnnotationKind::Box,
                         .points = {QPointF(-1, i), QPointF(9, i + 10)}});
        if (store->addAnnotations(list))
            return store;
    }
    *error = store->errorString();
    return nullptr;
}

/** The first point of an audit entry's before or after (a JSON annotation). */
inline QPointF firstPointOf(const QString &json)
{
    const QJsonArray points = QJsonDocument::fromJson(json.toUtf8())
                                      .object()
                                      .value(QStringLiteral("points"))
                                      .toArray();
    return QPointF(points.at(0).toDouble(), points.at(1).toDouble());
}

} // namespace Tessera::Test
