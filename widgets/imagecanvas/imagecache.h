// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

#include <atomic>
#include <memory>

namespace Tessera {

class TileCache;

/**
 * Decoded images for the canvas, decoded on a pool thread and kept in an LRU bounded in memory.
 * Images above maxFullPixels() are never decoded whole: an overview comes from ImageDecoder's
 * reduced decoding (JPEG scales in the DCT) or, for PNG and TIFF, from one streaming pass (see
 * partial()); `scale` tells by how much so that annotations stay in full-resolution pixels, and the
 * canvas asks ImageDecoder::decodeRegion for full-resolution detail of what is on screen.
 */
class ImageCache : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QImage image;
        double scale = 1.0;   // displayed pixels per image pixel (< 1 for reduced decodes)
        QString warning;      // e.g. a truncated file, of which only a part could be shown
        bool regions = false; // full-resolution regions can be decoded on demand (baseline JPEG)
        std::shared_ptr<TileCache> tiles; // made with the overview (PNG, TIFF), or null
        int orientation = 0;              // QImageIOHandler::Transformations from EXIF, for regions
    };

    explicit ImageCache(QObject *parent = nullptr);
    ~ImageCache() override;

    /** Images above this many pixels, or this long a side, are shown from a reduced overview. */
    static qint64 maxFullPixels() { return 16 * 1000 * 1000; }
    static int overviewSide() { return 2048; }

    /** The entry if decoded; otherwise nullopt, and loaded() or failed() follows. */
    std::optional<Entry> request(const QString &path, QSize fullSize);
    /** Decodes in the background without anyone waiting for it (next/previous assets). */
    void prefetch(const QString &path, QSize fullSize) { request(path, fullSize); }
    /**
     * Stops the seconds-long passes over huge PNGs and TIFFs of every other path (they end
     * without loaded() or failed(), and start over when asked for again). Quick decodes finish.
     */
    void cancelPassesExcept(const QString &path);

signals:
    void loaded(const QString &path);
    /**
     * A PNG or TIFF too big to decode whole streams in: its overview so far, at `scale`
     * displayed pixels per image pixel, of which the first `rowsRead` rows are read. loaded()
     * follows with the whole overview.
     */
    void partial(const QString &path, const QImage &overview, double scale, int rowsRead);
    void failed(const QString &path, const QString &error);

private:
    void finished(const QString &path, const Entry &entry, const QString &error);

    QCache<QString, Entry> m_cache; // cost in KiB
    QSet<QString> m_pending;
    QHash<QString, std::shared_ptr<std::atomic_bool>> m_cancels; // of the pending decodes
    QHash<QString, QSize> m_wantedAgain; // asked for while their canceled pass was ending
    QString m_oversizedPath;
    Entry m_oversized;
};

} // namespace Tessera
