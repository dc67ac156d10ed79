// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "store/goldstore.h"
#include "store/issuestore.h"
#include "store/migrations.h"
#include "store/projectstore.h"
#include "store/sqldialect.h"
#include "store/sqlitedatabase.h"
#include "testhelpers.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestMigrations : public QObject
{
    Q_OBJECT

private slots:
    void newProjectIsCurrentAndRecognisable();
    void olderProjectIsMigrated();
    void version1ProjectGainsSkeletons();
    void goldReferencesLeaveThePayload();
    void newerProjectIsRefusedUntouched();
    void foreignFilesAreRefusedUntouched_data();
    void foreignFilesAreRefusedUntouched();
    void damagedProjectIsRefusedUntouched();
    void deepDamageIsFoundByCheck();

private:
    QString makeProject(QTemporaryDir &dir, int annotations = 0);
};

QString TestMigrations::makeProject(QTemporaryDir &dir, int annotations)
{
    const QString path = dir.filePath(QStringLiteral("p.tessera"));
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::create(path, &error);
    if (!store)
        return QString();
    store->setAuthor(QStringLiteral("t"));
    Asset a{.kind = AssetKind::Image,
            .name = QStringLiteral("x.jpg"),
            .sha256 = QStringLiteral("s")};
    store->addAsset(a);
    QList<Annotation> list;
    for (int i = 0; i < annotations; ++i)
        list.append({.assetId = a.id,
                     .kind = AnnotationKind::Polygon,
                     .points = {QPointF(i, i), QPointF(i + 1, i), QPointF(i, i + 1)}});
    store->addAnnotations(list, ProjectStore::AuditDetail::Summary);
    return path;
}

void TestMigrations::newProjectIsCurrentAndRecognisable()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    QVERIFY(!path.isEmpty());
    QString error;
    QCOMPARE(ProjectStore::schemaVersionOf(path, &error), Migrations::latestVersion());
    SqliteDatabase db;
    QVERIFY(db.open(path, SqliteDatabase::ReadOnly));
    QCOMPARE(db.queryInt("PRAGMA application_id").value_or(0), qint64(SqlDialect::applicationId));
    SqliteStatement *q = db.prepare("PRAGMA journal_mode");
    QVERIFY(q && q->step());
    QCOMPARE(q->text(0), QStringLiteral("wal"));
    q->reset();
    // No half-made file is left behind by creation.
    QVERIFY(!QFile::exists(path + QStringLiteral(".creating")));
}

void TestMigrations::olderProjectIsMigrated()
{
    // Schema version 0: a file that is recognisably Tessera's but has no tables yet, the state
    // every migration chain starts from.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.tessera"));
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::ReadWriteCreate));
        QVERIFY(db.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(SqlDialect::applicationId)));
        QVERIFY(db.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    }
    QString error;
    QCOMPARE(ProjectStore::schemaVersionOf(path, &error), 0);
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
    Label label{.name = QStringLiteral("works")};
    QVERIFY(store->addLabel(label));
    store.reset();
    // The header shows the new version at once (the migration was checkpointed).
    QCOMPARE(ProjectStore::schemaVersionOf(path, &error), Migrations::latestVersion());
}

void TestMigrations::version1ProjectGainsSkeletons()
{
    // Make a genuine version-1 file: migration 1 alone, as the first release wrote it, with a
    // label and a comment in it.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.tessera"));
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::ReadWriteCreate));
        QVERIFY(db.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(SqlDialect::applicationId)));
        QVERIFY(db.exec(SqlDialect::expand(QString::fromUtf8(Migrations::all().constFirst().sql))));
        QVERIFY(db.exec(QStringLiteral(
                "INSERT INTO meta VALUES ('format', 'tessera-project');"
                "INSERT INTO labels (name, color, kinds, sort_order) VALUES ('old', '#ff0000', 7, "
                "0);"
                "INSERT INTO assets (kind, name, added_by, added_at) VALUES (0, 'a.jpg', 't', 1);"
                "INSERT INTO comments (asset_id, author, created_at, body, pin_x, pin_y) "
                "VALUES (1, 't', 1, 'look here', 5, 6);"
                "PRAGMA user_version = 1;")));
    }
    QString error;
    QCOMPARE(ProjectStore::schemaVersionOf(path, &error), 1);
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    QCOMPARE(store->schemaVersion(), Migrations::latestVersion());
    // Version 3: the old comment is an open issue pinned to its point, and can get replies.
    IssueStore issues(*store);
    QList<IssueThread> threads = issues.threads(1);
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads[0].issue.body, QStringLiteral("look here"));
    QCOMPARE(threads[0].issue.region, QRectF(5, 6, 0, 0));
    Comment reply{.body = QStringLiteral("fixed")};
    QVERIFY2(issues.reply(threads[0].issue.id, reply), qPrintable(issues.errorString()));
    QCOMPARE(issues.threads(1).constFirst().replies.size(), 1);
    QCOMPARE(store->labels().size(), 1); // the old label survives, with no skeleton
    QVERIFY(store->labels().constFirst().skeleton.isEmpty());
    Label person{.name = QStringLiteral("person")};
    person.skeleton = {{QStringLiteral("nose"), QStringLiteral("eye")}, {{0, 1}}};
    QVERIFY(store->addLabel(person));
    QCOMPARE(store->labelByName(QStringLiteral("person"))->skeleton, person.skeleton);
}

