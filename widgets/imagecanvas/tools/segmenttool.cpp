// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "segmenttool.h"

#include "imagecanvas/imagecanvas.h"
#include "prelabel/segmentservice.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSettings>

namespace Tessera {

namespace {

// Texts filed by lupdate under, and looked up in, the context "SegmentTool".
struct SegmentToolText
{
    Q_DECLARE_TR_FUNCTIONS(SegmentTool)
};

constexpr double kDragThreshold = 5; // widget pixels before a press becomes a box

} // namespace

SegmentTool::SegmentTool(ImageCanvas *canvas)
    : CanvasTool(canvas)
    , m_service(canvas->segmentService())
{
    if (!m_service)
        return;
    m_segmented = QObject::connect(m_service, &SegmentService::segmented, canvas,
                                   [this](quint64 ticket, const SamMask &mask) {
                                       if (ticket == m_promptTicket) {
                                           m_mask = mask;
                                           m_maskTint = mask.preview;
                                           m_error.clear();
                                       } else if (ticket == m_hoverTicket && m_prompt.isEmpty()) {
                                           m_hover = mask;
                                           m_hoverTint = mask.preview;
                                       } else {
                                           return;
                                       }
                                       m_canvas->update();
                                   });
    m_failed = QObject::connect(m_service, &SegmentService::segmentFailed, canvas,
                                [this](quint64 ticket, const QString &error) {
                                    if (ticket != m_promptTicket)
                                        return;
                                    m_error = error;
                                    emit m_canvas->loadWarning(error);
                                    m_canvas->update();
                                });
    m_ready = QObject::connect(m_service, &SegmentService::embeddingReady, canvas,
                               [this](const QString &path, const QRect &region) {
                                   if (path != m_canvas->imagePath() || region != m_region)
                                       return;
                                   // Prompts made while the image was being prepared are decoded
                                   // now.
                                   if (!m_prompt.isEmpty())
                                       decodePrompt();
                                   m_canvas->update();
                               });
    m_embedFailed
            = QObject::connect(m_service, &SegmentService::embeddingFailed, canvas,
                               [this](const QString &path, const QRect &, const QString &error) {
                                   if (path != m_canvas->imagePath() || m_error == error)
                                       return;
                                   m_error = error;
                                   emit m_canvas->loadWarning(error);
                                   m_canvas->update();
                               });
}

SegmentTool::~SegmentTool()
{
    QObject::disconnect(m_segmented);
    QObject::disconnect(m_failed);
    QObject::disconnect(m_ready);
    QObject::disconnect(m_embedFailed);
}

QString SegmentTool::output()
{
    return QSettings()
            .value(QStringLiteral("segment/output"), QStringLiteral("polygon"))
            .toString();
}

void SegmentTool::setOutput(const QString &output)
{
    QSettings().setValue(QStringLiteral("segment/output"), output);
}

void SegmentTool::activate()
{
    QString why;
    if (!m_service || !SegmentService::available(&why)) {
        m_error = m_service
                          ? why
                          : SegmentToolText::tr("Segment Anything is not available in this window");
        emit m_canvas->loadWarning(m_error);
        return;
    }
    m_canvas->setSegmentAhead(true);
    if (!m_canvas->imagePath().isEmpty())
        ensureEmbedding(
                QPointF(m_canvas->imageSize().width() / 2.0, m_canvas->imageSize().height() / 2.0));
}

void SegmentTool::cancel()
{
    m_prompt = {};
    m_mask.reset();
    m_hover.reset();
    m_maskTint = {};
    m_hoverTint = {};
    m_dragStart.reset();
    m_promptTicket = 0;
    m_hoverTicket = 0;
    m_canvas->update();
}

QRect SegmentTool::regionFor(const QPointF &imagePos) const
{
    const QSize size = m_canvas->imageSize();
    if (std::max(size.width(), size.height()) <= kRegionThreshold)
        return {};
    // The part of the image in view (at least 1024 px, at most 4096 px around the cursor): the
    // encoder then sees the objects at about the size the user sees them.
    QRectF view = m_canvas->imageToWidget().inverted().mapRect(QRectF(m_canvas->rect()));
    QSizeF side(std::clamp(view.width(), 1024.0, double(kRegionThreshold)),
                std::clamp(view.height(), 1024.0, double(kRegionThreshold)));
    QPointF centre = view.contains(imagePos) ? view.center() : imagePos;
    QRectF r(centre - QPointF(side.width() / 2, side.height() / 2), side);
    r = r.intersected(QRectF(QPointF(0, 0), QSizeF(size)));
    // Whole steps of 256 px, so that small pans reuse the embedding.
    const auto snap = [](double v) {
        return int(std::floor(v / 256.0)) * 256;
    };
    QRect out(QPoint(snap(r.left()), snap(r.top())),
              QPoint(snap(r.right()) + 255, snap(r.bottom()) + 255));
    return out.intersected(QRect(QPoint(0, 0), size));
}

bool SegmentTool::ensureEmbedding(const QPointF &imagePos)
{
    if (!m_service)
        return false;
    const QString path = m_canvas->imagePath();
    QRect region = regionFor(imagePos);
    // Keep the current region while the point lies in it: a prompt needs one embedding.
    if (path == m_path && !m_region.isNull() && m_region.contains(imagePos.toPoint()))
        region = m_region;
    if (path != m_path || region != m_region) {
        m_path = path;
        m_region = region;
        m_error.clear();
    }
    if (m_service->embedding(path, region))
        return true;
    if (!m_service->isPending(path, region) && m_error.isEmpty())
        m_service->request(path, m_canvas->imageHash(), region);
    return false;
}

bool SegmentTool::embeddingReady() const
{
    return m_service && !m_canvas->imagePath().isEmpty()
           && m_service->embedding(m_canvas->imagePath(), m_region);
}

QString SegmentTool::status() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (!embeddingReady())
        return SegmentToolText::tr("Preparing the image for segmenting…");
    if (m_prompt.isEmpty())
        return SegmentToolText::tr("Click an object (Alt+click: exclude), or drag a box around it");
    return SegmentToolText::tr(
            "Enter keeps this outline, Alt+click excludes, Backspace undoes a point, Esc drops it");
}

