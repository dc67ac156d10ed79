// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/labelmanagerdialog.h"
#include "store/projectstore.h"

#include <QLabel>
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
            QHash<QString, QString>{{QStringLiteral("D"), QStringLiteral("Next Asset")}});
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

QTEST_MAIN(TestLabelManager)
#include "tst_labelmanager.moc"
