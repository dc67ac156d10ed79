// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "assetbrowser/assetbrowser.h"
#include "bundle/projectbundle.h"
#include "canvasactions.h"
#include "common/elidedlabel.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "gridactions.h"
#include "imagecanvas/imagecanvas.h"
#include "issueactions.h"
#include "items/assetlistmodel.h"
#include "panels/issuepanel.h"
#include "reviewactions.h"
#include "reviewgrid/reviewgridwidget.h"
#include "store/issuestore.h"
#include "store/layerstore.h"
#include "store/projectstore.h"
#include "teamactions.h"
#include "windowhelpers.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>

using namespace Tessera;
using Test::answerDialogs;

/** Review in the window: reviewer mode, issues and their pins, the queue, the offline team. */
class TestReviewWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void reviewerModeIsReadOnlyUntilFixAndIssuesShowAsPins();
    void teamSplitAndMergeThroughTheWindow();
    void queueFilterDialogCountsAndSetsTheQueue();
    void reviewGridAndBrowserBulkActionsThroughTheWindow();
    void browserBulkMovesCheckWhatTheRowsShowed();
    void toolBarShowsToolsAndTheActiveToolsHint();

private:
    QString makeProject(QTemporaryDir &dir) { return Test::makeWindowProject(dir); }
    /** One of the asset browser's bulk actions (its context menu: no key). */
    static QAction *browserAction(MainWindow &window, const QString &text)
    {
        for (QAction *a : window.findChildren<QAction *>())
            if (a->text() == text && a->shortcut().isEmpty())
                return a;
        return nullptr;
    }
};

