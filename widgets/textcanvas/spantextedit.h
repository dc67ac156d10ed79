// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QColor>
#include <QTextBrowser>

namespace Tessera {

/**
 * Read-only, selectable text with spans drawn over it: a tinted band per span, stacked
 * underlines for overlapping and nested spans (one level each), a label chip above each span's
 * start, and relations as arcs between chips with an arrow and their label. Proposals are drawn
 * dashed. Offsets here are UTF-16 positions in the text; TextView converts from code points.
 *
 * The text is laid out once per document; a change of spans only repaints the visible part.
 */
class SpanTextEdit : public QTextBrowser
{
    Q_OBJECT

public:
    struct Span
    {
        qint64 id = 0;
        int start = 0; // UTF-16, end-exclusive
        int end = 0;
        QColor color;
        QString name;
        bool proposal = false;
        int level = 0; // underline row, assigned by setSpans()
    };
    struct Relation
    {
        qint64 id = 0;
        qint64 source = 0;
        qint64 target = 0;
        QColor color;
        QString name;
    };

    explicit SpanTextEdit(QWidget *parent = nullptr);

    /**
     * Shows a new text. With roomForArcs (the document has relations) the lines are further
     * apart, so that relation arcs and their names rise between the lines, not over the words.
     */
    void setContent(const QString &text, bool roomForArcs = false);
    /**
     * Replaces the spans and relations drawn; assigns the stacking levels. The first relation
     * in a text laid out without room for arcs makes that room (one layout).
     */
    void setSpans(QList<Span> spans, QList<Relation> relations);
    void setSelectedId(qint64 id);
    qint64 selectedId() const { return m_selected; }
    /** The source span while a relation is being drawn (0: none). */
    void setPendingSource(qint64 id);
    /** The spans in text order (by start, longer first), as last set. */
    const QList<Span> &spans() const { return m_spans; }
    /** The innermost span at a point of the viewport or its chip; 0 if none. */
    qint64 spanAt(const QPoint &viewportPoint) const;
    /** The relation whose label is at this point; 0 if none. */
    qint64 relationAt(const QPoint &viewportPoint) const;
    /** Viewport rectangles of [start, end), one per line; empty for parts not laid out. */
    QList<QRectF> rectsFor(int start, int end) const;
    void scrollToSpan(qint64 id);

    static constexpr int lineGap = 26; // room under each line for underlines and the next chips
    static constexpr int arcRoom = 30; // more room between lines for relation arcs and names
    /** Viewport rectangles of the relation names (or arc midpoints) as last painted. */
    QList<QRectF> relationLabelRects() const;

signals:
    /** A click that made no text selection, at a viewport point. */
    void clicked(const QPoint &viewportPoint, Qt::KeyboardModifiers modifiers);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Chip
    {
        qint64 id;
        QRectF rect;
    };
    void paintBands(QPainter &painter, const QList<int> &visible);
    void paintOverlay(QPainter &painter, const QList<int> &visible);
    QList<int> visibleSpans() const;
    QPointF anchorOf(qint64 spanId) const;

    QList<Span> m_spans;
    QHash<qint64, int> m_index;
    QList<Relation> m_relations;
    bool m_arcRoom = false;
    int m_longest = 0; // longest span, to find those that start above the view but reach into it
    qint64 m_selected = 0;
    qint64 m_pending = 0;
    QList<Chip> m_chips; // as last painted
    QList<Chip> m_relationLabels;
    QPoint m_pressAt;
    QFont m_chipFont;
};

} // namespace Tessera
