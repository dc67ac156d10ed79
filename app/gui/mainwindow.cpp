// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "backgroundimport.h"
#include "canvasactions.h"
#include "dataexchange.h"
#include "sync/syncengine.h"
#include "syncdialog.h"

#include "assetbrowser/assetbrowser.h"
#include "assetlease.h"
#include "core/shapegeometry.h"
#include "dialogs/guidedialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "gridactions.h"
#include "imagecanvas/imagecanvas.h"
#include "issueactions.h"
#include "items/assetlistmodel.h"
#include "items/shapelistmodel.h"
#include "jobs/addimagesjob.h"
#include "jobs/addtextjob.h"
#include "jobs/projectlocator.h"
#include "labelactions.h"
#include "panels/attributeeditor.h"
#include "panels/issuepanel.h"
#include "panels/labelpanel.h"
#include "panels/shapelistpanel.h"
#include "panels/timelinepanel.h"
#include "prelabel/sequences.h"
#include "prelabelactions.h"
#include "projectpresence.h"
#include "reviewactions.h"
#include "sequenceactions.h"
#include "store/projectstore.h"
#include "teamactions.h"
#include "textactions.h"
#include "textcanvas/comparisonview.h"
#include "textcanvas/textview.h"
#include "util/identity.h"
#include "util/logging.h"
#include "welcomepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QToolButton>
#include <QUndoView>
#include <QVBoxLayout>

