// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QImage>
#include <QObject>
#include <QRect>
#include <QTransform>

#include <atomic>
#include <memory>

class QPainter;

namespace Tessera {

class ImageCache;
class TileCache;

/**
 * The pixels under the canvas's shapes. Small images are decoded whole; big ones are shown from
 * an overview, with full-resolution detail of the visible region decoded on demand off the GUI
 * thread, from tiles once a background pass has made them. Coordinates are full-resolution image
 * pixels as shown (EXIF orientation applied).
 */
class ImageBackdrop : public QObject
{
    Q_OBJECT

public:
    explicit ImageBackdrop(QObject *parent = nullptr);
    ~ImageBackdrop() override;

    /** Starts showing path; fullSize may be empty when unknown. loaded() or failed() follows. */
    void setImage(const QString &path, const QSize &fullSize);
    void prefetch(const QList<QPair<QString, QSize>> &images);

    bool hasImage() const { return !m_image.isNull(); }
    /**
     * While a huge PNG or TIFF streams in: the share of it shown so far (0 < x < 1); 1 once it
     * is whole. loaded() is emitted when the first part arrives and again when it is whole.
     */
    double readShare() const;
    QSize fullSize() const { return m_fullSize; }
    QString error() const { return m_error; }
    /** Whether detail beyond the overview can be had (big images). */
    bool hasRegions() const { return m_regions; }
    int detailFactor() const { return m_detail.isNull() ? 0 : m_detailFactor; }
    QRect detailRect() const { return m_detailRect; }
    bool tilesReady() const;

    /** Asks for detail of visible (image pixels) at this zoom, if the overview is not enough. */
    void requestDetail(const QRectF &visible, double zoom);
    /** Draws the image; interacting allows fast scaling while the view moves. */
    void paint(QPainter &painter, const QTransform &imageToWidget, double zoom,
               const QRectF &visible, bool interacting);

signals:
    void loaded();
    void failed(const QString &error);
    void warning(const QString &message);
    /** New detail arrived (repaint), or tiles are ready (ask for detail again). */
    void detailChanged();
    void tilesMade();

private:
    void cacheLoaded(const QString &path);
    void cachePartial(const QString &path, const QImage &overview, double scale, int rowsRead);
    void startTiles();
    void stopTiles();

    ImageCache *m_cache;
    QString m_path;
    QSize m_fullSize;
    QImage m_image;
    double m_decodeScale = 1.0;
    int m_rowsRead = 0; // of m_image while it streams in; 0 once whole
    QString m_error;
    QImage m_scaledImage;
    double m_scaledZoom = 0;
    bool m_regions = false;
    int m_orientation = 0; // EXIF transformation between stored and shown pixels
    QImage m_detail;
    QRect m_detailRect; // full-resolution image pixels
    int m_detailFactor = 0;
    QRect m_pendingRect;
    int m_pendingFactor = 0;
    quint64 m_generation = 0;
    std::shared_ptr<TileCache> m_tiles;
    std::shared_ptr<std::atomic_bool> m_tilesCancel;
};

} // namespace Tessera
