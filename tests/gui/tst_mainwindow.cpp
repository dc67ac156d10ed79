// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"

#include "assetbrowser/assetbrowser.h"
#include "bundle/projectbundle.h"
#include "dialogs/guidedialog.h"
#include "dialogs/historydialog.h"
#include "dialogs/shortcutsdialog.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "formats/format.h"
#include "imagecanvas/imagecanvas.h"
#include "issueactions.h"
#include "items/assetlistmodel.h"
#include "jobs/addimagesjob.h"
#include "jobs/addtextjob.h"
#include "jobs/importjob.h"
#include "jobs/mediarelink.h"
#include "panels/issuepanel.h"
#include "panels/labelpanel.h"
#include "panels/shapelistpanel.h"
#include "panels/timelinepanel.h"
#include "prelabel/sequences.h"
#include "reviewactions.h"
#include "store/issuestore.h"
#include "store/layerstore.h"
#include "store/projectstore.h"
#include "sync/syncengine.h"
#include "syncdialog.h"
#include "teamactions.h"
#include "testhelpers.h"
#include "textcanvas/comparisonview.h"
#include "textcanvas/textview.h"
#include "windowhelpers.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>

using namespace Tessera;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void userGuideOpensWithItsScreenshot();
    void aNewFolderTakesItsLabelList();
    void opensProjectAndPaintsTheImage();
    void labelHotkeyTogglesTagWithUndo();
    void anotherProgramsChangesShowWithoutLosingEdits();
    void textAndComparisonAssetsShowTheirViews();
    void openingAFolderMakesAProjectBesideIt();
    void damagedProjectGivesAnErrorNotACrash();
    void shortcutsDialogListsTheActions();
    void screenshotFromOutsideTheProcess();
    void germanCatalogueIsCompiledIn();
    void lastLabelIsRemembered();
    void openingAnImageShowsThatImage();
    void historyDialogRestoresAnEarlierState();
    void openingABundleUnpacksItBesideIt();
    void exportAndImportThroughTheDialogs();
    void exportDialogAsksAboutShapesWithoutALabel();
    void missingMediaIsShownAndRelinked();
    void liveSyncFollowsEditsInTheWindow();
    void syncDialogTakesAChangedFile();
    void labelKeyOnSelectedTextMakesASpan();
    void textKeysWorkOnSpansAndRelations();
    void comparisonKeysRecordTheVerdict();
    void noTwoEnabledActionsShareAKey();
    void prelabelProposalsAreAcceptedByKey();
    void timelineShowsTheSequenceAndItsKeyframes();
    void reviewKeysMoveAssetsThroughTheWorkflow();
    void openingALabelmeFolderImportsItsAnnotations();
    void statusMessageCoversTheToolHint();

private:
    QString makeProject(QTemporaryDir &dir);
    QAction *actionNamed(MainWindow &window, const QString &text);
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

QString TestMainWindow::makeProject(QTemporaryDir &dir)
{
    return Test::makeWindowProject(dir);
}

QAction *TestMainWindow::actionNamed(MainWindow &window, const QString &text)
{
    for (QAction *a : window.shortcutActions()) {
        if (a->text().remove(QLatin1Char('&')) == text)
            return a;
    }
    return nullptr;
}

void TestMainWindow::opensProjectAndPaintsTheImage()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QVERIFY(!path.isEmpty());
    MainWindow window;
    QString error;
    QVERIFY2(window.openPath(path, &error), qPrintable(error));
    QSignalSpy shown(window.canvas(), &ImageCanvas::imageShown);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.session()->assetModel()->rowCount(), 4);
    QVERIFY(window.currentDocument());
    QCOMPARE(window.currentDocument()->asset().name, QStringLiteral("chelsea.jpg"));
    QTRY_VERIFY(window.canvas()->hasImage());
    QTRY_COMPARE(shown.count(), 1);
    QVERIFY(window.windowTitle().contains(QStringLiteral("demo")));
    // What is painted is the photo, not the empty background: sample the view's centre.
    const QImage grabbed = window.canvas()->grab().toImage();
    const QColor centre = grabbed.pixelColor(grabbed.rect().center());
    const QColor background = window.canvas()->palette().color(QPalette::Dark).darker(160);
    QVERIFY(centre != background);
    // Next asset with D, as in labelme and LabelImg.
    QAction *next = actionNamed(window, QStringLiteral("Next Asset"));
    QVERIFY(next);
    QVERIFY(next->shortcuts().contains(QKeySequence(QStringLiteral("D"))));
    next->trigger();
    QCOMPARE(window.currentDocument()->asset().name, QStringLiteral("coffee.jpg"));
}

