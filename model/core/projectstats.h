// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "types.h"

#include <QMap>

namespace Tessera {

/** Counts for `tessera-cli stats` and the status bar. */
struct ProjectStats
{
    QMap<AssetKind, qint64> assetsByKind;
    QMap<ReviewStatus, qint64> assetsByStatus;
    QMap<AnnotationKind, qint64> annotationsByKind;
    QMap<qint64, qint64> annotationsByLabel; // label id -> count
    qint64 assets = 0;
    qint64 annotations = 0;
    qint64 labels = 0;
};

} // namespace Tessera
