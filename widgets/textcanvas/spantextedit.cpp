// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "spantextedit.h"

#include <QAbstractTextDocumentLayout>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>

namespace Tessera {

namespace {

constexpr int underlinePitch = 3;
constexpr int underlineLevels = 4; // deeper nesting shares the last row

QPen spanPen(const QColor &color, qreal width, bool dashed)
{
    QPen pen(color, width);
    if (dashed)
        pen.setStyle(Qt::DashLine);
    return pen;
}

} // namespace

SpanTextEdit::SpanTextEdit(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    // Read-only text that can be selected by mouse and by keyboard (Shift+arrows, Ctrl+Shift+
    // arrows by word): a selection plus a label key makes a span.
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    // The bands are painted under the text, so the viewport must not clear itself afterwards.
    viewport()->setAutoFillBackground(false);
    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    setFont(font);
    m_chipFont = this->font();
    m_chipFont.setPointSizeF(this->font().pointSizeF() * 0.62);
    m_chipFont.setBold(true);
    document()->setDocumentMargin(28);
    viewport()->setMouseTracking(true);
}

void SpanTextEdit::setContent(const QString &text, bool roomForArcs)
{
    m_arcRoom = roomForArcs;
    m_spans.clear();
    m_relations.clear();
    m_index.clear();
    m_chips.clear();
    m_relationLabels.clear();
    m_selected = m_pending = 0;
    // A new document is filled before the editor sees it, with the formats set on the empty
    // document first (every new block takes its predecessor's format): filling or formatting
    // the shown document makes Qt lay out all of 1 MB at once (~0.5 s) instead of what is in view.
    QTextDocument *old = document();
    auto *doc = new QTextDocument(this);
    doc->setUndoRedoEnabled(false);
    doc->setDefaultFont(font());
    doc->setDocumentMargin(old->documentMargin());
    // Arcs of relations on the first line rise above it: leave them room at the top.
    QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    frame.setTopMargin(64);
    doc->rootFrame()->setFrameFormat(frame);
    // Room under every line for the underline rows and for the chips of the line below.
    QTextCursor cursor(doc);
    QTextBlockFormat format;
    format.setLineHeight(lineGap + (roomForArcs ? arcRoom : 0),
                         QTextBlockFormat::LineDistanceHeight);
    // One edit block: the layout hears of one change instead of one per paragraph.
    cursor.beginEditBlock();
    cursor.setBlockFormat(format);
    cursor.insertText(text);
    cursor.endEditBlock();
    // The editor deletes the document it made itself; the ones made here are deleted here.
    const bool ours = old->parent() == this;
    setDocument(doc);
    if (ours)
        delete old;
    setTextCursor(QTextCursor(doc));
    verticalScrollBar()->setValue(0);
}

void SpanTextEdit::setSpans(QList<Span> spans, QList<Relation> relations)
{
    std::sort(spans.begin(), spans.end(), [](const Span &a, const Span &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    // Greedy interval colouring: each span takes the lowest row free at its start, so that an
    // outer span sits nearest the text and what is nested inside it stacks below.
    QList<int> rowEnds;
    m_longest = 0;
    m_index.clear();
    for (int i = 0; i < spans.size(); ++i) {
        Span &s = spans[i];
        int row = 0;
        while (row < rowEnds.size() && rowEnds[row] > s.start)
            ++row;
        if (row == rowEnds.size())
            rowEnds.append(s.end);
        else
            rowEnds[row] = s.end;
        s.level = row;
        m_longest = std::max(m_longest, s.end - s.start);
        m_index.insert(s.id, i);
    }
    m_spans = std::move(spans);
    m_relations = std::move(relations);
    if (!m_relations.isEmpty() && !m_arcRoom) {
        // The first relation of this text: the lines move apart once (a new layout).
        m_arcRoom = true;
        QTextCursor all(document());
        all.select(QTextCursor::Document);
        QTextBlockFormat format;
        format.setLineHeight(lineGap + arcRoom, QTextBlockFormat::LineDistanceHeight);
        all.mergeBlockFormat(format);
    }
    viewport()->update();
}

QList<QRectF> SpanTextEdit::relationLabelRects() const
{
    QList<QRectF> rects;
    for (const Chip &c : m_relationLabels)
        rects.append(c.rect);
    return rects;
}

void SpanTextEdit::setSelectedId(qint64 id)
{
    if (m_selected == id)
        return;
    m_selected = id;
    viewport()->update();
}

void SpanTextEdit::setPendingSource(qint64 id)
{
    m_pending = id;
    viewport()->update();
}

QList<QRectF> SpanTextEdit::rectsFor(int start, int end) const
{
    QList<QRectF> out;
    const QPointF scroll(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    QAbstractTextDocumentLayout *documentLayout = document()->documentLayout();
    for (QTextBlock block = document()->findBlock(start); block.isValid() && block.position() < end;
         block = block.next()) {
        // Asking for the block's rectangle lays it out if the lazy layout has not reached it.
        documentLayout->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        if (!layout)
            continue;
        const int from = std::max(start, block.position()) - block.position();
        const int to = std::min(end, block.position() + block.length() - 1) - block.position();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const int lineStart = line.textStart();
            const int lineEnd = lineStart + line.textLength();
            if (lineStart >= to)
                break;
            if (lineEnd <= from)
                continue;
            const qreal x1 = line.cursorToX(std::max(from, lineStart));
            const qreal x2 = line.cursorToX(std::min(to, lineEnd));
            const QRectF r(QPointF(std::min(x1, x2), line.y()),
                           QPointF(std::max(x1, x2), line.y() + line.height()));
            out.append(r.translated(layout->position() + scroll));
        }
    }
    return out;
}

QList<int> SpanTextEdit::visibleSpans() const
{
    QList<int> out;
    if (m_spans.isEmpty())
        return out;
    const int first = cursorForPosition(QPoint(0, 0)).position();
    const int last = cursorForPosition(viewport()->rect().bottomRight()).position() + 1;
    // Spans are sorted by start: those that can reach into the view start at most m_longest
    // before it.
    auto it = std::lower_bound(m_spans.cbegin(), m_spans.cend(), first - m_longest,
                               [](const Span &s, int pos) { return s.start < pos; });
    for (; it != m_spans.cend() && it->start <= last; ++it) {
        if (it->end > first)
            out.append(int(it - m_spans.cbegin()));
    }
    return out;
}

void SpanTextEdit::paintEvent(QPaintEvent *event)
{
    const QList<int> visible = visibleSpans();
    {
        QPainter painter(viewport());
        painter.fillRect(event->rect(), palette().base());
        paintBands(painter, visible);
    }
    QTextBrowser::paintEvent(event);
    QPainter painter(viewport());
    paintOverlay(painter, visible);
}

void SpanTextEdit::paintBands(QPainter &painter, const QList<int> &visible)
{
    for (int i : visible) {
        const Span &s = m_spans[i];
        if (s.proposal)
            continue;
        QColor tint = s.color;
        tint.setAlpha(s.id == m_selected ? 110 : 48);
        for (const QRectF &r : rectsFor(s.start, s.end))
            painter.fillRect(r, tint);
    }
}

void SpanTextEdit::paintOverlay(QPainter &painter, const QList<int> &visible)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(m_chipFont);
    const QFontMetricsF metrics(m_chipFont);
    const qreal chipHeight = metrics.height() + 2;
    m_chips.clear();
    m_relationLabels.clear();
    QHash<int, qreal> lineRight; // per line top: where the last chip ended
    for (int i : visible) {
        const Span &s = m_spans[i];
        const QList<QRectF> rects = rectsFor(s.start, s.end);
        if (rects.isEmpty())
            continue;
        const bool selected = s.id == m_selected || s.id == m_pending;
        const int row = std::min(s.level, underlineLevels - 1);
        painter.setPen(spanPen(s.color, 2, s.proposal));
        for (const QRectF &r : rects) {
            const qreal y = r.bottom() + 2 + row * underlinePitch;
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        }
        if (selected || s.proposal) {
            painter.setPen(spanPen(selected ? palette().text().color() : s.color,
                                   selected ? 1.5 : 1, s.proposal || s.id == m_pending));
            painter.setBrush(Qt::NoBrush);
            for (const QRectF &r : rects)
                painter.drawRect(r.adjusted(-1, 0, 1, 0));
        }
        // The chip sits above the span's first line; chips that would overlap on one line are
        // pushed right so that every label stays readable.
        const QRectF first = rects.constFirst();
        const QString text = s.proposal ? s.name + QStringLiteral(" ?") : s.name;
        const qreal width = metrics.horizontalAdvance(text) + 8;
        const int lineKey = qRound(first.top());
        const qreal x = std::max(first.left(), lineRight.value(lineKey, -1e9) + 2);
        const QRectF chip(x, first.top() - chipHeight - 1, width, chipHeight);
        lineRight.insert(lineKey, chip.right());
        painter.setPen(
                spanPen(s.proposal ? s.color : s.color.darker(130), selected ? 2 : 1, s.proposal));
        painter.setBrush(s.proposal ? QColor(Qt::white) : s.color);
        painter.drawRoundedRect(chip, 3, 3);
        painter.setPen(s.proposal ? s.color.darker(150) : QColor(Qt::white));
        painter.drawText(chip, Qt::AlignCenter, text);
        m_chips.append({s.id, chip});
    }
    QSet<qint64> shown;
    for (int i : visible)
        shown.insert(m_spans[i].id);
    for (const Relation &r : std::as_const(m_relations)) {
        if (!m_index.contains(r.source) || !m_index.contains(r.target)
            || (!shown.contains(r.source) && !shown.contains(r.target)))
            continue;
        const QPointF a = anchorOf(r.source);
        const QPointF b = anchorOf(r.target);
        // The arc and its name stay in the room between this line and the one above (arcRoom):
        // the apex of this curve is at three quarters of the lift.
        const qreal lift = std::clamp(12 + std::abs(b.x() - a.x()) * 0.05, 12.0,
                                      (arcRoom - chipHeight / 2 - 2) / 0.75);
        QPainterPath path(a);
        path.cubicTo(a - QPointF(0, lift), b - QPointF(0, lift), b);
        const bool selected = r.id == m_selected;
        painter.setPen(QPen(r.color, selected ? 2.5 : 1.5));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        // The arrow points down into the target's chip.
        QPolygonF head;
        head << b << b + QPointF(-4, -7) << b + QPointF(4, -7);
        painter.setBrush(r.color);
        painter.drawPolygon(head);
        if (!r.name.isEmpty()) {
            const QPointF mid = path.pointAtPercent(0.5);
            const qreal w = metrics.horizontalAdvance(r.name) + 8;
            const QRectF label(mid.x() - w / 2, mid.y() - chipHeight / 2, w, chipHeight);
            painter.setPen(QPen(r.color, selected ? 2 : 1));
            painter.setBrush(QColor(255, 255, 255, 235));
            painter.drawRoundedRect(label, 3, 3);
            painter.setPen(r.color.darker(140));
            painter.drawText(label, Qt::AlignCenter, r.name);
            m_relationLabels.append({r.id, label});
        } else {
            m_relationLabels.append(
                    {r.id, QRectF(path.pointAtPercent(0.5) - QPointF(6, 6), QSizeF(12, 12))});
        }
    }
}

QPointF SpanTextEdit::anchorOf(qint64 spanId) const
{
    for (const Chip &c : m_chips) {
        if (c.id == spanId)
            return QPointF(c.rect.center().x(), c.rect.top());
    }
    const Span &s = m_spans[m_index.value(spanId)];
    const QList<QRectF> rects = rectsFor(s.start, s.end);
    return rects.isEmpty() ? QPointF() : rects.constFirst().topLeft() + QPointF(8, -14);
}

qint64 SpanTextEdit::spanAt(const QPoint &point) const
{
    for (auto it = m_chips.crbegin(); it != m_chips.crend(); ++it) {
        if (it->rect.contains(point))
            return it->id;
    }
    qint64 best = 0;
    int bestLength = std::numeric_limits<int>::max();
    for (int i : visibleSpans()) {
        const Span &s = m_spans[i];
        if (s.end - s.start >= bestLength)
            continue;
        for (const QRectF &r : rectsFor(s.start, s.end)) {
            // The underline rows below the text belong to the span too.
            if (r.adjusted(0, 0, 0, 2 + underlineLevels * underlinePitch).contains(point)) {
                best = s.id;
                bestLength = s.end - s.start;
                break;
            }
        }
    }
    return best;
}

qint64 SpanTextEdit::relationAt(const QPoint &point) const
{
    for (const Chip &c : m_relationLabels) {
        if (c.rect.contains(point))
            return c.id;
    }
    return 0;
}

void SpanTextEdit::scrollToSpan(qint64 id)
{
    if (!m_index.contains(id))
        return;
    const Span &s = m_spans[m_index.value(id)];
    QTextCursor cursor(document());
    cursor.setPosition(s.end);
    setTextCursor(cursor);
    cursor.setPosition(s.start);
    setTextCursor(cursor);
    ensureCursorVisible();
}

void SpanTextEdit::mousePressEvent(QMouseEvent *event)
{
    m_pressAt = event->position().toPoint();
    QTextBrowser::mousePressEvent(event);
}

void SpanTextEdit::mouseReleaseEvent(QMouseEvent *event)
{
    QTextBrowser::mouseReleaseEvent(event);
    const QPoint at = event->position().toPoint();
    if (event->button() == Qt::LeftButton && !textCursor().hasSelection()
        && (at - m_pressAt).manhattanLength() < 4)
        emit clicked(at, event->modifiers());
}

void SpanTextEdit::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    viewport()->update();
}

} // namespace Tessera