void TestMainWindow::labelHotkeyTogglesTagWithUndo()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    MainWindow window;
    QVERIFY(window.openPath(path));
    window.show();
    AssetDocument *doc = window.currentDocument();
    const qint64 cat = window.session()->store()->labelByName(QStringLiteral("cat"))->id;
    // On an image the label key picks the label new shapes get and relabels the selection.
    QAction *pick = actionNamed(window, QStringLiteral("Label cat"));
    QVERIFY(pick);
    QCOMPARE(pick->shortcut(), QKeySequence(QStringLiteral("2")));
    doc->addAnnotations({{.kind = AnnotationKind::Box, .points = {QPointF(1, 1), QPointF(20, 20)}}},
                        QStringLiteral("Add"));
    window.canvas()->setSelection({doc->annotations().constLast().id});
    pick->trigger();
    QCOMPARE(window.canvas()->currentLabel(), cat);
    QCOMPARE(doc->annotations().constLast().labelId, cat);
    QCOMPARE(window.session()->store()->annotation(doc->annotations().constLast().id)->labelId,
             cat);
    // Ticking the label in the panel tags the whole image; stored at once, attributed, undoable.
    auto *panel = window.findChild<LabelPanel *>();
    QVERIFY(panel);
    emit panel->classToggled(cat);
    QCOMPARE(window.session()->store()->annotationCount(doc->assetId()), 2);
    const Annotation tag = doc->annotations().constLast();
    QCOMPARE(tag.kind, AnnotationKind::Tag);
    QCOMPARE(tag.provenance.author, QStringLiteral("tester"));
    const QModelIndex row = window.session()->assetModel()->index(0);
    QCOMPARE(row.data(AssetListModel::AnnotationCountRole).toInt(), 2);
    QAction *undo = window.findChild<QAction *>(QStringLiteral("undo"));
    QVERIFY(undo && undo->isEnabled());
    undo->trigger();
    QCOMPARE(window.session()->store()->annotationCount(doc->assetId()), 1);
    // Reordered in the label manager: the panel and the Labels menu follow, the keys stay.
    QList<qint64> reversed;
    for (const Label &l : window.session()->store()->labels())
        reversed.prepend(l.id);
    QVERIFY(window.session()->store()->setLabelDisplayOrder(reversed));
    window.session()->reloadLabels();
    auto *list = panel->findChild<QListWidget *>();
    QVERIFY(list && list->count() > 1);
    QList<qint64> shown;
    for (int row = 0; row < list->count(); ++row)
        shown.append(list->item(row)->data(Qt::UserRole).toLongLong());
    QList<qint64> expected = reversed;
    expected.removeIf([&shown](qint64 id) { return !shown.contains(id); });
    QCOMPARE(shown, expected);
    QCOMPARE(window.session()->labels().constFirst().id, reversed.constFirst());
    QCOMPARE(actionNamed(window, QStringLiteral("Label cat"))->shortcut(),
             QKeySequence(QStringLiteral("2")));
    // The text-only label does not apply to an image; drawing tools do not apply to text.
    QAction *news = actionNamed(window, QStringLiteral("Label news"));
    QAction *box = actionNamed(window, QStringLiteral("Box"));
    QVERIFY(news && box);
    QVERIFY(!news->isEnabled());
    QVERIFY(box->isEnabled());
    QVERIFY(window.assetBrowser()->step(2));
    QVERIFY(!box->isEnabled());
    QVERIFY(news->isEnabled());
}

void TestMainWindow::textAndComparisonAssetsShowTheirViews()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    MainWindow window;
    QVERIFY(window.openPath(path));
    window.show();
    auto *stack = window.findChild<QStackedWidget *>();
    QVERIFY(window.assetBrowser()->step(2));
    QCOMPARE(window.currentDocument()->asset().kind, AssetKind::Text);
    QCOMPARE(QString::fromLatin1(stack->currentWidget()->metaObject()->className()),
             QStringLiteral("Tessera::TextView"));
    QVERIFY(window.assetBrowser()->step(1));
    QCOMPARE(window.currentDocument()->asset().kind, AssetKind::Comparison);
    QCOMPARE(QString::fromLatin1(stack->currentWidget()->metaObject()->className()),
             QStringLiteral("Tessera::ComparisonView"));
    QVERIFY(!window.assetBrowser()->step(1)); // at the end
}

void TestMainWindow::openingAFolderMakesAProjectBesideIt()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("shoot"));
    for (int i = 0; i < 3; ++i)
        QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("shoot/p%1.png").arg(i)), i));
    const QString folder = dir.filePath(QStringLiteral("shoot"));
    {
        MainWindow window;
        QVERIFY(window.openPath(folder));
        window.show();
        QTRY_COMPARE(window.session()->assetModel()->rowCount(), 3);
        QTRY_VERIFY(window.currentDocument());
    }
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("shoot/shoot.tessera"))));
    // Reopening finds the project and adds only what is new.
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("shoot/p3.png")), 3));
    MainWindow window;
    QVERIFY(window.openPath(folder));
    QTRY_COMPARE(window.session()->assetModel()->rowCount(), 4);
}

void TestMainWindow::damagedProjectGivesAnErrorNotACrash()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.tessera"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'z'));
    f.close();
    MainWindow window;
    QString error;
    QVERIFY(!window.openPath(path, &error));
    QVERIFY(error.contains(QStringLiteral("bad.tessera")));
    QVERIFY(!window.session());
}

void TestMainWindow::shortcutsDialogListsTheActions()
{
    QTemporaryDir dir;
    MainWindow window;
    QVERIFY(window.openPath(makeProject(dir)));
    ShortcutsDialog dialog(ShortcutsDialog::sectionsOf(window.menuBar(), window.shortcutActions()));
    QVERIFY(dialog.rowCount() >= 15);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Grouped by menu, with the canvas gestures that no menu holds; every key fits its column.
    QTreeWidget *tree = dialog.tree();
    QStringList groups;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        groups.append(tree->topLevelItem(i)->text(0));
    for (const QString &group : {QStringLiteral("Edit"), QStringLiteral("Review"),
                                 QStringLiteral("Image canvas: mouse and keys")})
        QVERIFY2(groups.contains(group), qPrintable(groups.join(QLatin1Char(','))));
    const QFontMetrics metrics(tree->font());
    const int viewport = tree->viewport()->width();
    QCOMPARE(tree->columnWidth(0) + tree->columnWidth(1) <= viewport, true);
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j) {
            const QTreeWidgetItem *row = tree->topLevelItem(i)->child(j);
            QVERIFY2(metrics.horizontalAdvance(row->text(1)) < tree->columnWidth(1),
                     qPrintable(row->text(1)));
            QVERIFY2(metrics.horizontalAdvance(row->text(0)) < tree->columnWidth(0),
                     qPrintable(row->text(0)));
        }
    // Searchable by what and by key: "space" finds the pan; groups without a match hide.
    dialog.setFilter(QStringLiteral("space"));
    QStringList shown;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        for (int j = 0; j < tree->topLevelItem(i)->childCount(); ++j)
            if (!tree->topLevelItem(i)->child(j)->isHidden())
                shown.append(tree->topLevelItem(i)->child(j)->text(0));
    QVERIFY2(shown.contains(QStringLiteral("Pan")) && shown.size() < 5,
             qPrintable(shown.join(QLatin1Char(','))));
    QVERIFY(tree->topLevelItem(0)->isHidden()); // File has no key with Space
    if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS")) {
        dialog.setFilter(QString());
        dialog.grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/keys.png"));
    }
}

void TestMainWindow::screenshotFromOutsideTheProcess()
{
    const QString gui = qEnvironmentVariable("TESSERA_GUI");
    QVERIFY2(QFileInfo::exists(gui), "TESSERA_GUI must name the tessera executable");
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString shot = dir.filePath(QStringLiteral("shot.png"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), dir.filePath(QStringLiteral("cache")));
    p.setProcessEnvironment(env);
    p.start(gui, {project, QStringLiteral("--asset"), QStringLiteral("coffee.jpg"),
                  QStringLiteral("--screenshot"), shot});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    const QImage image(shot);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800);
    p.start(gui, {project, QStringLiteral("--asset"), QStringLiteral("no-such.jpg"),
                  QStringLiteral("--screenshot"), shot});
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 1);
    QVERIFY(p.readAllStandardError().contains("no-such.jpg"));
}

