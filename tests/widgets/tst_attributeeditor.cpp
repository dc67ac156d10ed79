// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "document/assetdocument.h"
#include "panels/attributeeditor.h"
#include "store/projectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestAttributeEditor : public QObject
{
    Q_OBJECT

private slots:
    void everyTypeEditsAllSelectedShapesInOneStep();
    void mixedLabelsAndPlainLabelsShowNoFields();
};

void TestAttributeEditor::everyTypeEditsAllSelectedShapesInOneStep()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("a.tessera")), &error);
    QVERIFY(store);
    Label car{.name = QStringLiteral("car")};
    car.attributes = {
            {0,
             QStringLiteral("make"),
             AttributeType::Select,
             {QStringLiteral("vw"), QStringLiteral("bmw")},
             {}},
            {0,
             QStringLiteral("parts"),
             AttributeType::MultiSelect,
             {QStringLiteral("door"), QStringLiteral("wheel")},
             {}},
            {0, QStringLiteral("occluded"), AttributeType::Checkbox, {}, QStringLiteral("false")},
            {0, QStringLiteral("speed"), AttributeType::Number, {}, QStringLiteral("0")},
            {0, QStringLiteral("note"), AttributeType::Text, {}, {}},
    };
    QVERIFY(store->addLabel(car));
    Asset asset{
            .kind = AssetKind::Image, .name = QStringLiteral("x"), .sha256 = QStringLiteral("x")};
    QVERIFY(store->addAsset(asset));
    AssetDocument doc(store.get(), asset.id);
    QVERIFY(doc.load());
    doc.addAnnotations({{.labelId = car.id,
                         .kind = AnnotationKind::Box,
                         .points = {QPointF(0, 0), QPointF(5, 5)}},
                        {.labelId = car.id,
                         .kind = AnnotationKind::Box,
                         .points = {QPointF(9, 9), QPointF(20, 20)}}},
                       QStringLiteral("Add"));
    const QList<qint64> ids{doc.annotations()[0].id, doc.annotations()[1].id};

    AttributeEditor editor;
    editor.setLabels(store->labels());
    editor.setDocument(&doc);
    editor.setSelection(ids);
    editor.show();
    QCOMPARE(editor.fieldCount(), 5);
    const int stepsBefore = doc.undoStack()->count();

    auto *make = editor.findChild<QComboBox *>(QStringLiteral("make"));
    QVERIFY(make);
    make->setCurrentIndex(make->findData(QStringLiteral("bmw")));
    emit make->activated(make->currentIndex());
    auto *occluded = editor.findChild<QCheckBox *>(QStringLiteral("occluded"));
    QStyleOptionButton option;
    option.initFrom(occluded);
    const QRect indicator
            = occluded->style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, occluded);
    QTest::mouseClick(occluded, Qt::LeftButton, {}, indicator.center());
    auto *note = editor.findChild<QLineEdit *>(QStringLiteral("note"));
    note->setFocus();
    QTest::keyClicks(note, QStringLiteral("dented"));
    QTest::keyClick(note, Qt::Key_Return);
    auto *speed = editor.findChild<QDoubleSpinBox *>(QStringLiteral("speed"));
    speed->setValue(42.5);
    emit speed->editingFinished();
    auto *parts = editor.findChild<QListWidget *>(QStringLiteral("parts"));
    parts->item(1)->setCheckState(Qt::Checked);

    for (qint64 id : ids) {
        const QJsonObject attributes
                = store->annotation(id)->data.value(QStringLiteral("attributes")).toObject();
        QCOMPARE(attributes.value(QStringLiteral("make")).toString(), QStringLiteral("bmw"));
        QCOMPARE(attributes.value(QStringLiteral("occluded")).toBool(), true);
        QCOMPARE(attributes.value(QStringLiteral("note")).toString(), QStringLiteral("dented"));
        QCOMPARE(attributes.value(QStringLiteral("speed")).toDouble(), 42.5);
        QCOMPARE(attributes.value(QStringLiteral("parts")).toArray(),
                 QJsonArray{QStringLiteral("wheel")});
    }
    QCOMPARE(doc.undoStack()->count(), stepsBefore + 5); // one step per change, for both shapes
    doc.undoStack()->undo();                             // the multi-select
    QVERIFY(!store->annotation(ids[0])
                     ->data.value(QStringLiteral("attributes"))
                     .toObject()
                     .contains(QStringLiteral("parts")));
    // The fields show what is stored after an undo.
    editor.setSelection(ids);
    QCOMPARE(editor.findChild<QComboBox *>(QStringLiteral("make"))->currentData().toString(),
             QStringLiteral("bmw"));
}

void TestAttributeEditor::mixedLabelsAndPlainLabelsShowNoFields()
{
    QTemporaryDir dir;
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("b.tessera")), &error);
    Label a{.name = QStringLiteral("a")};
    a.attributes = {{0, QStringLiteral("x"), AttributeType::Text, {}, {}}};
    Label b{.name = QStringLiteral("b")};
    QVERIFY(store->addLabel(a) && store->addLabel(b));
    Asset asset{
            .kind = AssetKind::Image, .name = QStringLiteral("x"), .sha256 = QStringLiteral("x")};
    QVERIFY(store->addAsset(asset));
    AssetDocument doc(store.get(), asset.id);
    QVERIFY(doc.load());
    doc.addAnnotations(
            {{.labelId = a.id, .kind = AnnotationKind::Point, .points = {QPointF(1, 1)}},
             {.labelId = b.id, .kind = AnnotationKind::Point, .points = {QPointF(2, 2)}}},
            QStringLiteral("Add"));
    AttributeEditor editor;
    editor.setLabels(store->labels());
    editor.setDocument(&doc);
    editor.setSelection({doc.annotations()[0].id, doc.annotations()[1].id});
    QCOMPARE(editor.fieldCount(), 0);
    editor.setSelection({doc.annotations()[1].id});
    QCOMPARE(editor.fieldCount(), 0);
    editor.setSelection({doc.annotations()[0].id});
    QCOMPARE(editor.fieldCount(), 1);
}

QTEST_MAIN(TestAttributeEditor)
#include "tst_attributeeditor.moc"
