// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/dashboarddialog.h"

#include <QChartView>
#include <QFile>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QValueAxis>

using namespace Tessera;

class TestDashboardDialog : public QObject
{
    Q_OBJECT

private slots:
    void tableChartsAndCsv();
    void speedAxisHasRoundTicks();
};

void TestDashboardDialog::tableChartsAndCsv()
{
    AnnotatorReport ann{.name = QStringLiteral("ann"),
                        .edits = 120,
                        .assets = 30,
                        .activeHours = 1.5,
                        .assetsPerHour = 20,
                        .secondsPerAsset = 180,
                        .accepted = 27,
                        .rejected = 3,
                        .goldScored = 2,
                        .goldScore = 0.75,
                        .agreement = 0.8};
    AnnotatorReport bob{.name = QStringLiteral("bob, jr"),
                        .edits = 40,
                        .assets = 10,
                        .activeHours = 1,
                        .assetsPerHour = 10,
                        .secondsPerAsset = 360,
                        .accepted = 5,
                        .rejected = 5};
    DashboardDialog dialog({ann, bob});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(0, 4)->text(), QStringLiteral("20.0"));
    QCOMPARE(dialog.table()->item(1, 7)->text(), QStringLiteral("5"));
    QCOMPARE(dialog.table()->item(0, 8)->text(), QStringLiteral("0.75"));
    QCOMPARE(dialog.table()->item(0, 9)->text(), QStringLiteral("0.80"));
    QCOMPARE(dialog.table()->item(1, 9)->text(), QStringLiteral("–")); // no shared assets
    QTemporaryDir dir;
    QString error;
    const QString csv = dir.filePath(QStringLiteral("a.csv"));
    QVERIFY2(dialog.saveCsv(csv, &error), qPrintable(error));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QCOMPARE(lines[1], QByteArray("ann,120,30,1.500,20.00,180.0,27,3,0.100,2,0.750,0.800"));
    QVERIFY(lines[2].startsWith("\"bob, jr\",40,10,")); // a comma in a name is quoted
    QVERIFY(!dialog.saveCsv(dir.filePath(QStringLiteral("no/such/dir/a.csv")), &error));
    QVERIFY(error.contains(QStringLiteral("a.csv")));
    if (qEnvironmentVariableIsSet("TESSERA_SHOTS"))
        dialog.grab().save(qEnvironmentVariable("TESSERA_SHOTS")
                           + QStringLiteral("/dashboard.png"));
}

void TestDashboardDialog::speedAxisHasRoundTicks()
{
    // The fastest annotator did 34 assets an hour: ticks 0, 10, …, 40, not 0, 9, 19, 28, 37.
    for (const auto &[fastest, top, ticks] :
         {std::tuple{34.0, 40.0, 5}, std::tuple{3.0, 3.0, 4}, std::tuple{180.0, 200.0, 5},
          std::tuple{0.4, 1.0, 6}}) {
        DashboardDialog dialog({{.name = QStringLiteral("ann"), .assetsPerHour = fastest}});
        QChartView *speed = nullptr;
        for (QChartView *view : dialog.findChildren<QChartView *>())
            if (view->chart()->title() == QLatin1String("Assets per hour"))
                speed = view;
        QVERIFY(speed);
        auto *axis = qobject_cast<QValueAxis *>(speed->chart()->axes(Qt::Vertical).value(0));
        QVERIFY(axis);
        QCOMPARE(axis->min(), 0.0);
        QCOMPARE(axis->max(), top);
        QCOMPARE(axis->tickCount(), ticks);
    }
}

QTEST_MAIN(TestDashboardDialog)
#include "tst_dashboarddialog.moc"
