// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "types.h"

#include <QString>

#include <optional>

namespace Tessera {

/** Which assets a list shows. Empty fields do not filter. */
struct AssetFilter
{
    std::optional<AssetKind> kind;
    std::optional<ReviewStatus> status;
    qint64 labelId = 0;
    QString text;                // substring of the name or path (case-insensitive for ASCII)
    bool openIssuesOnly = false; // with a review issue nobody resolved yet

    bool operator==(const AssetFilter &) const = default;
};

} // namespace Tessera
