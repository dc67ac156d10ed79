// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/attributesdialog.h"
#include "dialogs/labelmanagerdialog.h"
#include "dialogs/skeletondialog.h"
#include "formats/format.h"
#include "jobs/exportjob.h"
#include "store/projectstore.h"

#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

/** Labels › Manage Labels: edits stored at once, key conflicts shown, removal counted first. */
class TestLabelManager : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void editsAreStoredAtOnce();
    void keyConflictsAreShown();
    void removingSaysHowManyAnnotationsGo();
    void mergingMovesAnnotationsAndKeepsClassIds();
    void attributesOfAllFiveTypesAreEditedAndChecked();
    void skeletonIsDrawnAndEditedByClicks();
    void movingChangesTheListNotTheClassIds();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<LabelManagerDialog> m_dialog;
    qint64 m_cat = 0;
    qint64 m_dog = 0;
};

void TestLabelManager::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("l.tessera")), &error);
    QVERIFY(m_store);
    Label cat{.name = QStringLiteral("cat"), .hotkey = QStringLiteral("1"), .kinds = ImageKindFlag};
    Label dog{.name = QStringLiteral("dog"), .hotkey = QStringLiteral("2"), .kinds = ImageKindFlag};
    QVERIFY(m_store->addLabel(cat));
    QVERIFY(m_store->addLabel(dog));
    m_cat = cat.id;
    m_dog = dog.id;
    Asset a{.kind = AssetKind::Image,
            .name = QStringLiteral("a.jpg"),
            .sha256 = QStringLiteral("a")};
    QVERIFY(m_store->addAsset(a));
    QList<Annotation> boxes;
    for (int i = 0; i < 3; ++i)
        boxes.append({.assetId = a.id,
                      .labelId = m_dog,
                      .kind = AnnotationKind::Box,
                      .points = {QPointF(i, i), QPointF(i + 5, i + 5)}});
    QVERIFY(m_store->addAnnotations(boxes));
    m_dialog = std::make_unique<LabelManagerDialog>(
            m_store.get(),
            QList<LabelManagerDialog::ReservedKey>{
                    {QStringLiteral("D"), QStringLiteral("Next Asset")},
                    {QStringLiteral("3"), QStringLiteral("Answers Tie"), ComparisonKindFlag}});
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
}

void TestLabelManager::cleanup()
{
    m_dialog.reset();
    m_store.reset();
    delete m_dir;
}

void TestLabelManager::editsAreStoredAtOnce()
{
    QTableWidget *table = m_dialog->table();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(1, LabelManagerDialog::UsesColumn)->text(), QStringLiteral("3"));
    QSignalSpy changed(m_dialog.get(), &LabelManagerDialog::labelsChanged);
    const int orderBefore = m_store->label(m_dog)->sortOrder;
    table->item(1, LabelManagerDialog::NameColumn)->setText(QStringLiteral("puppy"));
    QCOMPARE(m_store->label(m_dog)->name, QStringLiteral("puppy"));
    QCOMPARE(m_store->label(m_dog)->sortOrder, orderBefore); // class ids never move
    QCOMPARE(changed.size(), 1);
    // The same label for texts too.
    table->item(1, LabelManagerDialog::TextColumn)->setCheckState(Qt::Checked);
    QCOMPARE(m_store->label(m_dog)->kinds, ImageKindFlag | TextKindFlag);
    // Refused: an empty name, a name taken, no kind at all; nothing is stored and it says why.
    table->item(1, LabelManagerDialog::NameColumn)->setText(QStringLiteral("  "));
    QCOMPARE(m_store->label(m_dog)->name, QStringLiteral("puppy"));
    QVERIFY(m_dialog->message().contains(QStringLiteral("name")));
    table->item(1, LabelManagerDialog::NameColumn)->setText(QStringLiteral("CAT"));
    QCOMPARE(m_store->label(m_dog)->name, QStringLiteral("puppy"));
    QVERIFY(m_dialog->message().contains(QStringLiteral("cat")));
    table->item(0, LabelManagerDialog::ImageColumn)->setCheckState(Qt::Unchecked);
    QCOMPARE(m_store->label(m_cat)->kinds, int(ImageKindFlag));
    QVERIFY(m_dialog->message().contains(QStringLiteral("at least one kind")));
    QVERIFY(m_dialog->setColour(0, QColor(10, 20, 30)));
    QCOMPARE(m_store->label(m_cat)->color, QColor(10, 20, 30));
    QVERIFY(m_dialog->addLabel(QStringLiteral("bird")));
    QVERIFY(m_store->labelByName(QStringLiteral("bird")));
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(!m_dialog->addLabel(QStringLiteral("bird")));
    if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS"))
        m_dialog->grab().save(qEnvironmentVariable("TESSERA_SHOTS")
                              + QStringLiteral("/labelmanager.png"));
}

