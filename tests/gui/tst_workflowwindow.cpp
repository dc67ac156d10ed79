// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "assetbrowser/assetbrowser.h"
#include "dialogs/historydialog.h"
#include "dialogs/labelmanagerdialog.h"
#include "dialogs/prelabeldialog.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "imagecanvas/imagecanvas.h"
#include "issueactions.h"
#include "items/assetlistmodel.h"
#include "jobs/addimagesjob.h"
#include "panels/issuepanel.h"
#include "panels/labelpanel.h"
#include "quality/reviewworkflow.h"
#include "reviewactions.h"
#include "store/issuestore.h"
#include "store/projectstore.h"
#include "textcanvas/textview.h"
#include "windowhelpers.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Tessera;
using Test::answerDialogs;

/**
 * The annotator's and reviewer's day through the window (issue 17's bugs): what moves an asset
 * into work, what a refused edit says, how a rejection reaches the annotator, what Esc, Y and
 * Space do wherever the focus is.
 */
class TestWorkflowWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void onlyAUsersEditStartsWork();
    void reviewerModeSaysWhyAnEditIsRefused();
    void rejectionReachesTheAnnotator();
    void acceptedAssetsAreReadOnlyUntilReopened();
    void escapeClearsTheSelectionInEveryTool();
    void spaceAndClicksInTheLabelPanelDoNotTickClasses();
    void whitespaceSelectionSetsNoClass();
    void exportCountsAgreeAndImageFormatsListImageLabels();
    void selectionSizeFollowsAResize();
    void noTextIsCutOff();
    void gridShowsTwoColumnsInANarrowDock();
    void doubleClickInTheLabelPanelManagesTheLabel();
    void docksFollowTheAsset();
    void reviewMovesCheckFirst();
    void historySaysWhatChanged();
    void drawingWithoutALabelAsksForOne();

private:
    /** Opens the project in an active window; with an image asset, shows it painted. */
    void open(MainWindow &window, const QString &project, const QString &image = QString())
    {
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openPath(project));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        if (image.isEmpty())
            return;
        QVERIFY(window.showAsset(image));
        QTRY_VERIFY(window.canvas()->hasImage());
    }
    /** A left-button drag on the canvas, in widget coordinates, with moves between. */
    static void drag(ImageCanvas *canvas, const QPoint &from, const QPoint &to, int steps = 5)
    {
        QTest::mousePress(canvas, Qt::LeftButton, {}, from);
        for (int i = 1; i <= steps; ++i) {
            const QPoint p = from + (to - from) * i / steps;
            QMouseEvent move(QEvent::MouseMove, p, canvas->mapToGlobal(p), Qt::NoButton,
                             Qt::LeftButton, {});
            QCoreApplication::sendEvent(canvas, &move);
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, to);
    }
    static QList<AuditEntry> statusMoves(ProjectStore &store, qint64 assetId)
    {
        QList<AuditEntry> moves;
        for (const AuditEntry &e : store.auditLog(assetId))
            if (e.action == QLatin1String("set-status"))
                moves.append(e);
        return moves;
    }
    static qint64 addBox(MainWindow &window, qint64 assetId)
    {
        window.currentDocument()->addAnnotations({{.assetId = assetId,
                                                   .labelId = window.session()->labels()[0].id,
                                                   .kind = AnnotationKind::Box,
                                                   .points = {QPointF(10, 10), QPointF(60, 40)}}},
                                                 QStringLiteral("box"));
        return window.currentDocument()->annotations().constLast().id;
    }
};

