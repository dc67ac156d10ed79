// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

namespace Tessera {

/**
 * Prodigy JSONL (what `prodigy db-out` writes): one task per line with its "text", "tokens",
 * "spans" (character offsets, or token_start/token_end into "tokens"), "relations" between token
 * indices, a text class as "label" or choices as "accept" ids of "options", and the annotator's
 * "answer".
 *
 * Import: an accepted task (or one without an answer, as Prodigy's input files are) becomes a text
 * asset with span, relation and class annotations. A rejected or ignored task is negative evidence,
 * not labels: it is kept whole in the asset's payload under "prodigy_answers" and written back as
 * its own line, and the import says how many there were. Keys Tessera does not read ("meta",
 * hashes, "tokens", "options", …) stay in the payload and are written back. Offsets are Unicode
 * code points, as Prodigy (Python) counts them.
 *
 * Export writes prodigy.jsonl (or the .jsonl file named): "tokens" kept when every span falls on
 * their boundaries, else made from whitespace and the span edges; spans with token indices;
 * relations as Prodigy's rel.manual writes them; one class as "label", several as "accept".
 */
class ProdigyFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("prodigy"); }
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override;
    bool writesUnlabeled() const override { return true; } // as relation ends

    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;

protected:
    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
};

} // namespace Tessera