void TestReviewWindow::reviewerModeIsReadOnlyUntilFixAndIssuesShowAsPins()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(project));
    QVERIFY(window.showAsset(QStringLiteral("1")));
    AssetDocument *doc = window.currentDocument();
    doc->addAnnotations({{.assetId = 1,
                          .labelId = window.session()->labels()[0].id,
                          .kind = AnnotationKind::Box,
                          .points = {QPointF(10, 10), QPointF(60, 40)}}},
                        QStringLiteral("box"));
    const qint64 box = doc->annotations().constFirst().id;
    ProjectStore *store = window.session()->store();

    // Reviewer mode by key: a banner, and Delete changes nothing.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::AltModifier);
    auto *banner = window.findChild<QLabel *>(QStringLiteral("reviewerBanner"));
    QVERIFY(banner && banner->isVisible());
    QVERIFY(banner->text().contains(QStringLiteral("read-only")));
    window.canvas()->setSelection({box});
    window.canvas()->setFocus();
    QTest::keyClick(window.canvas(), Qt::Key_Delete);
    QCOMPARE(store->annotations(1).size(), 1);
    QCOMPARE(doc->annotations().size(), 1);
    // Fix This Asset: edits are allowed on this asset only.
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(banner->text().contains(QStringLiteral("fixing")));
    window.canvas()->setFocus();
    QTest::keyClick(window.canvas(), Qt::Key_Delete);
    QCOMPARE(store->annotations(1).size(), 0);
    doc->undoStack()->undo();
    QCOMPARE(store->annotations(1).size(), 1);
    QVERIFY(window.showAsset(QStringLiteral("2")));
    QVERIFY(window.currentDocument()->isReadOnly());
    // A refused edit starts no work: the new asset stays new; undo is off while read-only.
    window.currentDocument()->toggleClass(window.session()->labels()[0].id);
    QVERIFY(window.currentDocument()->annotations().isEmpty());
    QCOMPARE(store->asset(2)->status, ReviewStatus::New);
    QVERIFY(window.showAsset(QStringLiteral("1")));
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier); // fixing ends
    QVERIFY(doc->isReadOnly());
    QVERIFY(!window.session()->undoGroup()->canUndo());
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(window.session()->undoGroup()->canUndo());

    // An issue pinned to the selected shape: stored with its bounds, drawn as pin 1.
    window.canvas()->setSelection({box});
    QVERIFY(window.issueActions()->openIssue(QStringLiteral("box too loose")));
    const QList<IssueThread> threads = IssueStore(*store).threads(1);
    QCOMPARE(threads.size(), 1);
    QCOMPARE(*threads[0].issue.region, QRectF(10, 10, 50, 30));
    QCOMPARE(threads[0].issue.annotationId, box);
    QCOMPARE(window.canvas()->pins().size(), 1);
    AssetListModel *assets = window.session()->assetModel();
    auto openIssues = [assets]() {
        return assets->index(assets->rowOf(1)).data(AssetListModel::OpenIssuesRole).toInt();
    };
    QCOMPARE(openIssues(), 1); // the browser's badge
    // A queue of the assets with open issues: F9 goes there from anywhere.
    ReviewWorkflow::QueueFilter withIssues;
    withIssues.status.reset();
    withIssues.openIssuesOnly = true;
    window.reviewActions()->setQueueFilter(withIssues);
    QVERIFY(window.showAsset(QStringLiteral("3")));
    window.activateWindow();
    QTest::keyClick(&window, Qt::Key_F9);
    QCOMPARE(window.currentDocument()->assetId(), 1);
    window.reviewActions()->setQueueFilter({});
    // The pin is drawn at the shape's top-right corner (the label chip has the top-left one):
    // pink pixels above it, none above the top-left corner where the chip is.
    QTRY_VERIFY(window.canvas()->hasImage());
    window.canvas()->setSelection({box});
    const QImage shot = window.canvas()->grab().toImage();
    const QPoint corner = window.canvas()->toWidget(QPointF(60, 10)).toPoint();
    const QPoint chipCorner = window.canvas()->toWidget(QPointF(10, 10)).toPoint();
    for (int dy = -26; dy < -3; ++dy) { // (the issue's dashed frame is the line at dy 0)
        const QColor c = shot.pixelColor(chipCorner + QPoint(4, dy));
        QVERIFY2(!(c.red() > 200 && c.green() < 120 && c.blue() > 120), "a pin covers the chip");
    }
    bool pink = false;
    for (int dy = -26; dy < 0 && !pink; ++dy) {
        const QColor c = shot.pixelColor(corner + QPoint(0, dy));
        pink = c.red() > 200 && c.green() < 120 && c.blue() > 120;
    }
    QVERIFY2(pink, "no pin drawn above the issue's corner");
    // Reply and resolve through the Issues panel; a resolved issue's pin goes away.
    auto *panel = window.findChild<IssuePanel *>();
    QVERIFY(panel);
    auto *reply = panel->findChild<QLineEdit *>();
    reply->setText(QStringLiteral("tightened"));
    QTest::keyClick(reply, Qt::Key_Return);
    QCOMPARE(IssueStore(*store).threads(1)[0].replies.size(), 1);
    QPushButton *resolve = nullptr;
    for (QPushButton *b : panel->findChildren<QPushButton *>())
        if (b->text() == QLatin1String("Resolve"))
            resolve = b;
    QVERIFY(resolve);
    resolve->click();
    QVERIFY(IssueStore(*store).threads(1)[0].issue.resolved);
    QCOMPARE(window.canvas()->pins().size(), 0);
    QCOMPARE(openIssues(), 0);
    QVERIFY(panel->text().contains(QStringLiteral("box too loose")) == false); // resolved: hidden
    if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS"))
        window.grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/reviewer.png"));
}

