// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "core/types.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera {

class ProjectStore;

/**
 * A rule that proposes spans: a regular expression, or a dictionary (gazetteer) of terms matched
 * as whole words. Rules are stored in the project (setting "text/rules").
 */
struct TextRule
{
    enum class Kind { Regex, Gazetteer };

    QString name;
    Kind kind = Kind::Regex;
    qint64 labelId = 0;
    QString pattern;   // Regex
    QStringList terms; // Gazetteer
    bool caseSensitive = false;

    bool operator==(const TextRule &) const = default;
};

namespace TextRules {

QList<TextRule> load(ProjectStore &store);
bool save(ProjectStore &store, const QList<TextRule> &rules);

/** Empty when the rule can run, else what is wrong with it (bad pattern, no terms, no label). */
QString check(const TextRule &rule);

/**
 * The spans the rules find in text, as proposals: origin Prelabel, model id "rule:NAME", the
 * rule's fingerprint as model version, score 1. Offsets in code points. A proposal is left out
 * when the same label already covers exactly the same span in existing (accepted, proposed or
 * rejected-and-deleted spans are not remembered: run rules before labelling by hand).
 */
QList<Annotation> propose(const QList<TextRule> &rules, qint64 assetId, const QString &text,
                          const QList<Annotation> &existing);

/**
 * Runs the rules over every text document of the project in one transaction (one audit entry per
 * document) and returns the number of proposals added, or -1 with error set. Canceling rolls
 * everything back.
 */
qint64 runOnProject(ProjectStore &store, const QList<TextRule> &rules, const JobControl &control,
                    QString *error);

/** A rule from its command-line form: LABEL=/REGEX/ or LABEL=@FILE (one term per line). */
std::optional<TextRule> parse(ProjectStore &store, const QString &spec, QString *error);

} // namespace TextRules

} // namespace Tessera
