// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli review: move assets through the workflow, or list the review queue. */
int runReview(const QStringList &arguments);
/** tessera-cli review-report: per annotator figures (text, JSON or CSV). */
int runReviewReport(const QStringList &arguments);
/** tessera-cli gold: mark or unmark gold assets, or list the annotators' gold scores. */
int runGold(const QStringList &arguments);
/** tessera-cli history: an asset's audit trail, and restoring it as it was at a time. */
int runHistory(const QStringList &arguments);

} // namespace Tessera::Cli
