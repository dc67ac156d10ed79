// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

namespace Tessera {

/**
 * YOLO in the Darknet layout: obj.names (class names, line n = class id n), obj.data, train.txt
 * and one `class cx cy w h` file per image (normalised to 0..1). Import also reads the
 * Images/Annotations and images/labels layouts and segment lines (`class x1 y1 x2 y2 ...`).
 * Export writes class ids from the schema's stable order: a removed label leaves its id unused
 * (named unused_N in obj.names), so re-exporting never renumbers a class.
 */
class YoloFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("yolo"); }
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override { return {AnnotationKind::Box}; }

    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;
    QString imageFolder() const override { return QStringLiteral("obj_train_data"); }
    /** Beside its label file: the label file's stem and the image's suffix. */
    QString exportedImageName(const Asset &asset, const QString &stem) const override;
    bool namesImagesByStem() const override { return true; }
    bool writesPerAsset() const override { return true; }
    QList<ExportFile> assetFiles(ExportSource &source, const Asset &asset, const QString &stem,
                                 const QString &folder) override;

private:
    static QByteArray linesOf(const Asset &asset, const QList<Annotation> &annotations,
                              const QHash<qint64, int> &classOf, int *written);
};

} // namespace Tessera
