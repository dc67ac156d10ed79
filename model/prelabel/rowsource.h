// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QSize>
#include <QString>

#include <memory>

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

} // namespace Tessera