void TestReviewWindow::teamSplitAndMergeThroughTheWindow()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(project));
    // Review › Team › Split for Annotators: the dialog asks for names, a message lists bundles.
    QAction *split = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Split for Annotators…"))
            split = a;
    QVERIFY(split);
    QStringList messages;
    answerDialogs(
            [](QDialog *dialog) {
                const QList<QLineEdit *> edits = dialog->findChildren<QLineEdit *>();
                edits[0]->setText(QStringLiteral("ann"));
                dialog->accept();
            },
            &messages, 2);
    split->trigger();
    QTRY_COMPARE(messages.size(), 1);
    QVERIFY2(messages[0].contains(QStringLiteral("demo-ann.tessera.zip")), qPrintable(messages[0]));
    const QString zip = dir.filePath(QStringLiteral("demo-ann.tessera.zip"));
    QVERIFY(QFileInfo::exists(zip));
    // The annotator tags image 1 in the bundle and sends it back.
    QString unpacked, error;
    QVERIFY(ProjectBundle::open(zip, dir.filePath(QStringLiteral("ann")), &unpacked, &error));
    {
        auto bundle = ProjectStore::open(unpacked, &error);
        bundle->setAuthor(QStringLiteral("ann"));
        QList<Annotation> tag{{.assetId = 1,
                               .labelId = bundle->labelByName(QStringLiteral("dog"))->id,
                               .kind = AnnotationKind::Tag}};
        QVERIFY(bundle->addAnnotations(tag));
        QVERIFY(ProjectBundle::create(*bundle, dir.filePath(QStringLiteral("back.zip")), {}, {},
                                      &error));
    }
    QVERIFY(window.showAsset(QStringLiteral("1")));
    const qsizetype before = window.currentDocument()->annotations().size();
    messages.clear();
    answerDialogs([](QDialog *) {}, &messages, 1);
    window.teamActions()->merge({dir.filePath(QStringLiteral("back.zip"))});
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages[0].contains(QStringLiteral("without conflicts")), qPrintable(messages[0]));
    QVERIFY(messages[0].contains(QStringLiteral("1 annotations added")));
    // The window shows the merged work at once.
    QCOMPARE(window.currentDocument()->annotations().size(), before + 1);
    QCOMPARE(window.currentDocument()->annotations().constLast().provenance.author,
             QStringLiteral("ann"));

    // Two annotators' layers on image 2; the consensus dialog lists them and builds a proposal.
    LayerStore layers(*window.session()->store());
    const qint64 cat = window.session()->labels()[0].id;
    for (const auto &[who, dx] :
         {std::pair{QStringLiteral("ann"), 0.0}, std::pair{QStringLiteral("bob"), 2.0}})
        QVERIFY(layers.setLayer(2, who,
                                {{.labelId = cat,
                                  .kind = AnnotationKind::Box,
                                  .points = {QPointF(20 + dx, 20), QPointF(120 + dx, 90)}}}));
    QVERIFY(window.showAsset(QStringLiteral("2")));
    // Show Annotator Layers outlines both on the canvas, named.
    window.activateWindow(); // after the message boxes
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(window.canvas()->overlay().size(), 2);
    QCOMPARE(window.canvas()->overlay()[1].tag, QStringLiteral("bob"));
    if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS")) {
        QTRY_VERIFY(window.canvas()->hasImage());
        window.grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/layers.png"));
    }
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier | Qt::AltModifier);
    QVERIFY(window.canvas()->overlay().isEmpty());
    int rows = 0;
    auto *timer = new QTimer(&window);
    connect(timer, &QTimer::timeout, timer, [&]() {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        timer->stop();
        rows = dialog->findChild<QTableWidget *>()->rowCount();
        if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS"))
            dialog->grab().save(qEnvironmentVariable("TESSERA_SHOTS")
                                + QStringLiteral("/consensus.png"));
        for (QPushButton *b : dialog->findChildren<QPushButton *>())
            if (b->text() == QLatin1String("Build Consensus Proposals"))
                b->click();
    });
    timer->start(20);
    window.teamActions()->consensus();
    QCOMPARE(rows, 2);
    QList<Annotation> proposals;
    for (const Annotation &a : window.currentDocument()->annotations())
        if (isProposal(a))
            proposals.append(a);
    QCOMPARE(proposals.size(), 1);
    QCOMPARE(proposals[0].points[0], QPointF(21, 20));
}