void TestLabelManager::keyConflictsAreShown()
{
    QTableWidget *table = m_dialog->table();
    QTableWidgetItem *dogKey = table->item(1, LabelManagerDialog::KeyColumn);
    QVERIFY(dogKey->background() == QBrush());
    // The cat's key: both rows say so.
    dogKey->setText(QStringLiteral("1"));
    QCOMPARE(m_store->label(m_dog)->hotkey, QStringLiteral("1"));
    QVERIFY2(table->item(0, LabelManagerDialog::KeyColumn)
                     ->toolTip()
                     .contains(QStringLiteral("dog")),
             qPrintable(table->item(0, LabelManagerDialog::KeyColumn)->toolTip()));
    QVERIFY(table->item(1, LabelManagerDialog::KeyColumn)->background() != QBrush());
    // A command's key.
    table->item(1, LabelManagerDialog::KeyColumn)->setText(QStringLiteral("d"));
    QVERIFY2(table->item(1, LabelManagerDialog::KeyColumn)
                     ->toolTip()
                     .contains(QStringLiteral("Next Asset")),
             qPrintable(table->item(1, LabelManagerDialog::KeyColumn)->toolTip()));
    QVERIFY(table->item(0, LabelManagerDialog::KeyColumn)->background() == QBrush());
    // A comparison command's key does not take an image label's: they never work at once; it
    // does once the label applies to comparisons too.
    table->item(1, LabelManagerDialog::KeyColumn)->setText(QStringLiteral("3"));
    QVERIFY(table->item(1, LabelManagerDialog::KeyColumn)->background() == QBrush());
    table->item(1, LabelManagerDialog::ComparisonColumn)->setCheckState(Qt::Checked);
    QVERIFY(m_store->label(m_dog)->kinds & ComparisonKindFlag);
    QVERIFY2(table->item(1, LabelManagerDialog::KeyColumn)
                     ->toolTip()
                     .contains(QStringLiteral("Answers Tie")),
             qPrintable(table->item(1, LabelManagerDialog::KeyColumn)->toolTip()));
    table->item(1, LabelManagerDialog::KeyColumn)->setText(QStringLiteral("d"));
    // Not one key: refused.
    table->item(1, LabelManagerDialog::KeyColumn)->setText(QStringLiteral("Ctrl+A, B"));
    QCOMPARE(m_store->label(m_dog)->hotkey, QStringLiteral("D"));
    QVERIFY(m_dialog->message().contains(QStringLiteral("not one key")));
}

void TestLabelManager::removingSaysHowManyAnnotationsGo()
{
    int asked = -1;
    // Declined: the label and its three boxes stay.
    QVERIFY(!m_dialog->removeRow(1, [&asked](int uses) {
        asked = uses;
        return false;
    }));
    QCOMPARE(asked, 3);
    QVERIFY(m_store->label(m_dog));
    QCOMPARE(m_store->stats().annotations, 3);
    // Confirmed: both go.
    QVERIFY(m_dialog->removeRow(1, [](int) { return true; }));
    QVERIFY(!m_store->label(m_dog));
    QCOMPARE(m_store->stats().annotations, 0);
    // An unused label goes without a question.
    asked = -1;
    QVERIFY(m_dialog->removeRow(0, [&asked](int uses) {
        asked = uses;
        return true;
    }));
    QCOMPARE(asked, -1);
    QCOMPARE(m_dialog->table()->rowCount(), 0);
}