void TestWorkflowWindow::onlyAUsersEditStartsWork()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    const QString astronaut = Test::addWindowImage(project, "astronaut.jpg");
    QVERIFY(!astronaut.isEmpty());
    MainWindow window;
    open(window, project);
    ProjectStore *store = window.session()->store();
    // The user looks at image 2, then pre-labels the astronaut (a face) only.
    QVERIFY(window.showAsset(QStringLiteral("2")));
    QVERIFY(window.showAsset(astronaut));
    const qint64 face = window.currentDocument()->assetId();
    QStringList messages;
    Test::answerPrelabelDialog(QStringLiteral("blazeface"), &messages);
    QAction *prelabel = nullptr;
    for (QAction *a : window.shortcutActions())
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Pre-label Images…"))
            prelabel = a;
    QVERIFY(prelabel);
    prelabel->trigger(); // (the label actions are rebuilt meanwhile: the list is stale after)
    auto proposals = [&window]() {
        int n = 0;
        for (const Annotation &a : window.currentDocument()->annotations())
            n += isProposal(a);
        return n;
    };
    QTRY_COMPARE(proposals(), 1);
    // The result is said in the status bar, and forgotten when the user moves on.
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("1 proposal(s)")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.showAsset(QStringLiteral("2")));
    QVERIFY(window.statusBar()->currentMessage().isEmpty());
    QVERIFY(window.showAsset(astronaut));
    // Proposals are nobody's work yet, and image 2 was only looked at.
    QCOMPARE(store->asset(face)->status, ReviewStatus::New);
    QCOMPARE(store->asset(2)->status, ReviewStatus::New);
    QVERIFY(statusMoves(*store, 2).isEmpty());
    // Another program adds a box to image 2 while the window has it cached: shown, not started.
    {
        QString error;
        auto other = ProjectStore::open(project, &error);
        QVERIFY(other);
        other->setAuthor(QStringLiteral("cli"));
        QList<Annotation> box{{.assetId = 2,
                               .labelId = other->labels()[0].id,
                               .kind = AnnotationKind::Box,
                               .points = {QPointF(1, 1), QPointF(9, 9)}}};
        QVERIFY(other->addAnnotations(box));
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.session()->document(2)->annotations().size() == 1, 5000);
    QCOMPARE(store->asset(2)->status, ReviewStatus::New);
    QCOMPARE(window.currentDocument()->assetId(), face); // the window stays where it was
    // Accepting the proposal (Y) is the user's edit: that starts the work on the astronaut.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Y);
    QCOMPARE(proposals(), 0);
    QCOMPARE(store->asset(face)->status, ReviewStatus::InProgress);
    QCOMPARE(statusMoves(*store, face).size(), 1);
    QCOMPARE(store->asset(2)->status, ReviewStatus::New);
}

void TestWorkflowWindow::reviewerModeSaysWhyAnEditIsRefused()
{
    // Qt warns when a lambda is connected with Qt::UniqueConnection (and connects nothing).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("unique connections")));
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    MainWindow window;
    open(window, project, QStringLiteral("1"));
    const qint64 box = addBox(window, 1);
    QTest::keyClick(&window, Qt::Key_V, Qt::ControlModifier | Qt::AltModifier);
    // Showing assets again and again connects the refusal once: one message per refusal.
    QVERIFY(window.showAsset(QStringLiteral("2")));
    QVERIFY(window.showAsset(QStringLiteral("1")));
    QVERIFY(window.showAsset(QStringLiteral("1")));
    QSignalSpy said(window.issueActions(), &IssueActions::message);
    window.canvas()->setSelection({box});
    window.canvas()->setFocus();
    QTest::keyClick(window.canvas(), Qt::Key_Delete);
    QCOMPARE(window.session()->store()->annotations(1).size(), 1);
    QCOMPARE(said.size(), 1);
    QVERIFY2(said[0][0].toString().contains(QStringLiteral("Read-only in reviewer mode")),
             qPrintable(said[0][0].toString()));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Ctrl+Alt+E")));
}

