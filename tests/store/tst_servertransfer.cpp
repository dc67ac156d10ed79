// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "bundle/projectbundle.h"
#include "pgtestserver.h"
#include "store/issuestore.h"
#include "store/projectstore.h"
#include "store/servertransfer.h"
#include "store/sqlitedatabase.h"
#include "team/teammerge.h"
#include "team/teamsplit.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

namespace {

// Every row of a table as text, in key order: what two projects must agree on.
QList<QStringList> dump(const QString &path, const QString &table)
{
    SqliteDatabase db;
    QList<QStringList> rows;
    if (!db.open(path, SqliteDatabase::ReadOnly))
        return rows;
    SqliteStatement *q
            = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table).toUtf8());
    int columns = 0;
    if (SqliteStatement *c = db.prepare(
                QStringLiteral("SELECT count(*) FROM pragma_table_info('%1')").arg(table).toUtf8());
        c && c->step())
        columns = int(c->int64(0));
    while (q && q->step()) {
        QStringList row;
        for (int i = 0; i < columns; ++i)
            row << (q->isNull(i) ? QStringLiteral("<null>") : q->text(i));
        rows << row;
    }
    return rows;
}

} // namespace

/**
 * A whole project pushed to a server project and pulled back into a file, on a real PostgreSQL
 * (Test::PgTestServer): every table, ids, forward references, history, issues.
 */
