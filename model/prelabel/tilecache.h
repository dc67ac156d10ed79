// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QPoint>
#include <QString>

#include <atomic>
#include <functional>

namespace Tessera {

/**
 * Full-resolution tiles of one huge image (JPEG, PNG or TIFF, through RowSource), made by a
 * single background pass (build()) that decodes the file band by band and keeps each 512x512 tile
 * JPEG-compressed in memory: about a tenth of the raw pixels, so a 20000x20000 image costs ~100 MB
 * instead of 1.6 GB. After the pass, region() composes any region from a few tiles in milliseconds.
 * The tiles of one band are compressed on a second thread while the next band is decoded.
 * Thread-safe.
 */
class TileCache
{
public:
    static constexpr int tileSize = 512;

    explicit TileCache(const QString &path)
        : m_path(path)
    {}

    /** Also makes an overview at 1/factor (box-filtered) during the pass; 0 for none. */
    void setOverviewFactor(int factor) { m_overviewFactor = factor; }
    /** The overview made by the pass (null before it, or without setOverviewFactor()). */
    QImage overview() const;

    /**
     * Called on the building thread with the overview so far and how many of its rows are read
     * (the rows below are not yet meaningful): after the first band, then about every
     * intervalMs. Never called after build() returns, nor with the finished overview.
     */
    using Progress = std::function<void(const QImage &overview, int rowsRead)>;
    void setProgress(Progress progress, int intervalMs = 200)
    {
        m_progress = std::move(progress);
        m_progressInterval = intervalMs;
    }

    /** Decodes the whole file once; returns false if canceled or unreadable (see error()). */
    bool build(const std::atomic_bool &cancel);
    bool isReady() const { return m_ready.load(); }
    QString error() const;
    QSize imageSize() const;
    qint64 compressedBytes() const;

    /** The region (full-resolution pixels) composed from tiles; null until the pass is done. */
    QImage region(const QRect &region) const;

private:
    QString m_path;
    mutable QMutex m_mutex;
    QHash<QPoint, QByteArray> m_tiles;
    QSize m_size;
    QString m_error;
    QImage m_overview;
    int m_overviewFactor = 0;
    Progress m_progress;
    int m_progressInterval = 200;
    std::atomic_bool m_ready{false};
};

} // namespace Tessera
