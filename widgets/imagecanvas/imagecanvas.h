// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/shapeindex.h"
#include "core/types.h"
#include "reviewmarks.h"
#include "shapeedits.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Tessera {

class AssetDocument;
class CanvasTool;
class ImageBackdrop;
class SegmentService;
class ShapeEdits;

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
    enum class Tool {
        Select,
        Box,
        Polygon,
        Polyline,
        Point,
        Ellipse,
        Keypoints,
        Mask,
        Wand,
        Scissors,
        Segment
    };
    Q_ENUM(Tool)

    explicit ImageCanvas(QWidget *parent = nullptr);
    ~ImageCanvas() override;

    void setDocument(AssetDocument *document, const QString &imagePath);
    void setLabels(const QList<Label> &labels);
    void prefetch(const QList<QPair<QString, QSize>> &images);
    void clear();

    AssetDocument *document() const;
    /** The file of the image shown (for the assists that read pixels). */
    QString imagePath() const { return m_imagePath; }
    /** The SHA-256 of the image shown, as the project knows it (may be empty). */
    QString imageHash() const;
    /** Segment Anything for the Segment tool (owned by the window; may be null). */
    void setSegmentService(SegmentService *service);
    SegmentService *segmentService() const;
    /**
     * Once the user has segmented in this window, every image shown (and the next ones
     * prefetched) is encoded ahead, so that a click finds its embedding ready.
     */
    void setSegmentAhead(bool on);
    qint64 assetId() const;
    bool hasImage() const;
    /** The share of a huge PNG/TIFF shown while it streams in; 1 when whole (or none). */
    double imageReadShare() const;
    /** Full-resolution pixels per shown detail pixel, or 0 when no detail is shown (tests). */
    int detailFactor() const;
    /** True once the background pass over a huge image has made its tiles (tests, bench). */
    bool tilesReady() const;
    QRect detailRect() const;
    QSize imageSize() const { return m_fullSize; }
    double zoom() const { return m_zoom; }

    Tool tool() const { return m_toolKind; }
    /** The active tool object (tests look inside it). */
    CanvasTool *activeTool() const { return m_tool.get(); }
    void setTool(Tool tool);
    /** Label given to new shapes; 0 for none. */
    qint64 currentLabel() const { return m_currentLabel; }
    void setCurrentLabel(qint64 labelId);
    /**
     * Asked for a label when a shape is drawn while no label is current (as labelme asks): the
     * id to give it, or 0 to drop the shape. Without a prompt the shape is stored unlabelled.
     */
    void setLabelPrompt(std::function<qint64()> prompt) { m_labelPrompt = std::move(prompt); }
    const std::function<qint64()> &labelPrompt() const { return m_labelPrompt; }

    const QList<qint64> &selection() const { return m_selection; }
    void setSelection(const QList<qint64> &ids);
    QList<Annotation> selectedAnnotations() const;

    void setShapeHidden(const QList<qint64> &ids, bool hidden);
    void setLabelHidden(qint64 labelId, bool hidden);
    bool isLabelHidden(qint64 labelId) const { return m_hiddenLabels.contains(labelId); }
    void setCrosshair(bool on);
    /**
     * Review issues to show as pins (a point) or dashed frames (a region), numbered in the
     * order given; resolved ones are drawn faint. Replaced on every call.
     */
    void setPins(const QList<Comment> &issues);
    const QList<Comment> &pins() const { return m_pins; }
    /** A shape drawn for comparison only (an annotator's layer): outlined, never edited. */
    using OverlayShape = ReviewMarks::LayerShape;
    void setOverlay(const QList<OverlayShape> &shapes);
    const QList<OverlayShape> &overlay() const { return m_overlay; }
    /** The image point under the mouse, if the mouse is over the image. */
    std::optional<QPointF> pointerPosition() const;

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
    void addDrawnShape(Annotation shape) { m_edits->addDrawnShape(std::move(shape)); }
    /** Whether a shape is shown (not hidden by itself or by its label). */
    bool isShapeVisible(const Annotation &a) const { return isVisible(a); }