void TestWorkflowWindow::rejectionReachesTheAnnotator()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    MainWindow window;
    open(window, project, QStringLiteral("1"));
    ProjectStore *store = window.session()->store();
    addBox(window, 1);
    QVERIFY(window.reviewActions()->submit());
    QVERIFY(window.reviewActions()->reject(QStringLiteral("wrong label: the tabby is a cat")));
    QVERIFY(window.showAsset(QStringLiteral("2")));
    auto *banner = window.findChild<QLabel *>(QStringLiteral("rejectionBanner"));
    QVERIFY(banner);
    QVERIFY(!banner->isVisible()); // asset 2 was never rejected
    // The annotator opens asset 1: the banner, the browser's tooltip and an issue thread.
    QVERIFY(window.showAsset(QStringLiteral("1")));
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Rejected by tester: wrong label: the tabby "
                                                    "is a cat")),
             qPrintable(banner->text()));
    AssetListModel *assets = window.session()->assetModel();
    const QString tip = assets->index(assets->rowOf(1)).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("Rejected by tester: wrong label")), qPrintable(tip));
    QVERIFY(!assets->index(assets->rowOf(2))
                     .data(Qt::ToolTipRole)
                     .toString()
                     .contains(QStringLiteral("Rejected")));
    const QList<IssueThread> threads = IssueStore(*store).threads(1);
    QCOMPARE(threads.size(), 1);
    QVERIFY(threads[0].issue.body.contains(QStringLiteral("the tabby is a cat")));
    QVERIFY(window.findChild<IssuePanel *>()->text().contains(QStringLiteral("the tabby")));
    QCOMPARE(assets->index(assets->rowOf(1)).data(AssetListModel::OpenIssuesRole).toInt(), 1);
    // The annotator fixes it: the edit takes the rejected asset back into work, the banner stays
    // until it is submitted again.
    window.currentDocument()->changeAnnotations(
            {[&]() {
                Annotation a = window.currentDocument()->annotations().constFirst();
                a.labelId = window.session()->labels()[2].id;
                return a;
            }()},
            QStringLiteral("relabel"), false);
    QCOMPARE(store->asset(1)->status, ReviewStatus::InProgress);
    QVERIFY(banner->isVisible());
    QStringList asked;
    window.reviewActions()->setAsk([&asked](const QString &question) {
        asked.append(question);
        return true; // the rejection's issue is still open: submit anyway
    });
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(asked.size(), 1);
    QCOMPARE(store->asset(1)->status, ReviewStatus::Submitted);
    QVERIFY(!banner->isVisible());
    if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS")) {
        QVERIFY(window.reviewActions()->reject(QStringLiteral("missing objects: the mug")));
        QVERIFY(window.showAsset(QStringLiteral("1")));
        QTRY_VERIFY(window.canvas()->hasImage());
        window.grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/rejected.png"));
    }
}

void TestWorkflowWindow::acceptedAssetsAreReadOnlyUntilReopened()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    MainWindow window;
    open(window, project, QStringLiteral("1"));
    ProjectStore *store = window.session()->store();
    const qint64 box = addBox(window, 1);
    QVERIFY(window.reviewActions()->submit());
    QVERIFY(window.reviewActions()->accept());
    QVERIFY(window.showAsset(QStringLiteral("1")));
    // An arrow key would nudge the box: refused, with the reason in the status bar.
    window.canvas()->setSelection({box});
    window.canvas()->setFocus();
    QTest::keyClick(window.canvas(), Qt::Key_Right);
    QCOMPARE(store->annotation(box)->points[0], QPointF(10, 10));
    QCOMPARE(store->asset(1)->status, ReviewStatus::Accepted);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("F8")),
             qPrintable(window.statusBar()->currentMessage()));
    // F8 reopens it: the same key now moves the box, and the work is on again.
    QTest::keyClick(&window, Qt::Key_F8);
    QCOMPARE(store->asset(1)->status, ReviewStatus::Reopened);
    window.canvas()->setFocus();
    QTest::keyClick(window.canvas(), Qt::Key_Right);
    QCOMPARE(store->annotation(box)->points[0], QPointF(11, 10));
    QCOMPARE(store->asset(1)->status, ReviewStatus::InProgress);
}

