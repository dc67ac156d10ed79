// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

#include <QHash>

class QXmlStreamReader;

namespace Tessera {

/**
 * CVAT for images 1.1 XML: the label schema with its attributes (checkbox, radio, select, number,
 * text) and skeletons; per image boxes (rotated too), polygons, polylines, points, ellipses,
 * masks (CVAT's row-major RLE inside left/top/width/height, which is Tessera's own layout),
 * skeletons, tags, z_order, group_id, occluded and attributes. Task and project exports both read;
 * images are found in images/<subset>/, images/ or beside the XML. Export writes annotations.xml
 * with the labels in their stable order.
 */
class CvatFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("cvat"); }
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
    bool readFile(ImportSink &sink, const QString &file, FormatReport &report,
                  const JobControl &control);
    bool readMeta(QXmlStreamReader &xml, QList<Label> &labels, QSize *originalSize);
};

} // namespace Tessera
