// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QListWidget;

namespace Tessera {

/**
 * The keypoint template of a label drawn as a figure: its points on a ring in their order, its
 * edges as lines. Click one point, then another, to join them or to take their edge away.
 */
class SkeletonView : public QWidget
{
    Q_OBJECT

public:
    explicit SkeletonView(QWidget *parent = nullptr);
    void setSkeleton(const Skeleton &skeleton);
    const Skeleton &skeleton() const { return m_skeleton; }
    /** Where point i is drawn (widget coordinates). */
    QPointF pointPosition(int index) const;
    /** The point chosen as the start of an edge (-1: none). */
    int pending() const { return m_pending; }
    QSize sizeHint() const override { return {320, 280}; }

signals:
    void edgesChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int pointAt(const QPointF &p) const;

    Skeleton m_skeleton;
    int m_pending = -1;
};

/**
 * Labels › Manage Labels › Skeleton…: the names of a label's keypoints in order (add, rename in
 * place, remove, move up or down) and their edges, drawn and edited on a SkeletonView.
 */
class SkeletonDialog : public QDialog
{
    Q_OBJECT

public:
    SkeletonDialog(const QString &labelName, const Skeleton &skeleton, QWidget *parent = nullptr);
    Skeleton skeleton() const;
    QListWidget *points() const { return m_points; }
    SkeletonView *view() const { return m_view; }
    void addPoint(const QString &name);
    void removePoint(int index);
    /** Moves a point one place up (-1) or down (+1); its edges follow it. */
    void movePoint(int index, int delta);
    /** Empty, or what is wrong: a point without a name, two points with one name. */
    static QString problem(const Skeleton &skeleton);
    void accept() override;

private:
    void pointsEdited();

    QListWidget *m_points;
    SkeletonView *m_view;
    QLabel *m_message;
};

} // namespace Tessera
