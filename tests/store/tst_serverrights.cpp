// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "pgtestserver.h"
#include "quality/consensus.h"
#include "quality/gold.h"
#include "store/goldstore.h"
#include "store/layerstore.h"
#include "store/pgdatabase.h"
#include "store/projectstore.h"
#include "store/serverextras.h"
#include "store/serverschema.h"

#include <QProcess>
#include <QSet>
#include <QTest>
#include <QUrl>

using namespace Tessera;

/**
 * The team's rights on a server project, enforced by PostgreSQL (ServerExtras): each login
 * connects as itself and tries, with raw SQL, what its role must not do.
 */
class TestServerRights : public QObject
{
    Q_OBJECT

private:
    Test::PgTestServer m_pg;
    ProjectLocation m_project;
    std::unique_ptr<PgDatabase> m_manager;
    QString m_annotator, m_reviewer, m_stranger;

    std::unique_ptr<PgDatabase> as(const QString &login)
    {
        return Test::PgTestServer::connectAs(m_project, login);
    }
    static qint64 count(PgDatabase &db, const char *sql) { return db.queryInt(sql).value_or(-1); }
    static int cli(const QStringList &arguments, QString *out)
    {
        QProcess p;
        p.start(qEnvironmentVariable("TESSERA_CLI"),
                QStringList{QStringLiteral("server")} + arguments);
        p.waitForFinished(60000);
        *out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    }
    static QList<qint64> ids(PgDatabase &db, const QString &sql)
    {
        QList<qint64> out;
        PgStatement *q = db.prepare(sql.toUtf8());
        while (q && q->step())
            out.append(q->int64(0));
        return out;
    }
    static const char *annotationOn(int asset)
    {
        return asset == 1 ? "INSERT INTO annotations (asset_id, kind, origin, author, created_at, "
                            "modified_at) VALUES (1, 0, 0, 'someone', 0, 0)"
                          : "INSERT INTO annotations (asset_id, kind, origin, author, created_at, "
                            "modified_at) VALUES (2, 0, 0, 'someone', 0, 0)";
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
        m_project = m_pg.freshDatabase();
        QString error;
        QVERIFY2(ServerSchema::initialize(m_project, &error), qPrintable(error));
        m_manager = Test::PgTestServer::connect(m_project);
        // Logins are the cluster's: made apart for this run, dropped at its end.
        m_annotator = m_pg.createLogin(QStringLiteral("ann_"));
        m_reviewer = m_pg.createLogin(QStringLiteral("rev_"));
        m_stranger = m_pg.createLogin(QStringLiteral("out_"));
        QVERIFY2(
                m_manager->exec(
                        QStringLiteral("INSERT INTO assets (kind, name, added_by, added_at) VALUES "
                                       "(0, 'a.png', 'm', 0), (0, 'b.png', 'm', 0);"
                                       "INSERT INTO team_members VALUES ('%1', 'annotator'), "
                                       "('%2', 'reviewer');"
                                       "INSERT INTO assignments VALUES (1, '%1');"
                                       "INSERT INTO annotations (asset_id, kind, origin, author, "
                                       "created_at, modified_at) VALUES (2, 0, 0, 'm', 0, 0)")
                                .arg(m_annotator, m_reviewer)),
                qPrintable(m_manager->errorString()));
    }

    void theInitialisingLoginIsTheFirstManager()
    {
        QCOMPARE(count(*m_manager, "SELECT count(*) FROM team_members WHERE login = session_user "
                                   "AND role = 'manager'"),
                 1);
        QCOMPARE(count(*m_manager, "SELECT extras FROM tessera_server"),
                 ServerExtras::latestLevel());
    }