void TestWorkflowWindow::escapeClearsTheSelectionInEveryTool()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    MainWindow window;
    open(window, project, QStringLiteral("1"));
    ImageCanvas *canvas = window.canvas();
    const qint64 cat = window.session()->labels()[0].id;
    canvas->setTool(ImageCanvas::Tool::Box);
    canvas->setFocus();
    const QPoint from = canvas->toWidget(QPointF(40, 40)).toPoint();
    const QPoint to = canvas->toWidget(QPointF(140, 120)).toPoint();
    drag(canvas, from, to);
    QCOMPARE(window.currentDocument()->annotations().size(), 1);
    const qint64 drawn = window.currentDocument()->annotations().constFirst().id;
    QCOMPARE(canvas->selection(), QList<qint64>{drawn});
    QTest::keyClick(canvas, Qt::Key_Escape);
    QVERIFY(canvas->selection().isEmpty());
    // The next label key picks the label for drawing; it does not relabel the shape.
    QTest::keyClick(&window, Qt::Key_3); // dog
    QCOMPARE(window.session()->store()->annotation(drawn)->labelId, cat);
    // Esc in the asset list gives the keyboard back to the canvas.
    auto *list = window.findChild<AssetBrowser *>()->findChild<QListView *>();
    list->setFocus();
    QVERIFY(list->hasFocus());
    QTest::keyClick(list, Qt::Key_Escape);
    QVERIFY(canvas->hasFocus());
}

void TestWorkflowWindow::spaceAndClicksInTheLabelPanelDoNotTickClasses()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    MainWindow window;
    open(window, project, QStringLiteral("1"));
    ImageCanvas *canvas = window.canvas();
    auto *panel = window.findChild<LabelPanel *>();
    auto *labels = panel->findChild<QListWidget *>();
    QListWidgetItem *dog = labels->item(1);
    QVERIFY(dog->toolTip().contains(QStringLiteral("image-level class")));
    // Clicking a label's name picks it and leaves the keyboard where it was.
    canvas->setFocus();
    QTest::mouseClick(labels->viewport(), Qt::LeftButton, {},
                      labels->visualItemRect(dog).center() + QPoint(20, 0));
    QVERIFY(!labels->hasFocus());
    QVERIFY(canvas->hasFocus());
    // The selected label's swatch keeps its colour (the style would tint it). The list was
    // rebuilt by the pick: the item is found again.
    dog = labels->item(1);
    QVERIFY(dog->isSelected());
    QCOMPARE(dog->icon().pixmap(16, QIcon::Selected).toImage().pixelColor(8, 8).rgb(),
             window.session()->labels()[2].color.rgb());
    // Focus in the asset list, pointer over the canvas: Space + drag pans, ticks and draws
    // nothing, as it does with the focus on the canvas.
    canvas->setTool(ImageCanvas::Tool::Box);
    for (int i = 0; i < 4; ++i)
        canvas->zoomIn(); // larger than the view, so that there is room to pan
    auto *list = window.findChild<AssetBrowser *>()->findChild<QListView *>();
    list->setFocus();
    const QPoint from = canvas->rect().center();
    const QPoint to = from + QPoint(60, 30);
    QMouseEvent hover(QEvent::MouseMove, from, canvas->mapToGlobal(from), Qt::NoButton,
                      Qt::NoButton, {});
    QCoreApplication::sendEvent(canvas, &hover); // the pointer rests over the canvas
    const QPointF before = canvas->toWidget(QPointF(0, 0));
    QTest::keyPress(list, Qt::Key_Space);
    drag(canvas, from, to, 1);
    QTest::keyRelease(list, Qt::Key_Space);
    QVERIFY(window.currentDocument()->annotations().isEmpty());
    QCOMPARE(canvas->toWidget(QPointF(0, 0)), before + QPointF(60, 30));
    for (int row = 0; row < labels->count(); ++row)
        QCOMPARE(labels->item(row)->checkState(), Qt::Unchecked);
}

void TestWorkflowWindow::whitespaceSelectionSetsNoClass()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    MainWindow window;
    open(window, project);
    QVERIFY(window.showAsset(QStringLiteral("3"))); // "Ada Lovelace wrote the first program."
    auto *view = window.findChild<TextView *>();
    view->select(3, 4); // the space between "Ada" and "Lovelace"
    QVERIFY(view->hasTextSelection());
    QVERIFY(!view->selectedSpan());
    QTest::keyClick(&window, Qt::Key_N); // the "news" label's key
    QVERIFY(window.currentDocument()->annotations().isEmpty());
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("spaces")));
    // With nothing selected the key still sets the document class.
    view->select(0, 0);
    QTest::keyClick(&window, Qt::Key_N);
    QCOMPARE(window.currentDocument()->annotations().size(), 1);
    QCOMPARE(window.currentDocument()->annotations().constFirst().kind,
             AnnotationKind::Classification);
}

