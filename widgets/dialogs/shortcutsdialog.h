// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

class QAction;
class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Tessera {

/**
 * Every key of the window, grouped by where it works (one group per menu, built from the live
 * actions, then the canvas and text gestures that no menu holds: pan, zoom, nudge, Alt+click, …),
 * searchable by action or key. The columns are as wide as their texts: nothing is cut off.
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString what;
        QString keys;
    };
    struct Section
    {
        QString title;
        QList<Entry> entries;
    };

    explicit ShortcutsDialog(const QList<Section> &sections, QWidget *parent = nullptr);

    /**
     * The sections of a window: one per menu of menuBar with the actions that have keys (also
     * in submenus), then `others` that no menu holds, then the gestures.
     */
    static QList<Section> sectionsOf(const QMenuBar *menuBar, const QList<QAction *> &others);
    /** Mouse and key gestures of the image canvas and the text view (no action holds them). */
    static QList<Section> gestures();

    /** How many entries are listed (visible or not). */
    int rowCount() const;
    QTreeWidget *tree() const { return m_tree; }
    void setFilter(const QString &text);

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QTreeWidget *m_tree;
};

} // namespace Tessera
