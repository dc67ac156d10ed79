// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli review: move assets through the workflow, or list the review queue. */
int runReview(const QStringList &arguments);
/** tessera-cli review-report: per annotator figures (text, JSON or CSV). */
int runReviewReport(const QStringList &arguments);

} // namespace Tessera::Cli