    void anAnnotatorWorksOnItsAssetsOnly()
    {
        auto ann = as(m_annotator);
        // Reads its queue: the assets assigned to it, not the rest of the project.
        QCOMPARE(count(*ann, "SELECT count(*) FROM assets"), 1);
        // Its own asset: the shape goes in under its login, whatever author it claims.
        QVERIFY2(ann->exec(QString::fromLatin1(annotationOn(1))), qPrintable(ann->errorString()));
        QCOMPARE(count(*m_manager, "SELECT count(*) FROM annotations WHERE asset_id = 1"), 1);
        QVERIFY(ann->queryInt(QStringLiteral("SELECT count(*) FROM annotations WHERE asset_id = 1 "
                                             "AND author = '%1'")
                                      .arg(m_annotator)
                                      .toUtf8()
                                      .constData())
                == 1);
        // Not assigned: refused, and what is there stays as it is.
        QVERIFY(!ann->exec(QString::fromLatin1(annotationOn(2))));
        QVERIFY2(ann->errorString().contains(QStringLiteral("row-level security")),
                 qPrintable(ann->errorString()));
        QVERIFY(ann->exec(QStringLiteral("UPDATE annotations SET z = 9 WHERE asset_id = 2; "
                                         "DELETE FROM annotations WHERE asset_id = 2")));
        QCOMPARE(count(*m_manager, "SELECT count(*) FROM annotations WHERE asset_id = 2 AND z = 0"),
                 1);
    }

    void anAnnotatorCannotAcceptNorGiveItselfRights()
    {
        auto ann = as(m_annotator);
        const QString review = QStringLiteral("INSERT INTO reviews (asset_id, status, reviewer, "
                                              "at) VALUES (%1, %2, '%3', 0)");
        QVERIFY(!ann->exec(review.arg(1).arg(3).arg(m_annotator))); // accept its own work
        QVERIFY(!ann->exec(review.arg(2).arg(2).arg(m_annotator))); // submit another's
        QVERIFY2(ann->exec(review.arg(1).arg(2).arg(m_annotator)), qPrintable(ann->errorString()));
        QVERIFY(!ann->exec(QStringLiteral("INSERT INTO labels (name, color, sort_order) VALUES "
                                          "('x', '#fff', 0)")));
        QVERIFY(!ann->exec(
                QStringLiteral("INSERT INTO assignments VALUES (2, '%1')").arg(m_annotator)));
        QVERIFY(ann->exec(QStringLiteral("UPDATE team_members SET role = 'manager'")));
        QCOMPARE(count(*m_manager, "SELECT count(*) FROM team_members WHERE role = 'manager'"), 1);
        QVERIFY(ann->exec(QStringLiteral("DELETE FROM audit_log")));
        QVERIFY(ann->exec(QStringLiteral("INSERT INTO audit_log (at, author, action) VALUES "
                                         "(0, 'x', 'y')")));
        QCOMPARE(count(*m_manager, "SELECT count(*) FROM audit_log"), 1); // append-only
    }

    void aReviewerNeverAcceptsWhatItDrew()
    {
        auto rev = as(m_reviewer);
        const QString accept = QStringLiteral("INSERT INTO reviews (asset_id, status, reviewer, "
                                              "at) VALUES (%1, 3, '%2', 0)");
        QVERIFY2(rev->exec(QString::fromLatin1(annotationOn(2))), qPrintable(rev->errorString()));
        QVERIFY(!rev->exec(accept.arg(2).arg(m_reviewer)));
        QVERIFY2(rev->exec(accept.arg(1).arg(m_reviewer)), qPrintable(rev->errorString()));
        QVERIFY(!rev->exec(accept.arg(1).arg(m_annotator))); // nor in another's name
    }