// A version-9 file kept a gold reference in the asset's payload; version 10 moves it into
// gold_references and leaves the rest of the payload.
void TestMigrations::goldReferencesLeaveThePayload()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v9.tessera"));
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::ReadWriteCreate));
        QVERIFY(db.exec(
                QStringLiteral("PRAGMA application_id = %1").arg(SqlDialect::applicationId)));
        for (const Migrations::Migration &m : Migrations::all())
            if (m.version <= 9)
                QVERIFY(db.exec(SqlDialect::expand(QString::fromUtf8(m.sql))));
        QVERIFY(db.exec(QStringLiteral(
                "INSERT INTO meta VALUES ('format', 'tessera-project');"
                "INSERT INTO assets (kind, name, added_by, added_at, payload) VALUES (0, 'g.jpg', "
                "'t', 1, '{\"note\":\"keep\",\"gold\":{\"annotations\":[{\"kind\":\"box\"}],"
                "\"by\":\"lead\"}}');"
                "INSERT INTO assets (kind, name, added_by, added_at, payload) VALUES (0, 'p.jpg', "
                "'t', 1, '{\"note\":\"golden hour\"}');"
                "INSERT INTO assets (kind, name, added_by, added_at) VALUES (0, 'n.jpg', 't', 1);"
                "PRAGMA user_version = 9;")));
    }
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    QVERIFY2(store, qPrintable(error));
    GoldStore gold(*store);
    QCOMPARE(gold.assets(), QList<qint64>{1});
    const std::optional<GoldReference> reference = gold.reference(1);
    QVERIFY(reference);
    QCOMPARE(reference->markedBy, QStringLiteral("lead"));
    QCOMPARE(reference->annotations.size(), 1);
    QCOMPARE(reference->annotations[0].toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("box"));
    const QJsonObject payload = store->asset(1)->payload;
    QVERIFY(!payload.contains(QStringLiteral("gold")));
    QCOMPARE(payload.value(QStringLiteral("note")).toString(), QStringLiteral("keep"));
    QCOMPARE(store->asset(2)->payload.value(QStringLiteral("note")).toString(),
             QStringLiteral("golden hour"));
    QVERIFY(!gold.isGold(2));
    QVERIFY(!gold.isGold(3));
}

void TestMigrations::newerProjectIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::ReadWrite));
        QVERIFY(db.exec(QStringLiteral("PRAGMA user_version = 99")));
        QVERIFY(db.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    }
    const QByteArray before = Test::fileHash(path);
    QString error;
    QVERIFY(!ProjectStore::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("newer Tessera")), qPrintable(error));
    QVERIFY(error.contains(QStringLiteral("99")));
    QCOMPARE(Test::fileHash(path), before);
}

void TestMigrations::foreignFilesAreRefusedUntouched_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty-file") << QByteArray() << QStringLiteral("not a Tessera project");
    QTest::newRow("text-file") << QByteArray("hello, I am not a database\n")
                               << QStringLiteral("not a Tessera project");
    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    png.append(200, '\0');
    QTest::newRow("png-image") << png << QStringLiteral("not a Tessera project");
    QByteArray truncated("SQLite format 3\0", 16);
    QTest::newRow("truncated-header") << truncated << QStringLiteral("not a Tessera project");
    QTest::newRow("other-sqlite-app") << QByteArray() << QStringLiteral("another application");
}

void TestMigrations::foreignFilesAreRefusedUntouched()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("thing.tessera"));
    if (QByteArray(QTest::currentDataTag()) == "other-sqlite-app") {
        SqliteDatabase db;
        QVERIFY(db.open(path, SqliteDatabase::ReadWriteCreate));
        QVERIFY(db.exec(QStringLiteral("CREATE TABLE notes(x); INSERT INTO notes VALUES (1);")));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = Test::fileHash(path);
    QString error;
    QVERIFY(!ProjectStore::open(path, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("thing.tessera")), qPrintable(error));
    QCOMPARE(Test::fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("thing.tessera")});
}

void TestMigrations::damagedProjectIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir);
    {
        // Keep page 1 (header and schema) but wreck every page after it: the tables are gone.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 size = file.size();
        QVERIFY(size > 4096 * 2);
        file.seek(4096);
        file.write(QByteArray(int(size - 4096), '\xA5'));
    }
    const QByteArray before = Test::fileHash(path);
    QString error;
    QVERIFY(!ProjectStore::open(path, &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QCOMPARE(Test::fileHash(path), before);
}

void TestMigrations::deepDamageIsFoundByCheck()
{
    QTemporaryDir dir;
    const QString path = makeProject(dir, 3000);
    qint64 size = 0;
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        size = file.size();
        // Damage two pages near the end: annotation data, far from the schema.
        file.seek(size - 3 * 4096);
        file.write(QByteArray(2 * 4096, '\x5A'));
    }
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(path, &error);
    if (!store) {
        QVERIFY(error.contains(QStringLiteral("damaged"))); // found early: also a clear refusal
        return;
    }
    const QStringList problems = store->check(false);
    QVERIFY(!problems.isEmpty());
    QVERIFY2(problems.constFirst().startsWith(QStringLiteral("database:")),
             qPrintable(problems.constFirst()));
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
