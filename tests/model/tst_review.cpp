// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "quality/reviewworkflow.h"
#include "store/issuestore.h"
#include "store/projectstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestReview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void transitionsFollowTheWorkflow();
    void queueFiltersAndSamples();
    void reportAttributesWorkAndVerdicts();
    void activeTimeSkipsPauses();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
    QList<qint64> m_assets;
    qint64 m_cat = 0;
};

void TestReview::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("r.tessera")), &error);
    QVERIFY(m_store);
    Label cat{.name = QStringLiteral("cat")};
    QVERIFY(m_store->addLabel(cat));
    m_cat = cat.id;
    m_assets.clear();
    for (int i = 0; i < 10; ++i) {
        Asset a{.kind = AssetKind::Image,
                .name = QStringLiteral("%1.jpg").arg(i),
                .sha256 = QString::number(i)};
        QVERIFY(m_store->addAsset(a));
        m_assets.append(a.id);
    }
}

void TestReview::cleanup()
{
    m_store.reset();
    delete m_dir;
}

void TestReview::transitionsFollowTheWorkflow()
{
    QString error;
    const qint64 a = m_assets[0];
    m_store->setAuthor(QStringLiteral("ann"));
    QVERIFY(ReviewWorkflow::transition(*m_store, a, ReviewStatus::InProgress, {}, &error));
    QVERIFY(!ReviewWorkflow::transition(*m_store, a, ReviewStatus::Accepted, {}, &error));
    QVERIFY(error.contains(QStringLiteral("in_progress"))
            || error.contains(QStringLiteral("progress")));
    QVERIFY(ReviewWorkflow::transition(*m_store, a, ReviewStatus::Submitted, {}, &error));
    m_store->setAuthor(QStringLiteral("rev"));
    QVERIFY(!ReviewWorkflow::transition(*m_store, a, ReviewStatus::Rejected, QStringLiteral("  "),
                                        &error));
    QVERIFY(error.contains(QStringLiteral("reason")));
    QVERIFY(!ReviewWorkflow::lastRejection(*m_store, a));
    QVERIFY(ReviewWorkflow::transition(*m_store, a, ReviewStatus::Rejected,
                                       QStringLiteral("wrong label: the tabby is a cat"), &error));
    // The rejection reaches the annotator as an open issue by the reviewer, with the reason.
    const QList<IssueThread> threads = IssueStore(*m_store).threads(a);
    QCOMPARE(threads.size(), 1);
    QCOMPARE(threads[0].issue.author, QStringLiteral("rev"));
    QVERIFY(threads[0].issue.body.contains(QStringLiteral("the tabby is a cat")));
    QVERIFY(!threads[0].issue.resolved);
    QCOMPARE(ReviewWorkflow::lastRejection(*m_store, a)->reviewer, QStringLiteral("rev"));
    QVERIFY(ReviewWorkflow::transition(*m_store, a, ReviewStatus::Reopened, {}, &error));
    // Reopened to fix it: still the rejection to answer, until the asset is submitted again.
    QVERIFY(ReviewWorkflow::lastRejection(*m_store, a));
    QCOMPARE(m_store->asset(a)->status, ReviewStatus::Reopened);
    // Every step attributed and timed, in order.
    const QList<ReviewEntry> log = m_store->reviews(a);
    QCOMPARE(log.size(), 4);
    QCOMPARE(log[0].reviewer, QStringLiteral("ann"));
    QCOMPARE(log[2].reviewer, QStringLiteral("rev"));
    QCOMPARE(log[2].status, ReviewStatus::Rejected);
    QCOMPARE(log[2].reason, QStringLiteral("wrong label: the tabby is a cat"));
    QVERIFY(log[3].at >= log[0].at && log[0].at > 0);
    QVERIFY(ReviewWorkflow::rejectReasons(*m_store).contains(QStringLiteral("wrong label")));
    QVERIFY(ReviewWorkflow::setRejectReasons(*m_store, {QStringLiteral("blurry")}));
    QCOMPARE(ReviewWorkflow::rejectReasons(*m_store), QStringList{QStringLiteral("blurry")});
    // Submitted again: the rejection is answered.
    QVERIFY(ReviewWorkflow::transition(*m_store, a, ReviewStatus::Submitted, {}, &error));
    QVERIFY(!ReviewWorkflow::lastRejection(*m_store, a));
    // A project that forbids accepting one's own work: rev submitted it, so rev may not accept.
    QCOMPARE(ReviewWorkflow::lastAnnotator(*m_store, a), QStringLiteral("rev"));
    QVERIFY(ReviewWorkflow::setForbidsSelfAccept(*m_store, true));
    QVERIFY(!ReviewWorkflow::transition(*m_store, a, ReviewStatus::Accepted, {}, &error));
    QVERIFY2(error.contains(QStringLiteral("another reviewer")), qPrintable(error));
    m_store->setAuthor(QStringLiteral("boss"));
    QVERIFY(ReviewWorkflow::transition(*m_store, a, ReviewStatus::Accepted, {}, &error));
}

