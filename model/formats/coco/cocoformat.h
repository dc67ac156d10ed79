// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

namespace Tessera {

/**
 * COCO instances: boxes, polygons (segmentation lists), masks (RLE, uncompressed or compressed
 * counts, column-major as pycocotools writes them) and keypoints with the category's skeleton.
 * Import reads one annotations JSON (or every one in a folder's annotations/) and finds images
 * beside it (images/<subset>/, images/, the folder). Export writes
 * annotations/instances_default.json, streamed, with category id = the label's stable order + 1.
 */
class CocoFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("coco"); }
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override;

    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;
    QString imageFolder() const override { return QStringLiteral("images"); }

private:
    bool readFile(ImportSink &sink, const QString &file, FormatReport &report);
    static bool readPanoptic(const QString &file, const QJsonObject &annotation, qint64 assetId,
                             const QHash<qint64, qint64> &labelOf, QList<Annotation> &batch,
                             QString *error);
};

} // namespace Tessera