namespace Tessera {

namespace {

const char recentKey[] = "recentProjects";
constexpr int maxRecent = 10;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_import(new BackgroundImport(this))
    , m_stack(new QStackedWidget(this))
    , m_canvas(new ImageCanvas(this))
    , m_textView(new TextView(this))
    , m_comparisonView(new ComparisonView(this))
    , m_browser(new AssetBrowser(this))
    , m_labelPanel(new LabelPanel(this))
    , m_shapeModel(new ShapeListModel(this))
    , m_shapePanel(new ShapeListPanel(m_shapeModel, this))
    , m_attributeEditor(new AttributeEditor(this))
    , m_undoView(new QUndoView(this))
{
    setWindowTitle(tr("Tessera"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/tessera.svg")));
    m_welcome = makeWelcomePage(
            this, [this]() { openProjectDialog(); }, [this]() { openFolderDialog(); },
            [this]() { newProject(); });
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_canvas);
    m_stack->addWidget(m_textView);
    m_stack->addWidget(m_comparisonView);
    // The centre: a banner row for modes (reviewer mode) above the asset views.
    auto *centre = new QWidget(this);
    auto *centreLayout = new QVBoxLayout(centre);
    centreLayout->setContentsMargins(0, 0, 0, 0);
    centreLayout->setSpacing(0);
    centreLayout->addWidget(m_stack, 1);
    setCentralWidget(centre);

    m_exchange = new DataExchange(this, [this]() { return m_session.get(); });
    createDocks();
    createActions();
    createStatusBar();

    connect(m_browser, &AssetBrowser::currentAssetChanged, this, &MainWindow::showAssetById);
    connect(m_labelPanel, &LabelPanel::labelActivated, m_labelActions, &LabelActions::pick);
    connect(m_labelPanel, &LabelPanel::manageRequested, m_labelActions, &LabelActions::manage);
    m_canvas->setLabelPrompt([this]() { return m_labelActions->ask(); });
    // Esc in a list, Enter in the label filter: the keys go back to the image or the text.
    const auto focusEditor = [this]() {
        m_stack->currentWidget()->setFocus();
    };
    connect(m_labelPanel, &LabelPanel::leaveRequested, this, focusEditor);
    connect(m_browser, &AssetBrowser::leaveRequested, this, focusEditor);
    connect(m_labelPanel, &LabelPanel::visibilityToggled, this,
            [this](qint64 labelId, bool visible) { m_canvas->setLabelHidden(labelId, !visible); });
    connect(m_labelPanel, &LabelPanel::classToggled, this, [this](qint64 labelId) {
        if (m_document)
            m_document->toggleClass(labelId, m_document->asset().kind != AssetKind::Image
                                                     && m_textView->config().singleClass);
    });
    connect(m_canvas, &ImageCanvas::selectionChanged, this, [this](const QList<qint64> &ids) {
        m_shapePanel->setSelection(ids);
        m_attributeEditor->setSelection(ids);
        updateSelectionStatus();
    });
    connect(m_shapePanel, &ShapeListPanel::selectionChanged, this,
            [this](const QList<qint64> &ids) {
                if (m_stack->currentWidget() == m_textView)
                    m_textView->setSelectedAnnotation(ids.value(0));
                else
                    m_canvas->setSelection(ids);
            });
    connect(m_textView, &TextView::selectionChanged, m_shapePanel, &ShapeListPanel::setSelection);
    connect(m_textView, &TextView::message, this, &MainWindow::showStatus);
    connect(m_canvas, &ImageCanvas::cursorMoved, this, [this](const QPointF &p, bool inside) {
        m_positionLabel->setText(inside ? tr("x %1  y %2").arg(int(p.x())).arg(int(p.y()))
                                        : QString());
    });
    connect(m_canvas, &ImageCanvas::zoomChanged, this, [this](double zoom) {
        if (m_stack->currentWidget() == m_canvas)
            m_zoomLabel->setText(tr("%1%").arg(qRound(zoom * 100)));
    });
    connect(m_canvas, &ImageCanvas::loadFailed, this,
            [this](const QString &error) { statusBar()->showMessage(error, 8000); });
    connect(m_canvas, &ImageCanvas::loadWarning, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_import, &BackgroundImport::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(int(total));
        m_progress->setValue(int(done));
        if (m_session) {
            const qint64 keep = m_browser->currentAssetId();
            m_session->assetModel()->reload();
            if (!m_browser->selectAsset(keep))
                m_browser->step(0);
            updateStatus();
        }
    });
    connect(m_import, &BackgroundImport::finished, this, &MainWindow::importFinished);
    connect(m_exchange, &DataExchange::projectChanged, this, &MainWindow::projectChangedElsewhere);

    resize(1400, 860);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_browser->setGrid(SettingsDialog::gridByDefault());
    closeProject();
}

MainWindow::~MainWindow()
{
    m_import->cancelAndWait();
    m_lease->release(); // before the project closes
    delete m_sync;
    m_sync = nullptr;
    m_document = nullptr;
}

void MainWindow::createDocks()
{
    auto addDock = [this](const QString &title, const QString &name, QWidget *widget,
                          Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(widget);
        addDockWidget(area, dock);
        return dock;
    };
    QDockWidget *assets
            = addDock(tr("Assets"), QStringLiteral("assets"), m_browser, Qt::LeftDockWidgetArea);
    assets->setMinimumWidth(280);
    addDock(tr("Labels"), QStringLiteral("labels"), m_labelPanel, Qt::RightDockWidgetArea);
    addDock(tr("Shapes"), QStringLiteral("shapes"), m_shapePanel, Qt::RightDockWidgetArea);
    addDock(tr("Attributes"), QStringLiteral("attributes"), m_attributeEditor,
            Qt::RightDockWidgetArea);
    m_timeline = new TimelinePanel(this);
    addDock(tr("Timeline"), QStringLiteral("timeline"), m_timeline, Qt::BottomDockWidgetArea);
    m_undoView->setEmptyLabel(tr("<opened>"));
    addDock(tr("History"), QStringLiteral("history"), m_undoView, Qt::RightDockWidgetArea);
}

void MainWindow::createActions()
{
    auto add = [this](QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                      const std::function<void()> &slot, bool needsProject = true) {
        auto *action = menu->addAction(text);
        action->setShortcuts(keys);
        connect(action, &QAction::triggered, this, slot);
        m_actions.append(action);
        if (needsProject)
            m_projectActions.append(action);
        return action;
    };

    QMenu *file = menuBar()->addMenu(tr("&File"));
    add(
            file, tr("&New Project…"), {QKeySequence::New}, [this]() { newProject(); }, false);
    add(
            file, tr("&Open Project…"), {QKeySequence::Open}, [this]() { openProjectDialog(); },
            false);
    add(
            file, tr("Open &Folder…"), {QKeySequence(tr("Ctrl+Shift+O"))},
            [this]() { openFolderDialog(); }, false);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    add(file, tr("Add &Images…"), {QKeySequence(tr("Ctrl+I"))}, [this]() { addImagesDialog(); });
    add(file, tr("Add &Text or Comparisons…"), {QKeySequence(tr("Ctrl+Shift+I"))},
        [this]() { addTextDialog(false); });
    add(file, tr("Add Text &Folder…"), {}, [this]() { addTextDialog(true); });
    m_sequenceActions = new SequenceActions(
            m_canvas, m_timeline, m_exchange, [this]() { return m_session.get(); }, this);
    m_sequenceActions->addFileActions(file);
    connect(m_sequenceActions, &SequenceActions::message, this, &MainWindow::showStatus);
    connect(m_sequenceActions, &SequenceActions::showAsset, this,
            [this](qint64 id) { m_browser->selectAsset(id); });
    connect(m_canvas, &ImageCanvas::selectionChanged, m_sequenceActions,
            &SequenceActions::refreshTrack);
    file->addSeparator();
    add(file, tr("Import &Annotations…"), {QKeySequence(tr("Ctrl+Alt+I"))},
        [this]() { m_exchange->importAnnotations(); });
    add(file, tr("&Export Annotations…"), {QKeySequence(tr("Ctrl+E"))},
        [this]() { m_exchange->exportAnnotations(); });
    add(file, tr("Export &Bundle…"), {QKeySequence(tr("Ctrl+Shift+E"))},
        [this]() { m_exchange->exportBundle(); });
    add(file, tr("S&ync Targets…"), {}, [this]() { showSyncTargets(); });
    add(file, tr("&Relink Media…"), {}, [this]() { m_exchange->relinkMedia(); });
    file->addSeparator();
    add(file, tr("&Close Project"), {QKeySequence(tr("Ctrl+W"))}, [this]() { closeProject(); });
    add(
            file, tr("&Settings…"), {QKeySequence(tr("Ctrl+,"))}, [this]() { showSettings(); },
            false);
    add(
            file, tr("&Quit"), {QKeySequence::Quit}, [this]() { close(); }, false);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = new QAction(tr("&Undo"), this);
    QAction *redo = new QAction(tr("&Redo"), this);
    undo->setObjectName(QStringLiteral("undo"));
    redo->setObjectName(QStringLiteral("redo"));
    undo->setShortcuts({QKeySequence::Undo});
    redo->setShortcuts({QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))});
    edit->addAction(undo);
    edit->addAction(redo);
    m_actions << undo << redo;
    edit->addSeparator();
    add(edit, tr("New &Label…"), {QKeySequence(tr("Ctrl+Shift+L"))},
        [this]() { m_labelActions->newLabel(); });
    add(edit, tr("&Find Asset…"), {QKeySequence::Find}, [this]() { m_browser->focusSearch(); });
    add(edit, tr("Asset &History…"), {QKeySequence(tr("Ctrl+Shift+H"))}, [this]() {
        if (!m_document)
            return;
        QHash<qint64, QString> names;
        for (const Label &l : m_session->labels())
            names.insert(l.id, l.name);
        HistoryDialog dialog(m_session->store()->auditLog(m_document->assetId()), names, this);
        if (dialog.exec() == QDialog::Accepted && dialog.restoredEntry() >= 0
            && !m_document->restoreTo(dialog.restoredEntry(), tr("Restore from history")))
            showError(m_document->errorString());
    });