void TestMainWindow::germanCatalogueIsCompiledIn()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/tessera_de")));
    QCOMPARE(translator.translate("Tessera::MainWindow", "&File"), QStringLiteral("&Datei"));
    QCoreApplication::installTranslator(&translator);
    MainWindow window;
    QStringList menus;
    for (QAction *a : window.menuBar()->actions())
        menus.append(a->text());
    QCoreApplication::removeTranslator(&translator);
    QVERIFY2(menus.contains(QStringLiteral("&Datei")), qPrintable(menus.join(QLatin1Char(','))));
}

void TestMainWindow::openingAnImageShowsThatImage()
{
    QTemporaryDir dir;
    const QString jpg = dir.filePath(QStringLiteral("photo.jpg"));
    const QString png = dir.filePath(QStringLiteral("photo.png"));
    QVERIFY(Test::writeImage(jpg, 1));
    QVERIFY(Test::writeImage(png, 2));
    {
        MainWindow window;
        QVERIFY(window.openPath(jpg));
        QCOMPARE(window.currentDocument()->asset().name, QStringLiteral("photo.jpg"));
    }
    // photo.tessera exists now (made for the JPEG); opening the PNG must show the PNG.
    MainWindow window;
    QVERIFY(window.openPath(png));
    QCOMPARE(window.currentDocument()->asset().name, QStringLiteral("photo.png"));
    QCOMPARE(window.session()->assetModel()->rowCount(), 2);
}

void TestMainWindow::lastLabelIsRemembered()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    qint64 dog = 0;
    {
        MainWindow window;
        QVERIFY(window.openPath(path));
        dog = window.session()->store()->labelByName(QStringLiteral("dog"))->id;
        QVERIFY(window.canvas()->currentLabel() != dog); // the first image label by default
        actionNamed(window, QStringLiteral("Label dog"))->trigger();
        QCOMPARE(window.canvas()->currentLabel(), dog);
    }
    MainWindow again;
    QVERIFY(again.openPath(path));
    QCOMPARE(again.canvas()->currentLabel(), dog);
}

void TestMainWindow::historyDialogRestoresAnEarlierState()
{
    QList<AuditEntry> entries{{.id = 7,
                               .at = 1000,
                               .author = QStringLiteral("ann"),
                               .action = QStringLiteral("add-annotation")},
                              {.id = 9,
                               .at = 2000,
                               .author = QStringLiteral("bob"),
                               .action = QStringLiteral("update-annotation")}};
    HistoryDialog dialog(entries);
    QCOMPARE(dialog.entryCount(), 2);
    auto *list = dialog.findChild<QListWidget *>();
    QVERIFY(list->item(0)->text().contains(QStringLiteral("bob"))); // newest first
    list->setCurrentRow(1);
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    for (QAbstractButton *b : buttons->buttons())
        if (b->text().contains(QStringLiteral("Restore")))
            b->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.restoredEntry(), 7);
}

void TestMainWindow::openingABundleUnpacksItBesideIt()
{
    QTemporaryDir dir, away;
    const QString project = makeProject(dir);
    QString error;
    {
        auto store = ProjectStore::open(project, &error);
        QVERIFY(ProjectBundle::create(*store, away.filePath(QStringLiteral("shared.zip")),
                                      {.includeMedia = true}, {}, &error));
    }
    MainWindow window;
    QVERIFY2(window.openPath(away.filePath(QStringLiteral("shared.zip")), &error),
             qPrintable(error));
    QCOMPARE(window.session()->store()->path(),
             away.filePath(QStringLiteral("shared/project.tessera")));
    QCOMPARE(window.session()->store()->assetCount(), 4);
    // The images came along: the canvas paints the first one from the unpacked media.
    QVERIFY(window.session()->store()->check().isEmpty());
    // Opening it again never touches the first copy.
    MainWindow second;
    QVERIFY(second.openPath(away.filePath(QStringLiteral("shared.zip")), &error));
    QCOMPARE(second.session()->store()->path(),
             away.filePath(QStringLiteral("shared-2/project.tessera")));
}

// Answers the modal dialogs that come up, in order: fill(dialog) for a format dialog, accept for
// message boxes (their texts are collected).
using Test::answerDialogs;

void TestMainWindow::exportDialogAsksAboutShapesWithoutALabel()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
        QVERIFY(store);
        const qint64 image = store->assetIds(AssetFilter{.kind = AssetKind::Image}).first();
        QList<Annotation> box{{.assetId = image, .points = {{10, 10}, {40, 30}}}};
        QVERIFY(store->addAnnotations(box));
    }
    MainWindow window;
    QString error;
    QVERIFY(window.openPath(project, &error));
    QStringList messages;
    const QString out = dir.filePath(QStringLiteral("coco"));
    QStringList titles;
    QString before, after;
    answerDialogs(
            [&](QDialog *dialog) {
                auto *format = dialog->findChild<QComboBox *>();
                format->setCurrentIndex(format->findData(QStringLiteral("coco")));
                dialog->findChild<QLineEdit *>()->setText(out);
                auto *unlabeled = dialog->findChild<QComboBox *>(QStringLiteral("unlabeled"));
                QVERIFY(unlabeled);
                for (int i = 0; i < unlabeled->count(); ++i)
                    titles.append(unlabeled->itemText(i));
                auto lossText = [dialog]() {
                    QString text;
                    for (QLabel *label : dialog->findChildren<QLabel *>())
                        text += label->text() + QLatin1Char('\n');
                    return text;
                };
                before = lossText();
                unlabeled->setCurrentIndex(1);
                after = lossText();
                dialog->accept();
            },
            &messages, 2);
    actionNamed(window, QStringLiteral("Export Annotations…"))->trigger();
    QTRY_COMPARE(messages.size(), 1);
    QCOMPARE(titles, QStringList({"Leave them out", "Write them as \"(no label)\""}));
    QVERIFY2(before.contains(QStringLiteral("1 shape(s) or span(s) without a label are left out")),
             qPrintable(before));
    QVERIFY2(!after.contains(QStringLiteral("without a label are left out")), qPrintable(after));
    QFile json(out + QStringLiteral("/annotations/instances_default.json"));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QVERIFY(json.readAll().contains("\"(no label)\""));
    // The class lived in the export only.
    QVERIFY(!window.session()->store()->labelByName(QStringLiteral("(no label)")));
}