void TestReview::queueFiltersAndSamples()
{
    QString error;
    for (int i = 0; i < 8; ++i)
        QVERIFY(ReviewWorkflow::transition(*m_store, m_assets[i], ReviewStatus::Submitted, {},
                                           &error));
    // Asset 0 has a cat; asset 1 a pre-labelled cat.
    QList<Annotation> shapes{{.assetId = m_assets[0],
                              .labelId = m_cat,
                              .kind = AnnotationKind::Box,
                              .points = {QPointF(0, 0), QPointF(5, 5)}},
                             {.assetId = m_assets[1],
                              .labelId = m_cat,
                              .kind = AnnotationKind::Box,
                              .points = {QPointF(0, 0), QPointF(5, 5)}}};
    shapes[1].provenance.origin = Origin::Prelabel;
    QVERIFY(m_store->addAnnotations(shapes));
    ReviewWorkflow::QueueFilter f;
    QCOMPARE(ReviewWorkflow::queue(*m_store, f), m_assets.mid(0, 8));
    f.labelId = m_cat;
    QCOMPARE(ReviewWorkflow::queue(*m_store, f), m_assets.mid(0, 2));
    f.prelabelledOnly = true;
    QCOMPARE(ReviewWorkflow::queue(*m_store, f), QList<qint64>{m_assets[1]});
    // A 25 % spot check of the 8 submitted: 2 of them, the same 2 for the same seed.
    ReviewWorkflow::QueueFilter sample;
    sample.samplePercent = 25;
    sample.seed = 42;
    const QList<qint64> drawn = ReviewWorkflow::queue(*m_store, sample);
    QCOMPARE(drawn.size(), 2);
    QCOMPARE(ReviewWorkflow::queue(*m_store, sample), drawn);
    for (qint64 id : drawn)
        QVERIFY(m_assets.mid(0, 8).contains(id));
}

void TestReview::reportAttributesWorkAndVerdicts()
{
    QString error;
    // ann labels assets 0 and 1, bob asset 2 (and touches 0 once); 0 and 2 accepted, 1 rejected.
    auto box = [this](int asset) {
        return Annotation{.assetId = m_assets[asset],
                          .labelId = m_cat,
                          .kind = AnnotationKind::Box,
                          .points = {QPointF(0, 0), QPointF(5, 5)}};
    };
    m_store->setAuthor(QStringLiteral("ann"));
    QList<Annotation> mine{box(0), box(0), box(1)};
    QVERIFY(m_store->addAnnotations(mine));
    m_store->setAuthor(QStringLiteral("bob"));
    QList<Annotation> his{box(2), box(0)};
    QVERIFY(m_store->addAnnotations(his));
    m_store->setAuthor(QStringLiteral("rev"));
    for (int i : {0, 1, 2})
        QVERIFY(ReviewWorkflow::transition(*m_store, m_assets[i], ReviewStatus::Submitted, {},
                                           &error));
    QVERIFY(ReviewWorkflow::transition(*m_store, m_assets[0], ReviewStatus::Accepted, {}, &error));
    QVERIFY(ReviewWorkflow::transition(*m_store, m_assets[1], ReviewStatus::Rejected,
                                       QStringLiteral("missing objects"), &error));
    QVERIFY(ReviewWorkflow::transition(*m_store, m_assets[2], ReviewStatus::Accepted, {}, &error));
    const QList<AnnotatorReport> report = ReviewReport::build(*m_store);
    QCOMPARE(report.size(), 2); // reviewers who edit nothing are not annotators
    const AnnotatorReport &ann = report[0];
    const AnnotatorReport &bob = report[1];
    QCOMPARE(ann.name, QStringLiteral("ann"));
    QCOMPARE(ann.edits, 3);
    QCOMPARE(ann.assets, 2);
    QCOMPARE(ann.accepted, 1); // asset 0 is hers (2 edits against bob's 1)
    QCOMPARE(ann.rejected, 1);
    QCOMPARE(ann.rejectionRate(), 0.5);
    QCOMPARE(bob.edits, 2);
    QCOMPARE(bob.accepted, 1);
    QCOMPARE(bob.rejected, 0);
    const QByteArray csv = ReviewReport::toCsv(report);
    QVERIFY(csv.startsWith("annotator,edits,assets,"));
    QVERIFY(csv.contains("\nann,3,2,"));
    QVERIFY(csv.contains(",1,1,0.500,0,0.000,\n"));
}

void TestReview::activeTimeSkipsPauses()
{
    // Edits at 0, 1 min, 3 min, then after a 20-minute pause at 23 and 24 min: 3 + 1 minutes.
    const qint64 minute = 60000;
    const QList<qint64> times{0, minute, 3 * minute, 23 * minute, 24 * minute};
    QVERIFY(qAbs(ReviewReport::activeHours(times) - 4.0 / 60) < 1e-12);
    QCOMPARE(ReviewReport::activeHours({}), 0.0);
}

QTEST_GUILESS_MAIN(TestReview)
#include "tst_review.moc"
