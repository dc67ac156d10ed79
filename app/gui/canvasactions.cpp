// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "canvasactions.h"

#include "common/elidedlabel.h"
#include "document/assetdocument.h"
#include "imagecanvas/imagecanvas.h"
#include "imagecanvas/toolicons.h"

#include "imagecanvas/tools/segmenttool.h"
#include "prelabel/assists.h"
#include "prelabel/segmentservice.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFutureWatcher>
#include <QInputDialog>
#include <QLabel>
#include <QPointer>
#include <QSlider>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <QActionGroup>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace Tessera {

QString CanvasActions::hint(int tool)
{
    using T = ImageCanvas::Tool;
    switch (T(tool)) {
    case T::Select:
        return tr("Select: click a shape (Shift+click adds more), drag to move, drag a handle to "
                  "resize; arrows nudge, Delete removes, a label key relabels");
    case T::Box:
        return tr("Box: drag from corner to corner (Shift: square); a label key first chooses its "
                  "label");
    case T::Polygon:
        return tr("Polygon: click each corner; click the first point or press Enter to close it; "
                  "Backspace takes the last point back, Esc drops it");
    case T::Polyline:
        return tr("Line: click each point; Enter or a double-click ends the line; Backspace takes "
                  "the last point back");
    case T::Point:
        return tr("Point: click to place a point");
    case T::Ellipse:
        return tr("Ellipse: drag its bounding box (Shift: circle)");
    case T::Keypoints:
        return tr("Keypoints: click each point in the skeleton's order (Alt+click: occluded, N: "
                  "absent); Enter finishes, Backspace takes one back");
    case T::Mask:
        return tr("Mask: paint with the brush (Shift or right button erases); [ and ] change its "
                  "size");
    case T::Wand:
        return tr("Magic wand: click a region of similar colour; [ and ] change the tolerance");
    case T::Scissors:
        return tr("Scissors: click along an edge, the outline follows it; Enter or a double-click "
                  "closes it, Backspace takes a point back");
    case T::Segment:
        return tr("Segment: click an object (Alt+click or right click excludes), or drag a box; "
                  "Enter keeps the outline, Esc drops it");
    }
    return {};
}

