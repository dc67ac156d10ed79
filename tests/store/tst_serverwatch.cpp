// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "pgtestserver.h"
#include "store/pgdatabase.h"
#include "store/serverextras.h"
#include "store/serverschema.h"
#include "store/serverwatcher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace Tessera;

/**
 * Live updates of a server project on a real PostgreSQL (Test::PgTestServer): what one client
 * commits reaches another's ServerWatcher, each case in a database of its own.
 */
class TestServerWatch : public QObject
{
    Q_OBJECT

private:
    Test::PgTestServer m_pg;

    // A fresh server project and a second client's connection to it.
    ProjectLocation project()
    {
        const ProjectLocation location = m_pg.freshDatabase();
        QString error;
        if (!location.isValid() || !ServerSchema::initialize(location, &error))
            qWarning("initialize: %s", qPrintable(error));
        return location;
    }
    static QList<ServerChange> changes(const QSignalSpy &spy)
    {
        QList<ServerChange> out;
        for (const QList<QVariant> &arguments : spy)
            out << arguments.at(0).value<ServerChange>();
        return out;
    }
    static const char *addAsset()
    {
        return "INSERT INTO assets (kind, name, added_by, added_at) "
               "VALUES (0, 'a.png', 'bob', 0)";
    }

private slots:
    void initTestCase() { QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString())); }

    void anEditInOneClientReachesAnother()
    {
        const ProjectLocation location = project();
        ServerWatcher watcher(location);
        QVERIFY2(watcher.start(), qPrintable(watcher.errorString()));
        QSignalSpy spy(&watcher, &ServerWatcher::changed);
        auto other = Test::PgTestServer::connect(location);
        QVERIFY(other->exec(QString::fromLatin1(addAsset())));
        const qint64 asset = other->queryInt("SELECT max(id) FROM assets").value_or(0);
        QVERIFY(other->exec(
                QStringLiteral("BEGIN; INSERT INTO annotations (asset_id, kind, origin, "
                               "author, created_at, modified_at) VALUES "
                               "(%1, 0, 0, 'bob', 0, 0), (%1, 0, 0, 'bob', 0, 0); "
                               "UPDATE annotations SET z = 2 WHERE asset_id = %1; "
                               "COMMIT")
                        .arg(asset)));
        // The issue asks for 1 s; the figure is measured by tessera-bench server. Here a loaded
        // machine gets more time, but the change must come without anything polling for it.
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 5000);
        const QList<ServerChange> seen = changes(spy);
        QCOMPARE(seen[0].table, QStringLiteral("assets"));
        QCOMPARE(seen[0].operation, QStringLiteral("insert"));
        QCOMPARE(seen[0].assets, QList<qint64>{asset});
        QCOMPARE(seen[1].table, QStringLiteral("annotations"));
        QCOMPARE(seen[1].operation, QStringLiteral("insert"));
        QCOMPARE(seen[1].assets, QList<qint64>{asset}); // two rows of one asset: named once
        QCOMPARE(seen[2].operation, QStringLiteral("update"));
        QCOMPARE(seen[2].senderPid, other->backendPid());
        QVERIFY(!seen[2].allAssets);
    }

    void ownChangesAndEmptyStatementsAreNotReported()
    {
        const ProjectLocation location = project();
        ServerWatcher watcher(location);
        QVERIFY2(watcher.start(), qPrintable(watcher.errorString()));
        QSignalSpy spy(&watcher, &ServerWatcher::changed);
        auto own = Test::PgTestServer::connect(location);
        auto other = Test::PgTestServer::connect(location);
        watcher.ignoreSender(own->backendPid());
        QVERIFY(own->exec(QString::fromLatin1(addAsset())));
        QVERIFY(other->exec(QStringLiteral("UPDATE assets SET status = 1 WHERE id < 0")));
        QVERIFY(other->exec(QStringLiteral("DELETE FROM assets WHERE id = %1")
                                    .arg(own->queryInt("SELECT max(id) FROM assets").value_or(0))));
        // Notices arrive in commit order: once the delete is here, the two before it would be.
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        QTest::qWait(100);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(changes(spy)[0].operation, QStringLiteral("delete"));
    }

    void aLargeStatementSaysEverythingOnce()
    {
        const ProjectLocation location = project();
        ServerWatcher watcher(location);
        QVERIFY2(watcher.start(), qPrintable(watcher.errorString()));
        QSignalSpy spy(&watcher, &ServerWatcher::changed);
        auto other = Test::PgTestServer::connect(location);
        QVERIFY(other->exec(QStringLiteral("INSERT INTO assets (kind, name, added_by, added_at) "
                                           "SELECT 0, 'i' || n, 'bob', 0 FROM "
                                           "generate_series(1, 300) n")));
        QVERIFY(other->exec(QStringLiteral("INSERT INTO labels (name, color, sort_order) VALUES "
                                           "('cat', '#ff0000', 0)")));
        QVERIFY(other->exec(QStringLiteral("INSERT INTO reviews (asset_id, status, reviewer, at) "
                                           "SELECT id, 2, 'rita', 0 FROM assets WHERE id <= 3")));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 3, 5000);
        const QList<ServerChange> seen = changes(spy);
        QCOMPARE(seen[0].table, QStringLiteral("assets"));
        QVERIFY(seen[0].allAssets); // 300 assets: more than a notice lists
        QVERIFY(seen[0].assets.isEmpty());
        QCOMPARE(seen[1].table, QStringLiteral("labels"));
        QVERIFY(!seen[1].allAssets);
        QVERIFY(seen[1].assets.isEmpty());
        QCOMPARE(seen[2].table, QStringLiteral("reviews"));
        QList<qint64> reviewed = seen[2].assets;
        std::sort(reviewed.begin(), reviewed.end());
        QCOMPARE(reviewed, (QList<qint64>{1, 2, 3}));
    }

    void aDroppedConnectionComesBack()
    {
        const ProjectLocation location = project();
        ServerWatcher watcher(location);
        QVERIFY2(watcher.start(), qPrintable(watcher.errorString()));
        QSignalSpy lost(&watcher, &ServerWatcher::connectionLost);
        QSignalSpy back(&watcher, &ServerWatcher::reconnected);
        QSignalSpy spy(&watcher, &ServerWatcher::changed);
        auto other = Test::PgTestServer::connect(location);
        // The server ends the watcher's session, as a restart or an administrator would.
        QCOMPARE(other->queryInt(QStringLiteral("SELECT count(*) FROM pg_terminate_backend(%1)")
                                         .arg(watcher.backendPid())
                                         .toUtf8()
                                         .constData()),
                 1);
        QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, 5000);
        QVERIFY(!watcher.isConnected());
        QVERIFY2(lost.at(0).at(0).toString().contains(location.display()),
                 qPrintable(lost.at(0).at(0).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(back.size(), 1, 10000);
        QVERIFY(watcher.isConnected());
        QVERIFY(other->exec(QString::fromLatin1(addAsset())));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
        QCOMPARE(lost.size(), 1); // reported once, not once per retry
    }

    void aProjectWithoutLiveUpdatesGetsThem()
    {
        const ProjectLocation location = project();
        auto admin = Test::PgTestServer::connect(location);
        // As a project made before the server-only extras existed.
        QVERIFY(admin->exec(QStringLiteral("DROP FUNCTION tessera_notify_change() CASCADE; "
                                           "DROP TABLE tessera_server")));
        QString error;
        const auto again = ServerSchema::initialize(location, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(again->from, again->to); // the schema itself was already up to date
        QCOMPARE(admin->queryInt("SELECT extras FROM tessera_server"),
                 std::optional<qint64>(ServerExtras::latestLevel()));
        ServerWatcher watcher(location);
        QVERIFY2(watcher.start(), qPrintable(watcher.errorString()));
        QSignalSpy spy(&watcher, &ServerWatcher::changed);
        QVERIFY(admin->exec(QString::fromLatin1(addAsset())));
        QTRY_COMPARE_WITH_TIMEOUT(spy.size(), 1, 5000);
    }

    void anUnreachableServerIsNamed()
    {
        ServerWatcher watcher(
                ProjectLocation(QStringLiteral("postgresql://nobody:secret@127.0.0.1:1/x")));
        QVERIFY(!watcher.start());
        QVERIFY2(watcher.errorString().contains(QStringLiteral("127.0.0.1")),
                 qPrintable(watcher.errorString()));
        QVERIFY(!watcher.errorString().contains(QStringLiteral("secret")));
    }

    void theCliPrintsEachChangeAsALine()
    {
        const ProjectLocation location = project();
        QProcess cli;
        cli.start(qEnvironmentVariable("TESSERA_CLI"),
                  {QStringLiteral("server"), QStringLiteral("watch"), location.toString(),
                   QStringLiteral("--json"), QStringLiteral("--count"), QStringLiteral("2"),
                   QStringLiteral("--seconds"), QStringLiteral("60")});
        QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
        // The watcher listens some time after the process starts: another client keeps editing
        // until it has heard two changes and ended.
        auto other = Test::PgTestServer::connect(location);
        for (int i = 0; i < 200 && cli.state() != QProcess::NotRunning; ++i) {
            QVERIFY(other->exec(QString::fromLatin1(addAsset())));
            cli.waitForFinished(100);
        }
        QVERIFY(cli.state() == QProcess::NotRunning || cli.waitForFinished(10000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        const QList<QByteArray> lines = cli.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        for (const QByteArray &line : lines) {
            const QJsonObject change = QJsonDocument::fromJson(line).object();
            QCOMPARE(change.value(QLatin1String("table")).toString(), QStringLiteral("assets"));
            QCOMPARE(change.value(QLatin1String("op")).toString(), QStringLiteral("insert"));
            QCOMPARE(change.value(QLatin1String("assets")).toArray().size(), 1);
            QCOMPARE(change.value(QLatin1String("sender")).toInt(), other->backendPid());
        }
    }

    void foreignNoticesAreNotChanges()
    {
        QVERIFY(!ServerWatcher::parse("hello"));
        QVERIFY(!ServerWatcher::parse("{\"table\":\"assets\"}"));
        QVERIFY(!ServerWatcher::parse("{\"table\":\"assets\",\"op\":\"insert\",\"assets\":7}"));
        const auto all
                = ServerWatcher::parse("{\"table\":\"assets\",\"op\":\"insert\",\"assets\":null}");
        QVERIFY(all && all->allAssets);
        const auto some = ServerWatcher::parse(
                "{\"table\":\"comments\",\"op\":\"delete\",\"assets\":[5,9007199254740991]}");
        QVERIFY(some && !some->allAssets);
        QCOMPARE(some->assets, (QList<qint64>{5, 9007199254740991LL}));
    }
};

QTEST_GUILESS_MAIN(TestServerWatch)
#include "tst_serverwatch.moc"
