// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "tilecache.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <csetjmp>
#include <cstdio>

#include <jpeglib.h>

namespace Tessera {

namespace {

struct JpegError
{
    jpeg_error_mgr manager;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void onError(j_common_ptr info)
{
    auto *error = reinterpret_cast<JpegError *>(info->err);
    info->err->format_message(info, error->message);
    std::longjmp(error->jump, 1);
}

void onWarning(j_common_ptr, int) {}

QByteArray compress(const QImage &tile)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpg");
    writer.setQuality(92);
    writer.write(tile);
    return bytes;
}

} // namespace

QString TileCache::error() const
{
    QMutexLocker lock(&m_mutex);
    return m_error;
}

QSize TileCache::imageSize() const
{
    QMutexLocker lock(&m_mutex);
    return m_size;
}

qint64 TileCache::compressedBytes() const
{
    QMutexLocker lock(&m_mutex);
    qint64 total = 0;
    for (const QByteArray &tile : m_tiles)
        total += tile.size();
    return total;
}

bool TileCache::build(const std::atomic_bool &cancel)
{
    QFile file(m_path);
    uchar *bytes = file.open(QIODevice::ReadOnly) ? file.map(0, file.size()) : nullptr;
    if (!bytes) {
        QMutexLocker lock(&m_mutex);
        m_error = QStringLiteral("%1: cannot read (%2)")
                          .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    jpeg_decompress_struct info{};
    JpegError jerr{};
    info.err = jpeg_std_error(&jerr.manager);
    jerr.manager.error_exit = onError;
    jerr.manager.emit_message = onWarning;
    QImage band;
    if (setjmp(jerr.jump)) {
        jpeg_destroy_decompress(&info);
        QMutexLocker lock(&m_mutex);
        m_error = QStringLiteral("%1: cannot decode (%2)")
                          .arg(QDir::toNativeSeparators(m_path), QString::fromLatin1(jerr.message));
        return false;
    }
    jpeg_create_decompress(&info);
    jpeg_mem_src(&info, bytes, static_cast<unsigned long>(file.size()));
    jpeg_read_header(&info, TRUE);
    info.out_color_space = JCS_EXT_BGRX;
    jpeg_start_decompress(&info);
    const int width = int(info.output_width);
    const int height = int(info.output_height);
    {
        QMutexLocker lock(&m_mutex);
        m_size = QSize(width, height);
    }
    // One band of tile height at a time: memory is a band, never the image.
    band = QImage(width, tileSize, QImage::Format_RGB32);
    for (int top = 0; top < height; top += tileSize) {
        const int rows = std::min(tileSize, height - top);
        while (int(info.output_scanline) < top + rows) {
            if (cancel.load()) {
                jpeg_abort_decompress(&info);
                jpeg_destroy_decompress(&info);
                return false;
            }
            JSAMPROW line = band.scanLine(int(info.output_scanline) - top);
            jpeg_read_scanlines(&info, &line, 1);
        }
        QHash<QPoint, QByteArray> row;
        for (int left = 0; left < width; left += tileSize) {
            const QImage tile = band.copy(left, 0, std::min(tileSize, width - left), rows);
            row.insert(QPoint(left / tileSize, top / tileSize), compress(tile));
        }
        QMutexLocker lock(&m_mutex);
        m_tiles.insert(row);
    }
    jpeg_finish_decompress(&info);
    jpeg_destroy_decompress(&info);
    m_ready = true;
    return true;
}

QImage TileCache::region(const QRect &wanted) const
{
    if (!m_ready.load())
        return QImage();
    const QRect area = wanted.intersected(QRect(QPoint(0, 0), imageSize()));
    if (area.isEmpty())
        return QImage();
    QImage result(area.size(), QImage::Format_RGB32);
    QPainter painter(&result);
    for (int ty = area.top() / tileSize; ty <= area.bottom() / tileSize; ++ty) {
        for (int tx = area.left() / tileSize; tx <= area.right() / tileSize; ++tx) {
            QByteArray bytes;
            {
                QMutexLocker lock(&m_mutex);
                bytes = m_tiles.value(QPoint(tx, ty));
            }
            QImage tile;
            tile.loadFromData(bytes, "jpg");
            painter.drawImage(QPoint(tx * tileSize, ty * tileSize) - area.topLeft(), tile);
        }
    }
    return result;
}

} // namespace Tessera