void TestWorkflowWindow::exportCountsAgreeAndImageFormatsListImageLabels()
{
    QTemporaryDir dir;
    const QString project = Test::makeWindowProject(dir);
    {
        // Two spans on the text and one proposal nobody accepted: COCO carries none of them.
        QString error;
        auto store = ProjectStore::open(project, &error);
        const qint64 news = store->labelByName(QStringLiteral("news"))->id;
        QList<Annotation> spans{
                {.assetId = 3, .labelId = news, .kind = AnnotationKind::Span, .start = 0, .end = 3},
                {.assetId = 3,
                 .labelId = news,
                 .kind = AnnotationKind::Span,
                 .start = 4,
                 .end = 12},
                {.assetId = 3,
                 .labelId = news,
                 .kind = AnnotationKind::Span,
                 .start = 13,
                 .end = 18,
                 .provenance = {.origin = Origin::Prelabel, .score = 0.9}}};
        QVERIFY(store->addAnnotations(spans));
        QList<Annotation> box{{.assetId = 1,
                               .labelId = store->labelByName(QStringLiteral("cat"))->id,
                               .kind = AnnotationKind::Box,
                               .points = {QPointF(5, 5), QPointF(50, 40)}}};
        QVERIFY(store->addAnnotations(box));
    }
    MainWindow window;
    open(window, project);
    const QString out = dir.filePath(QStringLiteral("coco"));
    QString before;
    QMessageBox::Icon icon = QMessageBox::NoIcon;
    QString after;
    QTimer answer;
    connect(&answer, &QTimer::timeout, &answer, [&]() {
        QWidget *modal = QApplication::activeModalWidget();
        if (auto *box = qobject_cast<QMessageBox *>(modal)) {
            icon = box->icon();
            after = box->text() + QLatin1Char('\n') + box->detailedText();
            box->accept();
            answer.stop();
        } else if (auto *dialog = qobject_cast<QDialog *>(modal)) {
            auto *format = dialog->findChild<QComboBox *>();
            if (format->currentData() != QStringLiteral("coco")) {
                format->setCurrentIndex(format->findData(QStringLiteral("coco")));
                return; // the losses are recounted for the format chosen
            }
            dialog->findChild<QLineEdit *>()->setText(out);
            for (QLabel *label : dialog->findChildren<QLabel *>())
                if (label->text().contains(QStringLiteral("span")))
                    before = label->text();
            dialog->accept();
        }
    });
    answer.start(20);
    QAction *exportAction = nullptr;
    for (QAction *a : window.shortcutActions())
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Export Annotations…"))
            exportAction = a;
    QVERIFY(exportAction);
    exportAction->trigger();
    QTRY_VERIFY(!after.isEmpty());
    // Before and after count the same: the proposal is not written, so it is not "lost" either.
    QVERIFY2(before.contains(QStringLiteral("2 span(s) cannot be written in COCO")),
             qPrintable(before));
    QVERIFY2(after.contains(QStringLiteral("2 span(s) cannot be written in COCO")),
             qPrintable(after));
    // A successful export is good news, not a warning.
    QCOMPARE(icon, QMessageBox::Information);
    // The categories are the image labels only (the text label "news" is none).
    QFile coco(out + QStringLiteral("/annotations/instances_default.json"));
    QVERIFY2(coco.open(QIODevice::ReadOnly), qPrintable(coco.fileName()));
    QStringList categories;
    for (const QJsonValue &c : QJsonDocument::fromJson(coco.readAll())["categories"].toArray())
        categories.append(c[QStringLiteral("name")].toString());
    QCOMPARE(categories, (QStringList{QStringLiteral("cat"), QStringLiteral("dog")}));
}

