// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "types.h"

#include <QHash>
#include <QString>

namespace Tessera::AuditText {

/**
 * One audit entry in words, for the Asset History: what changed, not only the action's name
 * ("box cat moved 12 px", "box cat → dog", "added polygon dog", "status submitted → accepted").
 * labelNames maps label ids to names; unknown ids read as "label N". Entries it cannot read
 * (a summary of an import, a damaged text) fall back to the action's name.
 */
QString describe(const AuditEntry &entry, const QHash<qint64, QString> &labelNames);

} // namespace Tessera::AuditText
