// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

namespace Tessera {

/**
 * doccano JSONL: one text per line with entity spans ("label" or "entities" as [start, end, label]
 * triples, or as objects with start_offset/end_offset and relations between their ids), document
 * classes ("label"/"labels" as names, "cats") and any other keys (kept in the asset's payload and
 * written back). The text may also sit in "column_data" and the labels in "column_label", as in
 * doccano's import examples. Offsets are Unicode code points, as doccano (Python) counts them.
 * Export writes doccano.jsonl (or the .jsonl file named) in the shape the project needs: spans
 * only as "label" triples, classes only as "label" names, both as "entities" + "cats", relations as
 * entity objects + "relations".
 */
class DoccanoFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("doccano"); }
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override;

    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;
};

} // namespace Tessera