void TestWorkflowWindow::selectionSizeFollowsAResize()
{
    QTemporaryDir dir;
    MainWindow window;
    open(window, Test::makeWindowProject(dir), QStringLiteral("1"));
    const qint64 box = addBox(window, 1);
    window.canvas()->setSelection({box});
    auto *size = window.findChild<QLabel *>(QStringLiteral("selectionStatus"));
    QVERIFY(size);
    QVERIFY2(size->text().contains(QStringLiteral("50 × 30 px")), qPrintable(size->text()));
    Annotation wider = *window.currentDocument()->annotation(box);
    wider.points[1] = QPointF(110, 40);
    window.currentDocument()->changeAnnotations({wider}, QStringLiteral("resize"), false);
    QVERIFY2(size->text().contains(QStringLiteral("100 × 30 px")), qPrintable(size->text()));
}

void TestWorkflowWindow::noTextIsCutOff()
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1280, 800);
    open(window, Test::makeWindowProject(dir), QStringLiteral("1"));
    QStringList cut = Test::cutOffTexts(&window);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    // The dialogs a user meets first.
    PrelabelDialog prelabel(true, {QStringLiteral("cat"), QStringLiteral("traffic light")});
    prelabel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&prelabel));
    cut = Test::cutOffTexts(&prelabel);
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join(QLatin1Char('\n'))));
    QVERIFY2(prelabel.width() <= 700, qPrintable(QString::number(prelabel.width())));
    if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS")) {
        prelabel.grab().save(qEnvironmentVariable("TESSERA_SHOTS")
                             + QStringLiteral("/prelabel.png"));
        window.grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/window.png"));
    }
}

void TestWorkflowWindow::gridShowsTwoColumnsInANarrowDock()
{
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1280, 800);
    open(window, Test::makeWindowProject(dir), QStringLiteral("1"));
    auto *browser = window.findChild<AssetBrowser *>();
    auto *list = browser->findChild<QListView *>();
    browser->setGrid(true);
    QVERIFY(list->viewport()->width() < 2 * 174); // the dock is narrower than two default tiles
    QVERIFY2(list->viewport()->width() >= 2 * list->gridSize().width(),
             qPrintable(QStringLiteral("%1 / %2")
                                .arg(list->viewport()->width())
                                .arg(list->gridSize().width())));
    // The first two assets sit side by side (once the view has laid them out again).
    auto rect = [list](int row) {
        return list->visualRect(list->model()->index(row, 0));
    };
    QTRY_COMPARE(rect(1).top(), rect(0).top());
    QVERIFY(rect(1).left() > rect(0).right());
    if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS"))
        browser->grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/grid.png"));
}

void TestWorkflowWindow::doubleClickInTheLabelPanelManagesTheLabel()
{
    QTemporaryDir dir;
    MainWindow window;
    open(window, Test::makeWindowProject(dir), QStringLiteral("1"));
    auto *labels = window.findChild<LabelPanel *>()->findChild<QListWidget *>();
    QStringList selected;
    QTimer answer;
    connect(&answer, &QTimer::timeout, &answer, [&]() {
        auto *dialog = qobject_cast<LabelManagerDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        answer.stop();
        QTableWidget *table = dialog->table();
        const int row = table->currentRow();
        selected.append(table->item(row, LabelManagerDialog::NameColumn)->text());
        table->item(row, LabelManagerDialog::NameColumn)->setText(QStringLiteral("hound"));
        dialog->accept();
    });
    answer.start(20);
    // As a mouse does it: a click (which picks the label), then the double-click.
    const QPoint onDog = labels->visualItemRect(labels->item(1)).center() + QPoint(20, 0);
    QTest::mouseClick(labels->viewport(), Qt::LeftButton, {}, onDog);
    QTest::mouseDClick(labels->viewport(), Qt::LeftButton, {}, onDog);
    QTRY_COMPARE(selected, QStringList{QStringLiteral("dog")});
    // The window follows: the panel and the Labels menu show the new name.
    QTRY_VERIFY(labels->item(1)->text().startsWith(QStringLiteral("hound")));
    QVERIFY(window.session()->store()->labelByName(QStringLiteral("hound")));
}