    QMenu *view = menuBar()->addMenu(tr("&View"));
    add(view, tr("Zoom &In"), {QKeySequence::ZoomIn, QKeySequence(tr("="))},
        [this]() { m_canvas->zoomIn(); });
    add(view, tr("Zoom &Out"), {QKeySequence::ZoomOut, QKeySequence(tr("-"))},
        [this]() { m_canvas->zoomOut(); });
    add(view, tr("&Fit to Window"), {QKeySequence(tr("F")), QKeySequence(tr("Ctrl+0"))},
        [this]() { m_canvas->fitToWindow(); });
    add(view, tr("&Actual Size (1:1)"), {QKeySequence(tr("Ctrl+1"))},
        [this]() { m_canvas->actualSize(); });
    add(view, tr("Thumbnail &Grid"), {QKeySequence(tr("Ctrl+T"))},
        [this]() { m_browser->setGrid(!m_browser->isGrid()); });
    view->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    add(go, tr("&Next Asset"), {QKeySequence(tr("D")), QKeySequence(Qt::Key_PageDown)},
        [this]() { m_browser->step(1); });
    add(go, tr("&Previous Asset"), {QKeySequence(tr("A")), QKeySequence(Qt::Key_PageUp)},
        [this]() { m_browser->step(-1); });
    add(go, tr("Next &Unlabeled Asset"), {QKeySequence(tr("Shift+D"))}, [this]() {
        if (!m_browser->nextUnlabeled())
            statusBar()->showMessage(tr("No unlabeled asset after this one"), 4000);
    });
    add(go, tr("&First Asset"), {QKeySequence(Qt::CTRL | Qt::Key_Home)},
        [this]() { m_browser->selectAsset(m_session->assetModel()->assetIdAt(0)); });

    m_canvasActions = new CanvasActions(m_canvas, menuBar(), this);
    addToolBar(Qt::TopToolBarArea, m_canvasActions->toolBar());
    statusBar()->addWidget(m_canvasActions->hintLabel(), 1);
    connect(statusBar(), &QStatusBar::messageChanged, m_canvasActions,
            [this](const QString &message) {
                m_canvasActions->setHintCovered(!message.isEmpty());
            });
    m_prelabelActions = new PrelabelActions(
            m_exchange, [this]() { return m_session.get(); },
            [this]() { return m_document.data(); }, this);
    connect(m_prelabelActions, &PrelabelActions::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 15000);
        m_assetMessage = text;
    });
    connect(m_prelabelActions, &PrelabelActions::failed, this, &MainWindow::showError);
    connect(m_prelabelActions, &PrelabelActions::showAsset, this,
            [this](qint64 id) { m_browser->selectAsset(id); });
    connect(m_canvasActions, &CanvasActions::message, this, &MainWindow::showStatus);
    m_canvasActions->toolsMenu()->addSeparator();
    add(m_canvasActions->toolsMenu(), tr("Pre-&label Images…"), {QKeySequence(tr("Ctrl+Shift+P"))},
        [this]() { m_prelabelActions->prelabel(); });
    add(m_canvasActions->shapeMenu(), tr("Segment &Boxes…"), {QKeySequence(tr("Ctrl+Alt+S"))},
        [this]() { m_prelabelActions->segmentBoxes(); });
    add(m_canvasActions->toolsMenu(), tr("Find &Near-Duplicates…"), {},
        [this]() { m_prelabelActions->findDuplicates(); });
    add(m_canvasActions->toolsMenu(), tr("&Evaluate Predictions…"),
        {QKeySequence(tr("Ctrl+Shift+M"))}, [this]() { m_prelabelActions->evaluate(); });
    m_textActions = new TextActions(
            m_textView, m_comparisonView, menuBar(), m_exchange,
            [this]() { return m_session.get(); }, this);
    connect(m_textActions, &TextActions::message, this, &MainWindow::showStatus);
    m_sequenceActions->addTrackMenu(menuBar()->addMenu(tr("T&rack")));
    m_reviewActions = new ReviewActions([this]() { return m_session.get(); },
                                        [this]() { return m_document.data(); }, this);
    QMenu *reviewMenu = menuBar()->addMenu(tr("Re&view"));
    m_reviewActions->addMenu(reviewMenu);
    reviewMenu->addSeparator();
    m_gridActions = new GridActions([this]() { return m_session.get(); }, this);
    m_gridActions->addMenu(reviewMenu);
    connect(m_gridActions, &GridActions::message, this, &MainWindow::showStatus);
    connect(m_gridActions, &GridActions::showAsset, this,
            [this](qint64 id) { m_browser->selectAsset(id); });
    m_browser->setBulkActions(m_gridActions->browserActions(
            [this]() { return m_session ? m_browser->selectedAssetIds() : QList<qint64>(); }));
    connect(m_browser, &AssetBrowser::selectionCountChanged, this, [this](int count) {
        if (count > 1)
            statusBar()->showMessage(
                    tr("%n assets selected: right-click for bulk actions", nullptr, count), 6000);
    });
    m_issueActions
            = new IssueActions([this]() { return m_session.get(); }, m_canvas, m_textView, this);
    m_issueActions->addToMenu(reviewMenu);
    static_cast<QVBoxLayout *>(centralWidget()->layout())
            ->insertWidget(0, m_issueActions->banner());
    static_cast<QVBoxLayout *>(centralWidget()->layout())
            ->insertWidget(1, m_issueActions->rejectionBanner());
    m_issueActions->addDock(this);
    connect(m_issueActions, &IssueActions::message, this, &MainWindow::showStatus);
    connect(m_issueActions, &IssueActions::issuesChanged, this, [this](qint64 id) {
        if (m_session)
            m_session->assetModel()->refreshOpenIssues(id);
    });
    m_teamActions = new TeamActions([this]() { return m_session.get(); }, m_exchange, this);
    reviewMenu->addSeparator();
    m_teamActions->addMenu(reviewMenu);
    connect(m_teamActions, &TeamActions::message, this, &MainWindow::showStatus);
    connect(m_teamActions, &TeamActions::projectChanged, this,
            &MainWindow::projectChangedElsewhere);
    connect(m_reviewActions, &ReviewActions::message, this, &MainWindow::showStatus);
    connect(m_reviewActions, &ReviewActions::showAsset, this,
            [this](qint64 id) { m_browser->selectAsset(id); });
    connect(m_reviewActions, &ReviewActions::statusChanged, this, [this](qint64 id) {
        if (m_session) {
            m_session->assetModel()->refreshAsset(id);
            m_session->assetModel()->refreshOpenIssues(id); // a rejection opens one
        }
        if (m_document && m_document->assetId() == id)
            m_issueActions->statusChanged();
    });
    m_labelActions = new LabelActions([this]() { return m_session.get(); },
                                      [this]() { return m_document.data(); },
                                      {m_canvas, m_textView, m_labelPanel}, this);
    m_labelActions->addMenu(menuBar());
    m_labelActions->setReservedKeys([this]() { return reservedKeys(); });
    connect(m_labelActions, &LabelActions::message, this, &MainWindow::showStatus);
    connect(m_labelActions, &LabelActions::error, this, &MainWindow::showError);
    m_projectActions.append(m_labelActions->manageAction());
    m_actions.append(m_labelActions->manageAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    add(
            help, tr("&User Guide"), {QKeySequence(tr("Shift+F1"))}, [this]() { showGuide(); },
            false)
            ->setObjectName(QStringLiteral("userGuide"));
    add(
            help, tr("&Keyboard Shortcuts"), {QKeySequence(tr("Ctrl+/")), QKeySequence(tr("F1"))},
            [this]() { showShortcuts(); }, false);
    add(
            help, tr("&About Tessera"), {}, [this]() { showAbout(); }, false);
    rebuildRecentMenu();
}