void TestMainWindow::exportAndImportThroughTheDialogs()
{
    QTemporaryDir dir;
    MainWindow window;
    QString error;
    QVERIFY(window.openPath(makeProject(dir), &error));
    QStringList messages;
    const QString out = dir.filePath(QStringLiteral("exported.jsonl"));
    answerDialogs(
            [&](QDialog *dialog) {
                auto *format = dialog->findChild<QComboBox *>();
                format->setCurrentIndex(format->findData(QStringLiteral("doccano")));
                dialog->findChild<QLineEdit *>()->setText(out);
                // What doccano cannot carry is shown before exporting.
                bool listed = false;
                for (QLabel *label : dialog->findChildren<QLabel *>())
                    listed = listed || label->text().contains(QStringLiteral("2 image(s)"));
                QVERIFY(listed);
                dialog->accept();
            },
            &messages, 2);
    actionNamed(window, QStringLiteral("Export Annotations…"))->trigger();
    QTRY_COMPARE(messages.size(), 1);
    QVERIFY2(messages[0].contains(QStringLiteral("Exported 1 asset(s)")), qPrintable(messages[0]));
    QVERIFY(QFileInfo::exists(out));

    // Import a doccano file with a span on a new text: the project shows it at once.
    QFile file(dir.filePath(QStringLiteral("in.jsonl")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"text\": \"Grace Hopper\", \"label\": [[0, 12, \"PERSON\"]]}\n");
    file.close();
    messages.clear();
    answerDialogs(
            [&](QDialog *dialog) {
                auto *format = dialog->findChild<QComboBox *>();
                format->setCurrentIndex(format->findData(QStringLiteral("doccano")));
                dialog->findChild<QLineEdit *>()->setText(file.fileName());
                dialog->accept();
            },
            &messages, 2);
    const int rowsBefore = window.session()->assetModel()->rowCount();
    actionNamed(window, QStringLiteral("Import Annotations…"))->trigger();
    QTRY_COMPARE(messages.size(), 1);
    QVERIFY2(messages[0].contains(QStringLiteral("Imported 1 new asset(s) and 1 annotation(s)")),
             qPrintable(messages[0]));
    QVERIFY(messages[0].contains(QStringLiteral("PERSON")));
    QCOMPARE(window.session()->assetModel()->rowCount(), rowsBefore + 1);
    QVERIFY(window.session()->label(
            window.session()->store()->labelByName(QStringLiteral("PERSON"))->id));

    // A broken file: the error names it and nothing changes.
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"text\": \"x\", \"label\": [[0, 9, \"PERSON\"]]}\n");
    file.close();
    messages.clear();
    answerDialogs([&](QDialog *dialog) { dialog->accept(); }, &messages, 2);
    actionNamed(window, QStringLiteral("Import Annotations…"))->trigger();
    QTRY_COMPARE(messages.size(), 1);
    QVERIFY2(messages[0].contains(QStringLiteral("in.jsonl:1:")), qPrintable(messages[0]));
    QVERIFY(messages[0].contains(QStringLiteral("Nothing was imported")));
    QCOMPARE(window.session()->assetModel()->rowCount(), rowsBefore + 1);
}

void TestMainWindow::missingMediaIsShownAndRelinked()
{
    // A COCO file whose image is not on disk: the asset comes in marked, with its box.
    QTemporaryDir dir;
    QFile coco(dir.filePath(QStringLiteral("coco.json")));
    QVERIFY(coco.open(QIODevice::WriteOnly));
    coco.write("{\"images\":[{\"id\":1,\"file_name\":\"gone.png\",\"width\":64,\"height\":48}],"
               "\"categories\":[{\"id\":1,\"name\":\"cat\"}],\"annotations\":[{\"id\":1,"
               "\"image_id\":1,\"category_id\":1,\"bbox\":[1,2,10,12]}]}");
    coco.close();
    const QString project = dir.filePath(QStringLiteral("p.tessera"));
    {
        QString error;
        auto store = ProjectStore::create(project, &error);
        QVERIFY2(store, qPrintable(error));
        FormatReport report;
        QVERIFY(ImportJob::read(*FormatRegistry::make(QStringLiteral("coco")), *store,
                                coco.fileName(), report));
    }
    MainWindow window;
    QString error;
    QVERIFY2(window.openPath(project, &error), qPrintable(error));
    AssetListModel *model = window.session()->assetModel();
    QTRY_COMPARE(model->rowCount(), 1);
    QVERIFY(model->data(model->index(0, 0), Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Media missing")));

    // File › Relink Media… with the folder where the image turned up.
    QDir().mkpath(dir.filePath(QStringLiteral("found")));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("found/gone.png")), 7));
    QStringList messages;
    answerDialogs(
            [&](QDialog *dialog) {
                auto *files = qobject_cast<QFileDialog *>(dialog);
                QVERIFY(files);
                files->setDirectory(dir.filePath(QStringLiteral("found")));
                files->findChild<QLineEdit *>()->setText(dir.filePath(QStringLiteral("found")));
                static_cast<QDialog *>(files)->accept();
            },
            &messages, 2);
    actionNamed(window, QStringLiteral("Relink Media…"))->trigger();
    QTRY_COMPARE(messages.size(), 1);
    QVERIFY2(messages[0].contains(QStringLiteral("Found all 1 missing image(s)")),
             qPrintable(messages[0]));
    QVERIFY(MediaRelink::missingAssets(*window.session()->store()).isEmpty());
    QTRY_VERIFY(!model->data(model->index(0, 0), Qt::ToolTipRole)
                         .toString()
                         .contains(QStringLiteral("Media missing")));
}

