// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Tessera;

/**
 * Kills a process that edits a project at random moments and checks that the project opens,
 * passes SQLite's integrity check and holds every edit the process reported as committed.
 */
class TestCrashSafety : public QObject
{
    Q_OBJECT

private slots:
    void killedWriterLosesNothingCommitted();
};

void TestCrashSafety::killedWriterLosesNothingCommitted()
{
    const QString child = qEnvironmentVariable("TESSERA_CRASHCHILD");
    QVERIFY2(!child.isEmpty(), "TESSERA_CRASHCHILD must name the tessera-crashchild executable");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("crash.tessera"));
    qint64 assetId = 0;
    {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        Asset a{.kind = AssetKind::Image,
                .name = QStringLiteral("a.png"),
                .sha256 = QStringLiteral("x")};
        QVERIFY(store->addAsset(a));
        assetId = a.id;
    }

    // Expected state over all runs: id -> 1 (exists, maybe moved) or 0 (removed).
    QHash<qint64, int> expected;
    QSet<qint64> moved;
    QRandomGenerator *random = QRandomGenerator::global();
    const int runs = 24;
    for (int run = 0; run < runs; ++run) {
        QProcess process;
        process.start(child, {path, QString::number(assetId)});
        QVERIFY2(process.waitForStarted(), qPrintable(process.errorString()));
        QVERIFY2(process.waitForReadyRead(10000), "child did not start editing");
        const int delay = int(random->bounded(20, 250));
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < delay)
            process.waitForReadyRead(5);
        ::kill(pid_t(process.processId()), SIGKILL);
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);

        const QList<QByteArray> lines = process.readAllStandardOutput().split('\n');
        // The last element is an unterminated line (or empty): a report cut off by the kill.
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> parts = lines[i].split(' ');
            if (parts.size() != 2)
                continue;
            const qint64 id = parts[1].toLongLong();
            if (parts[0] == "add")
                expected[id] = 1;
            else if (parts[0] == "remove")
                expected[id] = 0;
            else if (parts[0] == "move")
                moved.insert(id);
        }

        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
        QVERIFY2(store, qPrintable(QStringLiteral("run %1: %2").arg(run).arg(error)));
        QCOMPARE(store->check(false), QStringList());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const std::optional<Annotation> a = store->annotation(it.key());
            if (it.value()) {
                QVERIFY2(a, qPrintable(QStringLiteral("run %1: committed annotation %2 is lost")
                                               .arg(run)
                                               .arg(it.key())));
                if (moved.contains(it.key()))
                    QCOMPARE(a->points.value(0), QPointF(-1, -1));
            } else
                QVERIFY2(!a, qPrintable(QStringLiteral("run %1: removed annotation %2 came back")
                                                .arg(run)
                                                .arg(it.key())));
        }
    }
    QVERIFY2(expected.size() > runs, "the child reported too few edits to test anything");
    QVERIFY(!moved.isEmpty());
}

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