    void theTeamLeadsCommands()
    {
        const QString login = m_pg.createLogin(QStringLiteral("new_"));
        const QString url = m_project.toString();
        QString out;
        QCOMPARE(cli({QStringLiteral("member"), url, login, QStringLiteral("annotator")}, &out), 0);
        QVERIFY2(out.contains(QStringLiteral("is now annotator")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("assign"), url, login, QStringLiteral("1-2"),
                      QStringLiteral("2")},
                     &out),
                 0);
        QVERIFY2(out.contains(QStringLiteral("2 asset(s) newly assigned")), qPrintable(out));
        QCOMPARE(count(*m_manager, "SELECT count(*) FROM assignments WHERE login LIKE 'new_%'"), 2);
        QCOMPARE(cli({QStringLiteral("assign"), url, login, QStringLiteral("99")}, &out), 1);
        QCOMPARE(cli({QStringLiteral("assign"), url, login, QStringLiteral("3-x")}, &out), 2);
        QCOMPARE(cli({QStringLiteral("member"), url, login, QStringLiteral("boss")}, &out), 2);
        // The annotator itself cannot promote itself: the server says no.
        QUrl own(url);
        own.setUserName(login);
        QCOMPARE(cli({QStringLiteral("member"), own.toString(), login, QStringLiteral("manager")},
                     &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("row-level security")), qPrintable(out));
        QCOMPARE(cli({QStringLiteral("member"), url, login, QStringLiteral("none")}, &out), 0);
        QCOMPARE(count(*m_manager, "SELECT count(*) FROM assignments WHERE login LIKE 'new_%'"), 0);
        QCOMPARE(cli({QStringLiteral("member"), url, login, QStringLiteral("none")}, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("not a member")), qPrintable(out));
    }

    // Gold references, and the history that holds them, are hidden from annotators; only
    // managers mark gold.
    void annotatorsNeverSeeGold()
    {
        QString error;
        std::unique_ptr<ProjectStore> lead = ProjectStore::open(m_project, &error);
        QVERIFY2(lead, qPrintable(error));
        Asset asset{.kind = AssetKind::Image, .name = QStringLiteral("gold.png")};
        QVERIFY2(lead->addAsset(asset), qPrintable(lead->errorString()));
        QVERIFY(m_manager->exec(QStringLiteral("INSERT INTO assignments VALUES (%1, '%2');"
                                               "INSERT INTO audit_log (at, author, action, "
                                               "asset_id) VALUES (0, 'm', 'note', 1)")
                                        .arg(asset.id)
                                        .arg(m_annotator)));
        QList<Annotation> truth{{.assetId = asset.id,
                                 .kind = AnnotationKind::Box,
                                 .points = {QPointF(1, 2), QPointF(30, 40)}}};
        QVERIFY(lead->addAnnotations(truth));
        QVERIFY2(Gold::mark(*lead, asset.id, &error), qPrintable(error));
        const QByteArray history = QByteArray("SELECT count(*) FROM audit_log WHERE asset_id = ")
                                   + QByteArray::number(asset.id);
        QCOMPARE(count(*m_manager, "SELECT count(*) FROM gold_references"), 1);
        QVERIFY(count(*m_manager, history.constData()) >= 2); // added, then removed into gold

        auto ann = as(m_annotator);
        QCOMPARE(count(*ann, "SELECT count(*) FROM gold_references"), 0);
        QCOMPARE(count(*ann, history.constData()), 0);
        QVERIFY(count(*ann, "SELECT count(*) FROM audit_log WHERE asset_id = 1") >= 1);
        QCOMPARE(count(*ann, "SELECT count(*) FROM assets WHERE name = 'gold.png'"), 1);
        QCOMPARE(count(*ann, "SELECT count(*) FROM annotations WHERE asset_id IN (SELECT "
                             "asset_id FROM assignments)")
                         - count(*ann, "SELECT count(*) FROM annotations WHERE asset_id = 1"),
                 0); // the gold asset looks unlabelled
        QVERIFY(!ann->exec(QStringLiteral("INSERT INTO gold_references VALUES (1, '[]', 'x', 0)")));
        QVERIFY(ann->exec(QStringLiteral("DELETE FROM gold_references; UPDATE gold_references "
                                         "SET annotations = '[]'")));
        QCOMPARE(count(*m_manager, "SELECT count(*) FROM gold_references WHERE annotations <> "
                                   "'[]'"),
                 1);
        // Through the store, as the window and CLI read it: no gold anywhere.
        QUrl own(m_project.toString());
        own.setUserName(m_annotator);
        std::unique_ptr<ProjectStore> annotator
                = ProjectStore::open(ProjectLocation(own.toString()), &error);
        QVERIFY2(annotator, qPrintable(error));
        QVERIFY(!Gold::isGold(*annotator, asset.id));
        QVERIFY(GoldStore(*annotator).assets().isEmpty());
        QVERIFY(annotator->auditLog(asset.id).isEmpty());

        // Reviewers score gold, so they read it; they cannot mark it.
        auto rev = as(m_reviewer);
        QCOMPARE(count(*rev, "SELECT count(*) FROM gold_references"), 1);
        QVERIFY(count(*rev, history.constData()) >= 2);
        QVERIFY(!rev->exec(QStringLiteral("INSERT INTO gold_references VALUES (1, '[]', 'x', 0)")));
    }

    // An asset given to two annotators (overlap for agreement) is labelled blind: each reads
    // only its own shapes and history there; once only one has it, the rest shows again.
    void overlapIsLabelledBlind()
    {
        const QString other = m_pg.createLogin(QStringLiteral("ann2_"));
        QVERIFY(m_manager->exec(
                QStringLiteral("INSERT INTO team_members VALUES ('%1', 'annotator')").arg(other)));
        const std::optional<qint64> shared
                = m_manager->queryInt("INSERT INTO assets (kind, name, added_by, added_at) VALUES "
                                      "(0, 'shared.png', 'm', 0) RETURNING id");
        QVERIFY2(shared, qPrintable(m_manager->errorString()));
        QVERIFY(m_manager->exec(QStringLiteral("INSERT INTO assignments VALUES (%1, '%2'), "
                                               "(%1, '%3')")
                                        .arg(*shared)
                                        .arg(m_annotator, other)));
        auto first = as(m_annotator);
        auto second = as(other);
        const QString draw = QStringLiteral(
                "INSERT INTO annotations (asset_id, kind, origin, author, created_at, "
                "modified_at) VALUES (%1, 0, 0, 'x', 0, 0);"
                "INSERT INTO audit_log (at, author, action, asset_id) VALUES (0, session_user, "
                "'annotation.add', %1)");
        QVERIFY2(first->exec(draw.arg(*shared)), qPrintable(first->errorString()));
        QVERIFY2(second->exec(draw.arg(*shared)), qPrintable(second->errorString()));
        const QByteArray onIt = QByteArray("SELECT count(*) FROM annotations WHERE asset_id = ")
                                + QByteArray::number(*shared);
        const QByteArray itsHistory = QByteArray("SELECT count(*) FROM audit_log WHERE asset_id = ")
                                      + QByteArray::number(*shared);
        QCOMPARE(count(*first, onIt.constData()), 1);
        QCOMPARE(count(*second, onIt.constData()), 1);
        QCOMPARE(count(*first, itsHistory.constData()), 1);
        QCOMPARE(count(*m_manager, onIt.constData()), 2);
        QCOMPARE(count(*as(m_reviewer), onIt.constData()), 2);
        // Neither can change the other's shape either.
        QVERIFY(first->exec(QString::fromUtf8("UPDATE annotations SET z = 5 WHERE asset_id = "
                                              + QByteArray::number(*shared))));
        QCOMPARE(count(*m_manager, (onIt + " AND z = 5").constData()), 1);
        QVERIFY(m_manager->exec(
                QStringLiteral("DELETE FROM assignments WHERE login = '%1'").arg(other)));
        QCOMPARE(count(*first, onIt.constData()), 2);
    }

    // The team lead deals work out: by filter, so many each, in turns, the overlap to everyone,
    // gold mixed in; what is assigned already is not handed out again.
    void assignmentDealsOutTheWork()
    {
        const ProjectLocation project = m_pg.freshDatabase();
        QString error;
        QVERIFY2(ServerSchema::initialize(project, &error), qPrintable(error));
        std::unique_ptr<ProjectStore> lead = ProjectStore::open(project, &error);
        QVERIFY2(lead, qPrintable(error));
        QList<qint64> images;
        for (int i = 0; i < 30; ++i) {
            Asset a{.kind = AssetKind::Image,
                    .name = QStringLiteral("%1_%2.png").arg(i < 24 ? "img" : "doc").arg(i)};
            QVERIFY(lead->addAsset(a));
            if (i < 24)
                images.append(a.id);
        }
        for (const qint64 id : {images[0], images[1]}) {
            QList<Annotation> truth{{.assetId = id,
                                     .kind = AnnotationKind::Box,
                                     .points = {QPointF(1, 2), QPointF(30, 40)}}};
            QVERIFY(lead->addAnnotations(truth));
            QVERIFY2(Gold::mark(*lead, id, &error), qPrintable(error));
        }
        const QString a = m_pg.createLogin(QStringLiteral("a_"));
        const QString b = m_pg.createLogin(QStringLiteral("b_"));
        const QString c = m_pg.createLogin(QStringLiteral("c_"));
        const QString url = project.toString();
        QString out;
        for (const QString &login : {a, b, c})
            QCOMPARE(cli({QStringLiteral("member"), url, login, QStringLiteral("annotator")}, &out),
                     0);
        auto db = Test::PgTestServer::connect(project);
        // A login that is not a member: refused, and nobody gets anything.
        QCOMPARE(cli({QStringLiteral("assign"), url, QStringLiteral("--annotators"),
                      a + QStringLiteral(",nobody_here")},
                     &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("nobody_here is not a member")), qPrintable(out));
        QCOMPARE(count(*db, "SELECT count(*) FROM assignments"), 0);

        QCOMPARE(cli({QStringLiteral("assign"), url, QStringLiteral("--annotators"),
                      a + QLatin1Char(',') + b, QStringLiteral("--count"), QStringLiteral("5"),
                      QStringLiteral("--overlap"), QStringLiteral("20%"), QStringLiteral("--gold"),
                      QStringLiteral("10"), QStringLiteral("--name"), QStringLiteral("img"),
                      QStringLiteral("--status"), QStringLiteral("new")},
                     &out),
                 0);
        const QString of = QStringLiteral("SELECT asset_id FROM assignments WHERE login = '%1' "
                                          "ORDER BY asset_id");
        const QList<qint64> toA = ids(*db, of.arg(a));
        const QList<qint64> toB = ids(*db, of.arg(b));
        // 5 own each, 2 (20 % of 10) to both, 1 gold each (10 % of 7, at least one).
        QCOMPARE(toA.size(), 8);
        QCOMPARE(toB.size(), 8);
        const QSet<qint64> setA(toA.cbegin(), toA.cend());
        const QSet<qint64> setB(toB.cbegin(), toB.cend());
        const QSet<qint64> gold{images[0], images[1]};
        const QSet<qint64> shared = QSet<qint64>(setA).intersect(setB);
        QVERIFY(shared.size() >= 2 && shared.size() <= 3); // the overlap, maybe the same gold
        QCOMPARE(QSet<qint64>(setA).intersect(gold).size(), 1);
        QCOMPARE(QSet<qint64>(setB).intersect(gold).size(), 1);
        for (const qint64 id : setA + setB)
            QVERIFY2(lead->asset(id)->name.startsWith(QStringLiteral("img")),
                     qPrintable(lead->asset(id)->name));
        // Again, for c, with no count: the rest of the images that are not gold, nothing twice.
        QCOMPARE(cli({QStringLiteral("assign"), url, QStringLiteral("--annotators"), c,
                      QStringLiteral("--name"), QStringLiteral("img")},
                     &out),
                 0);
        const QList<qint64> toC = ids(*db, of.arg(c));
        const QSet<qint64> handedOut = QSet<qint64>(setA).unite(setB).subtract(gold);
        QCOMPARE(toC.size(), 24 - 2 - handedOut.size());
        for (const qint64 id : toC)
            QVERIFY(!handedOut.contains(id) && !gold.contains(id));
        // Nothing left: said so.
        QCOMPARE(cli({QStringLiteral("assign"), url, QStringLiteral("--annotators"), c,
                      QStringLiteral("--name"), QStringLiteral("img")},
                     &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("Nothing to hand out")), qPrintable(out));
    }

    // Overlap and shared gold labelled on the server, each annotator in its own window: the
    // agreement and gold scores tell them apart by login, and consensus collects their work
    // into layers and proposes what they agree on.
    void overlapWorkGivesAgreementAndConsensus()
    {
        const ProjectLocation project = m_pg.freshDatabase();
        QString error;
        QVERIFY2(ServerSchema::initialize(project, &error), qPrintable(error));
        std::unique_ptr<ProjectStore> lead = ProjectStore::open(project, &error);
        QVERIFY2(lead, qPrintable(error));
        Label cat{.name = QStringLiteral("cat")};
        QVERIFY(lead->addLabel(cat));
        auto box = [&](qint64 asset, double x) {
            return Annotation{.assetId = asset,
                              .labelId = cat.id,
                              .kind = AnnotationKind::Box,
                              .points = {QPointF(x, x), QPointF(x + 50, x + 50)}};
        };
        Asset both{.kind = AssetKind::Image, .name = QStringLiteral("both.png")};
        Asset gold{.kind = AssetKind::Image, .name = QStringLiteral("gold.png")};
        QVERIFY(lead->addAsset(both) && lead->addAsset(gold));
        QList<Annotation> truth{box(gold.id, 100)};
        QVERIFY(lead->addAnnotations(truth));
        QVERIFY2(Gold::mark(*lead, gold.id, &error), qPrintable(error));
        const QString a = m_pg.createLogin(QStringLiteral("a_"));
        const QString b = m_pg.createLogin(QStringLiteral("b_"));
        auto &db = static_cast<PgDatabase &>(lead->database());
        for (const QString &login : {a, b}) {
            QVERIFY(ServerExtras::setMember(db, login, QStringLiteral("annotator"), &error));
            QVERIFY(ServerExtras::assign(db, login, {both.id, gold.id}, &error));
        }
        const auto storeOf = [&](const QString &login) {
            QUrl url(project.toString());
            url.setUserName(login);
            return ProjectStore::open(ProjectLocation(url.toString()), &error);
        };
        std::unique_ptr<ProjectStore> storeA = storeOf(a);
        std::unique_ptr<ProjectStore> storeB = storeOf(b);
        QVERIFY2(storeA && storeB, qPrintable(error));
        QList<Annotation> workA{box(both.id, 10), box(gold.id, 101)};
        QList<Annotation> workB{box(both.id, 12), box(gold.id, 300)};
        QVERIFY(storeA->addAnnotations(workA));
        QVERIFY(storeB->addAnnotations(workB));
        QCOMPARE(storeA->annotations(both.id).size(), 1); // blind to each other

        const Consensus::AgreementReport agreement = Consensus::agreement(*lead);
        QCOMPARE(agreement.assets, 2);
        QCOMPARE(QSet<QString>(agreement.annotators.cbegin(), agreement.annotators.cend()),
                 (QSet<QString>{a, b}));
        QHash<QString, double> scores;
        for (const Gold::Score &s : Gold::scoreAll(*lead))
            scores.insert(s.annotator, s.score);
        QCOMPARE(scores.size(), 2);
        QCOMPARE(scores.value(a), 1.0);
        QCOMPARE(scores.value(b), 0.0);

        Consensus::Summary summary;
        QVERIFY2(Consensus::apply(*lead, {}, &summary, &error), qPrintable(error));
        QCOMPARE(summary.assets, 2);
        const QMap<QString, QList<Annotation>> layers = LayerStore(*lead).layers(both.id);
        QCOMPARE(layers.keys(), (QList<QString>{a, b}));
        const QList<Annotation> main = lead->annotations(both.id);
        QCOMPARE(main.size(), 1); // the consensus box, for a reviewer to confirm
        QVERIFY(isProposal(main[0]));
        // Scores and agreement read the same from the layers now.
        scores.clear();
        for (const Gold::Score &s : Gold::scoreAll(*lead))
            scores.insert(s.annotator, s.score);
        QCOMPARE(scores.value(a), 1.0);
        QCOMPARE(Consensus::agreement(*lead).assets, 2);
    }

    void aStrangerSeesNothing()
    {
        auto out = as(m_stranger);
        QCOMPARE(count(*out, "SELECT count(*) FROM assets"), 0);
        QCOMPARE(count(*out, "SELECT count(*) FROM annotations"), 0);
        QVERIFY(!out->exec(QStringLiteral("INSERT INTO assets (kind, name, added_by, added_at) "
                                          "VALUES (0, 'c.png', 'x', 0)")));
    }
};

QTEST_GUILESS_MAIN(TestServerRights)
#include "tst_serverrights.moc"
