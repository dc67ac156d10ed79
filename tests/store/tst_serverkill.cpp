// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "document/projectsession.h"
#include "editclienthelpers.h"
#include "items/assetlistmodel.h"
#include "store/pgdatabase.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Tessera;

/**
 * The server dies in the middle of writes (stopped as a crash would stop it) and comes back: a
 * client reports the lost connection instead of crashing, connects again by itself, and nothing
 * it was told is stored is lost. A server of its own (tests/helpers/pgserver.sh), as the
 * fixture's is shared with other tests.
 */
class TestServerKill : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void killedServerLosesNothingCommitted();

private:
    bool server(const char *action);

    QTemporaryDir m_dir;
    QString m_url;
};

bool TestServerKill::server(const char *action)
{
    QProcess p;
    p.start(QStringLiteral("bash"),
            {QStringLiteral(TESSERA_SOURCE_DIR "/tests/helpers/pgserver.sh"), QLatin1String(action),
             m_dir.filePath(QStringLiteral("pg"))});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        qWarning("pgserver.sh %s: %s", action, p.readAllStandardError().constData());
        return false;
    }
    return true;
}

void TestServerKill::initTestCase()
{
    QVERIFY(server("start"));
    QFile url(m_dir.filePath(QStringLiteral("pg/url")));
    QVERIFY(url.open(QIODevice::ReadOnly));
    const QString admin = QString::fromUtf8(url.readAll()).trimmed();
    PgDatabase db;
    QVERIFY2(db.open(ProjectLocation(admin).connectionString()), qPrintable(db.errorString()));
    QVERIFY(db.exec(QStringLiteral("CREATE DATABASE killed")));
    m_url = admin.left(admin.lastIndexOf(QLatin1Char('/'))) + QStringLiteral("/killed");
}

void TestServerKill::cleanupTestCase()
{
    server("stop");
}

void TestServerKill::killedServerLosesNothingCommitted()
{
    const QString client = qEnvironmentVariable("TESSERA_EDITCLIENT");
    QVERIFY2(!client.isEmpty(), "TESSERA_EDITCLIENT names the client program (ctest sets it)");
    QString error;
    std::unique_ptr<ProjectStore> store = Test::makeBoxProject(m_url, 5, &error);
    QVERIFY2(store, qPrintable(error));
    const qint64 imageId = store->assetIds().constFirst();
    const qint64 auditBefore = store->auditLog().constLast().id;

    // A client edits without pause; the server dies under it and comes back a second later.
    // A window's session on the same project, to hear of the loss and of the return.
    std::unique_ptr<ProjectStore> watched = ProjectStore::open(ProjectLocation(m_url), &error);
    QVERIFY2(watched, qPrintable(error));
    ProjectSession session(std::move(watched));
    QSignalSpy lost(&session, &ProjectSession::connectionLost);
    QSignalSpy restored(&session, &ProjectSession::connectionRestored);
    QSignalSpy reread(&session, &ProjectSession::changedElsewhere);

    // The asset list as a window shows it (one page read).
    AssetListModel list;
    list.setStore(store.get());
    const QString firstName = list.index(0).data(Qt::DisplayRole).toString();
    QVERIFY(!firstName.isEmpty());

    QProcess edits;
    edits.start(client, {m_url, QStringLiteral("1"), QStringLiteral("4000")});
    QVERIFY(edits.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(edits.bytesAvailable() > 2000, 20000); // writing for a while
    QVERIFY(server("kill"));
    QVERIFY(!store->setSetting(QStringLiteral("k"), QStringLiteral("v"))); // said, not crashed
    QVERIFY2(store->errorString().contains(m_url.section(QLatin1Char('/'), -1))
                     && store->errorString().contains(QLatin1String("cannot be reached"))
                     && store->errorString().contains(QLatin1String("not stored")),
             qPrintable(store->errorString()));
    // A row re-read while the server is away (its thumbnail came, an edit was refused) keeps
    // showing what it showed, not a blank.
    list.refreshAsset(imageId);
    QCOMPARE(list.index(0).data(Qt::DisplayRole).toString(), firstName);
    // The window says so once, in one line that names the project, however often it checks.
    const auto checkUntil = [&session](const QSignalSpy &spy) {
        QElapsedTimer waited;
        waited.start();
        while (spy.isEmpty() && waited.elapsed() < 20000) {
            session.checkOtherWriters();
            QThread::msleep(20);
        }
    };
    checkUntil(lost);
    session.checkOtherWriters();
    QCOMPARE(lost.size(), 1);
    const QString said = lost[0][0].toString();
    QVERIFY2(said.contains(m_url) && said.contains(QLatin1String("reconnecting"))
                     && !said.contains(QLatin1Char('\n')),
             qPrintable(said));
    QVERIFY(restored.isEmpty());
    QThread::msleep(1000);
    QVERIFY(server("resume"));
    // Back: everything shown is re-read (notices were missed meanwhile), then it says so.
    const qsizetype rereadBefore = reread.size();
    qsizetype rereadWhenBack = -1;
    connect(&session, &ProjectSession::connectionRestored, this,
            [&]() { rereadWhenBack = reread.size(); });
    checkUntil(restored);
    QCOMPARE(restored.size(), 1);
    QCOMPARE(rereadWhenBack, rereadBefore + 1);
    session.checkOtherWriters();
    QCOMPARE(restored.size(), 1);
    QCOMPARE(lost.size(), 1);
    // (Already reaped when an event loop ran meanwhile: then waitForFinished() says false.)
    QVERIFY2(edits.state() == QProcess::NotRunning || edits.waitForFinished(120000),
             qPrintable(edits.errorString() + QLatin1String("; ")
                        + QString::fromUtf8(edits.readAllStandardError())));
    QCOMPARE(edits.exitStatus(), QProcess::NormalExit);
    QCOMPARE(edits.exitCode(), 0);

    QSet<int> stored, failed;
    int okAfterFailure = 0;
    for (const QByteArray &line : edits.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> f = line.split(' ');
        if (f.size() < 4)
            continue;
        if (f[0] == "ok") {
            stored.insert(f[3].toInt());
            if (!failed.isEmpty())
                ++okAfterFailure;
        } else if (f[0] == "error") {
            failed.insert(f[3].toInt());
        }
    }
    QVERIFY2(!failed.isEmpty(), "the client never noticed the server was gone");
    QVERIFY2(okAfterFailure > 0, "the client did not connect again");

    // This connection comes back by itself on its next read (its last write failed at BEGIN).
    QVERIFY2(store->annotation(store->annotations(imageId).value(0).id),
             qPrintable(store->errorString()));
    // This connection is back too, and every edit the client was told is stored is there. An
    // edit whose answer was lost with the server may be there as well (its commit went through).
    QVERIFY2(store->setSetting(QStringLiteral("k"), QStringLiteral("v")),
             qPrintable(store->errorString()));
    QSet<int> audited;
    for (const AuditEntry &e : store->auditLog()) {
        if (e.id <= auditBefore || e.action != QLatin1String("update-annotation"))
            continue;
        audited.insert(int(Test::firstPointOf(e.after).y()));
    }
    for (int n : std::as_const(stored))
        QVERIFY2(audited.contains(n), qPrintable(QStringLiteral("edit %1 was lost").arg(n)));
    for (int n : std::as_const(audited))
        QVERIFY2(stored.contains(n) || failed.contains(n),
                 qPrintable(QStringLiteral("edit %1 stored but never made").arg(n)));
}

QTEST_GUILESS_MAIN(TestServerKill)
#include "tst_serverkill.moc"
