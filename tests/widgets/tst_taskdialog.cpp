// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/taskdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace Tessera;

class TestTaskDialog : public QObject
{
    Q_OBJECT

private slots:
    void editsComeBackAsConfigAndRules();
    void aBadPatternKeepsTheDialogOpen();
};

namespace {

QList<Label> labels()
{
    return {{.id = 1, .name = QStringLiteral("ORG"), .kinds = TextKindFlag},
            {.id = 2, .name = QStringLiteral("DATE"), .kinds = TextKindFlag},
            {.id = 3, .name = QStringLiteral("cat"), .kinds = ImageKindFlag}};
}

} // namespace

void TestTaskDialog::editsComeBackAsConfigAndRules()
{
    const TextRule terms{.name = QStringLiteral("orgs"),
                         .kind = TextRule::Kind::Gazetteer,
                         .labelId = 1,
                         .terms = {QStringLiteral("Acme"), QStringLiteral("United Nations")}};
    TaskDialog dialog(TaskConfig(), {terms}, labels());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *fields = dialog.findChild<QLineEdit *>(QStringLiteral("fields"));
    auto *criteria = dialog.findChild<QLineEdit *>(QStringLiteral("criteria"));
    auto *flags = dialog.findChild<QLineEdit *>(QStringLiteral("flags"));
    fields->setText(QStringLiteral("summary, corrected answer"));
    criteria->setText(QStringLiteral("clarity:7, safety"));
    flags->setText(QStringLiteral("toxic"));
    dialog.findChild<QCheckBox *>(QStringLiteral("singleClass"))->setChecked(true);
    const TaskConfig c = dialog.config();
    QVERIFY(c.singleClass);
    QCOMPARE(c.textFields,
             (QStringList{QStringLiteral("summary"), QStringLiteral("corrected answer")}));
    QCOMPARE(c.criteria, (QList<RatingCriterion>{{QStringLiteral("clarity"), 7},
                                                 {QStringLiteral("safety"), 5}}));
    QCOMPARE(c.flags, QStringList{QStringLiteral("toxic")});
    // The rule table round-trips; only text labels are offered.
    QCOMPARE(dialog.rules(), QList<TextRule>{terms});
    auto *table = dialog.findChild<QTableWidget *>();
    auto *label = static_cast<QComboBox *>(table->cellWidget(0, 1));
    QCOMPARE(label->count(), 2);
    if (qEnvironmentVariableIsSet("TESSERA_SHOTS")) {
        dialog.findChild<QTabWidget *>()->setCurrentIndex(2);
        dialog.grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/task.png"));
    }
}

void TestTaskDialog::aBadPatternKeepsTheDialogOpen()
{
    TaskDialog dialog(TaskConfig(), {}, labels());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QList<QPushButton *> buttons = dialog.findChildren<QPushButton *>();
    QPushButton *add = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == QLatin1String("Add Rule"))
            add = b;
    QVERIFY(add);
    add->click();
    auto *table = dialog.findChild<QTableWidget *>();
    table->item(0, 3)->setText(QStringLiteral("(unclosed"));
    // The warning box is closed by a timer; the dialog must still be open afterwards.
    QTimer::singleShot(100, []() {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close();
    });
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), 0);
    table->item(0, 3)->setText(QStringLiteral("\\d{4}"));
    dialog.accept();
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.rules().constFirst().pattern, QStringLiteral("\\d{4}"));
}

QTEST_MAIN(TestTaskDialog)
#include "tst_taskdialog.moc"
