// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "timelinepanel.h"

#include <QMouseEvent>
#include <QPainter>

namespace Tessera {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
{
    setMinimumHeight(56);
    setMouseTracking(false);
}

void TimelinePanel::setSequence(const QString &name, const QList<qint64> &frames, int current)
{
    m_name = name;
    m_frames = frames;
    m_current = current;
    update();
}

void TimelinePanel::setTrack(const QString &track, const QSet<int> &keyframes,
                             const QSet<int> &filled)
{
    m_track = track;
    m_keyframes = keyframes;
    m_filled = filled;
    update();
}

QRectF TimelinePanel::strip() const
{
    return QRectF(12, 24, width() - 24, 20);
}

double TimelinePanel::xOf(int frame) const
{
    const QRectF s = strip();
    return m_frames.size() <= 1 ? s.left()
                                : s.left() + s.width() * frame / double(m_frames.size() - 1);
}

int TimelinePanel::frameAt(int x) const
{
    if (m_frames.isEmpty())
        return -1;
    const QRectF s = strip();
    const double t = std::clamp((x - s.left()) / std::max(1.0, s.width()), 0.0, 1.0);
    return int(std::lround(t * (m_frames.size() - 1)));
}

void TimelinePanel::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().window());
    if (m_frames.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter,
                   tr("Not a sequence: add a video (File › Add Video) to see its frames here"));
        return;
    }
    const QRectF s = strip();
    p.setPen(palette().text().color());
    QString title = tr("%1 — frame %2 of %3").arg(m_name).arg(m_current + 1).arg(m_frames.size());
    if (!m_track.isEmpty())
        title += tr("   track %1: %n keyframe(s)", nullptr, int(m_keyframes.size())).arg(m_track);
    p.drawText(QRectF(12, 2, width() - 24, 20), Qt::AlignLeft | Qt::AlignVCenter, title);
    p.setPen(Qt::NoPen);
    p.setBrush(palette().base());
    p.drawRoundedRect(s, 3, 3);
    // Filled frames as a bar, keyframes as diamonds, the current frame as a line.
    p.setBrush(QColor(100, 160, 230, 150));
    const double step = m_frames.size() > 1 ? s.width() / (m_frames.size() - 1) : s.width();
    for (int f : m_filled)
        p.drawRect(QRectF(xOf(f) - step / 2, s.top() + 6, step, s.height() - 12));
    p.setBrush(QColor(240, 160, 20));
    p.setPen(QPen(Qt::black, 0.8));
    for (int f : m_keyframes) {
        const QPointF c(xOf(f), s.center().y());
        p.drawPolygon(QPolygonF{c + QPointF(0, -6), c + QPointF(5, 0), c + QPointF(0, 6),
                                c + QPointF(-5, 0)});
    }
    if (m_current >= 0) {
        p.setPen(QPen(QColor(200, 30, 30), 2));
        p.drawLine(QPointF(xOf(m_current), s.top() - 2), QPointF(xOf(m_current), s.bottom() + 2));
    }
}

void TimelinePanel::mousePressEvent(QMouseEvent *event)
{
    const int f = frameAt(event->position().toPoint().x());
    if (f >= 0 && f != m_current)
        emit frameClicked(m_frames[f]);
}

void TimelinePanel::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        mousePressEvent(event);
}

} // namespace Tessera