void MainWindow::createStatusBar()
{
    m_positionLabel = new QLabel(this);
    m_selectionLabel = new QLabel(this);
    m_selectionLabel->setObjectName(QStringLiteral("selectionStatus"));
    m_zoomLabel = new QLabel(this);
    m_countLabel = new QLabel(this);
    m_userLabel = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setFormat(tr("Adding images %v/%m"));
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setText(tr("Cancel"));
    connect(m_cancelImport, &QToolButton::clicked, m_import, &BackgroundImport::cancel);
    for (QWidget *w :
         {static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancelImport)}) {
        statusBar()->addPermanentWidget(w);
        w->hide();
    }
    m_syncButton = new QToolButton(this);
    m_syncButton->setAutoRaise(true);
    m_syncButton->setObjectName(QStringLiteral("syncStatus"));
    connect(m_syncButton, &QToolButton::clicked, this, &MainWindow::showSyncTargets);
    statusBar()->addPermanentWidget(m_syncButton);
    m_syncButton->hide();
    m_positionLabel->setMinimumWidth(120);
    m_zoomLabel->setMinimumWidth(50);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_positionLabel);
    statusBar()->addPermanentWidget(m_zoomLabel);
    statusBar()->addPermanentWidget(m_countLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    m_lease = new AssetLease([this]() { return m_session.get(); }, this);
    statusBar()->addPermanentWidget(m_lease->label());
    m_presence = new ProjectPresence(this);
    statusBar()->addPermanentWidget(m_presence->label());
    connect(m_presence, &ProjectPresence::raiseRequested, this, [this](const QString &asset) {
        if (isMinimized())
            showNormal();
        raise();
        activateWindow();
        if (!asset.isEmpty() && !showAsset(asset))
            statusBar()->showMessage(tr("No asset \"%1\" in this project").arg(asset), 5000);
    });
}

QList<QAction *> MainWindow::shortcutActions() const
{
    return m_actions + m_canvasActions->actions() + m_textActions->actions()
           + m_sequenceActions->actions() + m_reviewActions->actions() + m_issueActions->actions()
           + m_labelActions->labelActions();
}

QList<LabelManagerDialog::ReservedKey> MainWindow::reservedKeys() const
{
    // Label keys must not take the window's command keys: those are passed in to be flagged.
    // Canvas commands work on images only, text and comparison commands on their kinds.
    QList<LabelManagerDialog::ReservedKey> reserved;
    const QList<QAction *> labels = m_labelActions->labelActions();
    const QList<QAction *> canvasActions = m_canvasActions->actions();
    for (QAction *a : shortcutActions()) {
        if (labels.contains(a))
            continue;
        int kinds = AllKindsFlag;
        if (canvasActions.contains(a))
            kinds = ImageKindFlag;
        else if (m_textActions->textActions().contains(a))
            kinds = TextKindFlag;
        else if (m_textActions->comparisonActions().contains(a))
            kinds = ComparisonKindFlag;
        for (const QKeySequence &k : a->shortcuts())
            reserved.append({k.toString(), a->text().remove(QLatin1Char('&')), kinds});
    }
    return reserved;
}

AssetDocument *MainWindow::currentDocument() const
{
    return m_document;
}

bool MainWindow::openPath(const QString &path, QString *error)
{
    ProjectLocator::Location location = ProjectLocator::locate(path);
    QString message = location.error;
    if (message.isEmpty() && location.bundle.isEmpty() && location.exists
        && location.sourceFile.isEmpty()
        && QFileInfo(location.projectPath).canonicalFilePath() != m_presence->project()
        && ProjectPresence::forward(location.projectPath)) {
        // Another window of this user has it: one writer per project and user, so that one
        // comes to the front instead.
        statusBar()->showMessage(tr("%1 is open in another window: brought it to the front")
                                         .arg(QDir::toNativeSeparators(location.projectPath)),
                                 8000);
        return true;
    }
    if (message.isEmpty() && !location.bundle.isEmpty()) {
        location.projectPath = m_exchange->unpackBundle(location.bundle, &message);
        location.exists = !location.projectPath.isEmpty();
    }
    std::unique_ptr<ProjectStore> store;
    if (message.isEmpty()) {
        const ProjectLocation project(location.projectPath);
        store = location.exists ? ProjectStore::open(project, &message)
                                : ProjectStore::create(project, &message);
    }
    if (!store) {
        if (error)
            *error = message;
        Logging::error(message);
        return false;
    }
    const QString author = Identity::currentUserName();
    store->setAuthor(author);
    if (!location.exists)
        store->setSetting(QStringLiteral("name"), store->location().name());
    Logging::info(QStringLiteral("opened %1").arg(store->location().display()));
    setSession(std::make_unique<ProjectSession>(std::move(store)));
    addRecent(m_session->store()->location().toString());
    if (!location.sourceFile.isEmpty()
        && !m_session->store()->assetByPath(m_session->store()->storedPath(location.sourceFile))) {
        // The image the user opened is shown at once, also when the project beside it existed
        // without it (photo.png next to photo.jpg's project): added here, not by a worker.
        AddImagesJob::run(*m_session->store(), {location.sourceFile});
        m_session->assetModel()->reload();
    }
    if (!location.sourceFolder.isEmpty()) {
        // Only a new folder: an existing project has had its chance (File › Import otherwise).
        m_probeFolder = location.exists || !location.sourceFile.isEmpty() ? QString()
                                                                          : location.sourceFolder;
        m_opening = !m_probeFolder.isEmpty();
        startImport({location.sourceFolder}, location.exists);
    }
    if (!location.sourceFile.isEmpty())
        showAsset(location.sourceFile);
    if (m_browser->currentAssetId() == 0)
        m_browser->step(0);
    return true;
}