void TestReviewWindow::queueFilterDialogCountsAndSetsTheQueue()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(project));
    ProjectStore *store = window.session()->store();
    Comment issue{.assetId = 2, .body = QStringLiteral("blurred?")};
    QVERIFY(IssueStore(*store).open(issue));
    QStringList counts;
    answerDialogs(
            [&counts](QDialog *dialog) {
                // Any status, with open issues: one asset, and the count says so at once.
                auto *status = dialog->findChildren<QComboBox *>().constFirst();
                status->setCurrentIndex(status->findData(-1));
                for (QCheckBox *box : dialog->findChildren<QCheckBox *>())
                    if (box->text().contains(QStringLiteral("open issues")))
                        box->setChecked(true);
                for (QLabel *label : dialog->findChildren<QLabel *>())
                    if (label->text().contains(QStringLiteral("in the queue")))
                        counts.append(label->text());
                if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS"))
                    dialog->grab().save(qEnvironmentVariable("TESSERA_SHOTS")
                                        + QStringLiteral("/queuefilter.png"));
                dialog->accept();
            },
            nullptr, 1);
    window.reviewActions()->editQueueFilter();
    QCOMPARE(counts, QStringList{QStringLiteral("1 asset(s) in the queue")});
    QVERIFY(window.reviewActions()->queueFilter().openIssuesOnly);
    QVERIFY(!window.reviewActions()->queueFilter().status);
    QCOMPARE(window.reviewActions()->nextInQueue(), 2);
}

void TestReviewWindow::reviewGridAndBrowserBulkActionsThroughTheWindow()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(project));
    QVERIFY(window.showAsset(QStringLiteral("1")));
    ProjectStore *store = window.session()->store();

    // The browser: both images selected, Submit from its bulk actions moves both at once.
    AssetBrowser *browser = window.assetBrowser();
    auto *list = browser->findChild<QListView *>();
    list->selectionModel()->select(
            QItemSelection(list->model()->index(0, 0), list->model()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect);
    QCOMPARE(browser->selectedAssetIds(), (QList<qint64>{1, 2}));
    QAction *submit = browserAction(window, QStringLiteral("Submit"));
    QVERIFY(submit);
    submit->trigger();
    QCOMPARE(store->asset(1)->status, ReviewStatus::Submitted);
    QCOMPARE(store->asset(2)->status, ReviewStatus::Submitted);
    // Review › Undo Submit 2 Assets (Ctrl+Alt+Z) takes both back in one step; redo again.
    QAction *undo = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->shortcut() == QKeySequence(QStringLiteral("Ctrl+Alt+Z")))
            undo = a;
    QVERIFY(undo && undo->isEnabled());
    QVERIFY2(undo->text().contains(QLatin1String("Submit 2")), qPrintable(undo->text()));
    undo->trigger();
    QCOMPARE(store->asset(1)->status, ReviewStatus::New);
    QCOMPARE(store->asset(2)->status, ReviewStatus::New);
    window.session()->projectUndoStack()->redo();
    QCOMPARE(store->asset(2)->status, ReviewStatus::Submitted);

    // Review › Review Grid by its key: the submitted images; A accepts the first and moves on.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_G, Qt::ControlModifier | Qt::AltModifier);
    ReviewGridWidget *grid = window.gridActions()->grid();
    QVERIFY(grid && grid->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(grid));
    QCOMPARE(grid->model()->rowCount(), 2);
    QTest::keyClick(grid->view(), Qt::Key_A);
    QCOMPARE(store->asset(1)->status, ReviewStatus::Accepted);
    // The browser's row of the accepted asset follows at once.
    const QModelIndex row = list->model()->index(0, 0);
    QCOMPARE(row.data(AssetListModel::StatusRole).toInt(), int(ReviewStatus::Accepted));
    // Enter on the second tile shows that asset in the main window.
    QCOMPARE(grid->view()->currentIndex().row(), 1);
    QTest::keyClick(grid->view(), Qt::Key_Return);
    QCOMPARE(window.currentDocument()->assetId(), qint64(2));
    // Closing the project closes its grid.
    QPointer<ReviewGridWidget> alive(grid);
    // Found first, triggered after: closing rebuilds menus, deleting actions of the list.
    QAction *close = nullptr;
    for (QAction *a : window.findChildren<QAction *>())
        if (a->text() == QLatin1String("&Close Project"))
            close = a;
    QVERIFY(close);
    grid->setZoom(250);
    grid->resize(900, 640);
    close->trigger();
    QVERIFY(!window.session());
    QTRY_VERIFY(!alive || !alive->isVisible());
    // Opened again, the grid comes back at the size and tile size it was left at.
    QVERIFY(window.openPath(project));
    grid = window.gridActions()->showGrid(ReviewGridModel::Mode::Assets);
    QVERIFY(grid && QTest::qWaitForWindowExposed(grid));
    QCOMPARE(grid->zoom(), 250);
    QCOMPARE(grid->size(), QSize(900, 640));
}

