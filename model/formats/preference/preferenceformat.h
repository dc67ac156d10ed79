// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "formats/format.h"

namespace Tessera {

/**
 * Preference data for human-feedback training. Both layouts read every shape below, from JSONL
 * (one record a line) or a JSON array:
 * - DPO: {"prompt", "chosen", "rejected"}, each a string or a list of {"role", "content"} messages
 *   (TRL's conversational form; the prompt may also be the leading turns of "chosen");
 * - hh-rlhf: {"chosen", "rejected"} as "\n\nHuman: ...\n\nAssistant: ..." transcripts that share
 *   everything up to the last assistant turn;
 * - alpaca_eval: {"instruction", "output_1", "output_2", "preference"} (1 or 2 picks an output,
 *   1.5 is a tie, anything else is no judgement).
 * Each record becomes a comparison (answers in the file's order, other keys kept) with a
 * preference annotation whose data["choice"] is the preferred answer's index, "tie" or
 * "both-bad", and data["ranking"] the answer indices best first when there are more than two.
 * Export writes one pair per decided comparison (every ordered pair of a ranking); ties, both-bad
 * and undecided comparisons are counted, not written.
 */
class PreferenceFormat : public Format
{
public:
    enum class Layout { Dpo, HhRlhf };
    explicit PreferenceFormat(Layout layout)
        : m_layout(layout)
    {}

    QString shortName() const override;
    QString displayName() const override;
    QString nameFilter() const override;
    int capabilities() const override { return Read | Write; }
    QSet<AnnotationKind> writtenKinds() const override { return {AnnotationKind::Preference}; }

    bool readData(ImportSink &sink, const QString &path, FormatReport &report,
                  const JobControl &control) override;
    bool writeData(ExportSource &source, const QString &path, FormatReport &report,
                   const JobControl &control) override;
    QStringList losses(ExportSource &source) const override;

protected:
    /**
     * DPO: "values" = auto|strings|messages. Every row of a file has one value type per field
     * (what datasets/pyarrow need): auto writes message lists when any prompt is a conversation,
     * strings otherwise; strings renders a conversation as hh-rlhf text.
     */
    QList<FormatOption> formatOptions() const override;

private:
    Layout m_layout;
};

} // namespace Tessera
