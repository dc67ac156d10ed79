// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QScreen>
#include <QScrollBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Tessera {

namespace {

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys.append(k.toString(QKeySequence::NativeText));
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu *menu, QList<ShortcutsDialog::Entry> &entries, QSet<const QAction *> &seen)
{
    for (const QAction *a : menu->actions()) {
        if (a->menu()) {
            collect(a->menu(), entries, seen);
            continue;
        }
        seen.insert(a);
        // A standard key the platform leaves empty (Quit on some desktops) is no key.
        if (const QString keys = keysOf(a); !keys.isEmpty() && !a->isSeparator())
            entries.append({a->text().remove(QLatin1Char('&')), keys});
    }
}

} // namespace

QList<ShortcutsDialog::Section> ShortcutsDialog::sectionsOf(const QMenuBar *menuBar,
                                                            const QList<QAction *> &others)
{
    QList<Section> sections;
    QSet<const QAction *> seen;
    for (const QAction *top : menuBar->actions()) {
        if (!top->menu())
            continue;
        Section s{top->text().remove(QLatin1Char('&')), {}};
        collect(top->menu(), s.entries, seen);
        if (!s.entries.isEmpty())
            sections.append(s);
    }
    Section rest{tr("Other"), {}};
    for (const QAction *a : others)
        if (const QString keys = keysOf(a); !seen.contains(a) && !keys.isEmpty())
            rest.entries.append({a->text().remove(QLatin1Char('&')), keys});
    if (!rest.entries.isEmpty())
        sections.append(rest);
    return sections + gestures();
}

QList<ShortcutsDialog::Section> ShortcutsDialog::gestures()
{
    return {{tr("Image canvas: mouse and keys"),
             {{tr("Pan"), tr("Space + drag, or middle-button drag")},
              {tr("Zoom at the pointer"), tr("Wheel")},
              {tr("Nudge the selection by 1 px / 10 px"), tr("Arrows / Shift+Arrows")},
              {tr("Add to or take from the selection"), tr("Shift+click or Ctrl+click")},
              {tr("Clear the selection, leave the drawing tool"), tr("Esc")},
              {tr("Delete the vertex under the pointer, else the selection"), tr("Delete")},
              {tr("Close the polygon or line being drawn"), tr("Enter, or click the first point")},
              {tr("Draw a square box"), tr("Shift while dragging")},
              {tr("Turn a box in 15° steps"), tr("Shift while turning")},
              {tr("Negative point (segment tool)"), tr("Alt+click or right-click")},
              {tr("Keypoint visible / occluded"), tr("Click / Alt+click")},
              {tr("Cycle a keypoint's visibility"), tr("Alt+click (select tool)")},
              {tr("Erase with the mask brush"), tr("Right-drag or Shift+drag")},
              {tr("Brush size / wand tolerance"), tr("[ and ]")}}},
            {tr("Text: mouse and keys"),
             {{tr("Select words (snaps to whole words)"), tr("Drag, or Shift+Arrows")},
              {tr("Label the selected words"), tr("The label's key")},
              {tr("Clear the selection"), tr("Esc")}}},
            {tr("Review grid (Review › Review Grid)"),
             {{tr("Move between tiles"), tr("Arrows, Page Up/Down, Home/End")},
              {tr("Mark or unmark the tile"), tr("Space")},
              {tr("Mark all / clear the marks"), tr("Ctrl+A / Esc")},
              {tr("Accept the marked tiles, or this one and go on"), tr("A")},
              {tr("Reject with a reason"), tr("R")},
              {tr("Relabel the marked objects"), tr("The label's key")},
              {tr("Delete the marked objects"), tr("Delete")},
              {tr("Open the tile's asset in the main window"), tr("Enter, or double-click")},
              {tr("Undo / redo a bulk action"), tr("Ctrl+Z / Ctrl+Shift+Z")},
              {tr("Assets / object crops"), tr("Ctrl+1 / Ctrl+2")},
              {tr("Larger / smaller tiles"), tr("+ / −")}}}};
}

ShortcutsDialog::ShortcutsDialog(const QList<Section> &sections, QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_filter->setPlaceholderText(tr("Search actions or keys…"));
    m_filter->setClearButtonEnabled(true);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Keys")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    QFont bold = font();
    bold.setBold(true);
    for (const Section &s : sections) {
        auto *group = new QTreeWidgetItem(m_tree, {s.title});
        group->setFont(0, bold);
        group->setFirstColumnSpanned(true);
        group->setFlags(Qt::ItemIsEnabled);
        for (const Entry &e : s.entries)
            new QTreeWidgetItem(group, {e.what, e.keys});
    }
    m_tree->expandAll();
    // Both columns as wide as their longest text, and the dialog as wide as both (within the
    // screen): a cut-off key is no help.
    m_tree->header()->setStretchLastSection(false);
    m_tree->resizeColumnToContents(0);
    m_tree->resizeColumnToContents(1);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    const int content = m_tree->columnWidth(0) + m_tree->columnWidth(1)
                        + m_tree->verticalScrollBar()->sizeHint().width() + 2 * m_tree->frameWidth()
                        + layout->contentsMargins().left() + layout->contentsMargins().right() + 8;
    const int screenWidth = screen() ? screen()->availableGeometry().width() : 1280;
    resize(std::clamp(content, 560, std::max(560, screenWidth - 80)), 640);
}

int ShortcutsDialog::rowCount() const
{
    int rows = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        rows += m_tree->topLevelItem(i)->childCount();
    return rows;
}

void ShortcutsDialog::setFilter(const QString &text)
{
    m_filter->setText(text);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *group = m_tree->topLevelItem(i);
        const bool groupMatches = group->text(0).contains(text, Qt::CaseInsensitive);
        bool any = false;
        for (int j = 0; j < group->childCount(); ++j) {
            QTreeWidgetItem *row = group->child(j);
            const bool match = text.isEmpty() || groupMatches
                               || row->text(0).contains(text, Qt::CaseInsensitive)
                               || row->text(1).contains(text, Qt::CaseInsensitive);
            row->setHidden(!match);
            any = any || match;
        }
        group->setHidden(!any);
    }
}

} // namespace Tessera
