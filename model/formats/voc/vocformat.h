// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

namespace Tessera {

/**
 * Pascal VOC XML: one Annotations/<image>.xml per image with <object> boxes (name, pose,
 * truncated, difficult, occluded, parts, actions). Coordinates are read and written as the pixel
 * positions labelImg, CVAT and datumaro use, not shifted by one. Export writes Annotations/ and
 * ImageSets/Main/default.txt; shapes other than boxes go as their bounding boxes or are left out
 * (see losses()).
 */
class VocFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("voc"); }
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override { return {AnnotationKind::Box}; }

    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;
    QString imageFolder() const override { return QStringLiteral("JPEGImages"); }
    bool writesPerAsset() const override { return true; }
    QList<ExportFile> assetFiles(ExportSource &source, const Asset &asset, const QString &stem,
                                 const QString &folder) override;

private:
    static QByteArray xmlOf(const Asset &asset, const QList<Annotation> &annotations,
                            const QHash<qint64, QString> &nameOf, int *written);
    bool readFile(ImportSink &sink, const QString &file, QHash<QString, qint64> &labels,
                  FormatReport &report);
};

} // namespace Tessera
