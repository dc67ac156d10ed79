// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QImageIOHandler>
#include <QString>

namespace Tessera::ImageDecoder {

/**
 * Decodes an image at 1/factor of its size (factor 1, 2, 4 or 8), turned as its EXIF orientation
 * says, as Format_RGB32. JPEG is scaled inside the DCT (libjpeg-turbo) and never holds the
 * full-resolution pixels; other formats go through Qt's readers. Returns a null image and *error
 * naming the file when it cannot be decoded.
 */
QImage decodeReduced(const QString &path, int factor, QString *error);

/** The smallest reduction factor (1, 2, 4, 8) that keeps the longer side at most maxSide. */
int reductionFor(int width, int height, int maxSide);

/**
 * EXIF orientation: the rectangle of the stored (unrotated) image that holds rect of the image
 * as shown, whose size is shownSize, under Qt's transformation t; and the stored pixels of such
 * a rectangle turned into the pixels as shown.
 */
QRect storedRect(const QRect &rect, const QSize &shownSize, QImageIOHandler::Transformations t);
QImage toShown(const QImage &stored, QImageIOHandler::Transformations t);

/** True for files that decodeRegion() can read without decoding the whole image. */
bool canDecodeRegions(const QString &path);

/**
 * Decodes only region (full-resolution pixels) of a baseline JPEG at 1/factor of its size
 * (factor 1, 2, 4 or 8), with libjpeg-turbo's cropping and scanline skipping: memory is that of
 * the region, never of the image. The file is memory-mapped, not read. A null image and *error
 * naming the file when it cannot be read.
 */
QImage decodeRegion(const QString &path, const QRect &region, int factor, QString *error);

} // namespace Tessera::ImageDecoder
