// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Cli {

/** tessera-cli split: one bundle per annotator, with overlap and gold mixed in. */
int runSplit(const QStringList &arguments);
/** tessera-cli merge: bring annotators' bundles back, conflicts listed. */
int runMerge(const QStringList &arguments);
/** tessera-cli consensus: agreement among annotator layers; build the consensus proposals. */
int runConsensus(const QStringList &arguments);
/** tessera-cli issue: open, reply to, resolve and list review issues. */
int runIssue(const QStringList &arguments);

} // namespace Tessera::Cli