public slots:
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void actualSize();
    void deleteSelection() { m_edits->deleteSelection(); }
    void copySelection() { m_edits->copySelection(); }
    void paste() { m_edits->paste(); }
    void duplicateSelection() { m_edits->duplicateSelection(); }
    void bringToFront() { m_edits->bringToFront(); }
    void sendToBack() { m_edits->sendToBack(); }
    void toggleLockSelection() { m_edits->toggleLockSelection(); }
    void hideSelection() { m_edits->hideSelection(); }
    void showAllShapes();
    void groupSelection() { m_edits->groupSelection(); }
    void ungroupSelection() { m_edits->ungroupSelection(); }
    void relabelSelection(qint64 labelId) { m_edits->relabelSelection(labelId); }
    void selectAll() { m_edits->selectAll(); }

signals:
    void cursorMoved(const QPointF &imagePosition, bool insideImage);
    void zoomChanged(double zoom);
    /** The current asset's image has been painted for the first time. */
    void imageShown(qint64 assetId);
    /** ...and painted whole (later than imageShown only for a huge PNG/TIFF streaming in). */
    void imageShownWhole(qint64 assetId);
    void loadFailed(const QString &error);
    /** The image shows, but not all of it could be read (e.g. a truncated file). */
    void loadWarning(const QString &message);
    void selectionChanged(const QList<qint64> &ids);
    void toolChanged(Tool tool);
    /** Drawn when painting a frame: milliseconds, and whether the shape layer was redrawn. */
    void framePainted(double milliseconds, bool layerRedrawn);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
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
    void imageLoaded();
    void requestDetail();
    void annotationsChanged();
    void rebuildIndex();
    void invalidateLayer();
    void setZoom(double zoom, const QPointF &anchor);
    void clampOffset();
    void startInteraction();
    void renderLayer();
    /**
     * Paints the shapes whose bounds meet imageArea in list order, leaving out hidden and live
     * ones, at fast (outlines, no antialiasing) or full detail; without fastDetail, fast when
     * thousands of shapes are in the area. Returns the detail used.
     */
    bool paintShapes(QPainter &painter, const QRectF &imageArea, const QTransform &toLayer,
                     std::optional<bool> fastDetail) const;
    void paintImage(QPainter &painter);
    void paintSelection(QPainter &painter);
    void paintReadProgress(QPainter &painter);
    bool isVisible(const Annotation &a) const;

    ImageBackdrop *m_backdrop;
    std::unique_ptr<ShapeEdits> m_edits;
    QPointer<AssetDocument> m_document;
    QSize m_fullSize;
    QString m_imagePath;
    QList<Label> m_labels;
    QHash<qint64, int> m_labelIndex;

    double m_zoom = 1.0; // widget pixels per full-resolution image pixel
    QPointF m_offset;    // widget position of image pixel (0, 0)
    bool m_fit = true;
    bool m_spaceDown = false;
    bool m_panning = false;
    bool m_crosshair = false;
    bool m_shownSignalled = false;
    bool m_wholeSignalled = false;
    quint64 m_documentGeneration = 0; // counts setDocument(): queued "shown" signals check it
    QPoint m_lastMouse;
    QPointF m_cursor{-1, -1}; // widget coordinates, for the crosshair; outside: (-1, -1)

    // Shapes and their cache.
    ShapeIndex m_index;
    QHash<qint64, int> m_position; // annotation id -> index in the document's list
    QList<Annotation> m_snapshot;  // the list as last indexed, to find what an edit changed
    QImage m_layer;
    double m_layerZoom = 0;
    QPointF m_layerOrigin; // widget position of the layer's top-left when it was drawn
    QPointF m_layerOffset; // m_offset when it was drawn
    bool m_layerValid = false;
    bool m_layerFast = false; // drawn without antialiasing or fills (thousands of shapes)
    bool m_interacting = false;
    QTimer m_settle;      // ends an interaction: then the layer is redrawn at full quality
    QTimer m_detailTimer; // asks for full-resolution detail soon after the view stops moving

    QList<qint64> m_selection;
    QList<Comment> m_pins;
    QList<OverlayShape> m_overlay;
    QList<Annotation> m_live;
    QSet<qint64> m_liveIds;
    QSet<qint64> m_hidden;
    QSet<qint64> m_hiddenLabels;
    qint64 m_currentLabel = 0;
    std::function<qint64()> m_labelPrompt;

    QPointer<SegmentService> m_segment;
    bool m_segmentAhead = false;

    Tool m_toolKind = Tool::Select;
    std::unique_ptr<CanvasTool> m_tool;
};

} // namespace Tessera