void TestMainWindow::liveSyncFollowsEditsInTheWindow()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString out = dir.filePath(QStringLiteral("synced"));
    QString error;
    {
        auto store = ProjectStore::open(project, &error);
        QVERIFY(SyncTargets::save(*store, {{.folder = out, .format = QStringLiteral("labelme")}}));
    }
    MainWindow window;
    QVERIFY(window.openPath(project, &error));
    auto *status = window.findChild<QToolButton *>(QStringLiteral("syncStatus"));
    QVERIFY(status);
    const QString file = out + QStringLiteral("/chelsea.json");
    QTRY_VERIFY(QFileInfo::exists(file));
    QTRY_COMPARE(status->text(), QStringLiteral("Synced ✓"));
    QVERIFY(window.showAsset(QStringLiteral("chelsea.jpg")));
    AssetDocument *document = window.currentDocument();
    QVERIFY(document);
    const qint64 cat = window.session()->store()->labelByName(QStringLiteral("cat"))->id;
    document->addAnnotations({{.assetId = document->assetId(),
                               .labelId = cat,
                               .kind = AnnotationKind::Box,
                               .points = {QPointF(5, 5), QPointF(50, 40)}}},
                             QStringLiteral("Add box"));
    auto shapes = [&]() {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        return QJsonDocument::fromJson(f.readAll())
                .object()
                .value(QStringLiteral("shapes"))
                .toArray()
                .size();
    };
    QTRY_COMPARE(shapes(), 1);
    document->undoStack()->undo();
    QTRY_COMPARE(shapes(), 0);
    QTRY_COMPARE(status->text(), QStringLiteral("Synced ✓"));
}

void TestMainWindow::syncDialogTakesAChangedFile()
{
    QTemporaryDir dir;
    MainWindow window;
    QString error;
    QVERIFY(window.openPath(makeProject(dir), &error));
    ProjectSession *session = window.session();
    SyncEngine engine(session->store());
    const QString out = dir.filePath(QStringLiteral("synced"));
    QVERIFY(engine.setTargets({{.folder = out, .format = QStringLiteral("labelme")}}, &error));
    engine.flush();
    // Someone adds a box to coffee.json.
    const QString file = out + QStringLiteral("/coffee.json");
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject doc = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    doc[QStringLiteral("shapes")] = QJsonArray{QJsonObject{
            {QStringLiteral("label"), QStringLiteral("cat")},
            {QStringLiteral("points"), QJsonArray{QJsonArray{10, 10}, QJsonArray{40, 30}}},
            {QStringLiteral("shape_type"), QStringLiteral("rectangle")}}};
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(doc).toJson());
    f.close();
    QTRY_COMPARE(engine.conflicts().size(), 1);

    SyncDialog dialog(&engine, session, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto lists = dialog.findChildren<QListWidget *>();
    QCOMPARE(lists.size(), 2);
    lists[0]->setCurrentRow(0); // picking a target must not rebuild the list under the click
    QTest::qWait(50);
    QCOMPARE(lists[0]->count(), 1); // the target
    QCOMPARE(lists[1]->count(), 1); // the changed file
    QVERIFY(lists[1]->item(0)->text().endsWith(QStringLiteral("coffee.json")));
    lists[1]->setCurrentRow(0);
    QPushButton *take = nullptr;
    for (QPushButton *b : dialog.findChildren<QPushButton *>())
        if (b->text().remove(QLatin1Char('&')).startsWith(QStringLiteral("Take")))
            take = b;
    QVERIFY(take && take->isEnabled());
    take->click();
    QCOMPARE(lists[1]->count(), 0);
    const qint64 coffee = session->store()
                                  ->assetByPath(session->store()->storedPath(
                                          dir.filePath(QStringLiteral("images/coffee.jpg"))))
                                  ->id;
    const QList<Annotation> now = session->store()->annotations(coffee);
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.constFirst().points, (QList<QPointF>{QPointF(10, 10), QPointF(40, 30)}));
    // One undo step brings the project's version back.
    session->document(coffee)->undoStack()->undo();
    QCOMPARE(session->store()->annotationCount(coffee), 0);
}

void TestMainWindow::labelKeyOnSelectedTextMakesASpan()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    QString error;
    qint64 textId = 0;
    {
        auto store = ProjectStore::open(project, &error);
        Asset emoji{.kind = AssetKind::Text,
                    .name = QStringLiteral("emoji"),
                    .sha256 = QStringLiteral("emoji"),
                    .text = QStringLiteral("Hi 👋 Ada Lovelace wrote")};
        QVERIFY(store->addAsset(emoji));
        textId = emoji.id;
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openPath(project, &error));
    QVERIFY(window.showAsset(QString::number(textId)));
    auto *view = window.findChild<TextView *>();
    QVERIFY(view && view->isVisible());
    // "ovel" inside "Lovelace" [9, 17): the span snaps to the whole word, in code points (👋 is
    // one code point, two UTF-16 units).
    view->select(10, 14);
    QCOMPARE(view->selectedSpan(), (std::optional<std::pair<qint64, qint64>>({9, 17})));
    QTest::keyClick(&window, Qt::Key_N); // the "news" label's key
    AssetDocument *document = window.currentDocument();
    QCOMPARE(document->annotations().size(), 1);
    const Annotation span = document->annotations().constFirst();
    QCOMPARE(span.kind, AnnotationKind::Span);
    QCOMPARE(span.start, 9);
    QCOMPARE(span.end, 17);
    QCOMPARE(window.session()->label(span.labelId)->name, QStringLiteral("news"));
    // The new span is selected (a second key would relabel it); after Esc nothing is selected
    // and the same key toggles the document class; undo takes one step back each.
    QCOMPARE(view->selectedAnnotation(), span.id);
    QTest::keyClick(&window, Qt::Key_Escape);
    QCOMPARE(view->selectedAnnotation(), 0);
    QTest::keyClick(&window, Qt::Key_N);
    QCOMPARE(document->annotations().size(), 2);
    QCOMPARE(document->annotations().last().kind, AnnotationKind::Classification);
    document->undoStack()->undo();
    document->undoStack()->undo();
    QCOMPARE(document->annotations().size(), 0);
}

