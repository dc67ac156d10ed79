// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

#include <optional>

namespace Tessera::DatasetProbe {

/** An annotation dataset found in a folder a user opened. */
struct Found
{
    QString format; // a FormatRegistry short name: "labelme", "coco", "voc", "ultralytics", "yolo"
    QString path;   // what to hand to an ImportJob
    QString title;  // "a labelme folder (12 annotation files)", for questions and reports
};

/**
 * Whether folder holds annotations another tool wrote beside its images: labelme JSON files
 * next to their images first (what labelme and X-AnyLabeling leave), then a COCO file (at the
 * top or in annotations/), a VOC Annotations/ folder, an Ultralytics data.yaml, a YOLO
 * obj.names or classes.txt with label files. Looks at a bounded number of files (a few hundred
 * names, the first 64 KiB of a few JSON files), so a huge folder costs milliseconds.
 */
std::optional<Found> find(const QString &folder);

} // namespace Tessera::DatasetProbe
