// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

#include <QMap>
#include <QStringList>

namespace Tessera {

/**
 * YOLO in the Ultralytics layout: data.yaml (path, train/val/test folders, names as an id map,
 * kpt_shape for pose) with images/<split>/ mirrored by labels/<split>/. One line per object,
 * coordinates normalised to 0..1:
 * - detect: `class cx cy w h`
 * - segment: `class x1 y1 x2 y2 ...` (a polygon)
 * - obb: `class x1 y1 ... x4 y4` (the corners of a turned box)
 * - pose: `class cx cy w h x1 y1 v1 ...` (keypoints with visibility 0/1/2)
 * Without data.yaml, a folder of train/<class>/ image files (and val/, test/) is the classification
 * layout: each image gets its class as an image-level label.
 * Import tells the tasks apart per line (kpt_shape means pose; four corners at right angles are a
 * turned box). Export writes the task chosen by the "task" option, class ids from the schema's
 * stable order, and puts the images in place as symbolic links, copies or not at all.
 */
class UltralyticsFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("ultralytics"); }
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override;
    QList<FormatOption> formatOptions() const override;

    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;

private:
    /** The classification layout: every image tagged with its folder's class. */
    bool readClassification(ImportSink &sink, const QMap<QString, QStringList> &imagesOf,
                            FormatReport &report, const JobControl &control);
};

} // namespace Tessera