void MainWindow::setSession(std::unique_ptr<ProjectSession> session)
{
    m_import->cancelAndWait();
    if (m_lease)
        m_lease->release(); // while the project it was taken in is still open
    m_document = nullptr;
    m_wantedAsset = 0; // an asset of the project that closes
    m_canvas->clear();
    // No image is shown until the new project shows one: no tools (and no tool bar) before.
    m_canvasActions->setEnabled(false);
    m_textView->setDocument(nullptr);
    m_comparisonView->setDocument(nullptr);
    m_browser->setModel(nullptr);
    delete m_sync; // before the store it writes from
    m_sync = nullptr;
    m_session = std::move(session);
    const bool open = m_session != nullptr;
    m_presence->claim(open ? m_session->store()->location().toString() : QString());
    if (open) {
        m_sync = new SyncEngine(m_session->store(), this);
        connect(m_sync, &SyncEngine::stateChanged, this, &MainWindow::updateSyncStatus);
        connect(m_session.get(), &ProjectSession::edited, m_sync, &SyncEngine::poke);
        connect(m_session.get(), &ProjectSession::edited, m_reviewActions, &ReviewActions::edited);
        connect(m_exchange, &DataExchange::projectChanged, m_sync, &SyncEngine::poke);
    }
    updateSyncStatus();
    for (QAction *a : std::as_const(m_projectActions))
        a->setEnabled(open);
    QAction *undo = findChild<QAction *>(QStringLiteral("undo"));
    QAction *redo = findChild<QAction *>(QStringLiteral("redo"));
    disconnect(undo, nullptr, nullptr, nullptr);
    disconnect(redo, nullptr, nullptr, nullptr);
    undo->setEnabled(false);
    redo->setEnabled(false);
    if (open) {
        QUndoGroup *group = m_session->undoGroup();
        m_undoView->setGroup(group);
        connect(undo, &QAction::triggered, group, &QUndoGroup::undo);
        connect(redo, &QAction::triggered, group, &QUndoGroup::redo);
        connect(group, &QUndoGroup::canUndoChanged, undo, &QAction::setEnabled);
        connect(group, &QUndoGroup::canRedoChanged, redo, &QAction::setEnabled);
        m_browser->setModel(m_session->assetModel());
        m_browser->setLabels(m_session->labels());
        m_canvas->setLabels(m_session->labels());
        m_textView->setLabels(m_session->labels());
        m_labelPanel->setLabels(m_session->labels());
        m_shapeModel->setLabels(m_session->labels());
        m_attributeEditor->setLabels(m_session->labels());
        connect(m_session.get(), &ProjectSession::labelsChanged, this, [this]() {
            m_shapeModel->setLabels(m_session->labels());
            m_attributeEditor->setLabels(m_session->labels());
            m_browser->setLabels(m_session->labels());
            m_canvas->setLabels(m_session->labels());
            m_textView->setLabels(m_session->labels());
            m_labelPanel->setLabels(m_session->labels());
            m_labelActions->rebuild();
        });
        connect(m_session.get(), &ProjectSession::storeError, this, &MainWindow::showError);
        // A big project's ids arrive after its first asset shows: "1 / 1000000" then.
        connect(m_session->assetModel(), &AssetListModel::loaded, this, &MainWindow::updateStatus);
        // The grid or the browser moved many assets at once: what shows the current one follows.
        connect(m_session.get(), &ProjectSession::bulkEdited, this,
                [this](const QList<qint64> &ids) {
                    if (m_document && ids.contains(m_document->assetId()))
                        m_issueActions->statusChanged();
                    m_reviewActions->updateActions();
                    updateStatus();
                });
        // Other programs (the CLI, another window) may write the same project: noticed within
        // half a second and re-read; an edit meeting their lock waits and says so.
        connect(m_session.get(), &ProjectSession::changedElsewhere, this, [this]() {
            const qint64 keep = m_browser->currentAssetId();
            if (!m_browser->selectAsset(keep))
                m_browser->step(0);
            m_issueActions->statusChanged(); // another reviewer may have accepted it
            updateStatus();
            statusBar()->showMessage(
                    m_session->store()->isServer()
                            ? tr("The team changed the project on the server: shown as it is now")
                            : tr("Another program changed the project: shown as it is now"),
                    5000);
        });
        connect(m_session.get(), &ProjectSession::leasesChanged, m_lease, &AssetLease::refresh);
        connect(m_session.get(), &ProjectSession::connectionLost, this,
                [this](const QString &message) {
                    // Shown until the server is back (the reload then says so).
                    statusBar()->showMessage(message);
                    Logging::warn(message);
                });
        connect(m_session.get(), &ProjectSession::connectionRestored, this, [this]() {
            const QString text = tr("Connected to the server again: the project is shown as it "
                                    "is now");
            statusBar()->showMessage(text, 8000);
            Logging::info(text);
            if (const qint64 wanted = std::exchange(m_wantedAsset, 0);
                wanted && (!m_document || m_document->assetId() != wanted)) {
                m_browser->selectAsset(wanted);
                showAssetById(wanted);
            }
        });
        connect(m_session.get(), &ProjectSession::waitingForLock, this, [this](qint64 waited) {
            if (waited < 0)
                statusBar()->showMessage(tr("Saved"), 2000);
            else if (waited >= 500)
                statusBar()->showMessage(
                        tr("Another program is writing to %1: your edit waits (%2 s) and will be "
                           "saved")
                                .arg(m_session->store()->location().name())
                                .arg(waited / 1000));
        });
        m_session->watchOtherWriters();
        if (m_session->store()->isReadOnly())
            statusBar()->showMessage(tr("%1 is read-only (the file or its folder cannot be "
                                        "written): you can look, not change")
                                             .arg(m_session->store()->location().name()),
                                     15000);
        m_textActions->loadTask();
        m_stack->setCurrentWidget(m_canvas);
    } else {
        m_undoView->setGroup(nullptr);
        m_stack->setCurrentWidget(m_welcome);
        m_labelPanel->setLabels({});
    }
    m_gridActions->sessionChanged();
    // Until an asset is shown (an empty project, the welcome page) nothing is a sequence frame.
    if (!m_document)
        followDocks(false, true, true);
    m_labelActions->rebuild();
    updateTitle();
    updateStatus();
}