void TestLabelManager::mergingMovesAnnotationsAndKeepsClassIds()
{
    Label bird{.name = QStringLiteral("bird"), .kinds = ImageKindFlag};
    QVERIFY(m_store->addLabel(bird));
    m_dialog->addLabel(QStringLiteral("x")); // reloads the table; rows: cat, dog, bird, x
    const int birdOrder = m_store->label(bird.id)->sortOrder;
    int asked = -1;
    // Declined: nothing changes.
    QVERIFY(!m_dialog->mergeRow(1, m_cat, [&asked](int uses) {
        asked = uses;
        return false;
    }));
    QCOMPARE(asked, 3);
    QVERIFY(m_store->label(m_dog));
    // Merged: dog's three boxes are cats, dog is gone, the others keep their order.
    QVERIFY(m_dialog->mergeRow(1, m_cat, [](int) { return true; }));
    QVERIFY(!m_store->label(m_dog));
    QCOMPARE(m_store->stats().annotationsByLabel.value(m_cat), 3);
    QCOMPARE(m_store->label(bird.id)->sortOrder, birdOrder);
    QCOMPARE(m_dialog->table()->rowCount(), 3);
    QCOMPARE(m_dialog->table()->item(0, LabelManagerDialog::UsesColumn)->text(),
             QStringLiteral("3"));
    const AuditEntry last = m_store->auditLog(0).constLast();
    QCOMPARE(last.action, QStringLiteral("merge-label"));
    QVERIFY2(last.after.contains(QLatin1String("\"movedAnnotations\":3")), qPrintable(last.after));
    // Not into itself.
    QVERIFY(!m_dialog->mergeRow(0, m_cat, [](int) { return true; }));
}

