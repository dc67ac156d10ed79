// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "jobs/projectlocator.h"
#include "store/pgdatabase.h"
#include "store/projectlocation.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

/** Where a project lives: a file path or a postgresql:// URL, parsed once, opened by the store. */
class TestProjectLocation : public QObject
{
    Q_OBJECT

private slots:
    void serverMessagesBecomeOneLine_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("line");
        QTest::newRow("hint below") << QStringLiteral(
                "connection to server at \"db\", port 5432 failed: Connection refused\n"
                "\tIs the server running on that host and accepting TCP/IP connections?\n")
                                    << QStringLiteral(
                                               "connection to server at \"db\", port 5432 failed: "
                                               "Connection refused. Is the server running on that "
                                               "host and accepting TCP/IP connections?");
        QTest::newRow("sentence broken")
                << QStringLiteral("server closed the connection unexpectedly\n\tThis probably "
                                  "means the server terminated abnormally\n\tbefore or while "
                                  "processing the request.\n")
                << QStringLiteral("server closed the connection unexpectedly. This probably means "
                                  "the server terminated abnormally before or while processing "
                                  "the request.");
        QTest::newRow("one line") << QStringLiteral("disk I/O error")
                                  << QStringLiteral("disk I/O error");
        QTest::newRow("empty") << QString() << QString();
    }
    void serverMessagesBecomeOneLine()
    {
        QFETCH(QString, message);
        QFETCH(QString, line);
        QCOMPARE(PgDatabase::oneLine(message), line);
    }
    void filePathsAreMadeAbsolute()
    {
        const ProjectLocation location(QStringLiteral("some/where/cats.tessera"));
        QVERIFY(location.isFile());
        QVERIFY(location.isValid());
        QCOMPARE(location.filePath(), QDir::current().absoluteFilePath("some/where/cats.tessera"));
        QCOMPARE(location.folder(), QDir::current().absoluteFilePath("some/where"));
        QCOMPARE(location.name(), QStringLiteral("cats"));
        QCOMPARE(ProjectLocation(location.toString()), location);
        QVERIFY(!ProjectLocation(QString()).isValid());
        QVERIFY(!ProjectLocation(QStringLiteral("  ")).isValid());
    }

    void serverUrlsKeepTheirPasswordOutOfSight()
    {
        const ProjectLocation location(
                QStringLiteral("postgresql://ann:s3cr%40t@db.lab:6543/cats?sslmode=require"));
        QVERIFY(location.isServer());
        QVERIFY(location.isValid());
        QCOMPARE(location.host(), QStringLiteral("db.lab"));
        QCOMPARE(location.port(), 6543);
        QCOMPARE(location.user(), QStringLiteral("ann"));
        QCOMPARE(location.database(), QStringLiteral("cats"));
        QCOMPARE(location.name(), QStringLiteral("cats"));
        QVERIFY(location.filePath().isEmpty());
        QVERIFY(location.folder().isEmpty());
        // What is shown and what is stored never hold the password.
        QVERIFY(!location.display().contains(QStringLiteral("s3cr")));
        QVERIFY(!location.toString().contains(QStringLiteral("s3cr")));
        QCOMPARE(location.toString(),
                 QStringLiteral("postgresql://ann@db.lab:6543/cats?sslmode=require"));
        // libpq gets it, decoded and quoted, with the URL's options.
        QCOMPARE(location.connectionString(),
                 QStringLiteral("host='db.lab' port=6543 dbname='cats' user='ann' "
                                "password='s3cr@t' sslmode='require'"));
        // A stored location parses back to the same place.
        QCOMPARE(ProjectLocation(location.toString()), location);
    }

    void serverUrlDefaultsAndQuoting()
    {
        const ProjectLocation local(QStringLiteral("postgres:///team"));
        QVERIFY(local.isServer());
        QVERIFY(local.isValid());
        QVERIFY(local.host().isEmpty()); // the local socket
        QCOMPARE(local.port(), 5432);
        QCOMPARE(local.connectionString(), QStringLiteral("port=5432 dbname='team'"));
        const ProjectLocation odd(QStringLiteral("postgresql://localhost/it's%20mine?bad%20key=x"));
        QVERIFY(odd.isValid());
        // Quotes are escaped; a query key that is not a libpq keyword is not passed on.
        QCOMPARE(odd.connectionString(),
                 QStringLiteral("host='localhost' port=5432 dbname='it\\'s mine'"));
    }

    void serverUrlWithoutADatabaseIsRefused()
    {
        for (const char *text : {"postgresql://host", "postgresql://host/", "postgresql://h/a/b"}) {
            const ProjectLocation location(QString::fromLatin1(text));
            QVERIFY2(location.isServer(), text);
            QVERIFY2(!location.isValid(), text);
            QVERIFY2(location.errorString().contains(QStringLiteral("names no database")), text);
        }
    }

    void unreachableServerIsNamedWithoutItsPassword()
    {
        // A server that does not answer (port 1): refused with the URL, never its password, and
        // never mistaken for a file called "postgresql:" in the current folder.
        QTemporaryDir dir;
        const QString before = QDir::currentPath();
        QVERIFY(QDir::setCurrent(dir.path()));
        const auto restore = qScopeGuard([&before]() { QDir::setCurrent(before); });
        QString error;
        QVERIFY(!ProjectStore::open(QStringLiteral("postgresql://bob:pw@127.0.0.1:1/cats"),
                                    &error));
        QVERIFY2(error.contains(QStringLiteral("postgresql://bob@127.0.0.1:1/cats")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("cannot connect")), qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("pw@")));
        error.clear();
        QVERIFY(!ProjectStore::create(QStringLiteral("postgresql://127.0.0.1:1/cats"), &error));
        QVERIFY2(error.contains(QStringLiteral("cannot connect")), qPrintable(error));
        QVERIFY(QDir(dir.path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).isEmpty());
    }

    void storeRemembersItsLocationForWorkers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.tessera"));
        QString error;
        auto store = ProjectStore::create(path, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->location(), ProjectLocation(path));
        QCOMPARE(store->location().filePath(), QFileInfo(path).absoluteFilePath());
        // A worker's own connection opens the same project through it.
        auto worker = ProjectStore::open(store->location(), &error);
        QVERIFY2(worker, qPrintable(error));
        QCOMPARE(worker->path(), store->path());
    }

    void locatorPassesServerUrlsThrough()
    {
        const auto location = ProjectLocator::locate(QStringLiteral("postgresql://h/cats"));
        QVERIFY(location.error.isEmpty());
        QVERIFY(location.exists);
        QCOMPARE(location.projectPath, QStringLiteral("postgresql://h/cats"));
        QVERIFY(location.sourceFolder.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProjectLocation)
#include "tst_projectlocation.moc"
