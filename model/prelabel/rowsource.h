// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

namespace Tessera {

/**
 * Reads an image one row at a time, top to bottom, as 32-bit pixels (QImage::Format_RGB32): the
 * only way to look at a 40000x40000 image without holding it. JPEG (libjpeg-turbo), PNG (libpng,
 * not interlaced) and TIFF (libtiff: tiled or stripped) are read this way.
 */
class RowSource
{
public:
    virtual ~RowSource() = default;

    /** Opens path by its content; nullptr and *error (naming the file) if it cannot stream it. */
    static std::unique_ptr<RowSource> open(const QString &path, QString *error);

    virtual QSize size() const = 0;
    /** Fills the next row (size().width() pixels); false and *error on a damaged file. */
    virtual bool readRow(uchar *line, QString *error) = 0;
};

/**
 * Averages f x f blocks of rows streamed past (top to bottom) into an image 1/f the size: how
 * an overview of an image too big to hold is made while it is read.
 */
class RowReducer
{
public:
    RowReducer(QSize full, int factor);
    /** Takes row `imageRow` of the full image (rows must come in order). */
    void addRow(const uchar *line, int imageRow);
    const QImage &image() const { return m_image; }

private:
    QImage m_image;
    int m_factor;
    std::vector<quint32> m_sums; // r, g, b per output pixel of the row being summed
};

/**
 * The image reduced by a whole factor so that its longer side is at most maxSide, read in rows
 * (JPEG, PNG, TIFF) without ever holding it whole; a TIFF pyramid level is used when one fits.
 * Null and *error (naming the file) when it cannot be read.
 */
QImage readReducedByRows(const QString &path, int maxSide, QString *error);

/**
 * A reduced-resolution copy that a TIFF stores beside its full image (a pyramid: later
 * directories marked FILETYPE_REDUCEDIMAGE, as GDAL and libvips write them, or SubIFDs, as
 * OME-TIFF does): the smallest whose longer side is at least minSide. A null image when the
 * file has none, is not a TIFF, or the copy cannot be read.
 */
QImage readTiffPyramidLevel(const QString &path, int minSide);

} // namespace Tessera
