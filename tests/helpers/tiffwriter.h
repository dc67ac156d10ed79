// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QFile>
#include <QImage>

#include <tiffio.h>

namespace Tessera::Test {

/** One directory's fields and pixels (image in RGB888); the caller writes the directory. */
inline bool writeTiffDirectory(TIFF *tif, const QImage &image, int tileSide)
{
    TIFFSetField(tif, TIFFTAG_IMAGEWIDTH, uint32_t(image.width()));
    TIFFSetField(tif, TIFFTAG_IMAGELENGTH, uint32_t(image.height()));
    TIFFSetField(tif, TIFFTAG_SAMPLESPERPIXEL, 3);
    TIFFSetField(tif, TIFFTAG_BITSPERSAMPLE, 8);
    TIFFSetField(tif, TIFFTAG_PHOTOMETRIC, PHOTOMETRIC_RGB);
    TIFFSetField(tif, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
    TIFFSetField(tif, TIFFTAG_COMPRESSION, COMPRESSION_ADOBE_DEFLATE);
    bool ok = true;
    if (tileSide > 0) {
        TIFFSetField(tif, TIFFTAG_TILEWIDTH, uint32_t(tileSide));
        TIFFSetField(tif, TIFFTAG_TILELENGTH, uint32_t(tileSide));
        QByteArray tile(tileSide * tileSide * 3, '\0');
        for (int ty = 0; ty < image.height(); ty += tileSide)
            for (int tx = 0; tx < image.width(); tx += tileSide) {
                tile.fill('\0');
                for (int y = 0; y < tileSide && ty + y < image.height(); ++y) {
                    const int cols = std::min(tileSide, image.width() - tx);
                    memcpy(tile.data() + y * tileSide * 3, image.constScanLine(ty + y) + tx * 3,
                           size_t(cols) * 3);
                }
                ok = ok && TIFFWriteTile(tif, tile.data(), uint32_t(tx), uint32_t(ty), 0, 0) >= 0;
            }
    } else {
        TIFFSetField(tif, TIFFTAG_ROWSPERSTRIP, 64);
        for (int y = 0; y < image.height(); ++y)
            ok = ok
                 && TIFFWriteScanline(tif, const_cast<uchar *>(image.constScanLine(y)), uint32_t(y),
                                      0)
                            >= 0;
    }
    return ok;
}

/**
 * Writes an RGB TIFF, tiled (tileSide > 0) or in strips of 64 rows, deflate-compressed; then a
 * reduced copy per factor in `pyramid`, each in its own directory marked FILETYPE_REDUCEDIMAGE:
 * after the full image (as GDAL and libvips write overviews), or as its SubIFDs (OME-TIFF).
 */
inline bool writeTiff(const QString &path, const QImage &source, int tileSide,
                      const QList<int> &pyramid = {}, bool subIfds = false)
{
    TIFF *tif = TIFFOpen(QFile::encodeName(path).constData(), "w");
    if (!tif)
        return false;
    bool ok = true;
    for (int level = 0; level <= pyramid.size(); ++level) {
        QImage image = source.convertToFormat(QImage::Format_RGB888);
        if (level > 0) {
            image = image.scaled(image.size() / pyramid[level - 1], Qt::IgnoreAspectRatio,
                                 Qt::SmoothTransformation);
            TIFFSetField(tif, TIFFTAG_SUBFILETYPE, FILETYPE_REDUCEDIMAGE);
        } else if (subIfds && !pyramid.isEmpty()) {
            // The next directories written become the full image's SubIFDs: libtiff fills in
            // these offsets as it writes them.
            QList<toff_t> offsets(pyramid.size(), 0);
            TIFFSetField(tif, TIFFTAG_SUBIFD, uint16_t(pyramid.size()), offsets.data());
        }
        ok = ok && writeTiffDirectory(tif, image, level == 0 ? tileSide : 0);
        ok = ok && TIFFWriteDirectory(tif);
    }
    TIFFClose(tif);
    return ok;
}

} // namespace Tessera::Test