void TestLabelManager::attributesOfAllFiveTypesAreEditedAndChecked()
{
    AttributesDialog dialog(QStringLiteral("cat"), {});
    for (int i = 0; i < 5; ++i)
        dialog.addRow();
    QTableWidget *t = dialog.table();
    const QStringList names{QStringLiteral("pose"), QStringLiteral("tags"),
                            QStringLiteral("occluded"), QStringLiteral("age"),
                            QStringLiteral("note")};
    const QStringList options{
            QStringLiteral("front, side,back"), QStringLiteral("a,b"), {}, {}, {}};
    const QStringList defaults{QStringLiteral("side"), QStringLiteral("a, b"),
                               QStringLiteral("true"), QStringLiteral("3.5"), QStringLiteral("hi")};
    for (int row = 0; row < 5; ++row) {
        t->item(row, AttributesDialog::NameColumn)->setText(names[row]);
        qobject_cast<QComboBox *>(t->cellWidget(row, AttributesDialog::TypeColumn))
                ->setCurrentIndex(row);
        t->item(row, AttributesDialog::OptionsColumn)->setText(options[row]);
        t->item(row, AttributesDialog::DefaultColumn)->setText(defaults[row]);
    }
    const QList<AttributeDefinition> defs = dialog.definitions();
    QCOMPARE(defs.size(), 5);
    QCOMPARE(defs[0].type, AttributeType::Select);
    QCOMPARE(defs[0].options, (QStringList{QStringLiteral("front"), QStringLiteral("side"),
                                           QStringLiteral("back")}));
    QCOMPARE(defs[4].type, AttributeType::Text);
    QVERIFY2(AttributesDialog::problem(defs).isEmpty(),
             qPrintable(AttributesDialog::problem(defs)));
    // Each kind of mistake is named.
    auto broken = [&defs](int index, auto change) {
        QList<AttributeDefinition> copy = defs;
        change(copy[index]);
        return AttributesDialog::problem(copy);
    };
    QVERIFY(broken(0, [](AttributeDefinition &a) {
                a.defaultValue = QStringLiteral("top");
            }).contains(QLatin1String("not one of its options")));
    QVERIFY(broken(0, [](AttributeDefinition &a) {
                a.options.clear();
            }).contains(QLatin1String("give its options")));
    QVERIFY(broken(3, [](AttributeDefinition &a) {
                a.defaultValue = QStringLiteral("old");
            }).contains(QLatin1String("not a number")));
    QVERIFY(broken(2, [](AttributeDefinition &a) {
                a.defaultValue = QStringLiteral("yes");
            }).contains(QLatin1String("true or false")));
    QVERIFY(broken(4, [](AttributeDefinition &a) {
                a.name = QStringLiteral("Pose");
            }).contains(QLatin1String("two attributes")));
    // OK refuses while a definition is wrong, and says why.
    t->item(3, AttributesDialog::DefaultColumn)->setText(QStringLiteral("old"));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible());
    t->item(3, AttributesDialog::DefaultColumn)->setText(QStringLiteral("3.5"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());

    // Stored through the manager, read back in order with their options.
    QVERIFY(m_dialog->setAttributes(0, dialog.definitions()));
    const QList<AttributeDefinition> stored = m_store->label(m_cat)->attributes;
    QCOMPARE(stored.size(), 5);
    QCOMPARE(stored[1].type, AttributeType::MultiSelect);
    QCOMPARE(stored[1].options, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(stored[3].defaultValue, QStringLiteral("3.5"));
    // A wrong list is refused with the problem shown, and nothing stored.
    QList<AttributeDefinition> wrong = stored;
    wrong[0].options.clear();
    QVERIFY(!m_dialog->setAttributes(0, wrong));
    QVERIFY(m_dialog->message().contains(QLatin1String("pose")));
    QCOMPARE(m_store->label(m_cat)->attributes[0].options.size(), 3);
}

void TestLabelManager::skeletonIsDrawnAndEditedByClicks()
{
    SkeletonDialog dialog(QStringLiteral("person"), {});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    for (const char *name : {"head", "neck", "hip", "knee"})
        dialog.addPoint(QLatin1String(name));
    SkeletonView *view = dialog.view();
    auto click = [view](int point) {
        QTest::mouseClick(view, Qt::LeftButton, {}, view->pointPosition(point).toPoint());
    };
    // head–neck, neck–hip, hip–knee by clicking pairs of points on the figure.
    click(0);
    QCOMPARE(view->pending(), 0);
    click(1);
    click(1);
    click(2);
    click(3);
    click(2);
    using Edges = QList<QPair<int, int>>;
    QCOMPARE(dialog.skeleton().edges, (Edges{{0, 1}, {1, 2}, {2, 3}}));
    if (!qEnvironmentVariableIsEmpty("TESSERA_SHOTS"))
        dialog.grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/skeleton.png"));
    // The same pair again takes the edge away; a click beside the points cancels a start.
    click(2);
    click(1);
    QCOMPARE(dialog.skeleton().edges, (Edges{{0, 1}, {2, 3}}));
    click(0);
    QTest::mouseClick(view, Qt::LeftButton, {}, QPoint(2, 2));
    QCOMPARE(view->pending(), -1);
    // Moving a point keeps its edges on it; removing one takes its edges and renumbers.
    dialog.movePoint(3, -1); // knee before hip
    QCOMPARE(dialog.skeleton().points,
             (QStringList{QStringLiteral("head"), QStringLiteral("neck"), QStringLiteral("knee"),
                          QStringLiteral("hip")}));
    QCOMPARE(dialog.skeleton().edges, (Edges{{0, 1}, {3, 2}}));
    dialog.removePoint(1); // neck
    QCOMPARE(dialog.skeleton().points.size(), 3);
    QCOMPARE(dialog.skeleton().edges, (Edges{{2, 1}}));
    // A name edited in the list is the point's name; two equal names are refused.
    dialog.points()->item(0)->setText(QStringLiteral("hip"));
    QVERIFY(SkeletonDialog::problem(dialog.skeleton()).contains(QLatin1String("two keypoints")));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    dialog.points()->item(0)->setText(QStringLiteral("nose"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    // Stored through the manager on the label, read back the same.
    QVERIFY(m_dialog->setSkeleton(0, dialog.skeleton()));
    QCOMPARE(m_store->label(m_cat)->skeleton, dialog.skeleton());
    Skeleton wrong = dialog.skeleton();
    wrong.points[0].clear();
    QVERIFY(!m_dialog->setSkeleton(0, wrong));
    QCOMPARE(m_store->label(m_cat)->skeleton.points.constFirst(), QStringLiteral("nose"));
}

QTEST_MAIN(TestLabelManager)
#include "tst_labelmanager.moc"

void TestLabelManager::movingChangesTheListNotTheClassIds()
{
    QVERIFY(m_dialog->addLabel(QStringLiteral("bird"))); // rows: cat, dog, bird
    QTableWidget *table = m_dialog->table();
    auto names = [table]() {
        QStringList list;
        for (int row = 0; row < table->rowCount(); ++row)
            list.append(table->item(row, LabelManagerDialog::NameColumn)->text());
        return list.join(QLatin1Char(' '));
    };
    // Ctrl+Up on the selected bird moves it up once; the button does it again.
    m_dialog->selectLabel(m_store->labelByName(QStringLiteral("bird"))->id);
    QTest::keyClick(table, Qt::Key_Up, Qt::ControlModifier);
    QCOMPARE(names(), QStringLiteral("cat bird dog"));
    QCOMPARE(table->currentRow(), 1);
    QVERIFY(m_dialog->moveRow(1, -1));
    QCOMPARE(names(), QStringLiteral("bird cat dog"));
    QVERIFY(!m_dialog->moveRow(0, -1)); // already first
    // The class ids stay where they were: shown in the table, in the store and in an export.
    QCOMPARE(table->item(0, LabelManagerDialog::ClassIdColumn)->text(), QStringLiteral("2"));
    QCOMPARE(table->item(1, LabelManagerDialog::ClassIdColumn)->text(), QStringLiteral("0"));
    const QList<Label> byId = m_store->labels();
    QCOMPARE(byId.size(), 3);
    QCOMPARE(byId[0].name, QStringLiteral("cat"));
    QCOMPARE(byId[2].name, QStringLiteral("bird"));
    QCOMPARE(byId[2].sortOrder, 2);
    QCOMPARE(byId[2].displayOrder, 0);
    const QString out = m_dir->filePath(QStringLiteral("yolo"));
    FormatReport report;
    Format *yolo = FormatRegistry::find(QStringLiteral("yolo"));
    QVERIFY2(ExportJob::write(*yolo, *m_store, out, report, {}), qPrintable(yolo->errorString()));
    QFile namesFile(out + QStringLiteral("/obj.names"));
    QVERIFY(namesFile.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(namesFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             QStringList({QStringLiteral("cat"), QStringLiteral("dog"), QStringLiteral("bird")}));
    // The order is stored (a new reader sees it), recorded, and a new label goes last.
    const AuditEntry last = m_store->auditLog(0).constLast();
    QCOMPARE(last.action, QStringLiteral("reorder-labels"));
    QVERIFY2(last.after.contains(QLatin1String("[\"bird\",\"cat\",\"dog\"]")),
             qPrintable(last.after));
    QVERIFY(m_dialog->addLabel(QStringLiteral("fish")));
    QCOMPARE(names(), QStringLiteral("bird cat dog fish"));
    // A list that leaves a label out is refused: two labels would share a place.
    QVERIFY(!m_store->setLabelDisplayOrder({m_cat, m_dog}));
}
