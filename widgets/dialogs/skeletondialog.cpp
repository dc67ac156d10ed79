// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "skeletondialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QPainter>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>
#include <QtMath>

namespace Tessera {

namespace {
constexpr double reach = 12; // px around a point that a click takes for it
}

SkeletonView::SkeletonView(QWidget *parent)
    : QWidget(parent)
{
    setMinimumSize(240, 200);
    setToolTip(tr("Click a point, then another: joins them, or takes their edge away"));
}

void SkeletonView::setSkeleton(const Skeleton &skeleton)
{
    m_skeleton = skeleton;
    m_pending = -1;
    update();
}

QPointF SkeletonView::pointPosition(int index) const
{
    const int n = int(m_skeleton.points.size());
    const QPointF centre = QRectF(rect()).center();
    const double radius = std::min(width(), height()) / 2.0 - 28;
    // The first point on top, the rest clockwise: the order of the list reads round the ring.
    const double angle = -M_PI / 2 + 2 * M_PI * index / std::max(1, n);
    return centre + QPointF(std::cos(angle), std::sin(angle)) * radius;
}

int SkeletonView::pointAt(const QPointF &p) const
{
    for (int i = 0; i < m_skeleton.points.size(); ++i)
        if (QLineF(p, pointPosition(i)).length() <= reach)
            return i;
    return -1;
}

void SkeletonView::mousePressEvent(QMouseEvent *event)
{
    const int hit = pointAt(event->position());
    if (hit < 0 || hit == m_pending) {
        m_pending = -1;
    } else if (m_pending < 0) {
        m_pending = hit;
    } else {
        const QPair<int, int> edge(std::min(m_pending, hit), std::max(m_pending, hit));
        const qsizetype existing = std::max(m_skeleton.edges.indexOf(edge),
                                            m_skeleton.edges.indexOf({edge.second, edge.first}));
        if (existing >= 0)
            m_skeleton.edges.removeAt(existing);
        else
            m_skeleton.edges.append(edge);
        m_pending = -1;
        emit edgesChanged();
    }
    update();
}

void SkeletonView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().color(QPalette::Base));
    if (m_skeleton.points.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                   tr("Add the keypoints' names on the left; their edges are drawn here."));
        return;
    }
    p.setPen(QPen(palette().color(QPalette::Highlight), 2.5));
    for (const auto &[a, b] : m_skeleton.edges)
        if (a >= 0 && b >= 0 && a < m_skeleton.points.size() && b < m_skeleton.points.size())
            p.drawLine(pointPosition(a), pointPosition(b));
    for (int i = 0; i < m_skeleton.points.size(); ++i) {
        const QPointF c = pointPosition(i);
        p.setPen(QPen(palette().color(QPalette::Text), 1.5));
        p.setBrush(i == m_pending ? palette().color(QPalette::Highlight)
                                  : palette().color(QPalette::Button));
        p.drawEllipse(c, 7, 7);
        const QString text = QStringLiteral("%1 %2").arg(i + 1).arg(m_skeleton.points[i]);
        const QRectF box(c.x() - 80, c.y() + (c.y() < height() / 2.0 ? -26 : 9), 160, 16);
        p.drawText(box, Qt::AlignCenter, text);
    }
}

SkeletonDialog::SkeletonDialog(const QString &labelName, const Skeleton &skeleton, QWidget *parent)
    : QDialog(parent)
    , m_points(new QListWidget(this))
    , m_view(new SkeletonView(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Skeleton of %1").arg(labelName));
    for (const QString &name : skeleton.points) {
        auto *item = new QListWidgetItem(name, m_points);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_view->setSkeleton(skeleton);
    connect(m_points, &QListWidget::itemChanged, this, &SkeletonDialog::pointsEdited);
    auto *add = new QPushButton(tr("&Add"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    auto *up = new QPushButton(tr("&Up"), this);
    auto *down = new QPushButton(tr("&Down"), this);
    connect(add, &QPushButton::clicked, this, [this]() {
        addPoint(tr("point %1").arg(m_points->count() + 1));
        m_points->editItem(m_points->item(m_points->count() - 1));
    });
    connect(remove, &QPushButton::clicked, this, [this]() { removePoint(m_points->currentRow()); });
    connect(up, &QPushButton::clicked, this, [this]() { movePoint(m_points->currentRow(), -1); });
    connect(down, &QPushButton::clicked, this, [this]() { movePoint(m_points->currentRow(), 1); });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SkeletonDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e"));
    m_message->hide();
    auto *hint = new QLabel(tr("Keypoints are placed in this order when drawing (K). Click two "
                               "points on the figure to join them; click an edge's two points "
                               "again to take it away."),
                            this);
    hint->setWordWrap(true);
    auto *side = new QVBoxLayout;
    side->addWidget(m_points, 1);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : {add, remove, up, down})
        row->addWidget(b);
    side->addLayout(row);
    auto *body = new QHBoxLayout;
    body->addLayout(side);
    body->addWidget(m_view, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(body, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(680, 400);
}

Skeleton SkeletonDialog::skeleton() const
{
    return m_view->skeleton();
}

void SkeletonDialog::pointsEdited()
{
    Skeleton s = m_view->skeleton();
    s.points.clear();
    for (int i = 0; i < m_points->count(); ++i)
        s.points.append(m_points->item(i)->text().trimmed());
    m_view->setSkeleton(s);
}

void SkeletonDialog::addPoint(const QString &name)
{
    auto *item = new QListWidgetItem(name, m_points);
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    m_points->setCurrentItem(item);
    pointsEdited();
}

void SkeletonDialog::removePoint(int index)
{
    if (index < 0 || index >= m_points->count())
        return;
    Skeleton s = m_view->skeleton();
    // Its edges go with it; the points after it move up one place, and their edges follow.
    QList<QPair<int, int>> edges;
    for (const auto &[a, b] : s.edges)
        if (a != index && b != index)
            edges.append({a > index ? a - 1 : a, b > index ? b - 1 : b});
    s.edges = edges;
    s.points.removeAt(index);
    m_view->setSkeleton(s);
    QSignalBlocker block(m_points);
    delete m_points->takeItem(index);
}

void SkeletonDialog::movePoint(int index, int delta)
{
    const int other = index + delta;
    if (index < 0 || other < 0 || index >= m_points->count() || other >= m_points->count())
        return;
    Skeleton s = m_view->skeleton();
    s.points.swapItemsAt(index, other);
    auto swap = [index, other](int v) {
        return v == index ? other : v == other ? index : v;
    };
    for (auto &[a, b] : s.edges) {
        a = swap(a);
        b = swap(b);
    }
    m_view->setSkeleton(s);
    QSignalBlocker block(m_points);
    QListWidgetItem *item = m_points->takeItem(index);
    m_points->insertItem(other, item);
    m_points->setCurrentRow(other);
}

QString SkeletonDialog::problem(const Skeleton &skeleton)
{
    QSet<QString> seen;
    for (const QString &name : skeleton.points) {
        if (name.trimmed().isEmpty())
            return tr("A keypoint needs a name");
        if (seen.contains(name))
            return tr("There are two keypoints named %1").arg(name);
        seen.insert(name);
    }
    return {};
}

void SkeletonDialog::accept()
{
    const QString why = problem(skeleton());
    m_message->setText(why);
    m_message->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace Tessera
