// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Tessera {

/** Merge ids of all undo commands, in one place so that no two commands share one by accident. */
enum UndoCommandId {
    ChangeAnnotationsId = 1,
};

} // namespace Tessera