void MainWindow::closeProject()
{
    setSession(nullptr);
}

bool MainWindow::showAsset(const QString &idOrFile)
{
    if (!m_session)
        return false;
    bool numeric = false;
    const qint64 id = idOrFile.toLongLong(&numeric);
    if (numeric)
        return m_browser->selectAsset(id);
    ProjectStore *store = m_session->store();
    if (const std::optional<Asset> asset
        = store->assetByPath(store->storedPath(QFileInfo(idOrFile).absoluteFilePath())))
        return m_browser->selectAsset(asset->id);
    AssetFilter byName;
    byName.text = QFileInfo(idOrFile).fileName();
    const QList<qint64> ids = store->assetIds(byName);
    return !ids.isEmpty() && m_browser->selectAsset(ids.constFirst());
}

void MainWindow::followDocks(bool timeline, bool shapes, bool attributes)
{
    for (const auto &[name, needed] : {std::pair{QStringLiteral("timeline"), timeline},
                                       std::pair{QStringLiteral("shapes"), shapes},
                                       std::pair{QStringLiteral("attributes"), attributes}}) {
        auto *dock = findChild<QDockWidget *>(name);
        if (!dock)
            continue;
        // isHidden(), not isVisible(): the first asset is shown before the window itself is.
        if (!needed && !dock->isHidden()) {
            dock->hide();
            m_autoHidden.insert(dock);
        } else if (needed && m_autoHidden.remove(dock)) {
            dock->show();
        }
    }
}

void MainWindow::showAssetById(qint64 assetId)
{
    if (m_lease)
        m_lease->assetShown(m_session ? assetId : 0);
    if (!m_session || !assetId) {
        m_document = nullptr;
        m_canvas->clear();
        m_shapeModel->setDocument(nullptr);
        m_canvasActions->setEnabled(false);
        m_textActions->setAssetKind(std::nullopt);
        m_sequenceActions->assetShown(nullptr);
        m_issueActions->assetShown(nullptr);
        // No asset (an empty project, or none open): nothing is a sequence frame.
        followDocks(false, true, true);
        m_labelActions->updatePanel();
        updateStatus();
        return;
    }
    QString error;
    AssetDocument *doc = m_session->document(assetId, &error);
    if (!doc) {
        // The status bar says already that the server is away: one line, not a box per click.
        // The list keeps the asset chosen: once the server is back, it is shown.
        m_wantedAsset = assetId;
        if (m_session->isConnectionLost())
            statusBar()->showMessage(tr("The server cannot be reached: this asset cannot be read "
                                        "until it is back; the one shown stays"));
        else
            showError(error);
        return;
    }
    if (m_document)
        disconnect(m_document, &AssetDocument::annotationsChanged, this, nullptr);
    // A message about the asset left behind (a pre-labelling result) would read as if it were
    // about this one.
    if (m_document != doc && !m_assetMessage.isEmpty()
        && statusBar()->currentMessage() == std::exchange(m_assetMessage, QString()))
        statusBar()->clearMessage();
    m_document = doc;
    if (m_wantedAsset == assetId)
        m_wantedAsset = 0;
    m_session->undoGroup()->setActiveStack(doc->undoStack());
    connect(doc, &AssetDocument::annotationsChanged, m_labelActions, &LabelActions::updatePanel);
    // A resized or moved shape keeps its selection: its size in the status bar follows.
    connect(doc, &AssetDocument::annotationsChanged, this, &MainWindow::updateSelectionStatus);
    const bool image = doc->asset().kind == AssetKind::Image;
    m_canvasActions->setEnabled(image);
    m_textActions->setAssetKind(doc->asset().kind);
    m_sequenceActions->assetShown(doc);
    m_reviewActions->updateActions();
    // The list shows shapes for images and spans and relations for text.
    m_shapeModel->setDocument(doc->asset().kind != AssetKind::Comparison ? doc : nullptr);
    if (auto *dock = findChild<QDockWidget *>(QStringLiteral("shapes")))
        dock->setWindowTitle(doc->asset().kind == AssetKind::Text ? tr("Spans and Relations")
                                                                  : tr("Shapes"));
    m_attributeEditor->setDocument(image ? doc : nullptr);
    // Docks follow the asset: the Timeline only for frames of a sequence, Shapes and Attributes
    // not for comparisons (they have none). A dock hidden here comes back when it applies again;
    // one the user closed stays closed.
    const bool frame = image && Sequences::frameOf(doc->asset()).has_value();
    followDocks(frame, doc->asset().kind != AssetKind::Comparison, image);
    if (image && !m_canvas->currentLabel()) {
        // The label used last in this project, else the first that applies to images.
        const std::optional<Label> last = m_session->label(
                m_session->store()->setting(QStringLiteral("lastLabel")).toLongLong());
        if (last && (last->kinds & ImageKindFlag))
            m_labelActions->pick(last->id);
        for (const Label &l : m_session->labels()) {
            if (m_canvas->currentLabel())
                break;
            if (l.kinds & ImageKindFlag) {
                m_labelActions->pick(l.id);
                break;
            }
        }
    }
    switch (doc->asset().kind) {
    case AssetKind::Image:
        m_canvas->setDocument(doc, m_session->store()->absolutePath(doc->asset()));
        m_stack->setCurrentWidget(m_canvas);
        m_zoomLabel->setText(tr("%1%").arg(qRound(m_canvas->zoom() * 100)));
        prefetchNeighbours();
        break;
    case AssetKind::Text:
        m_textView->setDocument(doc);
        m_stack->setCurrentWidget(m_textView);
        break;
    case AssetKind::Comparison:
        m_comparisonView->setDocument(doc);
        m_stack->setCurrentWidget(m_comparisonView);
        break;
    }
    // After the views have the document: the issue marks go onto what they show.
    m_issueActions->assetShown(doc);
    m_labelActions->updatePanel();
    updateStatus();
}

