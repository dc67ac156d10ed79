// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "dialogs/labelmanagerdialog.h"

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace Tessera {

class AssetDocument;
class ImageCanvas;
class LabelPanel;
class ProjectSession;
class TextView;

/**
 * The Labels menu and what picks a label: one action per label of the project (its key), Labels ›
 * Manage Labels (Ctrl+Alt+K), Edit › New Label, the prompt for the label of a shape drawn with
 * none current, and the label panel's checks and enabled keys for the shown asset. A label key
 * picks the label for drawing and relabels the selection on images, labels the selected words on
 * text, and toggles the document's class otherwise.
 */
class LabelActions : public QObject
{
    Q_OBJECT

public:
    struct Views
    {
        ImageCanvas *canvas = nullptr;
        TextView *textView = nullptr;
        LabelPanel *panel = nullptr;
    };
    LabelActions(std::function<ProjectSession *()> session,
                 std::function<AssetDocument *()> document, Views views, QWidget *window);

    /** Adds the Labels menu to the bar; Manage Labels is enabled only with a project. */
    void addMenu(QMenuBar *bar);
    QAction *manageAction() const { return m_manage; }
    /** One action per label of the open project (none without one). */
    QList<QAction *> labelActions() const { return m_labelActions; }
    /**
     * The window's keys, which a label key must not take (the manager flags them); called when
     * the manager opens.
     */
    void setReservedKeys(std::function<QList<LabelManagerDialog::ReservedKey>()> reserved)
    {
        m_reserved = std::move(reserved);
    }

    /** The project's labels changed (or another project opened): the per-label keys follow. */
    void rebuild();
    /** The shown asset or its annotations changed: the panel's checks and the keys follow. */
    void updatePanel();
    /** Makes the label current for drawing (remembered per project); relabels the selection. */
    void pick(qint64 labelId);
    /** Edit › New Label: asks for a name. */
    void newLabel();
    /** Asks for the label of a shape drawn with none current; creates a new name. 0: canceled. */
    qint64 ask();
    /** Labels › Manage Labels (and a double-click in the label panel), at this label if given. */
    void manage(qint64 labelId = 0);

signals:
    void message(const QString &text);
    void error(const QString &message);

private:
    void labelKey(qint64 labelId);

    std::function<ProjectSession *()> m_session;
    std::function<AssetDocument *()> m_document;
    std::function<QList<LabelManagerDialog::ReservedKey>()> m_reserved;
    Views m_views;
    QWidget *m_window;
    QMenu *m_menu = nullptr;
    QAction *m_manage = nullptr;
    QList<QAction *> m_labelActions;
};

} // namespace Tessera