void SegmentTool::decodePrompt()
{
    if (m_prompt.isEmpty()
        || !ensureEmbedding(m_prompt.points.isEmpty() ? m_prompt.box->center()
                                                      : m_prompt.points.last()))
        return;
    m_promptTicket = ++m_ticket;
    m_service->segment(m_promptTicket, m_path, m_region, m_prompt,
                       m_canvas->colorOf(m_canvas->currentLabel()));
}

void SegmentTool::mousePress(QMouseEvent *event, const QPointF &p)
{
    if (event->button() != Qt::LeftButton && event->button() != Qt::RightButton)
        return;
    if (!QRectF(QPointF(0, 0), QSizeF(m_canvas->imageSize())).contains(p))
        return;
    if (event->button() == Qt::RightButton || (event->modifiers() & Qt::AltModifier)) {
        m_prompt.points.append(p);
        m_prompt.positive.append(false);
        decodePrompt();
        m_canvas->update();
        return;
    }
    m_dragStart = p;
}

void SegmentTool::mouseMove(QMouseEvent *, const QPointF &p)
{
    m_cursor = p;
    if (m_dragStart) {
        m_canvas->update();
        return;
    }
    // The hover preview: what a first click here would make.
    if (m_prompt.isEmpty() && QRectF(QPointF(0, 0), QSizeF(m_canvas->imageSize())).contains(p)
        && ensureEmbedding(p)) {
        SamPrompt hover;
        hover.points = {p};
        hover.positive = {true};
        m_hoverTicket = ++m_ticket;
        m_service->segment(m_hoverTicket, m_path, m_region, hover,
                           m_canvas->colorOf(m_canvas->currentLabel()));
    }
}

void SegmentTool::mouseRelease(QMouseEvent *event, const QPointF &p)
{
    if (!m_dragStart || event->button() != Qt::LeftButton)
        return;
    const QPointF start = *m_dragStart;
    m_dragStart.reset();
    const double moved = QLineF(m_canvas->toWidget(start), m_canvas->toWidget(p)).length();
    if (moved >= kDragThreshold) {
        const QRectF image(QPointF(0, 0), QSizeF(m_canvas->imageSize()));
        m_prompt.box = QRectF(start, p).normalized().intersected(image);
    } else {
        m_prompt.points.append(start);
        m_prompt.positive.append(true);
    }
    m_hover.reset();
    m_hoverTint = {};
    decodePrompt();
    m_canvas->update();
}