void MainWindow::prefetchNeighbours()
{
    AssetListModel *model = m_session->assetModel();
    const int row = model->rowOf(m_document->assetId());
    QList<QPair<QString, QSize>> images;
    const int ahead = SettingsDialog::prefetchCount();
    for (int r : {row + 1, row - 1, row + 2, row + 3, row + 4, row + 5}) {
        if (images.size() >= ahead || r < 0 || r >= model->rowCount())
            continue;
        const QModelIndex index = model->index(r);
        if (AssetKind(index.data(AssetListModel::KindRole).toInt()) == AssetKind::Image)
            images.append({index.data(AssetListModel::PathRole).toString(),
                           index.data(AssetListModel::SizeRole).toSize()});
    }
    m_canvas->prefetch(images);
}

void MainWindow::updateSelectionStatus()
{
    const QList<Annotation> selected = m_canvas->selectedAnnotations();
    if (selected.isEmpty()) {
        m_selectionLabel->clear();
        return;
    }
    if (selected.size() > 1) {
        m_selectionLabel->setText(tr("%n shapes selected", nullptr, int(selected.size())));
        return;
    }
    const Annotation &a = selected.constFirst();
    const QRectF b = ShapeGeometry::boundingRect(a);
    QString text = tr("%1  %2 × %3 px")
                           .arg(annotationKindName(a.kind))
                           .arg(qRound(b.width()))
                           .arg(qRound(b.height()));
    if (ShapeGeometry::isArea(a.kind))
        text += tr(", area %1 px²").arg(qRound(ShapeGeometry::area(a)));
    m_selectionLabel->setText(text);
}

void MainWindow::updateTitle()
{
    setWindowTitle(!m_session ? tr("Tessera")
                   : m_session->store()->isReadOnly()
                           ? tr("%1 (read-only) — Tessera").arg(m_session->name())
                           : tr("%1 — Tessera").arg(m_session->name()));
}

void MainWindow::updateStatus()
{
    // A server project writes as its login (PostgreSQL signs the rows), whatever the name set.
    m_userLabel->setText(tr("as %1").arg(m_session ? m_session->store()->author()
                                                   : Identity::currentUserName()));
    if (!m_session) {
        m_countLabel->clear();
        m_zoomLabel->clear();
        m_positionLabel->clear();
        return;
    }
    const AssetListModel *model = m_session->assetModel();
    const int row = m_document ? model->rowOf(m_document->assetId()) : -1;
    // While a big project's ids are still arriving, the count so far is a lower bound.
    m_countLabel->setText((model->isLoading() ? tr("%1 / %2+") : tr("%1 / %2"))
                                  .arg(row + 1)
                                  .arg(model->rowCount()));
    if (!m_document || m_document->asset().kind != AssetKind::Image)
        m_zoomLabel->clear();
}

void MainWindow::startImport(const QStringList &paths, bool quiet)
{
    if (!m_session || m_import->isRunning())
        return;
    m_importQuiet = quiet;
    m_progress->setValue(0);
    m_progress->setMaximum(0);
    m_progress->show();
    m_cancelImport->show();
    m_import->start(m_session->store()->location(), paths, Identity::currentUserName());
}

void MainWindow::importFinished(const AddReport &report)
{
    m_progress->hide();
    m_cancelImport->hide();
    if (!m_session)
        return;
    const qint64 keep = m_browser->currentAssetId();
    m_session->assetModel()->reload();
    if (!m_browser->selectAsset(keep))
        m_browser->step(0);
    updateStatus();
    if (!report.fatalError.isEmpty()) {
        showError(report.fatalError);
        return;
    }
    for (const QString &e : report.errors)
        Logging::warn(e);
    const QString summary
            = tr("Added %n image(s)", nullptr, report.added)
              + (report.duplicates ? tr(", %n duplicate(s) skipped", nullptr, report.duplicates)
                                   : QString())
              + (report.canceled ? tr(" — canceled") : QString());
    statusBar()->showMessage(summary, 8000);
    if (const QString folder = std::exchange(m_probeFolder, QString());
        !folder.isEmpty() && !report.canceled)
        importFolderDataset(folder);
    if (std::exchange(m_opening, false))
        emit folderOpened();
    if (!report.errors.isEmpty() && !m_importQuiet) {
        QMessageBox box(QMessageBox::Warning, tr("Some files were not added"),
                        tr("%n file(s) could not be added. Everything else was added.", nullptr,
                           int(report.errors.size())),
                        QMessageBox::Ok, this);
        box.setDetailedText(report.errors.join(QLatin1Char('\n')));
        box.exec();
    }
}

