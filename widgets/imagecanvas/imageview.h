// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QImage>
#include <QPointer>
#include <QWidget>

namespace Tessera {

class AssetDocument;
class ImageCache;

/**
 * Shows one image asset with its annotations: zoom around the cursor (wheel, +/-), fit, 1:1,
 * pan with the middle button or Space-drag. Coordinates are full-resolution image pixels even
 * when the image is shown from a reduced decode.
 */
class ImageView : public QWidget
{
    Q_OBJECT

public:
    explicit ImageView(QWidget *parent = nullptr);

    /** Shows the document's image (decoded in the background) and its annotations. */
    void setDocument(AssetDocument *document, const QString &imagePath);
    void setLabels(const QList<Label> &labels);
    /** Starts decoding images the user is likely to open next. */
    void prefetch(const QList<QPair<QString, QSize>> &images);
    void clear();

    double zoom() const { return m_zoom; }
    bool hasImage() const { return !m_image.isNull(); }
    qint64 assetId() const;

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();

signals:
    void cursorMoved(const QPointF &imagePosition, bool insideImage);
    void zoomChanged(double zoom);
    /** The current asset's image has been painted for the first time. */
    void imageShown(qint64 assetId);
    void loadFailed(const QString &error);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void imageLoaded(const QString &path);
    void setZoom(double zoom, const QPointF &anchor);
    void clampOffset();
    QPointF toImage(const QPointF &widgetPoint) const;
    void paintAnnotations(QPainter &painter);
    QColor colorOf(qint64 labelId) const;
    QString nameOf(qint64 labelId) const;

    ImageCache *m_cache;
    QPointer<AssetDocument> m_document;
    QString m_path;
    QSize m_fullSize;
    QImage m_image;
    double m_decodeScale = 1.0;
    QString m_error;
    QList<Label> m_labels;
    double m_zoom = 1.0; // widget pixels per full-resolution image pixel
    QPointF m_offset;    // widget position of image pixel (0, 0)
    bool m_fit = true;
    bool m_spaceDown = false;
    bool m_panning = false;
    bool m_shownSignalled = false;
    QPoint m_lastMouse;
};

} // namespace Tessera
