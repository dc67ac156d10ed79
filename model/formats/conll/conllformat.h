// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

namespace Tessera {

/**
 * CoNLL 2003 style token files: one "token ... TAG" per line (whitespace-separated, the tag last),
 * a blank line between sentences, -DOCSTART- between documents. Tags may be IOB2 (B- starts), IOB1
 * (I- starts after another type, as in the original CoNLL 2003 data) or BIOES. Each document (or
 * each sentence, in files without -DOCSTART-) becomes a text asset: tokens joined by spaces,
 * sentences by new lines, entities as spans. Export writes "token<TAB>TAG" in IOB2, one
 * -DOCSTART- per text; spans that do not fall on whitespace-separated tokens are widened to them,
 * overlapping ones are left out, and both are reported.
 */
class ConllFormat : public Format
{
public:
    QString shortName() const override { return QStringLiteral("conll"); }
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override { return {AnnotationKind::Span}; }

    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;

private:
    bool readFile(ImportSink &sink, const QString &file, FormatReport &report,
                  QHash<QString, qint64> &labels);
};

} // namespace Tessera