class TestServerTransfer : public QObject
{
    Q_OBJECT

private:
    Test::PgTestServer m_pg;
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_image = 0;

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
        m_path = m_dir.filePath(QStringLiteral("cats.tessera"));
        QString error;
        auto store = ProjectStore::create(m_path, &error);
        QVERIFY2(store, qPrintable(error));
        store->setAuthor(QStringLiteral("ann"));
        Label cat{.name = QStringLiteral("cat"), .color = QColor(Qt::red)};
        Label dog{.name = QStringLiteral("dog"), .color = QColor(Qt::blue)};
        QVERIFY(store->addLabel(cat) && store->addLabel(dog));
        QList<Asset> assets{{.kind = AssetKind::Image,
                             .path = QStringLiteral("img/a.png"),
                             .name = QStringLiteral("a.png"),
                             .sha256 = QStringLiteral("aa"),
                             .width = 64,
                             .height = 48},
                            {.kind = AssetKind::Text,
                             .name = QStringLiteral("t"),
                             .text = QStringLiteral("line one\n\ttabbed \\ back ✓")}};
        QVERIFY(store->addAssets(assets));
        m_image = assets[0].id;
        // Shapes with ids above the relation that joins them: a forward reference in id order,
        // as undo leaves behind when it puts removed shapes back under their old ids.
        Annotation a{
                .id = 5, .assetId = m_image, .labelId = cat.id, .points = {{1, 2}, {30.25, 40.5}}};
        a.provenance.score = 0.1 + 0.2;
        a.data.insert(QStringLiteral("note"), QStringLiteral("tab\there\nnewline \\N"));
        Annotation b{.id = 6, .assetId = m_image, .labelId = dog.id, .points = {{3, 4}, {9, 9}}};
        Annotation link{.id = 2,
                        .assetId = m_image,
                        .kind = AnnotationKind::Relation,
                        .sourceId = 5,
                        .targetId = 6};
        QList<Annotation> shapes{a, b};
        QVERIFY(store->addAnnotations(shapes));
        QList<Annotation> relation{link};
        QVERIFY2(store->addAnnotations(relation), qPrintable(store->errorString()));
        QVERIFY(store->setReviewStatus(m_image, ReviewStatus::Submitted));
        Comment issue{.assetId = m_image,
                      .body = QStringLiteral("is this a cat?"),
                      .region = QRectF(1, 2, 3, 4)};
        IssueStore issues(*store);
        QVERIFY(issues.open(issue));
        Comment reply{.body = QStringLiteral("yes")};
        QVERIFY(issues.reply(issue.id, reply));
    }

    void pushThenPullGivesTheSameProject()
    {
        const ProjectLocation server = m_pg.freshDatabase();
        QString error;
        {
            auto store = ProjectStore::open(m_path, &error);
            QVERIFY2(store, qPrintable(error));
            const auto report = ServerTransfer::push(*store, server, {}, &error);
            QVERIFY2(report, qPrintable(error));
            QVERIFY(report->contains({QStringLiteral("annotations"), 3}));
            QVERIFY(report->contains({QStringLiteral("assets"), 2}));
        }
        std::unique_ptr<PgDatabase> pg = Test::PgTestServer::connect(server);
        QVERIFY(pg);
        // Media stay where they are, named by absolute path.
        PgStatement *path = pg->prepare("SELECT path FROM assets WHERE id = ?");
        QVERIFY(path && path->bind(1, m_image).step());
        QCOMPARE(path->text(0), m_dir.filePath(QStringLiteral("img/a.png")));
        // The server hands out ids after the pushed ones.
        QVERIFY(pg->exec(QStringLiteral(
                "INSERT INTO labels (name, color, sort_order) VALUES ('bird', '#00ff00', 9)")));
        QCOMPARE(pg->queryInt("SELECT max(id) FROM labels"), qint64(3));
        QVERIFY(pg->exec(QStringLiteral("DELETE FROM labels WHERE name = 'bird'")));
        QCOMPARE(pg->queryInt("SELECT count(*) FROM audit_log"),
                 qint64(dump(m_path, QStringLiteral("audit_log")).size()));

        const QString pulled = m_dir.filePath(QStringLiteral("pulled.tessera"));
        const auto back = ServerTransfer::pull(server, pulled, {}, &error);
        QVERIFY2(back, qPrintable(error));
        for (const QString &table : ServerTransfer::tables()) {
            QList<QStringList> before = dump(m_path, table);
            const QList<QStringList> after = dump(pulled, table);
            if (table == QLatin1String("assets")) // the one change: the path made absolute
                before[0][2] = m_dir.filePath(before[0][2]);
            QCOMPARE(after, before);
        }
        // And through the store: the same shapes, score to the last bit, the relation intact.
        auto original = ProjectStore::open(m_path, &error);
        auto copy = ProjectStore::open(pulled, &error);
        QVERIFY2(copy, qPrintable(error));
        QCOMPARE(copy->annotations(m_image), original->annotations(m_image));
        QCOMPARE(copy->annotation(5)->provenance.score, std::optional<double>(0.1 + 0.2));
        QCOMPARE(copy->annotation(2)->sourceId, 5);
        QCOMPARE(IssueStore(*copy).openIssues().size(), 1);
        QVERIFY(copy->check(false).isEmpty());
        // Ids continue after the pulled ones in the file too.
        Label bird{.name = QStringLiteral("bird"), .color = QColor(Qt::green)};
        QVERIFY(copy->addLabel(bird));
        QCOMPARE(bird.id, 3);
    }

    void pushRefusesAServerProjectInUse()
    {
        const ProjectLocation server = m_pg.freshDatabase();
        QString error;
        auto store = ProjectStore::open(m_path, &error);
        QVERIFY(ServerTransfer::push(*store, server, {}, &error));
        QVERIFY(!ServerTransfer::push(*store, server, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("already holds a project")), qPrintable(error));
        std::unique_ptr<PgDatabase> pg = Test::PgTestServer::connect(server);
        QCOMPARE(pg->queryInt("SELECT count(*) FROM annotations"), qint64(3));
    }

    void canceledPushLeavesTheServerEmpty()
    {
        const ProjectLocation server = m_pg.freshDatabase();
        QString error;
        auto store = ProjectStore::open(m_path, &error);
        std::atomic_bool cancel{true};
        JobControl control;
        control.cancel = &cancel;
        QVERIFY(!ServerTransfer::push(*store, server, control, &error));
        QVERIFY(error.contains(QStringLiteral("Canceled")));
        std::unique_ptr<PgDatabase> pg = Test::PgTestServer::connect(server);
        QCOMPARE(pg->queryInt("SELECT count(*) FROM assets"), qint64(0));
        QCOMPARE(pg->queryInt("SELECT count(*) FROM audit_log"), qint64(0));
        // The file is still writable: its read snapshot was let go.
        QVERIFY(store->setSetting(QStringLiteral("after"), QStringLiteral("push")));
    }

    void pullMakesAFileWholeOrNotAtAll()
    {
        QString error;
        // An empty database holds no project: no file is made.
        const ProjectLocation empty = m_pg.freshDatabase();
        const QString target = m_dir.filePath(QStringLiteral("none.tessera"));
        QVERIFY(!ServerTransfer::pull(empty, target, {}, &error));
        QVERIFY2(error.contains(QStringLiteral("holds no Tessera project")), qPrintable(error));
        QVERIFY(!QFileInfo::exists(target));
        // A canceled pull removes what it began.
        const ProjectLocation server = m_pg.freshDatabase();
        auto store = ProjectStore::open(m_path, &error);
        QVERIFY(ServerTransfer::push(*store, server, {}, &error));
        std::atomic_bool cancel{true};
        JobControl control;
        control.cancel = &cancel;
        QVERIFY(!ServerTransfer::pull(server, target, control, &error));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(target + QStringLiteral("-wal")));
        // An existing file is never overwritten.
        QVERIFY(!ServerTransfer::pull(server, m_path, {}, &error));
        QVERIFY(error.contains(QStringLiteral("already exists")));
        QCOMPARE(dump(m_path, QStringLiteral("annotations")).size(), 3);
    }

    // Offline work: the team lead splits the server project into a bundle, the annotator labels
    // it at home, and the three-way merge brings the work back into the server project.
    void aBundleTakenHomeMergesBack()
    {
        const ProjectLocation location = m_pg.freshDatabase();
        QString error;
        std::unique_ptr<ProjectStore> lead = ProjectStore::create(location, &error);
        QVERIFY2(lead, qPrintable(error));
        Label cat{.name = QStringLiteral("cat")};
        QVERIFY(lead->addLabel(cat));
        QList<qint64> assets;
        for (int i = 0; i < 3; ++i) {
            Asset a{.kind = AssetKind::Image, .name = QStringLiteral("%1.png").arg(i)};
            QVERIFY(lead->addAsset(a));
            assets.append(a.id);
        }
        QTemporaryDir dir;
        QList<TeamSplit::Bundle> bundles;
        QVERIFY2(TeamSplit::write(*lead,
                                  {.annotators = {QStringLiteral("ann")}, .includeMedia = false},
                                  dir.path(), &bundles, &error),
                 qPrintable(error));
        QCOMPARE(bundles.size(), 1);
        QCOMPARE(bundles[0].assets, 3);

        QString path;
        QVERIFY2(ProjectBundle::open(bundles[0].path, dir.filePath(QStringLiteral("home")), &path,
                                     &error),
                 qPrintable(error));
        {
            std::unique_ptr<ProjectStore> home = ProjectStore::open(path, &error);
            QVERIFY2(home, qPrintable(error));
            QVERIFY(!home->isServer());
            home->setAuthor(QStringLiteral("ann"));
            QList<Annotation> work{{.assetId = assets[1],
                                    .labelId = cat.id,
                                    .kind = AnnotationKind::Box,
                                    .points = {QPointF(1, 2), QPointF(30, 40)}}};
            QVERIFY(home->addAnnotations(work));
            const QString back = dir.filePath(QStringLiteral("back.zip"));
            QVERIFY2(ProjectBundle::create(*home, back, {}, {}, &error), qPrintable(error));
        }
        TeamMerge::Report report;
        QVERIFY2(TeamMerge::merge(*lead, dir.filePath(QStringLiteral("back.zip")), {}, &report,
                                  &error),
                 qPrintable(error));
        QCOMPARE(report.added, 1);
        QCOMPARE(report.conflicts.size(), 0);
        // On the server, for every client.
        std::unique_ptr<ProjectStore> other = ProjectStore::open(location, &error);
        QVERIFY2(other, qPrintable(error));
        const QList<Annotation> merged = other->annotations(assets[1]);
        QCOMPARE(merged.size(), 1);
        QCOMPARE(merged[0].provenance.author, QStringLiteral("ann"));
        QCOMPARE(merged[0].points.constLast(), QPointF(30, 40));
        QVERIFY(other->annotations(assets[0]).isEmpty());
    }

    void cliPushesAndPulls()
    {
        const ProjectLocation server = m_pg.freshDatabase();
        const QString cli = qEnvironmentVariable("TESSERA_CLI");
        QVERIFY(!cli.isEmpty());
        QProcess p;
        p.start(cli, {QStringLiteral("server"), QStringLiteral("push"), m_path, server.toString()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("3 annotations"));
        const QString out = m_dir.filePath(QStringLiteral("cli-pulled"));
        p.start(cli, {QStringLiteral("server"), QStringLiteral("pull"), server.toString(), out});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(QFileInfo::exists(out + QStringLiteral(".tessera")));
        p.start(cli, {QStringLiteral("server"), QStringLiteral("push"), m_path, m_path});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("not a postgresql:// URL"));
    }
};

QTEST_GUILESS_MAIN(TestServerTransfer)
#include "tst_servertransfer.moc"
