// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Tessera::Identity {

/** The operating system's user name, or "annotator" when none can be found. */
QString systemUserName();
/** The name edits are attributed to: $TESSERA_USER, else the saved setting, else the OS user. */
QString currentUserName();
/** Saves the name used from now on (QSettings, per OS user). */
void setCurrentUserName(const QString &name);

} // namespace Tessera::Identity
