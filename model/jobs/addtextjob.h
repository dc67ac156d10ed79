// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"

namespace Tessera {

class ProjectStore;

namespace AddTextJob {

/**
 * Adds text documents and comparison items. A .txt file (UTF-8) becomes one text asset; a folder
 * adds the .txt, .jsonl and .ndjson files below it. A .jsonl
 * file gives one asset per line: {"text": ...} is a text document (other keys are kept in the
 * payload); {"prompt": ..., "answers"|"responses": [...]} and {"prompt", "chosen", "rejected"}
 * are comparisons; {"messages": [...], "answers": [...]} is a multi-turn comparison. Bad lines are
 * reported as "file:line: reason" and the job carries on. Content seen before is skipped.
 * Everything is added in one transaction: a canceled or failed job adds nothing.
 */
AddReport run(ProjectStore &store, const QStringList &files, const JobControl &control = {});

} // namespace AddTextJob
} // namespace Tessera