void TestReviewWindow::browserBulkMovesCheckWhatTheRowsShowed()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(project));
    ProjectStore *store = window.session()->store();
    AssetBrowser *browser = window.assetBrowser();
    auto *list = browser->findChild<QListView *>();
    list->selectionModel()->select(
            QItemSelection(list->model()->index(0, 0), list->model()->index(1, 0)),
            QItemSelectionModel::ClearAndSelect);
    QCOMPARE(list->model()->index(1, 0).data(AssetListModel::StatusRole).toInt(),
             int(ReviewStatus::New));
    // Another program takes asset 2 in hand after the rows were shown, before the window heard.
    QString error;
    std::unique_ptr<ProjectStore> other = ProjectStore::open(store->location(), &error);
    QVERIFY2(other, qPrintable(error));
    other->setAuthor(QStringLiteral("bob"));
    QVERIFY(other->setReviewStatus(2, ReviewStatus::InProgress));
    other.reset();

    QAction *submit = browserAction(window, QStringLiteral("Submit"));
    QVERIFY(submit);
    submit->trigger();
    QCOMPARE(store->asset(1)->status, ReviewStatus::Submitted);
    QCOMPARE(store->asset(2)->status, ReviewStatus::InProgress); // bob's, not submitted unseen
    const QString said = window.statusBar()->currentMessage();
    QVERIFY2(said.contains(QLatin1String("1 refused")) && said.contains(QLatin1String("bob")),
             qPrintable(said));
    // The row shows what bob left, and a second Submit (on what is now shown) moves it.
    QCOMPARE(list->model()->index(1, 0).data(AssetListModel::StatusRole).toInt(),
             int(ReviewStatus::InProgress));
    list->selectionModel()->select(list->model()->index(1, 0), QItemSelectionModel::ClearAndSelect);
    submit->trigger();
    QCOMPARE(store->asset(2)->status, ReviewStatus::Submitted);
}

void TestReviewWindow::toolBarShowsToolsAndTheActiveToolsHint()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The welcome page has nothing to draw on: no tool bar.
    auto *bar = window.findChild<QToolBar *>(QStringLiteral("toolsToolBar"));
    QVERIFY(bar && !bar->isVisible());
    QVERIFY(window.openPath(project));
    QVERIFY(window.showAsset(QStringLiteral("1")));
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->toolButtonStyle(), Qt::ToolButtonTextUnderIcon);
    QStringList names;
    for (QAction *a : bar->actions()) {
        QVERIFY(!a->icon().isNull());
        names.append(a->iconText());
    }
    QCOMPARE(names.size(), 11);
    QCOMPARE(names.mid(0, 3), (QStringList{QStringLiteral("Select"), QStringLiteral("Box"),
                                           QStringLiteral("Polygon")}));
    auto *hint = window.findChild<ElidedLabel *>(QStringLiteral("toolHint"));
    QVERIFY(hint && hint->isVisible());
    QVERIFY(hint->fullText().startsWith(QLatin1String("Select:")));
    // Clicking the Polygon button: checked, and the hint says how a polygon is closed.
    auto *polygon = qobject_cast<QToolButton *>(bar->widgetForAction(bar->actions().at(2)));
    QTest::mouseClick(polygon, Qt::LeftButton);
    QVERIFY(bar->actions().at(2)->isChecked());
    QVERIFY2(hint->fullText().contains(QLatin1String("press Enter to close it")),
             qPrintable(hint->fullText()));
    // Once the status bar has laid out the texts just set.
    QTRY_VERIFY2(Test::cutOffTexts(&window).isEmpty(),
                 qPrintable(Test::cutOffTexts(&window).join(QLatin1String("; "))));
    // A text has no drawing tools: the bar and the hint go.
    QVERIFY(window.showAsset(QStringLiteral("3")));
    QVERIFY(!bar->isVisible());
    QVERIFY(!hint->isVisible());
}

QTEST_MAIN(TestReviewWindow)
#include "tst_reviewwindow.moc"
