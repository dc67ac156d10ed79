// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "canvastool.h"
#include "prelabel/samsegmenter.h"
#include "prelabel/segmentservice.h"

#include <QElapsedTimer>
#include <QImage>
#include <QMetaObject>
#include <QPointer>
#include <QRect>

#include <optional>

namespace Tessera {


/**
 * Segment Anything on the canvas (S). Hovering shows the mask a click would make; a click adds
 * a positive point, Alt+click or a right click a negative one, a drag draws a box prompt; more
 * points refine the mask. Enter commits it with the current label, as a polygon or a mask (the
 * "segment/output" setting), one undo step, with provenance origin assist and the model's name
 * and version; Backspace drops the last point; Esc drops the prompt. The encoder runs on a
 * worker (SegmentService); until the image is ready the tool says so at the cursor. Images
 * larger than 4096 px are encoded by the visible region, so small objects in huge images work.
 */
class SegmentTool : public CanvasTool
{
public:
    explicit SegmentTool(ImageCanvas *canvas);
    ~SegmentTool() override;

    QString name() const override { return QStringLiteral("segment"); }
    void activate() override;
    void cancel() override;
    void mousePress(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseMove(QMouseEvent *event, const QPointF &imagePos) override;
    void mouseRelease(QMouseEvent *event, const QPointF &imagePos) override;
    bool keyPress(QKeyEvent *event) override;
    void paintOverlay(QPainter &painter) override;
    bool isDrawing() const override { return !m_prompt.isEmpty(); }

    /** Output of committed objects: "polygon" (default) or "mask". */
    static QString output();
    static void setOutput(const QString &output);
    /** Images whose longer side exceeds this are encoded by the visible region. */
    static constexpr int kRegionThreshold = 4096;

    // For tests and the status bar.
    const SamPrompt &prompt() const { return m_prompt; }
    const std::optional<SamMask> &mask() const { return m_mask; }
    const std::optional<SamMask> &hoverMask() const { return m_hover; }
    bool embeddingReady() const;
    /** The region of the image the tool encodes (null: the whole image). */
    QRect region() const { return m_region; }
    QString status() const;

private:
    QRect regionFor(const QPointF &imagePos) const;
    bool ensureEmbedding(const QPointF &imagePos);
    void decodePrompt();
    void commit();

    QPointer<SegmentService> m_service; // the window's; may go before the canvas
    QMetaObject::Connection m_embedFailed;
    QMetaObject::Connection m_segmented;
    QMetaObject::Connection m_failed;
    QMetaObject::Connection m_ready;
    QString m_path;
    QRect m_region;
    SamPrompt m_prompt;
    std::optional<SamMask> m_mask;   // for the prompt
    std::optional<SamMask> m_hover;  // for a click at the cursor
    QImage m_maskTint;
    QImage m_hoverTint;
    std::optional<QPointF> m_dragStart;
    QPointF m_cursor;
    quint64 m_ticket = 0;
    quint64 m_promptTicket = 0;
    quint64 m_hoverTicket = 0;
    QString m_error;
};

} // namespace Tessera
