// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/jobcontrol.h"
#include "dialogs/labelmanagerdialog.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;
class QToolButton;
class QUndoView;

namespace Tessera {

class AssetBrowser;
class AssetDocument;
class AssetLease;
class ProjectPresence;
class BackgroundImport;
class CanvasActions;
class TextActions;
class SequenceActions;
class GridActions;
class ReviewActions;
class IssueActions;
class LabelActions;
class TeamActions;
class PrelabelActions;
class TimelinePanel;
class DataExchange;
class SyncEngine;
class ShapeListModel;
class ShapeListPanel;
class AttributeEditor;
class ComparisonView;
class ImageCanvas;
class LabelPanel;
class ProjectSession;
class TextView;

/** The main window: asset browser, canvas area, label panel, undo history and status bar. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /**
     * Opens what `tessera PATH` names (project, folder or image), creating a folder's or image's
     * project beside it and adding new images in the background. False and a message on failure.
     */
    bool openPath(const QString &path, QString *error = nullptr);
    /** A warning box over the window (and the log): for what the user asked and did not get. */
    void showError(const QString &message);
    /** Shows an asset given by id, file name or path; false if there is none. */
    bool showAsset(const QString &idOrFile);
    /**
     * Waits until the current asset is fully painted, saves a screenshot of the window to path
     * and calls done(ok, message).
     */
    void screenshotWhenShown(const QString &path, std::function<void(bool, QString)> done);

    /**
     * Nobody answers questions (--screenshot): a new folder's labelme files are imported
     * without asking, other datasets found there are left alone.
     */
    void setUnattended(bool on) { m_unattended = on; }
    /** Whether a newly opened folder is still being scanned (its images, then its annotations). */
    bool isOpeningFolder() const { return m_opening; }

    /** Reviewer mode: assets read-only until the reviewer chooses to fix one (Review menu). */
    void setReviewerMode(bool on);
    IssueActions *issueActions() const { return m_issueActions; }
    TeamActions *teamActions() const { return m_teamActions; }
    ReviewActions *reviewActions() const { return m_reviewActions; }
    GridActions *gridActions() const { return m_gridActions; }

    ProjectSession *session() const { return m_session.get(); }
    AssetBrowser *assetBrowser() const { return m_browser; }
    ImageCanvas *canvas() const { return m_canvas; }
    AssetDocument *currentDocument() const;
    QList<QAction *> shortcutActions() const;
    /** The keys of the window's commands, which a label key must not take. */
    QList<LabelManagerDialog::ReservedKey> reservedKeys() const;

signals:
    /** A newly opened folder's first scan and the import of its annotations are done. */
    void folderOpened();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createDocks();
    void createStatusBar();
    /** Shows or hides the docks that apply only to some assets (a dock the user closed stays). */
    void followDocks(bool timeline, bool shapes, bool attributes);
    void setSession(std::unique_ptr<ProjectSession> session);
    void closeProject();
    void showAssetById(qint64 assetId);
    void updateTitle();
    void updateStatus();
    void startImport(const QStringList &paths, bool quiet);
    void importFinished(const AddReport &report);
    /** After the first scan of a new folder: the annotations another tool left there. */
    void importFolderDataset(const QString &folder);
    void projectChangedElsewhere();
    void updateSyncStatus();
    void showSyncTargets();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    /** A message in the status bar for a few seconds. */
    void showStatus(const QString &text);
    void prefetchNeighbours();
    void updateSelectionStatus();

    void newProject();
    void openProjectDialog();
    void openFolderDialog();
    void addImagesDialog();
    void addTextDialog(bool folder);
    void showSettings();
    void showShortcuts();
    void showAbout();
    void showGuide();

    std::unique_ptr<ProjectSession> m_session;
    QPointer<AssetDocument> m_document;
    BackgroundImport *m_import;
    bool m_importQuiet = false;
    bool m_unattended = false;
    bool m_opening = false;
    qint64 m_wantedAsset = 0; // chosen while the server was away: shown when it is back
    QString m_probeFolder;    // a new folder's: its dataset is looked for after the first scan

    QStackedWidget *m_stack;
    QWidget *m_welcome;
    ImageCanvas *m_canvas;
    TextView *m_textView;
    ComparisonView *m_comparisonView;
    AssetBrowser *m_browser;
    LabelPanel *m_labelPanel;
    ShapeListModel *m_shapeModel;
    ShapeListPanel *m_shapePanel;
    AttributeEditor *m_attributeEditor;
    CanvasActions *m_canvasActions = nullptr;
    TextActions *m_textActions = nullptr;
    SequenceActions *m_sequenceActions = nullptr;
    ReviewActions *m_reviewActions = nullptr;
    GridActions *m_gridActions = nullptr;
    IssueActions *m_issueActions = nullptr;
    TeamActions *m_teamActions = nullptr;
    PrelabelActions *m_prelabelActions = nullptr;
    LabelActions *m_labelActions = nullptr;
    TimelinePanel *m_timeline = nullptr;
    DataExchange *m_exchange = nullptr;
    SyncEngine *m_sync = nullptr;
    QToolButton *m_syncButton = nullptr;
    QUndoView *m_undoView;

    QLabel *m_positionLabel;
    QLabel *m_selectionLabel;
    QString m_assetMessage; // a status message about the shown asset, cleared when it changes
    QLabel *m_zoomLabel;
    QLabel *m_countLabel;
    QLabel *m_userLabel;
    ProjectPresence *m_presence = nullptr;
    AssetLease *m_lease = nullptr;
    QProgressBar *m_progress;
    QToolButton *m_cancelImport;

    QMenu *m_recentMenu = nullptr;
    QSet<QDockWidget *> m_autoHidden; // docks hidden because the shown asset has no use for them
    QList<QAction *> m_actions;
    QList<QAction *> m_projectActions; // enabled only while a project is open
};

} // namespace Tessera