void TestMainWindow::textKeysWorkOnSpansAndRelations()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY(window.openPath(project, &error));
    QVERIFY(window.showAsset(QStringLiteral("3"))); // "Ada Lovelace wrote the first program."
    auto *view = window.findChild<TextView *>();
    QVERIFY(view && view->isVisible());
    AssetDocument *document = window.currentDocument();
    view->select(0, 3);
    QTest::keyClick(&window, Qt::Key_N);
    view->select(23, 28);
    QTest::keyClick(&window, Qt::Key_N);
    QCOMPARE(document->annotations().size(), 2);
    const qint64 ada = document->annotations()[0].id;
    const qint64 first = document->annotations()[1].id;
    QTest::keyClick(&window, Qt::Key_Escape);
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier); // Next Span
    QCOMPARE(view->selectedAnnotation(), ada);
    QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier); // relation from "Ada"
    QVERIFY(view->isRelating());
    QTest::keyClick(&window, Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(view->selectedAnnotation(), first);
    QTest::keyClick(&window, Qt::Key_Return); // confirm
    const std::optional<Annotation> relation = document->annotation(view->selectedAnnotation());
    QVERIFY(relation && relation->kind == AnnotationKind::Relation);
    QCOMPARE(relation->sourceId, ada);
    QCOMPARE(relation->labelId, 0);
    QTest::keyClick(&window, Qt::Key_N); // names the selected relation
    QCOMPARE(document->annotation(relation->id)->labelId, window.session()->labels()[1].id);
    // The span list lists spans and relations, and picks what the canvas picks.
    auto *list = window.findChild<ShapeListPanel *>();
    QCOMPARE(list->selection(), QList<qint64>{relation->id});
    list->setSelection({ada});
    // Delete removes the selected span with its relation, one undo step.
    view->setSelectedAnnotation(ada);
    QTest::keyClick(&window, Qt::Key_Delete);
    QCOMPARE(document->annotations().size(), 1);
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(document->annotations().size(), 3);
}

void TestMainWindow::comparisonKeysRecordTheVerdict()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY(window.openPath(project, &error));
    QVERIFY(window.showAsset(QStringLiteral("4"))); // "Say hi"
    auto *view = window.findChild<ComparisonView *>();
    QVERIFY(view && view->isVisible());
    AssetDocument *document = window.currentDocument();
    auto choice = [document]() {
        return document->judgement() ? document->judgement()->data.value(QStringLiteral("choice"))
                                     : QJsonValue();
    };
    QTest::keyClick(&window, Qt::Key_2); // the answer shown second is better
    QCOMPARE(choice().toInt(), view->displayOrder()[1]);
    QTest::keyClick(&window, Qt::Key_T);
    QCOMPARE(choice().toString(), QStringLiteral("tie"));
    QTest::keyClick(&window, Qt::Key_0);
    QCOMPARE(choice().toString(), QStringLiteral("both-bad"));
    QTest::keyClick(&window, Qt::Key_3); // there is no third answer: nothing happens
    QCOMPARE(choice().toString(), QStringLiteral("both-bad"));
    // Keys typed into the rationale are text, not verdicts.
    QTest::keyClick(&window, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(view->rationaleEditor()->hasFocus());
    QTest::keyClicks(view->rationaleEditor(), QStringLiteral("1 T 0"));
    QCOMPARE(view->rationaleEditor()->toPlainText(), QStringLiteral("1 T 0"));
    QCOMPARE(choice().toString(), QStringLiteral("both-bad"));
}

void TestMainWindow::noTwoEnabledActionsShareAKey()
{
    // Two enabled actions with one key make Qt ignore the key: check every canvas.
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY(window.openPath(makeProject(dir), &error));
    for (const QString &asset : {QStringLiteral("1"), QStringLiteral("3"), QStringLiteral("4")}) {
        QVERIFY(window.showAsset(asset));
        QHash<QString, QString> owner;
        for (QAction *a : window.shortcutActions()) {
            if (!a->isEnabled())
                continue;
            for (const QKeySequence &key : a->shortcuts()) {
                const QString k = key.toString();
                QVERIFY2(!owner.contains(k),
                         qPrintable(QStringLiteral("asset %1: %2 is both %3 and %4")
                                            .arg(asset, k, owner.value(k), a->text())));
                owner.insert(k, a->text());
            }
        }
    }
}

void TestMainWindow::prelabelProposalsAreAcceptedByKey()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    const QString astronaut = Test::addWindowImage(project, "astronaut.jpg");
    QVERIFY(!astronaut.isEmpty());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY(window.openPath(project, &error));
    QVERIFY(window.showAsset(astronaut));
    QStringList messages;
    Test::answerPrelabelDialog(QStringLiteral("blazeface"), &messages);
    actionNamed(window, QStringLiteral("Pre-label Images…"))->trigger();
    AssetDocument *doc = nullptr;
    auto proposals = [&]() {
        doc = window.currentDocument();
        int n = 0;
        for (const Annotation &a : doc->annotations())
            n += isProposal(a);
        return n;
    };
    QTRY_COMPARE(proposals(), 1);
    QCOMPARE(messages, QStringList());
    const qint64 id = doc->annotations().constFirst().id;
    // The progress dialog has closed: keys go to the window again once it is active.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QVERIFY(window.canvas()->selection().isEmpty());
    QTest::keyClick(&window, Qt::Key_Y); // one press accepts the best proposal
    QCOMPARE(proposals(), 0);
    const Annotation accepted = *window.session()->store()->annotation(id);
    QCOMPARE(accepted.provenance.origin, Origin::Prelabel);
    QCOMPARE(accepted.provenance.modelId, QStringLiteral("blazeface"));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(proposals(), 1);
}

void TestMainWindow::timelineShowsTheSequenceAndItsKeyframes()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    QList<qint64> frames;
    {
        QString error;
        auto store = ProjectStore::open(project, &error);
        AssetFilter images;
        images.kind = AssetKind::Image;
        frames = store->assetIds(images);
        QVERIFY(Sequences::makeSequence(*store, QStringLiteral("walk"), frames, &error));
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY(window.openPath(project, &error));
    QVERIFY(window.showAsset(QString::number(frames[0])));
    auto *timeline = window.findChild<TimelinePanel *>();
    QVERIFY(timeline && timeline->isVisible());
    AssetDocument *doc = window.currentDocument();
    doc->addAnnotations({{.assetId = frames[0],
                          .labelId = window.session()->labels()[0].id,
                          .kind = AnnotationKind::Box,
                          .points = {QPointF(10, 10), QPointF(60, 50)}}},
                        QStringLiteral("box"));
    const qint64 box = doc->annotations().constFirst().id;
    window.canvas()->setSelection({box});
    actionNamed(window, QStringLiteral("Make Keyframe of a Track"))->trigger();
    QCOMPARE(doc->annotation(box)->data.value(QStringLiteral("track")).toString(),
             QStringLiteral("t%1").arg(box));
    // Clicking the strip's right end shows the last frame.
    QTest::mouseClick(timeline, Qt::LeftButton, {}, QPoint(timeline->width() - 13, 34));
    QCOMPARE(window.currentDocument()->assetId(), frames.last());
    QCOMPARE(timeline->frameAt(12), 0);
}

