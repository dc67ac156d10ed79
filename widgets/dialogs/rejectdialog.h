// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

#include <optional>

class QWidget;

namespace Tessera::RejectDialog {

/**
 * Asks for a rejection's reason: one of the project's reasons plus an optional note ("reason:
 * note"). nullopt when cancelled. `count` > 1 says how many assets the rejection takes.
 */
std::optional<QString> ask(QWidget *parent, const QStringList &reasons, int count = 1);

} // namespace Tessera::RejectDialog
