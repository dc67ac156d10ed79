// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "types.h"

#include <QImage>

namespace Tessera::MaskCodec {

/**
 * A mask annotation's pixels as an 8-bit image (255 inside, 0 outside) covering maskRect. Runs
 * alternate background and foreground, row-major, starting with background (COCO's convention,
 * but row-major). Runs that do not add up to the rectangle are padded or cut, never trusted.
 */
QImage toImage(const Annotation &mask);

/**
 * Stores the set pixels of image (Grayscale8, non-zero = inside) placed at origin in image
 * coordinates into mask, cropped to their bounding box. Returns false when no pixel is set.
 */
bool fromImage(Annotation &mask, const QImage &image, const QPoint &origin);

/** Whether the pixel at p (image coordinates) is inside the mask. */
bool contains(const Annotation &mask, const QPoint &p);

} // namespace Tessera::MaskCodec
