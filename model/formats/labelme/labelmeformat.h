// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

namespace Tessera {

/**
 * labelme JSON, one file per image: rectangle, circle, polygon, line, linestrip, point, points and
 * mask shapes, group ids, shape flags (as checkbox attributes) and image flags (as tags). Keys
 * Tessera does not know survive the round trip: a shape's in its annotation's data["labelme"],
 * the file's in the asset's payload["labelme"]. An image that exists only as embedded imageData
 * is written once into the project folder's "embedded/" folder. Export writes <stem>.json per
 * image with imagePath relative to the output folder and no imageData.
 */
class LabelmeFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("labelme"); }
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override;

    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;
    bool writesPerAsset() const override { return true; }
    QList<ExportFile> assetFiles(ExportSource &source, const Asset &asset, const QString &stem,
                                 const QString &folder) override;

    /** The labelme document of one asset, as export writes it (also used by live sync). */
    static QJsonObject document(ExportSource &source, const Asset &asset,
                                const QList<Annotation> &annotations,
                                const QHash<qint64, QString> &labelNames,
                                const QString &outputFolder);

private:
    bool readFile(ImportSink &sink, const QString &file, QHash<QString, qint64> &labels,
                  FormatReport &report, QStringList &written);
};

} // namespace Tessera
