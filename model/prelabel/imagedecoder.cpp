// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "imagedecoder.h"

#include "jpegerror.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QRect>

#include <csetjmp>
#include <cstdio>

#include <limits>

namespace Tessera::ImageDecoder {

int reductionFor(int width, int height, int maxSide)
{
    const int longer = std::max(width, height);
    for (int factor : {1, 2, 4})
        if (longer / factor <= maxSide)
            return factor;
    return 8;
}

QImage decodeReduced(const QString &path, int factor, QString *error)
{
    // Baseline JPEG through libjpeg-turbo, scaled inside the DCT, straight into the QImage's
    // buffer; the rest through Qt's readers. (OpenCV's imgcodecs did this before, and with it
    // came a hundred libraries, GDAL among them, that every start of Tessera paid for.)
    QImageReader reader(path);
    const QImageIOHandler::Transformations turn = reader.transformation();
    if (canDecodeRegions(path)) {
        QString jpegError;
        const int most = std::numeric_limits<int>::max() / 2;
        const QImage stored = decodeRegion(path, QRect(0, 0, most, most), factor, &jpegError);
        if (!stored.isNull())
            return toShown(stored, turn);
        // libjpeg cannot give this JPEG as RGB (CMYK, arithmetic coding): Qt may, below.
    }
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && factor > 1)
        reader.setScaledSize((size / factor).expandedTo(QSize(1, 1)));
    QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = QStringLiteral("%1: cannot decode (%2)")
                             .arg(QDir::toNativeSeparators(path), reader.errorString());
        return QImage();
    }
    if (image.format() != QImage::Format_RGB32)
        image.convertTo(QImage::Format_RGB32);
    return image;
}

QRect storedRect(const QRect &rect, const QSize &shownSize, QImageIOHandler::Transformations t)
{
    // Qt mirrors and flips first, then turns by 90 degrees clockwise; undo it in reverse order.
    QRect r = rect;
    QSize size = shownSize;
    if (t & QImageIOHandler::TransformationRotate90) {
        // Shown (x, y) came from (y, H - 1 - x) of the image before turning, which is H x W.
        r = QRect(r.y(), size.width() - r.x() - r.width(), r.height(), r.width());
        size.transpose();
    }
    if (t & QImageIOHandler::TransformationMirror)
        r.moveLeft(size.width() - r.x() - r.width());
    if (t & QImageIOHandler::TransformationFlip)
        r.moveTop(size.height() - r.y() - r.height());
    return r;
}

QImage toShown(const QImage &stored, QImageIOHandler::Transformations t)
{
    QImage image = stored;
    if (t & (QImageIOHandler::TransformationMirror | QImageIOHandler::TransformationFlip))
        image = image.mirrored(t & QImageIOHandler::TransformationMirror,
                               t & QImageIOHandler::TransformationFlip);
    if (t & QImageIOHandler::TransformationRotate90)
        image = image.transformed(QTransform().rotate(90));
    return image;
}

bool canDecodeRegions(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(3) == QByteArray("\xFF\xD8\xFF", 3);
}

QImage decodeRegion(const QString &path, const QRect &region, int factor, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    uchar *bytes = file.open(QIODevice::ReadOnly) ? file.map(0, file.size()) : nullptr;
    if (!bytes) {
        if (error)
            *error = QStringLiteral("%1: cannot read (%2)").arg(shown, file.errorString());
        return QImage();
    }
    jpeg_decompress_struct info{};
    JpegError jerr{};
    info.err = jpegErrors(&jerr);
    QImage result;
    // Everything that must survive a longjmp is declared above this point.
    if (setjmp(jerr.jump)) {
        jpeg_destroy_decompress(&info);
        if (error)
            *error = QStringLiteral("%1: cannot decode (%2)")
                             .arg(shown, QString::fromLatin1(jerr.message));
        return QImage();
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, bytes, static_cast<unsigned long>(file.size()));
    jpeg_read_header(&info, TRUE);
    const QRect full(0, 0, int(info.image_width), int(info.image_height));
    const QRect wanted = region.intersected(full);
    if (wanted.isEmpty()) {
        jpeg_destroy_decompress(&info);
        if (error)
            *error = QStringLiteral("%1: the region lies outside the image").arg(shown);
        return QImage();
    }
    info.scale_num = 1;
    info.scale_denom = static_cast<unsigned int>(factor);
    info.out_color_space = JCS_EXT_BGRX; // QImage::Format_RGB32's byte order on little endian
    info.dct_method = JDCT_ISLOW;
    jpeg_start_decompress(&info);
    // Output coordinates are scaled; crop snaps the left edge to an iMCU boundary.
    const auto scale = [factor](int v) {
        return JDIMENSION(v / factor);
    };
    JDIMENSION x = scale(wanted.x());
    JDIMENSION width = std::max<JDIMENSION>(1, scale(wanted.right() + 1) - x);
    width = std::min<JDIMENSION>(width, info.output_width - x);
    const JDIMENSION requestedX = x;
    jpeg_crop_scanline(&info, &x, &width);
    const JDIMENSION top = scale(wanted.y());
    const JDIMENSION rows = std::min<JDIMENSION>(
            std::max<JDIMENSION>(1, scale(wanted.bottom() + 1) - top), info.output_height - top);
    if (top > 0)
        jpeg_skip_scanlines(&info, top);
    QImage band(int(width), int(rows), QImage::Format_RGB32);
    while (info.output_scanline < top + rows) {
        JSAMPROW line = band.scanLine(int(info.output_scanline - top));
        jpeg_read_scanlines(&info, &line, 1);
    }
    jpeg_abort_decompress(&info);
    jpeg_destroy_decompress(&info);
    if (requestedX == x)
        return band; // no column to trim: no copy of a possibly big image
    result = band.copy(int(requestedX - x), 0, int(width - (requestedX - x)), int(rows));
    return result;
}

} // namespace Tessera::ImageDecoder
