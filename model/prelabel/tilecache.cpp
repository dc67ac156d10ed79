// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "tilecache.h"

#include "rowsource.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

#include <cstring>
#include <future>
#include <optional>

namespace Tessera {

namespace {

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
    QString error;
    auto fail = [this](const QString &message) {
        QMutexLocker lock(&m_mutex);
        m_error = message;
        return false;
    };
    std::unique_ptr<RowSource> source = RowSource::open(m_path, &error);
    if (!source)
        return fail(error);
    const QSize size = source->size();
    const int width = size.width();
    const int height = size.height();
    {
        QMutexLocker lock(&m_mutex);
        m_size = size;
    }
    // The overview is a box filter over f x f blocks, accumulated as bands stream past.
    std::optional<RowReducer> overview;
    if (m_overviewFactor > 0)
        overview.emplace(size, m_overviewFactor);
    // A header may promise far more than the file holds: the first row is read into a row-sized
    // buffer before a band is allocated, so such a file fails before costing anything.
    QByteArray firstRow(qsizetype(width) * 4, Qt::Uninitialized);
    if (!source->readRow(reinterpret_cast<uchar *>(firstRow.data()), &error))
        return fail(error);
    // Two bands of tile height: one is decoded while the other's tiles are compressed on a
    // second thread (compression was a fifth of the pass). Memory is two bands, never the image.
    QImage bands[2] = {QImage(width, tileSize, QImage::Format_RGB32),
                       QImage(width, tileSize, QImage::Format_RGB32)};
    if (bands[0].isNull() || bands[1].isNull())
        return fail(QStringLiteral("%1: too wide to read").arg(QDir::toNativeSeparators(m_path)));
    std::memcpy(bands[0].scanLine(0), firstRow.constData(), size_t(firstRow.size()));
    firstRow = QByteArray();
    std::future<void> compressing; // of the band not being decoded
    struct WaitOnExit
    {
        std::future<void> &future;
        ~WaitOnExit()
        {
            if (future.valid())
                future.wait(); // it reads a band of this frame
        }
    } waitOnExit{compressing};
    QElapsedTimer sinceProgress;
    bool reported = false;
    int current = 0;
    for (int top = 0; top < height; top += tileSize) {
        QImage &band = bands[current];
        const int rows = std::min(tileSize, height - top);
        for (int y = 0; y < rows; ++y) {
            if (cancel.load())
                return false;
            if ((top > 0 || y > 0) && !source->readRow(band.scanLine(y), &error))
                return fail(error);
            if (overview)
                overview->addRow(band.constScanLine(y), top + y);
        }
        if (compressing.valid())
            compressing.get(); // the other band is free again
        compressing = std::async(std::launch::async, [this, &band, top, rows, width]() {
            QHash<QPoint, QByteArray> row;
            for (int left = 0; left < width; left += tileSize) {
                const QImage tile = band.copy(left, 0, std::min(tileSize, width - left), rows);
                row.insert(QPoint(left / tileSize, top / tileSize), compress(tile));
            }
            QMutexLocker lock(&m_mutex);
            m_tiles.insert(row);
        });
        current ^= 1;
        if (m_progress && overview && top + rows < height
            && (!reported || sinceProgress.elapsed() >= m_progressInterval)) {
            m_progress(overview->image(),
                       std::min(overview->image().height(), (top + rows) / m_overviewFactor));
            reported = true;
            sinceProgress.start();
        }
    }
    if (compressing.valid())
        compressing.get();
    {
        QMutexLocker lock(&m_mutex);
        m_overview = overview ? overview->image() : QImage();
    }
    m_ready = true;
    return true;
}

QImage TileCache::overview() const
{
    QMutexLocker lock(&m_mutex);
    return m_overview;
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