void MainWindow::importFolderDataset(const QString &folder)
{
    const DataExchange::FolderImport result
            = m_exchange->importFolderDataset(folder, !m_unattended);
    if (!result.summary.isEmpty())
        statusBar()->showMessage(result.summary, 15000);
    if (!result.imported || result.format != QLatin1String("labelme") || m_unattended || !m_sync)
        return;
    // labelme and Tessera on one folder: Tessera's edits written back to the JSON files.
    if (QMessageBox::question(
                this, tr("Keep the labelme files in step?"),
                tr("This folder's labelme files are imported.\n\nShould Tessera write your "
                   "edits back to them, so that labelme and Tessera can be used on the same "
                   "folder? A file labelme changes meanwhile is never overwritten: Tessera shows "
                   "it as a conflict (File › Sync Targets)."),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    QList<SyncTarget> targets = m_sync->targets();
    targets.append({QFileInfo(folder).absoluteFilePath(), QStringLiteral("labelme"), {}});
    QString error;
    if (!m_sync->setTargets(targets, &error)) {
        showError(error);
        return;
    }
    m_sync->adoptExisting(int(targets.size()) - 1); // just imported: they are in step
}

void MainWindow::screenshotWhenShown(const QString &path, std::function<void(bool, QString)> done)
{
    auto finish = std::make_shared<std::function<void(bool, QString)>>(std::move(done));
    auto take = [this, path, finish]() {
        if (!*finish)
            return;
        QApplication::processEvents();
        const bool ok = grab().save(path);
        auto callback = std::exchange(*finish, nullptr);
        callback(ok, ok ? QString() : tr("%1: cannot write the screenshot").arg(path));
    };
    const bool image = m_document && m_document->asset().kind == AssetKind::Image;
    // A huge PNG streaming in is shown at once, but the picture is taken once it is whole.
    if (image && (!m_canvas->hasImage() || m_canvas->imageReadShare() < 1.0)) {
        connect(
                m_canvas, &ImageCanvas::imageShownWhole, this, [take]() { take(); },
                Qt::SingleShotConnection);
        connect(
                m_canvas, &ImageCanvas::loadFailed, this, [take]() { take(); },
                Qt::SingleShotConnection);
    } else {
        QTimer::singleShot(0, this, take);
    }
    QTimer::singleShot(30000, this, [finish]() {
        if (*finish)
            std::exchange(*finish, nullptr)(false, tr("timed out waiting for the asset to show"));
    });
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QLatin1String(recentKey)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QLatin1String(recentKey), recent.mid(0, maxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(recentKey)).toStringList();
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(a, &QAction::triggered, this, [this, path]() {
            QString error;
            if (!openPath(path, &error))
                showError(error);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::setReviewerMode(bool on)
{
    m_issueActions->setReviewerMode(on);
}

void MainWindow::projectChangedElsewhere()
{
    if (!m_session)
        return;
    const qint64 keep = m_browser->currentAssetId();
    m_session->reloadAll();
    if (!m_browser->selectAsset(keep))
        m_browser->step(0);
    m_issueActions->statusChanged();
    updateStatus();
}

void MainWindow::updateSyncStatus()
{
    if (!m_syncButton)
        return;
    const QString text = m_sync ? m_sync->statusText() : QString();
    m_syncButton->setText(text);
    m_syncButton->setVisible(!text.isEmpty());
    m_syncButton->setToolTip(m_sync && !m_sync->targets().isEmpty()
                                     ? tr("Live sync to %n folder(s); click for details", nullptr,
                                          int(m_sync->targets().size()))
                                     : QString());
}

void MainWindow::showSyncTargets()
{
    if (!m_session || !m_sync)
        return;
    SyncDialog dialog(m_sync, m_session.get(), this);
    dialog.exec();
    updateSyncStatus();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 8000);
}

void MainWindow::showError(const QString &message)
{
    Logging::error(message);
    // Unattended (a screenshot, a script): nobody is there to close a dialog; the log says it.
    if (m_unattended) {
        showStatus(message);
        return;
    }
    QMessageBox::warning(this, tr("Tessera"), message);
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New project"), QString(),
                                                tr("Tessera projects (*.tessera)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix() != ProjectStore::suffix())
        path += QStringLiteral(".tessera");
    QString error;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 exists already; open it instead.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!openPath(path, &error))
        showError(error);
}

void MainWindow::openProjectDialog()
{
    const QString path = QFileDialog::getOpenFileName(
            this, tr("Open project"), QString(),
            tr("Tessera projects and bundles (*.tessera *.zip);;Tessera projects (*.tessera);;"
               "Tessera bundles (*.zip)"));
    QString error;
    if (!path.isEmpty() && !openPath(path, &error))
        showError(error);
}

void MainWindow::openFolderDialog()
{
    const QString path = QFileDialog::getExistingDirectory(this, tr("Open a folder of images"));
    QString error;
    if (!path.isEmpty() && !openPath(path, &error))
        showError(error);
}

void MainWindow::addImagesDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Add a folder of images"));
    if (!folder.isEmpty())
        startImport({folder}, false);
}

void MainWindow::addTextDialog(bool folder)
{
    if (!m_session)
        return;
    const QStringList paths
            = folder ? QStringList{QFileDialog::getExistingDirectory(
                      this, tr("Add the text files of a folder"))}
                     : QFileDialog::getOpenFileNames(
                             this, tr("Add text documents or comparisons"), QString(),
                             tr("Text and JSON Lines (*.txt *.jsonl *.ndjson)"));
    if (paths.isEmpty() || paths.constFirst().isEmpty())
        return;
    // On a worker with its own connection, behind a progress dialog with Cancel: 100k records
    // take a few seconds.
    AddReport report;
    QString error;
    m_exchange->runWithProgress(
            tr("Adding text…"),
            [&paths, &report](ProjectStore &store, const JobControl &control, QString *) {
                report = AddTextJob::run(store, paths, control);
                return report.fatalError.isEmpty();
            },
            &error);
    if (report.added)
        emit m_exchange->projectChanged();
    if (!error.isEmpty() || !report.errors.isEmpty() || !report.fatalError.isEmpty())
        showError((QStringList{error, report.fatalError} + report.errors)
                          .join(QLatin1Char('\n'))
                          .trimmed());
    statusBar()->showMessage(report.canceled ? tr("Canceled: nothing was added")
                                             : tr("Added %n asset(s)", nullptr, report.added),
                             8000);
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() == QDialog::Accepted) {
        if (m_session)
            m_session->store()->setAuthor(Identity::currentUserName());
        m_browser->setGrid(SettingsDialog::gridByDefault());
        updateStatus();
    }
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(ShortcutsDialog::sectionsOf(menuBar(), shortcutActions()), this);
    dialog.exec();
}

void MainWindow::showGuide()
{
    const QString index = GuideDialog::findIndex();
    if (index.isEmpty()) {
        QMessageBox::information(this, tr("Tessera User Guide"),
                                 tr("The user guide is not installed here. It is built with "
                                    "Tessera (build/guide) and installed with the package "
                                    "(/usr/share/tessera/guide)."));
        return;
    }
    auto *guide = new GuideDialog(index, this);
    guide->setAttribute(Qt::WA_DeleteOnClose);
    guide->show(); // not modal: the guide stays open beside the window while you try things
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Tessera"),
                       tr("<h3>Tessera %1</h3><p>A desktop annotation workstation for images, "
                          "text and model comparisons.</p><p>Licensed under the Apache License "
                          "2.0.</p>")
                               .arg(QApplication::applicationVersion()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    m_import->cancelAndWait();
    event->accept();
}

} // namespace Tessera
