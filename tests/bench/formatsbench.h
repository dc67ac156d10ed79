// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `formats [--work DIR]`: on a project of 100,000 images and 1,000,000 boxes, tessera-cli
 * export to COCO and YOLO and import of the COCO file, timed from outside with peak memory.
 */
int formatsBench(const QStringList &args);

} // namespace Tessera::Bench
