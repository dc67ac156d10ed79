// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QSet>
#include <QWidget>

namespace Tessera {

/**
 * The frames of the sequence being shown, as a strip: the current frame, the keyframes of the
 * selected shape's track (diamonds) and the frames filled in between (a bar). Clicking or
 * dragging picks a frame.
 */
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TimelinePanel(QWidget *parent = nullptr);

    /** frames: asset ids in order; empty hides the strip's content. */
    void setSequence(const QString &name, const QList<qint64> &frames, int current);
    void setTrack(const QString &track, const QSet<int> &keyframes, const QSet<int> &filled);
    int frameAt(int x) const;
    QSize sizeHint() const override { return {400, 64}; }

signals:
    void frameClicked(qint64 assetId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    QRectF strip() const;
    double xOf(int frame) const;

    QString m_name;
    QList<qint64> m_frames;
    int m_current = -1;
    QString m_track;
    QSet<int> m_keyframes;
    QSet<int> m_filled;
};

} // namespace Tessera