void TestWorkflowWindow::docksFollowTheAsset()
{
    QTemporaryDir dir;
    MainWindow window;
    open(window, Test::makeWindowProject(dir), QStringLiteral("1"));
    auto dock = [&window](const char *name) {
        return window.findChild<QDockWidget *>(QLatin1String(name));
    };
    // An image that is no frame of a sequence: no Timeline taking a fifth of the window.
    QVERIFY(!dock("timeline")->isVisible());
    QVERIFY(dock("shapes")->isVisible());
    // A comparison has no shapes and no attributes.
    QVERIFY(window.showAsset(QStringLiteral("4")));
    QVERIFY(!dock("shapes")->isVisible());
    QVERIFY(!dock("attributes")->isVisible());
    // Back on an image they return; a dock the user closed stays closed.
    dock("history")->close();
    QVERIFY(window.showAsset(QStringLiteral("1")));
    QVERIFY(dock("shapes")->isVisible());
    QVERIFY(dock("attributes")->isVisible());
    QVERIFY(!dock("history")->isVisible());
    // The label panel says what to do when it has nothing to show.
    auto *empty = window.findChild<QLabel *>(QStringLiteral("labelsEmpty"));
    QVERIFY(empty && !empty->isVisible());
    window.findChild<LabelPanel *>()->setLabels({});
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QStringLiteral("Manage Labels")));

    // An empty project (nothing to show yet): no Timeline either, from the first open.
    MainWindow fresh;
    fresh.show();
    QVERIFY(QTest::qWaitForWindowExposed(&fresh));
    QString error;
    const QString emptyProject = dir.filePath(QStringLiteral("empty.tessera"));
    QVERIFY(ProjectStore::create(emptyProject, &error));
    QVERIFY(fresh.openPath(emptyProject));
    QVERIFY(!fresh.findChild<QDockWidget *>(QStringLiteral("timeline"))->isVisible());
    QVERIFY(fresh.findChild<QDockWidget *>(QStringLiteral("shapes"))->isVisible());
}

void TestWorkflowWindow::reviewMovesCheckFirst()
{
    QTemporaryDir dir;
    MainWindow window;
    open(window, Test::makeWindowProject(dir), QStringLiteral("1"));
    ProjectStore *store = window.session()->store();
    addBox(window, 1);
    Comment issue{.assetId = 1, .body = QStringLiteral("the ear is cut off")};
    QVERIFY(IssueStore(*store).open(issue));
    QStringList asked;
    bool answer = false;
    window.reviewActions()->setAsk([&](const QString &question) {
        asked.append(question);
        return answer;
    });
    // An open issue: submitting asks, and No keeps the asset where it was.
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked[0].contains(QStringLiteral("1 open issue")), qPrintable(asked[0]));
    QCOMPARE(store->asset(1)->status, ReviewStatus::InProgress);
    answer = true;
    QTest::keyClick(&window, Qt::Key_F5);
    QCOMPARE(store->asset(1)->status, ReviewStatus::Submitted);
    // Nothing left open: no question.
    QVERIFY(IssueStore(*store).setResolved(issue.id, true));
    QVERIFY(window.showAsset(QStringLiteral("2")));
    addBox(window, 2);
    asked.clear();
    QVERIFY(window.reviewActions()->submit());
    QVERIFY(asked.isEmpty());
    // The project forbids accepting one's own work: the tester submitted asset 2 and may not
    // accept it (Review › Forbid Accepting One's Own Work).
    QAction *forbid = nullptr;
    for (QAction *a : window.reviewActions()->actions())
        if (a->text().remove(QLatin1Char('&')) == QStringLiteral("Forbid Accepting One's Own Work"))
            forbid = a;
    QVERIFY(forbid && forbid->isEnabled());
    forbid->trigger();
    QVERIFY(ReviewWorkflow::forbidsSelfAccept(*store));
    QVERIFY(!window.reviewActions()->accept());
    QCOMPARE(store->asset(2)->status, ReviewStatus::Submitted);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("another reviewer")),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestWorkflowWindow::historySaysWhatChanged()
{
    QTemporaryDir dir;
    MainWindow window;
    open(window, Test::makeWindowProject(dir), QStringLiteral("1"));
    AssetDocument *doc = window.currentDocument();
    const qint64 box = addBox(window, 1); // cat, (10,10)-(60,40)
    auto change = [doc, box](const std::function<void(Annotation &)> &edit) {
        Annotation a = *doc->annotation(box);
        edit(a);
        doc->changeAnnotations({a}, QStringLiteral("edit"), false);
    };
    change([](Annotation &a) { a.points = {QPointF(19, 22), QPointF(69, 52)}; }); // 9, 12: 15 px
    const qint64 dog = window.session()->labels()[2].id;
    change([dog](Annotation &a) { a.labelId = dog; });
    change([](Annotation &a) { a.points[1] = QPointF(119, 82); });
    QVERIFY(window.reviewActions()->submit());
    doc->removeAnnotations({box});
    QHash<qint64, QString> names;
    for (const Label &l : window.session()->labels())
        names.insert(l.id, l.name);
    HistoryDialog history(window.session()->store()->auditLog(1), names);
    QStringList lines;
    for (int row = 0; row < history.entryCount(); ++row)
        lines.append(history.lineText(row).section(QStringLiteral("   "), 2));
    QCOMPARE(lines,
             (QStringList{QStringLiteral("added box cat"),
                          QStringLiteral("status new → in-progress"),
                          QStringLiteral("box cat moved 15 px"), QStringLiteral("box cat → dog"),
                          QStringLiteral("box dog resized to 100 × 60 px"),
                          QStringLiteral("status in-progress → submitted"),
                          QStringLiteral("removed box dog")}));
}

