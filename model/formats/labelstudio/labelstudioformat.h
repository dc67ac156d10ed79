// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

namespace Tessera {

/**
 * Label Studio JSON: a list of tasks, each with its data (an image, a text, or a prompt with
 * answers) and the results of its annotations and predictions. Image regions are in percent of
 * the image (rectangles rotate about their top-left corner, as Label Studio draws them), text
 * spans in UTF-16 offsets as the browser counts them (checked against the "text" a result quotes).
 * Read and written: rectanglelabels, ellipselabels, polygonlabels, keypointlabels, labels (NER),
 * choices (image tags, document classes), relation, pairwise (left/right) and ranker (the order of
 * the answers). Predictions come in as pre-labels with their model version and score. Images are
 * found by file name beside the JSON or in images/, also without the prefix Label Studio adds on
 * upload. Other result types are reported and skipped.
 */
class LabelStudioFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("labelstudio"); }
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override;

    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;

protected:
    /**
     * "image-urls" = relative|local-files: image references as paths relative to the JSON, or as
     * Label Studio's local-files URLs (/data/local-files/?d=PATH, PATH relative to the export
     * folder: set LOCAL_FILES_DOCUMENT_ROOT to it).
     */
    QList<FormatOption> formatOptions() const override;
    bool writesProposals() const override { return true; }

private:
    bool readFile(ImportSink &sink, const QString &file, FormatReport &report,
                  const JobControl &control);
};

} // namespace Tessera