bool SegmentTool::keyPress(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_prompt.isEmpty())
            return false;
        commit();
        return true;
    case Qt::Key_Escape:
        if (m_prompt.isEmpty() && !m_dragStart)
            return false;
        cancel();
        return true;
    case Qt::Key_Backspace:
        if (m_prompt.isEmpty())
            return false;
        if (!m_prompt.points.isEmpty()) {
            m_prompt.points.removeLast();
            m_prompt.positive.removeLast();
        } else {
            m_prompt.box.reset();
        }
        if (m_prompt.isEmpty())
            cancel();
        else
            decodePrompt();
        m_canvas->update();
        return true;
    default:
        return false;
    }
}

void SegmentTool::commit()
{
    if (!m_mask || m_mask->isEmpty()) {
        emit m_canvas->loadWarning(
                SegmentToolText::tr("No outline yet: wait for the mask to show, then press Enter"));
        return;
    }
    std::optional<Annotation> shape;
    if (output() == QLatin1String("mask")) {
        shape = m_mask->maskAnnotation();
    } else if (const std::optional<QPolygonF> outline = m_mask->polygon(
                       QSettings().value(QStringLiteral("segment/tolerance"), 1.5).toDouble())) {
        shape = Annotation();
        shape->kind = AnnotationKind::Polygon;
        shape->points = *outline;
    }
    if (!shape) {
        emit m_canvas->loadWarning(SegmentToolText::tr("The mask is too small to keep"));
        return;
    }
    shape->provenance.origin = Origin::Assist;
    shape->provenance.modelId = SamSegmenter::modelName();
    shape->provenance.modelVersion = SamSegmenter::modelVersion();
    shape->provenance.score = m_mask->score;
    m_canvas->addDrawnShape(*shape);
    cancel();
}

void SegmentTool::paintOverlay(QPainter &painter)
{
    const QTransform t = m_canvas->imageToWidget();
    const auto drawMask = [&](const SamMask &mask, const QImage &tint) {
        if (tint.isNull())
            return;
        const QRectF target(mask.origin, QSizeF(tint.size()) * mask.scale);
        painter.save();
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(t.mapRect(target), tint);
        painter.restore();
    };
    if (m_mask)
        drawMask(*m_mask, m_maskTint);
    else if (m_hover && m_prompt.isEmpty())
        drawMask(*m_hover, m_hoverTint);

    painter.setRenderHint(QPainter::Antialiasing);
    if (m_prompt.box || m_dragStart) {
        const QRectF box
                = m_dragStart ? QRectF(*m_dragStart, m_cursor).normalized() : *m_prompt.box;
        painter.setBrush(Qt::NoBrush);
        painter.setPen(QPen(Qt::white, 1.5, Qt::DashLine));
        painter.drawRect(t.mapRect(box));
    }
    for (int i = 0; i < m_prompt.points.size(); ++i) {
        painter.setPen(QPen(Qt::white, 1.5));
        painter.setBrush(m_prompt.positive.value(i) ? QColor(40, 200, 80) : QColor(230, 40, 40));
        const QPointF at = t.map(m_prompt.points[i]);
        painter.drawEllipse(at, 5, 5);
        if (!m_prompt.positive.value(i)) {
            painter.setPen(QPen(Qt::white, 1.5));
            painter.drawLine(at - QPointF(2.5, 0), at + QPointF(2.5, 0));
        }
    }
    // What the tool waits for, beside the cursor.
    if (!embeddingReady() || !m_error.isEmpty()) {
        const QString text = status();
        const QPointF at = t.map(m_cursor) + QPointF(14, -10);
        const QRectF box(at, QSizeF(painter.fontMetrics().horizontalAdvance(text) + 12, 20));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0, 0, 0, 170));
        painter.drawRoundedRect(box, 4, 4);
        painter.setPen(Qt::white);
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

} // namespace Tessera