void TestMainWindow::reviewKeysMoveAssetsThroughTheWorkflow()
{
    QTemporaryDir dir;
    const QString project = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString error;
    QVERIFY(window.openPath(project, &error));
    QVERIFY(window.showAsset(QStringLiteral("1")));
    ProjectStore *store = window.session()->store();
    auto status = [store](qint64 id) {
        return store->asset(id)->status;
    };
    // The first edit starts the work.
    window.currentDocument()->toggleClass(window.session()->labels()[0].id);
    QCOMPARE(status(1), ReviewStatus::InProgress);
    QTest::keyClick(&window, Qt::Key_F5); // submit asset 1
    QCOMPARE(status(1), ReviewStatus::Submitted);
    QVERIFY(window.showAsset(QStringLiteral("2")));
    QTest::keyClick(&window, Qt::Key_F5); // submit asset 2 straight from new
    QCOMPARE(status(2), ReviewStatus::Submitted);
    // The reviewer accepts 2 and is taken on to the next submitted asset, 1.
    QTest::keyClick(&window, Qt::Key_F6);
    QCOMPARE(status(2), ReviewStatus::Accepted);
    QCOMPARE(window.currentDocument()->assetId(), 1);
    // Rejecting asks for a reason.
    answerDialogs(
            [](QDialog *dialog) {
                dialog->findChild<QLineEdit *>()->setText(QStringLiteral("the cup is missing"));
                dialog->accept();
            },
            nullptr, 1);
    QTest::keyClick(&window, Qt::Key_F7);
    QTRY_COMPARE(status(1), ReviewStatus::Rejected);
    QVERIFY(store->reviews(1).last().reason.endsWith(QStringLiteral("the cup is missing")));
    window.activateWindow(); // after the dialog
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F8);
    QCOMPARE(status(1), ReviewStatus::Reopened);
    QCOMPARE(store->reviews(1).last().reviewer, QStringLiteral("tester"));
}

void TestMainWindow::anotherProgramsChangesShowWithoutLosingEdits()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    MainWindow window;
    window.show();
    QVERIFY(window.openPath(path));
    QVERIFY(window.showAsset(QStringLiteral("1")));
    const qint64 cat = window.session()->store()->labelByName(QStringLiteral("cat"))->id;
    window.canvas()->setCurrentLabel(cat);
    // The CLI removes the label the window draws with, and adds another: within a second the
    // window shows the project as it is, and a shape drawn next does not fail on the removed
    // label (the window draws with a label that exists).
    {
        QString error;
        std::unique_ptr<ProjectStore> cli = ProjectStore::open(path, &error);
        QVERIFY(cli->removeLabel(cat, true));
        Label bird{.name = QStringLiteral("bird"), .kinds = ImageKindFlag};
        QVERIFY(cli->addLabel(bird));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
            window.session()->store()->labelByName(QStringLiteral("bird"))
                    && std::any_of(window.session()->labels().cbegin(),
                                   window.session()->labels().cend(),
                                   [](const Label &l) { return l.name == QLatin1String("bird"); }),
            1500);
    QVERIFY(std::none_of(window.session()->labels().cbegin(), window.session()->labels().cend(),
                         [cat](const Label &l) { return l.id == cat; }));
    const qint64 current = window.canvas()->currentLabel();
    QVERIFY(current != cat);
    QVERIFY(current == 0 || window.session()->label(current).has_value());
    AssetDocument *doc = window.currentDocument();
    const int before = int(doc->annotations().size());
    // With no label current the window asks (as labelme does): the answer here is bird.
    const qint64 bird = window.session()->store()->labelByName(QStringLiteral("bird"))->id;
    int asked = 0;
    window.canvas()->setLabelPrompt([&asked, bird]() {
        ++asked;
        return bird;
    });
    window.canvas()->addDrawnShape(
            {.kind = AnnotationKind::Box, .points = {QPointF(2, 2), QPointF(12, 12)}});
    QCOMPARE(int(doc->annotations().size()), before + 1);
    QCOMPARE(int(window.session()->store()->annotationCount(doc->assetId())), before + 1);
    QCOMPARE(asked, current == 0 ? 1 : 0);
    QCOMPARE(doc->annotations().constLast().labelId, current == 0 ? bird : current);
}

