// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QSet>

namespace Tessera {

/**
 * Thumbnails of image assets, made on background threads and kept on disk by content hash (so a
 * file that moves keeps its thumbnail) and in a memory LRU. Requests are served newest first, so
 * the rows a user scrolls to are made before those scrolled past.
 */
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    explicit ThumbnailCache(QObject *parent = nullptr);
    ~ThumbnailCache() override;

    static int thumbnailSize() { return 160; }
    /** Default disk location: the user's cache folder. */
    static QString defaultDirectory();
    void setDirectory(const QString &directory);

    /**
     * The thumbnail if it is in memory; otherwise a null image, and the thumbnail is made (or read
     * from disk) in the background and announced with thumbnailReady().
     */
    QImage thumbnail(qint64 assetId, const QString &imagePath, const QString &sha256);
    /** Forgets queued requests (e.g. when the list is filtered anew). */
    void clearQueue();
    bool hasFailed(qint64 assetId) const { return m_failed.contains(assetId); }

signals:
    void thumbnailReady(qint64 assetId);
    void thumbnailFailed(qint64 assetId, const QString &error);

private:
    struct Request
    {
        qint64 assetId;
        QString imagePath;
        QString diskPath;
    };
    void startNext();
    void finished(qint64 assetId, const QImage &image, const QString &error);

    QString m_directory;
    QCache<qint64, QImage> m_memory;
    QList<Request> m_queue;
    QSet<qint64> m_pending;
    QSet<qint64> m_failed;
    int m_running = 0;
    int m_maxRunning = 2;
};

} // namespace Tessera
