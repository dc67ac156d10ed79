// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// The crash reporter: a crashing process leaves a report with its stack; the next start finishes
// it with the log's last lines, once.
#include "util/crashreport.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace Tessera;

class TestCrashReport : public QObject
{
    Q_OBJECT

private slots:
    void crashLeavesAReport_data();
    void crashLeavesAReport();
    void finishedReportsAreOfferedOnce();
};

void TestCrashReport::crashLeavesAReport_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("signal");
    QTest::newRow("segv") << "segv"
                          << "SIGSEGV";
    QTest::newRow("abort") << "abort"
                           << "SIGABRT";
}

void TestCrashReport::crashLeavesAReport()
{
    QFETCH(QString, how);
    QFETCH(QString, signal);
    QTemporaryDir home;
    const QString reports = home.filePath(QStringLiteral("crashes"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    child.setProcessEnvironment(env);
    child.start(qEnvironmentVariable("TESSERA_CRASHCHILD"),
                {QStringLiteral("--crash"), reports, how});
    QVERIFY(child.waitForFinished(30000));
    // The process still dies of its signal: the reporter must not turn a crash into an exit.
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const QStringList pending = QDir(reports).entryList({QStringLiteral("crash-*.new")});
    QCOMPARE(pending.size(), 1);
    QFile raw(QDir(reports).filePath(pending.constFirst()));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(raw.readAll());
    QVERIFY2(text.contains(QLatin1String("Program: tessera-crashchild 9.9.9")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Signal: ") + signal), qPrintable(text));
    // A real stack: several frames, the crashing program's among them.
    const int frames = int(text.section(QLatin1String("Stack (most recent call first):"), 1)
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                   .size());
    QVERIFY2(frames >= 3, qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("tessera-crashchild")), qPrintable(text));

    // The next start finishes the report with the crashed run's log.
    QString log;
    QDirIterator it(home.filePath(QStringLiteral("data")), {QStringLiteral("crashchild.log")},
                    QDir::Files, QDirIterator::Subdirectories);
    if (it.hasNext())
        log = it.next();
    QVERIFY2(!log.isEmpty(), "the child wrote no log");
    QVERIFY2(text.contains(QLatin1String("Log: ") + log), qPrintable(text));
    const QStringList finished = CrashReport::finishPending(reports);
    QCOMPARE(finished.size(), 1);
    QFile report(finished.constFirst());
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString full = QString::fromUtf8(report.readAll());
    QVERIFY(full.startsWith(text));
    QVERIFY2(full.contains(QLatin1String("about to crash on purpose")), qPrintable(full));
}

void TestCrashReport::finishedReportsAreOfferedOnce()
{
    QTemporaryDir dir;
    QFile log(dir.filePath(QStringLiteral("run.log")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    for (int i = 0; i < 500; ++i)
        log.write(QStringLiteral("line %1\n").arg(i).toUtf8());
    log.close();
    QFile pending(dir.filePath(QStringLiteral("crash-100-7.new")));
    QVERIFY(pending.open(QIODevice::WriteOnly));
    pending.write("Tessera crash report\nLog: " + log.fileName().toUtf8() + "\nSignal: SIGSEGV\n");
    pending.close();

    const QStringList first = CrashReport::finishPending(dir.path(), 200);
    QCOMPARE(first, QStringList{dir.filePath(QStringLiteral("crash-100-7.txt"))});
    QFile report(first.constFirst());
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    // Exactly the last 200 lines: 300 to 499.
    QVERIFY(text.contains(QLatin1String("\nline 300\n")));
    QVERIFY(!text.contains(QLatin1String("\nline 299\n")));
    QVERIFY(text.contains(QLatin1String("\nline 499\n")));
    QVERIFY(CrashReport::finishPending(dir.path(), 200).isEmpty());
}

QTEST_GUILESS_MAIN(TestCrashReport)
#include "tst_crashreport.moc"
