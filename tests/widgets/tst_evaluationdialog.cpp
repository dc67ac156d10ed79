// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/evaluationdialog.h"

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

using namespace Tessera;

class TestEvaluationDialog : public QObject
{
    Q_OBJECT

private slots:
    void showsTheMatrixAndOpensMistakes();
};

void TestEvaluationDialog::showsTheMatrixAndOpensMistakes()
{
    const QList<Label> labels{{.id = 1, .name = QStringLiteral("cat"), .color = QColor(Qt::red)},
                              {.id = 2, .name = QStringLiteral("dog"), .color = QColor(Qt::blue)}};
    auto box = [](qint64 asset, qint64 label, double x, double score) {
        return EvalBox{asset, label, QRectF(x, 0, 10, 10), score};
    };
    const Evaluation e
            = Evaluator::evaluate({box(1, 1, 0, 1), box(1, 1, 30, 1), box(2, 2, 0, 1)},
                                  {box(1, 1, 0, 0.9), box(1, 2, 30, 0.8), box(2, 1, 50, 0.6)});
    EvaluationDialog dialog(e, labels, QStringLiteral("proposals"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    // Rows are references, columns predictions, background last.
    QTableWidget *m = dialog.confusionTable();
    QCOMPARE(m->rowCount(), 3);
    QCOMPARE(m->horizontalHeaderItem(2)->text(), QStringLiteral("background"));
    QCOMPARE(m->item(0, 0)->text(), QStringLiteral("1")); // cat as cat
    QCOMPARE(m->item(0, 1)->text(), QStringLiteral("1")); // cat as dog
    QCOMPARE(m->item(1, 2)->text(), QStringLiteral("1")); // dog missed
    QCOMPARE(m->item(2, 0)->text(), QStringLiteral("1")); // a cat invented
    auto *tabs = dialog.findChild<QTabWidget *>();
    tabs->setCurrentIndex(2);
    auto *mistakes = qobject_cast<QTableWidget *>(tabs->currentWidget());
    QVERIFY(mistakes);
    QCOMPARE(mistakes->rowCount(), 4);
    QSignalSpy show(&dialog, &EvaluationDialog::showAsset);
    emit mistakes->cellDoubleClicked(0, 0);
    QCOMPARE(show.size(), 1);
    QCOMPARE(show.constFirst().constFirst().toLongLong(), 1); // the dog-for-cat on asset 1
    if (qEnvironmentVariableIsSet("TESSERA_SHOTS")) {
        tabs->setCurrentIndex(0);
        dialog.grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/eval.png"));
        tabs->setCurrentIndex(1);
        dialog.grab().save(qEnvironmentVariable("TESSERA_SHOTS") + QStringLiteral("/eval2.png"));
    }
}

QTEST_MAIN(TestEvaluationDialog)
#include "tst_evaluationdialog.moc"
