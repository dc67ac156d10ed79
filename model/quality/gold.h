// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QList>
#include <QString>

#include <optional>

namespace Tessera {

class ProjectStore;

/**
 * Gold (honeypot) assets. Marking an asset gold moves its annotations into a hidden reference
 * (GoldStore, a table of its own): the asset then looks unlabelled to whoever labels it next.
 * Scoring compares what they made with the reference: boxes and other shapes by IoU-matched F1,
 * spans by exact F1, document classes and image tags by Jaccard overlap, a preference by the same
 * verdict.
 */
namespace Gold {

bool mark(ProjectStore &store, qint64 assetId, QString *error);
/** Puts the reference back as the asset's annotations (replacing what is there). */
bool unmark(ProjectStore &store, qint64 assetId, QString *error);
bool isGold(ProjectStore &store, qint64 assetId);

struct Score
{
    qint64 assetId = 0;
    QString annotator; // who made most of the annotations scored
    double score = 0;  // 0..1
    int reference = 0; // annotations in the reference
    int made = 0;      // annotations scored
};

/** The score of the asset's current annotations against its reference; nullopt if not gold or
 *  not labelled yet. */
std::optional<Score> score(ProjectStore &store, qint64 assetId);
/** Scores of every labelled gold asset. */
QList<Score> scoreAll(ProjectStore &store);

/** The comparison itself, on annotations (exposed for tests). */
double compare(const QList<Annotation> &reference, const QList<Annotation> &made);

} // namespace Gold

} // namespace Tessera