CanvasActions::CanvasActions(ImageCanvas *canvas, QMenuBar *menuBar, QObject *parent)
    : QObject(parent)
    , m_canvas(canvas)
    , m_tools(new QActionGroup(this))
{
    QMenu *tools = menuBar->addMenu(tr("&Tools"));
    m_toolsMenu = tools;
    const struct
    {
        ImageCanvas::Tool tool;
        QString text;
        QString shortText; // under the tool bar's icon
        QString key;
    } toolList[] = {
            {ImageCanvas::Tool::Select, tr("&Select and Edit"), tr("Select"), tr("V")},
            {ImageCanvas::Tool::Box, tr("&Box"), tr("Box"), tr("R")},
            {ImageCanvas::Tool::Polygon, tr("&Polygon"), tr("Polygon"), tr("P")},
            {ImageCanvas::Tool::Polyline, tr("Poly&line"), tr("Line"), tr("L")},
            {ImageCanvas::Tool::Point, tr("P&oint"), tr("Point"), tr("O")},
            {ImageCanvas::Tool::Ellipse, tr("&Ellipse or Circle"), tr("Ellipse"), tr("E")},
            {ImageCanvas::Tool::Keypoints, tr("&Keypoints"), tr("Keypoints"), tr("K")},
            {ImageCanvas::Tool::Mask, tr("&Mask Brush"), tr("Mask"), tr("B")},
            {ImageCanvas::Tool::Wand, tr("Magic &Wand"), tr("Wand"), tr("W")},
            {ImageCanvas::Tool::Scissors, tr("&Intelligent Scissors"), tr("Scissors"), tr("I")},
            {ImageCanvas::Tool::Segment, tr("Se&gment Anything"), tr("Segment"), tr("S")},
    };
    m_toolBar = new QToolBar(tr("Tools"));
    m_toolBar->setObjectName(QStringLiteral("toolsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
    m_toolBar->setIconSize(QSize(24, 24));
    const QColor ink = QApplication::palette().color(QPalette::WindowText);
    for (const auto &entry : toolList) {
        QAction *action = add(tools, entry.text, {QKeySequence(entry.key)},
                              [this, tool = entry.tool]() { m_canvas->setTool(tool); });
        action->setCheckable(true);
        action->setData(int(entry.tool));
        action->setIcon(ToolIcons::icon(entry.tool, ink));
        action->setIconText(entry.shortText);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(
                QString(entry.text).remove(u'&'),
                QKeySequence(entry.key).toString(QKeySequence::NativeText)));
        m_tools->addAction(action);
        m_toolBar->addAction(action);
    }
    toolAction(int(ImageCanvas::Tool::Select))->setChecked(true);
    // The hint stays in the status bar while the tool is active (messages show over it a while).
    m_hint = new ElidedLabel;
    m_hint->setObjectName(QStringLiteral("toolHint"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setFullText(hint(int(ImageCanvas::Tool::Select)));
    connect(canvas, &ImageCanvas::toolChanged, this, [this](ImageCanvas::Tool tool) {
        if (QAction *a = toolAction(int(tool)))
            a->setChecked(true);
        m_hint->setFullText(hint(int(tool)));
    });
    // Segment Anything: the encoder runs ahead on a worker; embeddings are cached on disk.
    m_segment = new SegmentService(std::make_unique<EmbeddingCache>(EmbeddingCache::defaultFolder(),
                                                                    EmbeddingCache::defaultCap()),
                                   this);
    canvas->setSegmentService(m_segment);
    tools->addSeparator();
    QAction *crosshair = add(tools, tr("&Crosshair"), {QKeySequence(tr("X"))}, {});
    crosshair->setCheckable(true);
    connect(crosshair, &QAction::toggled, canvas, &ImageCanvas::setCrosshair);

    QMenu *shape = menuBar->addMenu(tr("&Shape"));
    m_shapeMenu = shape;
    add(shape, tr("&Delete"), {QKeySequence::Delete}, [this]() { m_canvas->deleteSelection(); });
    add(shape, tr("&Copy"), {QKeySequence::Copy}, [this]() { m_canvas->copySelection(); });
    add(shape, tr("&Paste"), {QKeySequence::Paste}, [this]() { m_canvas->paste(); });
    add(shape, tr("D&uplicate"), {QKeySequence(tr("Ctrl+D"))},
        [this]() { m_canvas->duplicateSelection(); });
    add(shape, tr("Select &All"), {QKeySequence::SelectAll}, [this]() { m_canvas->selectAll(); });
    shape->addSeparator();
    add(shape, tr("Bring to &Front"), {QKeySequence(tr("Ctrl+]"))},
        [this]() { m_canvas->bringToFront(); });
    add(shape, tr("Send to &Back"), {QKeySequence(tr("Ctrl+["))},
        [this]() { m_canvas->sendToBack(); });
    add(shape, tr("&Lock or Unlock"), {QKeySequence(tr("Ctrl+L"))},
        [this]() { m_canvas->toggleLockSelection(); });
    add(shape, tr("&Hide"), {QKeySequence(tr("H"))}, [this]() { m_canvas->hideSelection(); });
    add(shape, tr("Show All &Hidden"), {QKeySequence(tr("Shift+H"))},
        [this]() { m_canvas->showAllShapes(); });
    add(shape, tr("&Group"), {QKeySequence(tr("Ctrl+G"))},
        [this]() { m_canvas->groupSelection(); });
    add(shape, tr("U&ngroup"), {QKeySequence(tr("Ctrl+Shift+G"))},
        [this]() { m_canvas->ungroupSelection(); });

    // Assists: each result is an ordinary edit of the selected shapes, one undo step.
    shape->addSeparator();
    add(shape, tr("Box to Polygon (&GrabCut)"), {QKeySequence(tr("G"))},
        [this]() { boxesToPolygons(); });
    add(shape, tr("Polygon from &Mask"), {}, [this]() { masksToPolygons(); });
    add(shape, tr("&Simplify Polygons…"), {QKeySequence(tr("Shift+S"))},
        [this]() { simplifyPolygons(); });
    QAction *asMasks = add(shape, tr("Segment Anything Makes &Masks"), {}, {});
    asMasks->setCheckable(true);
    asMasks->setChecked(SegmentTool::output() == QLatin1String("mask"));
    asMasks->setToolTip(tr("Off: the Segment tool and Segment Boxes make polygons"));
    connect(asMasks, &QAction::toggled, this, [](bool on) {
        SegmentTool::setOutput(on ? QStringLiteral("mask") : QStringLiteral("polygon"));
    });

    // Proposals (dashed, with a score): Y accepts and moves to the next, Delete rejects.
    shape->addSeparator();
    add(shape, tr("Accept Pro&posal"), {QKeySequence(tr("Y"))}, [this]() { acceptProposal(); });
    add(shape, tr("Next Proposal"), {QKeySequence(tr("Alt+Right"))},
        [this]() { stepProposal(+1); });
    add(shape, tr("Previous Proposal"), {QKeySequence(tr("Alt+Left"))},
        [this]() { stepProposal(-1); });
    add(shape, tr("Accept Proposals A&bove a Score…"), {QKeySequence(tr("Ctrl+Shift+Y"))},
        [this]() { acceptAboveScore(); });
}

void CanvasActions::boxesToPolygons()
{
    AssetDocument *doc = m_canvas->document();
    QList<Annotation> boxes;
    for (const Annotation &a : m_canvas->selectedAnnotations())
        if (a.kind == AnnotationKind::Box)
            boxes.append(a);
    if (!doc || boxes.isEmpty()) {
        emit message(tr("Select one or more boxes first"));
        return;
    }
    // GrabCut takes a fraction of a second per box: on a worker, applied when it is done.
    const QString path = m_canvas->imagePath();
    const QPointer<AssetDocument> target(doc);
    auto *watcher = new QFutureWatcher<std::pair<QList<Annotation>, QStringList>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, target]() {
        const auto [changed, errors] = watcher->result();
        watcher->deleteLater();
        QApplication::restoreOverrideCursor();
        if (target && !changed.isEmpty())
            target->changeAnnotations(changed, tr("Box to polygon"), false);
        if (!errors.isEmpty())
            emit message(errors.join(QStringLiteral("; ")));
    });
    QApplication::setOverrideCursor(Qt::WaitCursor);
    watcher->setFuture(QtConcurrent::run([path, boxes]() {
        QList<Annotation> changed;
        QStringList errors;
        for (Annotation a : boxes) {
            QString error;
            const std::optional<QPolygonF> outline = Assists::boxToPolygon(
                    path, QRectF(a.points.value(0), a.points.value(1)), 1.5, &error);
            if (!outline) {
                errors.append(error);
                continue;
            }
            a.kind = AnnotationKind::Polygon;
            a.points = *outline;
            a.rotation = 0;
            changed.append(a);
        }
        return std::pair{changed, errors};
    }));
}

void CanvasActions::masksToPolygons()
{
    AssetDocument *doc = m_canvas->document();
    QList<Annotation> changed;
    for (Annotation a : m_canvas->selectedAnnotations()) {
        if (a.kind != AnnotationKind::Mask)
            continue;
        if (const std::optional<QPolygonF> outline = Assists::maskToPolygon(a, 1.0)) {
            a.kind = AnnotationKind::Polygon;
            a.points = *outline;
            a.maskRect = QRect();
            a.maskRuns.clear();
            changed.append(a);
        }
    }
    if (!doc || changed.isEmpty()) {
        emit message(tr("Select one or more masks first"));
        return;
    }
    doc->changeAnnotations(changed, tr("Polygon from mask"), false);
}

void CanvasActions::simplifyPolygons()
{
    AssetDocument *doc = m_canvas->document();
    QList<Annotation> originals;
    for (const Annotation &a : m_canvas->selectedAnnotations())
        if (a.kind == AnnotationKind::Polygon || a.kind == AnnotationKind::Polyline)
            originals.append(a);
    if (!doc || originals.isEmpty()) {
        emit message(tr("Select one or more polygons first"));
        return;
    }
    // The slider edits live, as one gesture: every step merges into one undo step, and Cancel
    // puts the original points back.
    QDialog dialog(m_canvas);
    dialog.setWindowTitle(tr("Simplify polygons"));
    auto *slider = new QSlider(Qt::Horizontal, &dialog);
    slider->setRange(0, 100); // tenths of a pixel
    auto *label = new QLabel(&dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(label);
    layout->addWidget(slider);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    bool first = true;
    auto apply = [&](int value) {
        const double tolerance = value / 10.0;
        QList<Annotation> changed;
        int before = 0;
        int after = 0;
        for (Annotation a : originals) {
            before += int(a.points.size());
            a.points = Assists::simplify(QPolygonF(a.points), tolerance,
                                         a.kind == AnnotationKind::Polygon);
            after += int(a.points.size());
            changed.append(a);
        }
        label->setText(
                tr("Tolerance %1 px: %2 of %3 points").arg(tolerance).arg(after).arg(before));
        doc->changeAnnotations(changed, tr("Simplify polygons"), !first);
        first = false;
    };
    connect(slider, &QSlider::valueChanged, &dialog, apply);
    slider->setValue(10);
    if (dialog.exec() != QDialog::Accepted)
        doc->changeAnnotations(originals, tr("Simplify polygons"), true);
}

QList<Annotation> CanvasActions::proposals() const
{
    // Best first: a reviewer takes the surest proposals quickly and looks hard at the rest.
    QList<Annotation> list;
    if (AssetDocument *doc = m_canvas->document()) {
        for (const Annotation &a : doc->annotations())
            if (isProposal(a))
                list.append(a);
    }
    std::stable_sort(list.begin(), list.end(), [](const Annotation &a, const Annotation &b) {
        return a.provenance.score.value_or(0) > b.provenance.score.value_or(0);
    });
    return list;
}

void CanvasActions::stepProposal(int direction)
{
    const QList<Annotation> list = proposals();
    if (list.isEmpty()) {
        emit message(tr("No proposals on this image"));
        return;
    }
    const QList<qint64> &selection = m_canvas->selection();
    int at = -1;
    for (int i = 0; i < list.size(); ++i)
        if (selection.contains(list[i].id))
            at = i;
    const int next = at < 0 ? (direction > 0 ? 0 : int(list.size()) - 1)
                            : (at + direction + int(list.size())) % int(list.size());
    m_canvas->setSelection({list[next].id});
}

void CanvasActions::acceptProposal()
{
    AssetDocument *doc = m_canvas->document();
    if (!doc)
        return;
    QList<qint64> ids;
    for (const Annotation &a : m_canvas->selectedAnnotations())
        if (isProposal(a))
            ids.append(a.id);
    if (ids.isEmpty()) {
        // Nothing picked: one press accepts the best, as Enter does for text proposals.
        const QList<Annotation> list = proposals();
        if (list.isEmpty()) {
            emit message(tr("No proposals on this image"));
            return;
        }
        ids.append(list.constFirst().id);
    }
    doc->acceptProposals(ids);
    // The next best is selected, so that Y again takes it and Delete drops it.
    const QList<Annotation> left = proposals();
    m_canvas->setSelection(left.isEmpty() ? QList<qint64>{} : QList<qint64>{left.constFirst().id});
    emit message(left.isEmpty() ? tr("Proposal accepted; none left on this image")
                                : tr("Proposal accepted; %n left (Y accepts the selected one)",
                                     nullptr, int(left.size())));
}

void CanvasActions::acceptAboveScore()
{
    AssetDocument *doc = m_canvas->document();
    if (!doc)
        return;
    bool ok = false;
    const double threshold = QInputDialog::getDouble(
            m_canvas, tr("Accept proposals"),
            tr("Accept every proposal on this image scoring at least:"), m_threshold, 0, 1, 2, &ok);
    if (!ok)
        return;
    m_threshold = threshold;
    QList<qint64> ids;
    for (const Annotation &a : proposals())
        if (a.provenance.score.value_or(0) >= threshold)
            ids.append(a.id);
    doc->acceptProposals(ids); // one undo step
    emit message(tr("%n proposal(s) accepted", nullptr, int(ids.size())));
}

QAction *CanvasActions::add(QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                            const std::function<void()> &slot)
{
    QAction *action = menu->addAction(text);
    action->setShortcuts(keys);
    if (slot)
        connect(action, &QAction::triggered, this, slot);
    m_actions.append(action);
    return action;
}

QAction *CanvasActions::toolAction(int tool) const
{
    for (QAction *a : m_tools->actions())
        if (a->data().toInt() == tool)
            return a;
    return nullptr;
}

void CanvasActions::setEnabled(bool enabled)
{
    for (QAction *a : std::as_const(m_actions))
        a->setEnabled(enabled);
    // Texts and comparisons have no drawing tools: the bar goes rather than sitting greyed out.
    m_toolBar->setVisible(enabled);
    m_enabled = enabled;
    m_hint->setVisible(m_enabled && !m_hintCovered);
}

void CanvasActions::setHintCovered(bool covered)
{
    m_hintCovered = covered;
    m_hint->setVisible(m_enabled && !m_hintCovered);
}

QLabel *CanvasActions::hintLabel() const
{
    return m_hint;
}

} // namespace Tessera
