// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/shapeindex.h"
#include "core/types.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <memory>

namespace Tessera {

class AssetDocument;
class CanvasTool;
class ImageCache;
class TileCache;

/**
 * The image canvas: one image asset with its shapes, edited with tools.
 *
 * Coordinates of shapes are full-resolution image pixels, also when the image is shown from a
 * reduced decode. Shapes are drawn into a cached layer (with a margin around the view) that is
 * redrawn only when shapes, zoom or visibility change; panning moves the cached layer and zooming
 * scales it until the user pauses, so 10,000 polygons stay fluid. Shapes being dragged are drawn
 * live on top. A spatial index answers clicks and viewport queries.
 */
class ImageCanvas : public QWidget
{
    Q_OBJECT

public:
    enum class Tool { Select, Box, Polygon, Polyline, Point, Ellipse, Keypoints, Mask };
    Q_ENUM(Tool)

    explicit ImageCanvas(QWidget *parent = nullptr);
    ~ImageCanvas() override;

    void setDocument(AssetDocument *document, const QString &imagePath);
    void setLabels(const QList<Label> &labels);
    void prefetch(const QList<QPair<QString, QSize>> &images);
    void clear();

    AssetDocument *document() const;
    qint64 assetId() const;
    bool hasImage() const { return !m_image.isNull(); }
    /** Full-resolution pixels per shown detail pixel, or 0 when no detail is shown (tests). */
    int detailFactor() const { return m_detail.isNull() ? 0 : m_detailFactor; }
    /** True once the background pass over a huge image has made its tiles (tests, bench). */
    bool tilesReady() const;
    QRect detailRect() const { return m_detailRect; }
    QSize imageSize() const { return m_fullSize; }
    double zoom() const { return m_zoom; }

    Tool tool() const { return m_toolKind; }
    void setTool(Tool tool);
    /** Label given to new shapes; 0 for none. */
    qint64 currentLabel() const { return m_currentLabel; }
    void setCurrentLabel(qint64 labelId);

    const QList<qint64> &selection() const { return m_selection; }
    void setSelection(const QList<qint64> &ids);
    QList<Annotation> selectedAnnotations() const;

    void setShapeHidden(const QList<qint64> &ids, bool hidden);
    void setLabelHidden(qint64 labelId, bool hidden);
    bool isLabelHidden(qint64 labelId) const { return m_hiddenLabels.contains(labelId); }
    void setCrosshair(bool on);

    // Used by tools.
    QPointF toImage(const QPointF &widgetPoint) const;
    QPointF toWidget(const QPointF &imagePoint) const;
    QTransform imageToWidget() const;
    /** Pick radius in image pixels: a fixed number of screen pixels at any zoom. */
    double pickTolerance() const;
    /** Topmost visible shape under p (by z, then newest), or 0. */
    qint64 shapeAt(const QPointF &imagePos) const;
    QList<qint64> shapesIn(const QRectF &imageRect) const;
    std::optional<Annotation> annotation(qint64 id) const;
    bool isLocked(const Annotation &a) const;
    /** Shapes drawn live instead of from the layer while a tool drags them (empty: none). */
    void setLiveShapes(const QList<Annotation> &shapes);
    QColor colorOf(qint64 labelId) const;
    QString labelName(qint64 labelId) const;
    /** The keypoint template of a label (empty for none). */
    const Skeleton *skeletonOf(qint64 labelId) const;
    /** Adds a shape the user drew, with the current label; becomes the selection. */
    void addDrawnShape(Annotation shape);

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    void deleteSelection();
    void copySelection();
    void paste();
    void duplicateSelection();
    void bringToFront();
    void sendToBack();
    void toggleLockSelection();
    void hideSelection();
    void showAllShapes();
    void groupSelection();
    void ungroupSelection();
    void relabelSelection(qint64 labelId);
    void selectAll();

signals:
    void cursorMoved(const QPointF &imagePosition, bool insideImage);
    void zoomChanged(double zoom);
    /** The current asset's image has been painted for the first time. */
    void imageShown(qint64 assetId);
    void loadFailed(const QString &error);
    /** The image shows, but not all of it could be read (e.g. a truncated file). */
    void loadWarning(const QString &message);
    void selectionChanged(const QList<qint64> &ids);
    void toolChanged(Tool tool);
    /** Drawn when painting a frame: milliseconds, and whether the shape layer was redrawn. */
    void framePainted(double milliseconds, bool layerRedrawn);

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void keyReleaseEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void imageLoaded(const QString &path);
    void requestDetail();
    void startTiles();
    void stopTiles();
    void annotationsChanged();
    void rebuildIndex();
    void invalidateLayer();
    void setZoom(double zoom, const QPointF &anchor);
    void clampOffset();
    void startInteraction();
    void renderLayer();
    void paintImage(QPainter &painter);
    void paintOverview(QPainter &painter, const QRectF &target, double shown);
    void paintSelection(QPainter &painter);
    bool isVisible(const Annotation &a) const;
    void nudgeSelection(const QPointF &delta);

    ImageCache *m_cache;
    QPointer<AssetDocument> m_document;
    QString m_path;
    QSize m_fullSize;
    QImage m_image;
    double m_decodeScale = 1.0;
    QString m_error;
    QList<Label> m_labels;
    QHash<qint64, int> m_labelIndex;

    double m_zoom = 1.0; // widget pixels per full-resolution image pixel
    QPointF m_offset;    // widget position of image pixel (0, 0)
    bool m_fit = true;
    bool m_spaceDown = false;
    bool m_panning = false;
    bool m_crosshair = false;
    bool m_shownSignalled = false;
    QPoint m_lastMouse;
    QPointF m_cursor; // widget coordinates, for the crosshair

    // Shapes and their cache.
    ShapeIndex m_index;
    QHash<qint64, int> m_position; // annotation id -> index in the document's list
    QList<Annotation> m_snapshot;  // the list as last indexed, to find what an edit changed
    QImage m_layer;
    double m_layerZoom = 0;
    QPointF m_layerOrigin; // widget position of the layer's top-left when it was drawn
    QPointF m_layerOffset; // m_offset when it was drawn
    bool m_layerValid = false;
    bool m_interacting = false;
    QTimer m_settle;      // ends an interaction: then the layer is redrawn at full quality
    QTimer m_detailTimer; // asks for full-resolution detail soon after the view stops moving
    QImage m_scaledImage;
    double m_scaledZoom = 0;

    // Full-resolution detail of big images: the region on screen, decoded on demand.
    bool m_regions = false;
    int m_orientation = 0; // EXIF transformation between stored and shown pixels
    QImage m_detail;
    QRect m_detailRect; // full-resolution image pixels
    int m_detailFactor = 0;
    QRect m_pendingRect;
    int m_pendingFactor = 0;
    quint64 m_generation = 0;
    std::shared_ptr<TileCache> m_tiles; // full-resolution tiles of huge JPEGs, built once
    std::shared_ptr<std::atomic_bool> m_tilesCancel;

    QList<qint64> m_selection;
    QList<Annotation> m_live;
    QSet<qint64> m_liveIds;
    QSet<qint64> m_hidden;
    QSet<qint64> m_hiddenLabels;
    qint64 m_currentLabel = 0;

    Tool m_toolKind = Tool::Select;
    std::unique_ptr<CanvasTool> m_tool;
};

} // namespace Tessera
