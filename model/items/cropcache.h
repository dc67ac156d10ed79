// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCache>
#include <QImage>
#include <QObject>
#include <QRectF>
#include <QSet>

namespace Tessera {

/**
 * Object crops for the review grid: the region of a shape (with a margin, so the reviewer sees
 * its surroundings) cut from its image and scaled to a tile, made on background threads and kept
 * in a memory LRU. The newest request is served first, and every queued crop of the same image
 * is cut from one decode, so a page of crops grouped by asset decodes each image once.
 */
class CropCache : public QObject
{
    Q_OBJECT

public:
    explicit CropCache(QObject *parent = nullptr);
    ~CropCache() override;

    /** A crop and the image region (pixels) it shows, for drawing the shape over it. */
    struct Crop
    {
        QImage image;
        QRectF source;
    };

    static int cropSide() { return 192; }
    /** The region a crop of bounds shows: bounds with a margin of a fifth of its size each way. */
    static QRectF sourceRect(const QRectF &bounds, const QSize &imageSize);

    /**
     * The crop if it is in memory; otherwise a null crop, and it is made in the background and
     * announced with cropReady(). Failures (unreadable image) are announced by cropFailed().
     */
    Crop crop(qint64 annotationId, const QString &imagePath, const QRectF &bounds);
    bool hasFailed(qint64 annotationId) const { return m_failed.contains(annotationId); }
    /** Forgets queued requests (a new filter) and, with memory, what was made (a crop changed). */
    void clear(bool memory = false);
    void forget(qint64 annotationId) { m_memory.remove(annotationId); }

signals:
    void cropReady(qint64 annotationId);
    void cropFailed(qint64 annotationId, const QString &error);

private:
    struct Request
    {
        qint64 annotationId;
        QString imagePath;
        QRectF bounds;
    };
    void startNext();

    QCache<qint64, Crop> m_memory;
    QList<Request> m_queue;
    QSet<qint64> m_pending;
    QSet<qint64> m_failed;
    int m_running = 0;
    int m_maxRunning = 2;
};

} // namespace Tessera