void TestMainWindow::openingALabelmeFolderImportsItsAnnotations()
{
    // What labelme (or X-AnyLabeling) leaves in a folder: images with JSON files beside them.
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("shoot"));
    for (int i = 0; i < 2; ++i)
        QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("shoot/p%1.png").arg(i)), i));
    QFile json(dir.filePath(QStringLiteral("shoot/p0.json")));
    QVERIFY(json.open(QIODevice::WriteOnly));
    json.write(
            "{\"version\":\"5.4.1\",\"flags\":{},\"shapes\":[{\"label\":\"cat\",\"points\":[[1,2],"
            "[10,12]],\"group_id\":null,\"shape_type\":\"rectangle\",\"flags\":{}},{\"label\":"
            "\"dog\",\"points\":[[1,1],[9,1],[9,9]],\"group_id\":null,\"shape_type\":"
            "\"polygon\",\"flags\":{}}],\"imagePath\":\"p0.png\",\"imageData\":null,"
            "\"imageHeight\":48,\"imageWidth\":64}");
    json.close();
    const QString folder = dir.filePath(QStringLiteral("shoot"));
    // Asked whether to keep the files in step: yes.
    QStringList questions;
    auto *answer = new QTimer;
    connect(answer, &QTimer::timeout, answer, [&questions, answer]() {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        questions << box->text();
        box->button(QMessageBox::Yes)->click();
        answer->deleteLater();
    });
    answer->start(20);
    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::folderOpened);
        QVERIFY(window.openPath(folder));
        window.show();
        QTRY_COMPARE(opened.count(), 1);
        ProjectStore *store = window.session()->store();
        QCOMPARE(store->assetCount(), 2);
        QCOMPARE(store->annotationCount(), 2);
        QVERIFY(store->labelByName(QStringLiteral("dog")));
        QVERIFY2(window.statusBar()->currentMessage().contains(
                         QStringLiteral("Imported the annotations of a labelme folder")),
                 qPrintable(window.statusBar()->currentMessage()));
        QTRY_COMPARE(questions.size(), 1);
        QVERIFY2(questions[0].contains(QStringLiteral("write your edits back")),
                 qPrintable(questions[0]));
        QCOMPARE(SyncTargets::load(*store).size(), 1);
        // The files labelme wrote are taken over, not reported as conflicts.
        auto *sync = window.findChild<QToolButton *>(QStringLiteral("syncStatus"));
        QTRY_COMPARE(sync->text(), QStringLiteral("Synced ✓"));
        // An edit in Tessera reaches labelme's file.
        AssetDocument *document = window.currentDocument();
        QVERIFY(document);
        if (document->asset().name != QLatin1String("p0.png")) {
            QVERIFY(window.showAsset(QStringLiteral("p0.png")));
            document = window.currentDocument();
        }
        document->removeAnnotations({document->annotations().first().id});
        const auto shapesInFile = [&json]() {
            QFile f(json.fileName());
            if (!f.open(QIODevice::ReadOnly))
                return -1;
            return int(QJsonDocument::fromJson(f.readAll())
                               .object()
                               .value(QStringLiteral("shapes"))
                               .toArray()
                               .size());
        };
        QTRY_COMPARE(shapesInFile(), 1);
    }
    // Opened again (an existing project): nothing is imported twice.
    MainWindow window;
    QVERIFY(window.openPath(folder));
    QTRY_VERIFY(!window.isOpeningFolder());
    QCOMPARE(window.session()->store()->annotationCount(), 1);
}

void TestMainWindow::userGuideOpensWithItsScreenshot()
{
    // The build makes the guide (build/guide) with a screenshot the program took of the demo.
    const QString index = GuideDialog::findIndex();
    QVERIFY2(!index.isEmpty(), "the user guide was not built beside the programs");
    MainWindow window;
    window.show();
    auto *action = window.findChild<QAction *>(QStringLiteral("userGuide"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Shift+F1")));
    action->trigger();
    GuideDialog *guide = nullptr;
    QTRY_VERIFY((guide = window.findChild<GuideDialog *>()) != nullptr);
    QTRY_VERIFY(guide->isVisible());
    QTextBrowser *browser = guide->browser();
    QCOMPARE(browser->documentTitle(), QStringLiteral("Tessera User Guide"));
    // The screenshot is there and is a real window picture, not a broken image.
    const QImage shot(QFileInfo(index).dir().filePath(QStringLiteral("main.png")));
    QVERIFY(shot.width() >= 800 && shot.height() >= 500);
    const QVariant image = browser->document()->resource(
            QTextDocument::ImageResource,
            browser->source().resolved(QUrl(QStringLiteral("main.png"))));
    QVERIFY2(image.isValid(), "the guide's page does not show its screenshot");
    // Its link leads to the first steps, and Back returns.
    browser->setSource(browser->source().resolved(QUrl(QStringLiteral("first-five-minutes.html"))));
    QCOMPARE(browser->documentTitle(), QStringLiteral("The first five minutes"));
    browser->backward();
    QCOMPARE(browser->documentTitle(), QStringLiteral("Tessera User Guide"));
    guide->close();
}

void TestMainWindow::aNewFolderTakesItsLabelList()
{
    // labelme users keep labels.txt beside the images (labelme --labels labels.txt).
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("farm"));
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("farm/a.png")), 0));
    QFile list(dir.filePath(QStringLiteral("farm/labels.txt")));
    QVERIFY(list.open(QIODevice::WriteOnly));
    list.write("__ignore__\n_background_\ncow\n\nsheep\n# a comment\nhorse\ncow\n");
    list.close();
    {
        MainWindow window;
        QSignalSpy opened(&window, &MainWindow::folderOpened);
        QVERIFY(window.openPath(dir.filePath(QStringLiteral("farm"))));
        window.show();
        QTRY_COMPARE(opened.count(), 1);
        const QList<Label> labels = window.session()->store()->labels();
        QStringList names, keys;
        for (const Label &l : labels) {
            names << l.name;
            keys << l.hotkey;
        }
        QCOMPARE(names, (QStringList{"cow", "sheep", "horse"}));
        QCOMPARE(keys, (QStringList{"1", "2", "3"}));
        QVERIFY2(window.statusBar()->currentMessage().contains(
                         QStringLiteral("Labels from labels.txt: cow, sheep, horse")),
                 qPrintable(window.statusBar()->currentMessage()));
        // The label panel shows them at once, without a reopen.
        auto *panel = window.findChild<LabelPanel *>();
        QVERIFY(panel);
        QVERIFY(panel->findChildren<QWidget *>().size() > 0);
    }
    // A second open of the project adds nothing again (the project has labels now).
    MainWindow again;
    QVERIFY(again.openPath(dir.filePath(QStringLiteral("farm"))));
    QCOMPARE(again.session()->store()->labels().size(), 3);
}

void TestMainWindow::statusMessageCoversTheToolHint()
{
    // A message shown before the window (opening a folder from the command line says what it
    // imported) was painted over the tool hint: QStatusBar hides its widgets only for messages
    // that come while they are visible.
    QTemporaryDir dir;
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("a.png")), 1, QSize(64, 48)));
    MainWindow window;
    QVERIFY(window.openPath(dir.path()));
    QTRY_VERIFY(window.canvas()->hasImage());
    window.statusBar()->showMessage(QStringLiteral("Imported something"));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *hint = window.findChild<QLabel *>(QStringLiteral("toolHint"));
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());
    window.statusBar()->clearMessage();
    QVERIFY(hint->isVisible());
    window.statusBar()->showMessage(QStringLiteral("Again"), 50);
    QVERIFY(!hint->isVisible());
    QTRY_VERIFY(hint->isVisible()); // back when the message times out
}

QTEST_MAIN(TestMainWindow)

#include "tst_mainwindow.moc"
