// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QLabel;
class QMainWindow;
class QMenu;
class QWidget;

namespace Tessera {

class AssetDocument;
class ImageCanvas;
class IssuePanel;
class ProjectSession;
class TextView;

/**
 * Review issues and reviewer mode in the window. New Issue (Ctrl+Alt+N) pins an issue to the
 * selected shapes, else to the point under the mouse (images), or to the selected text; the
 * Issues dock lists the threads, the canvas shows numbered pins. Reviewer Mode (Ctrl+Alt+V) makes
 * every asset read-only until the reviewer chooses Fix This Asset (Ctrl+Alt+E); a banner says so.
 * Show Annotator Layers (Ctrl+Alt+L) outlines what each annotator drew on a shared image.
 * It also decides whether the shown asset can be edited: not in reviewer mode (unless fixed), not
 * once accepted (until reopened), not in a project that cannot be written; a refused edit says why.
 */
class IssueActions : public QObject
{
    Q_OBJECT

public:
    IssueActions(std::function<ProjectSession *()> session, ImageCanvas *canvas, TextView *textView,
                 QWidget *window);

    void addToMenu(QMenu *menu);
    QList<QAction *> actions() const { return m_actions; }
    IssuePanel *panel() const { return m_panel; }
    /** Adds the Issues dock to the window, in a tab beside the History dock if there is one. */
    void addDock(QMainWindow *window);
    /** The banner shown above the canvas in reviewer mode. */
    QWidget *banner() const;
    /** The banner that tells the annotator why the shown asset was rejected (until resubmitted). */
    QWidget *rejectionBanner() const;

    /** Called when the window shows another asset (nullptr: none). */
    void assetShown(AssetDocument *document);
    void setReviewerMode(bool on);
    bool reviewerMode() const;
    /**
     * Called when the shown asset's review status changed: an accepted asset is read-only until
     * it is reopened (F8).
     */
    void statusChanged();
    /** Why the shown asset is read-only (empty: it is not); an edit refused shows it. */
    QString readOnlyReason() const { return m_readOnlyReason; }
    /** Opens an issue on the shown asset where the user points (see the class comment). */
    bool openIssue(const QString &body);

signals:
    void message(const QString &text);
    void issuesChanged(qint64 assetId);

private:
    void refresh();
    void refreshLayers();
    void refreshRejection();
    void applyReadOnly();
    void sayReadOnly();

    std::function<ProjectSession *()> m_session;
    ImageCanvas *m_canvas;
    TextView *m_textView;
    QWidget *m_window;
    IssuePanel *m_panel;
    QLabel *m_banner;
    QLabel *m_rejection;
    QPointer<AssetDocument> m_document;
    QList<QAction *> m_actions;
    QAction *m_newIssue = nullptr;
    QAction *m_reviewerMode = nullptr;
    QAction *m_fix = nullptr;
    QAction *m_layers = nullptr;
    QString m_readOnlyReason;
    qint64 m_fixing = 0; // the asset the reviewer chose to fix, editable in reviewer mode
};

} // namespace Tessera
