// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "editclienthelpers.h"
#include "pgtestserver.h"
#include "store/projectstore.h"

#include <QProcess>
#include <QTest>

using namespace Tessera;

/**
 * Many clients on one server project at once: no edit is lost. 8 processes (tessera-editclient)
 * × 500 edits on the same 20 boxes, each edit read-change-write with the version read, as the
 * window does. Every edit a client was told is stored must be in the audit log, once, replacing
 * the very state that client read (else it overwrote an edit it never saw: a lost update), and
 * the last of them on each box must be its final state; every edit refused must be nowhere.
 */
class TestServerConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eightClientsLoseNoEdit();

private:
    Test::PgTestServer m_pg;
};

void TestServerConcurrency::initTestCase()
{
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
}

void TestServerConcurrency::eightClientsLoseNoEdit()
{
    const QString client = qEnvironmentVariable("TESSERA_EDITCLIENT");
    QVERIFY2(!client.isEmpty(), "TESSERA_EDITCLIENT names the client program (ctest sets it)");
    const ProjectLocation location = m_pg.freshDatabase();
    QVERIFY(location.isValid());
    QString error;
    std::unique_ptr<ProjectStore> store = Test::makeBoxProject(location, 20, &error);
    QVERIFY2(store, qPrintable(error));
    const qint64 imageId = store->assetIds().constFirst();
    const qint64 auditBefore = store->auditLog().constLast().id;

    constexpr int clients = 8;
    constexpr int edits = 500;
    QList<QProcess *> processes;
    for (int c = 0; c < clients; ++c) {
        auto *p = new QProcess(this);
        p->start(client, {location.toString(), QString::number(c), QString::number(edits)});
        processes.append(p);
    }
    // (client, edit) of each edit the clients were told is stored / was refused.
    QSet<QPair<int, int>> stored;
    QSet<QPair<int, int>> refused;
    QHash<QPair<int, int>, QPointF> seenBy; // what each stored edit read before writing
    for (QProcess *p : std::as_const(processes)) {
        QVERIFY(p->waitForFinished(300000));
        QVERIFY2(p->exitCode() == 0, p->readAllStandardError().constData());
        const QList<QByteArray> lines = p->readAllStandardOutput().split('\n');
        for (const QByteArray &line : lines) {
            if (line.isEmpty())
                continue;
            const QList<QByteArray> f = line.split(' ');
            QVERIFY2(f[0] == "ok" || f[0] == "refused", line.constData()); // no other failure
            const QPair<int, int> edit{f[2].toInt(), f[3].toInt()};
            (f[0] == "ok" ? stored : refused).insert(edit);
            if (f[0] == "ok")
                seenBy.insert(edit, QPointF(f.value(5).toDouble(), f.value(6).toDouble()));
        }
        delete p;
    }
    QCOMPARE(stored.size() + refused.size(), clients * edits);
    QVERIFY(!stored.isEmpty());
    qInfo("%lld edits stored, %lld refused as stale", qint64(stored.size()),
          qint64(refused.size()));

    // The audit log holds each stored edit once, and nothing else.
    QHash<qint64, QPair<int, int>> lastOf; // annotation id -> its last stored edit
    QSet<QPair<int, int>> audited;
    for (const AuditEntry &e : store->auditLog()) {
        if (e.id <= auditBefore)
            continue;
        QCOMPARE(e.action, QStringLiteral("update-annotation"));
        const QPointF after = Test::firstPointOf(e.after);
        const QPair<int, int> edit{int(after.x()), int(after.y())};
        QVERIFY2(!audited.contains(edit), "an edit audited twice");
        QVERIFY2(stored.contains(edit), "a refused edit was stored");
        QCOMPARE(Test::firstPointOf(e.before), seenBy.value(edit));
        audited.insert(edit);
        lastOf.insert(e.annotationId, edit);
    }
    QCOMPARE(audited, stored);
    // Each box is what its last stored edit made it: no write landed on a stale version.
    for (const Annotation &a : store->annotations(imageId)) {
        const QPair<int, int> edit = lastOf.value(a.id, {-1, -1});
        QCOMPARE(a.points.constFirst(), QPointF(edit.first, edit.second));
    }
}

QTEST_GUILESS_MAIN(TestServerConcurrency)
#include "tst_serverconcurrency.moc"
