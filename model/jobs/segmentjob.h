// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

namespace Tessera {

class ProjectStore;

/** A box to turn into an outline: where it is, what image, and which annotation it came from. */
struct BoxPrompt
{
    qint64 assetId = 0;
    QString path;   // the image file
    QString sha256; // as the project knows it (may be empty)
    qint64 sourceId = 0;
    qint64 labelId = 0;
    QRectF box;
};

/**
 * The store side of "boxes to masks": which boxes to segment, and writing the outlines back as
 * proposals. The model runs in between (tessera_prelabel), on values only.
 */
namespace SegmentJob {

/** The model id written into the proposals' provenance. */
QString modelId();

/**
 * The boxes of these image assets (all images when empty) whose label is one of labels (all
 * when empty): accepted boxes and proposals of any detector alike. *error for an unknown label.
 */
QList<BoxPrompt> boxes(ProjectStore &store, const QList<qint64> &assetIds,
                       const QStringList &labels, QString *error);

/**
 * Writes outlines (polygons or masks with label, geometry, provenance and data.segment.box set)
 * as proposals in one transaction, replacing the unaccepted proposals that segmentation made
 * earlier on the same assets. The number written, or -1 and *error (nothing written).
 */
qint64 apply(ProjectStore &store, const QList<qint64> &assetIds,
             const QList<Annotation> &proposals, QString *error);

} // namespace SegmentJob

} // namespace Tessera