void TestWorkflowWindow::drawingWithoutALabelAsksForOne()
{
    // A folder of images just opened: no labels at all.
    QTemporaryDir dir;
    const QString project = dir.filePath(QStringLiteral("bare.tessera"));
    {
        QString error;
        auto store = ProjectStore::create(project, &error);
        QVERIFY(store);
        QDir(dir.path()).mkdir(QStringLiteral("images"));
        QVERIFY(QFile::copy(Test::demoImage("chelsea.jpg"),
                            dir.filePath(QStringLiteral("images/c.jpg"))));
        QCOMPARE(AddImagesJob::run(*store, {dir.filePath(QStringLiteral("images"))}).added, 1);
    }
    MainWindow window;
    open(window, project, QStringLiteral("1"));
    ImageCanvas *canvas = window.canvas();
    QCOMPARE(canvas->currentLabel(), 0);
    int asked = 0;
    QTimer answer;
    connect(&answer, &QTimer::timeout, &answer, [&]() {
        if (auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget())) {
            ++asked;
            dialog->setTextValue(QStringLiteral("zebra"));
            dialog->accept();
        }
    });
    answer.start(20);
    canvas->setTool(ImageCanvas::Tool::Box);
    drag(canvas, canvas->toWidget(QPointF(20, 20)).toPoint(),
         canvas->toWidget(QPointF(90, 70)).toPoint());
    QCOMPARE(asked, 1);
    const std::optional<Label> zebra
            = window.session()->store()->labelByName(QStringLiteral("zebra"));
    QVERIFY(zebra && (zebra->kinds & ImageKindFlag));
    QCOMPARE(window.currentDocument()->annotations().size(), 1);
    QCOMPARE(window.currentDocument()->annotations()[0].labelId, zebra->id);
    // Remembered: the next shape takes it without a question.
    QCOMPARE(canvas->currentLabel(), zebra->id);
    drag(canvas, canvas->toWidget(QPointF(120, 20)).toPoint(),
         canvas->toWidget(QPointF(190, 70)).toPoint());
    QCOMPARE(asked, 1);
    QCOMPARE(window.currentDocument()->annotations().size(), 2);
}

QTEST_MAIN(TestWorkflowWindow)
#include "tst_workflowwindow.moc"
