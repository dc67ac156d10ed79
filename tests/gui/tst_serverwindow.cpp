// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "mainwindow.h"
#include "reviewactions.h"

#include "assetbrowser/assetbrowser.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "imagecanvas/imagecanvas.h"
#include "items/assetlistmodel.h"
#include "jobs/addimagesjob.h"
#include "pgtestserver.h"
#include "store/projectstore.h"
#include "store/serverextras.h"
#include "testhelpers.h"
#include "windowhelpers.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Tessera;

/**
 * Two windows on one team server project (PostgreSQL, ctest's fixture), as two people at two
 * machines: alice annotates, bob reviews. Each sees the other's edits within a second, without
 * reopening anything.
 */
class TestServerWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void twoWindowsShowEachOthersEditsLive();
    void theWindowWritesAsItsLogin();
    void leasesSayWhoHasTheAssetOpen();
    void leaseWindows();
    void anAnnotatorsWindowListsItsQueue();
    void aStaleReviewMoveIsRefused();
    void aWindowRidesOutAnOutage();

private:
    QString urlFor(const QString &login) const;
    /** Shows both windows, open on the project as alice and as bob. */
    void openAsAliceAndBob(MainWindow &alice, MainWindow &bob);
    static QLabel *labelWithText(QWidget &window, const QString &prefix);

    Test::PgTestServer m_pg;
    QTemporaryDir m_media;
    ProjectLocation m_location;
    QString m_alice;
    QString m_bob;
    qint64 m_cat = 0;
    QList<qint64> m_assets;
};

QString TestServerWindow::urlFor(const QString &login) const
{
    QUrl url(m_location.toString());
    url.setUserName(login);
    return url.toString();
}

void TestServerWindow::openAsAliceAndBob(MainWindow &alice, MainWindow &bob)
{
    alice.show();
    bob.show();
    QString error;
    QVERIFY2(alice.openPath(urlFor(m_alice), &error), qPrintable(error));
    QVERIFY2(bob.openPath(urlFor(m_bob), &error), qPrintable(error));
}

QLabel *TestServerWindow::labelWithText(QWidget &window, const QString &prefix)
{
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->text().startsWith(prefix))
            return label;
    return nullptr;
}

void TestServerWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    m_location = m_pg.freshDatabase();
    QVERIFY(m_location.isValid());
    // The team lead makes the project on the server: labels, and images on a shared path.
    QString error;
    std::unique_ptr<ProjectStore> lead = ProjectStore::create(m_location, &error);
    QVERIFY2(lead, qPrintable(error));
    Label cat{.name = QStringLiteral("cat"), .hotkey = QStringLiteral("2"), .kinds = ImageKindFlag};
    QVERIFY(lead->addLabel(cat));
    m_cat = cat.id;
    QVERIFY(QDir(m_media.path()).mkdir(QStringLiteral("images")));
    for (const char *name : {"chelsea.jpg", "coffee.jpg"})
        QVERIFY(QFile::copy(Test::demoImage(name),
                            m_media.filePath(QStringLiteral("images/") + QLatin1String(name))));
    QCOMPARE(AddImagesJob::run(*lead, {m_media.filePath(QStringLiteral("images"))}).added, 2);
    m_assets = lead->assetIds();
    // Stored as they are: the project has no folder of its own.
    QVERIFY(QDir::isAbsolutePath(lead->asset(m_assets[0])->path));

    m_alice = m_pg.createLogin(QStringLiteral("alice"));
    m_bob = m_pg.createLogin(QStringLiteral("bob"));
    auto &db = static_cast<PgDatabase &>(lead->database());
    QVERIFY2(ServerExtras::setMember(db, m_alice, QStringLiteral("annotator"), &error),
             qPrintable(error));
    QVERIFY2(ServerExtras::setMember(db, m_bob, QStringLiteral("reviewer"), &error),
             qPrintable(error));
    QVERIFY2(ServerExtras::assign(db, m_alice, m_assets, &error), qPrintable(error));
}

void TestServerWindow::twoWindowsShowEachOthersEditsLive()
{
    MainWindow alice;
    MainWindow bob;
    openAsAliceAndBob(alice, bob);
    if (QTest::currentTestFailed())
        return;
    const QString first = QString::number(m_assets[0]);
    QVERIFY(alice.showAsset(first));
    QVERIFY(bob.showAsset(first));
    QVERIFY(QTest::qWaitForWindowExposed(&bob));
    QCOMPARE(bob.currentDocument()->annotations().size(), 0);

    // Alice draws a box: it is stored at once and appears in bob's window within a second.
    alice.canvas()->setCurrentLabel(m_cat);
    QElapsedTimer seen;
    seen.start();
    alice.canvas()->addDrawnShape(
            {.kind = AnnotationKind::Box, .points = {QPointF(20, 20), QPointF(120, 90)}});
    QCOMPARE(alice.currentDocument()->annotations().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(bob.currentDocument()->annotations().size(), 1, 1000);
    qInfo("alice's box reached bob's window after %lld ms", seen.elapsed());
    const Annotation box = bob.currentDocument()->annotations().constFirst();
    QCOMPARE(box.labelId, m_cat);
    QCOMPARE(box.provenance.author, m_alice); // signed by the server with her login
    QCOMPARE(box.points.constLast(), QPointF(120, 90));
    // Bob's asset list counts it too.
    const AssetListModel *list = bob.session()->assetModel();
    QTRY_COMPARE_WITH_TIMEOUT(list->data(list->index(list->rowOf(m_assets[0]), 0),
                                         AssetListModel::AnnotationCountRole)
                                      .toInt(),
                              1, 1000);

    // Bob (a reviewer) adds a second one; alice sees it, and her own box is kept as it was.
    bob.canvas()->setCurrentLabel(m_cat);
    bob.canvas()->addDrawnShape(
            {.kind = AnnotationKind::Box, .points = {QPointF(200, 150), QPointF(260, 210)}});
    QTRY_COMPARE_WITH_TIMEOUT(alice.currentDocument()->annotations().size(), 2, 1000);
    QCOMPARE(alice.currentDocument()->annotations().constFirst(), box);

    // A review move by bob reaches the status alice's list shows.
    QVERIFY(bob.session()->store()->setReviewStatus(m_assets[0], ReviewStatus::InProgress,
                                                    QString()));
    const AssetListModel *aliceList = alice.session()->assetModel();
    QTRY_COMPARE_WITH_TIMEOUT(aliceList
                                      ->data(aliceList->index(aliceList->rowOf(m_assets[0]), 0),
                                             AssetListModel::StatusRole)
                                      .toInt(),
                              int(ReviewStatus::InProgress), 1000);
}

void TestServerWindow::theWindowWritesAsItsLogin()
{
    MainWindow window;
    window.show();
    QString error;
    QVERIFY2(window.openPath(urlFor(m_bob), &error), qPrintable(error));
    // The status bar names who the edits are signed by: the login, not the desktop user.
    QLabel *who = labelWithText(window, QStringLiteral("as "));
    QVERIFY(who);
    QCOMPARE(who->text(), QStringLiteral("as %1").arg(m_bob));
    QCOMPARE(window.session()->store()->author(), m_bob);
}

void TestServerWindow::leasesSayWhoHasTheAssetOpen()
{
    QString error;
    std::unique_ptr<ProjectStore> alice = ProjectStore::open(urlFor(m_alice), &error);
    std::unique_ptr<ProjectStore> bob = ProjectStore::open(urlFor(m_bob), &error);
    QVERIFY2(alice && bob, qPrintable(error));
    const qint64 asset = m_assets[1];
    // Alice takes it; bob is told it is hers and cannot take it while her lease runs.
    const std::optional<ProjectStore::Lease> hers = alice->leaseAsset(asset, 60);
    QVERIFY(hers);
    QCOMPARE(hers->login, m_alice);
    QVERIFY(hers->until > QDateTime::currentMSecsSinceEpoch() + 30000);
    QCOMPARE(bob->leaseAsset(asset, 60)->login, m_alice);
    // Renewing her own lease works; giving it up lets bob have it.
    QCOMPARE(alice->leaseAsset(asset, 60)->login, m_alice);
    alice->releaseAsset(asset);
    QCOMPARE(bob->leaseAsset(asset, 60)->login, m_bob);
    // A lease that ran out is taken over (bob left without giving it up: a crash).
    QCOMPARE(bob->leaseAsset(asset, 0)->login, m_bob);
    QTest::qWait(20);
    QCOMPARE(alice->leaseAsset(asset, 60)->login, m_alice);
    // Nor can bob take it from her with raw SQL: the server allows no such row.
    auto &db = static_cast<PgDatabase &>(bob->database());
    db.exec(QStringLiteral("UPDATE leases SET login = '%1' WHERE asset_id = %2")
                    .arg(m_bob)
                    .arg(asset));
    db.exec(QStringLiteral("DELETE FROM leases WHERE asset_id = %1").arg(asset));
    QCOMPARE(bob->leaseAsset(asset, 60)->login, m_alice);
    alice->releaseAsset(asset);
    // A project file has no leases: nothing is said.
    QTemporaryDir dir;
    std::unique_ptr<ProjectStore> file
            = ProjectStore::create(dir.filePath(QStringLiteral("f.tessera")), &error);
    QVERIFY(file);
    QVERIFY(!file->leaseAsset(1));
}

void TestServerWindow::leaseWindows()
{
    MainWindow alice;
    MainWindow bob;
    openAsAliceAndBob(alice, bob);
    if (QTest::currentTestFailed())
        return;
    auto *aliceSays = alice.findChild<QLabel *>(QStringLiteral("leaseLabel"));
    auto *bobSays = bob.findChild<QLabel *>(QStringLiteral("leaseLabel"));
    QVERIFY(aliceSays && bobSays);
    QVERIFY(alice.showAsset(QString::number(m_assets[0])));
    QVERIFY(bob.showAsset(QString::number(m_assets[0])));
    // Bob's window names alice, who opened the image first; hers names nobody.
    QVERIFY(bobSays->isVisible());
    QCOMPARE(bobSays->text(), QStringLiteral("Being edited by %1").arg(m_alice));
    QVERIFY(!aliceSays->isVisible());
    // Alice moves on: the image is free, and bob, coming back to it, is told nothing.
    QVERIFY(alice.showAsset(QString::number(m_assets[1])));
    QVERIFY(bob.showAsset(QString::number(m_assets[1])));
    QCOMPARE(bobSays->text(), QStringLiteral("Being edited by %1").arg(m_alice));
    QVERIFY(bob.showAsset(QString::number(m_assets[0])));
    QVERIFY(!bobSays->isVisible());
    // Live: when alice gives the second image up, bob, who waits on it, hears it at once (not at
    // his next renewal, 30 s on) and takes it over; alice, coming back, is told it is his.
    QVERIFY(bob.showAsset(QString::number(m_assets[1])));
    QVERIFY(bobSays->isVisible());
    QVERIFY(alice.showAsset(QString::number(m_assets[0])));
    QTRY_VERIFY_WITH_TIMEOUT(!bobSays->isVisible(), 1500);
    const std::optional<ProjectStore::Lease> holder
            = alice.session()->store()->leaseHolder(m_assets[1]);
    QVERIFY(holder);
    QCOMPARE(holder->login, m_bob);
    QVERIFY(alice.showAsset(QString::number(m_assets[1])));
    QCOMPARE(aliceSays->text(), QStringLiteral("Being edited by %1").arg(m_bob));
}

// An annotator's window lists the assets assigned to it, no others; what the team lead assigns
// next appears in it live. A reviewer's lists everything.
void TestServerWindow::anAnnotatorsWindowListsItsQueue()
{
    QString error;
    std::unique_ptr<ProjectStore> lead = ProjectStore::open(m_location, &error);
    QVERIFY2(lead, qPrintable(error));
    QVERIFY(QFile::copy(Test::demoImage("rocket.jpg"),
                        m_media.filePath(QStringLiteral("images/rocket.jpg"))));
    QCOMPARE(
            AddImagesJob::run(*lead, {m_media.filePath(QStringLiteral("images/rocket.jpg"))}).added,
            1);
    const qint64 rocket = lead->assetIds().constLast();
    MainWindow alice;
    MainWindow bob;
    openAsAliceAndBob(alice, bob);
    if (QTest::currentTestFailed())
        return;
    const AssetListModel *hers = alice.session()->assetModel();
    const AssetListModel *his = bob.session()->assetModel();
    QCOMPARE(his->rowCount(), 3);
    QCOMPARE(hers->rowCount(), 2);
    QCOMPARE(hers->rowOf(rocket), -1);
    QVERIFY(!alice.showAsset(QString::number(rocket)));
    auto &db = static_cast<PgDatabase &>(lead->database());
    QVERIFY2(ServerExtras::assign(db, m_alice, {rocket}, &error), qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(hers->rowCount(), 3, 1500);
    QVERIFY(hers->rowOf(rocket) >= 0);
}

// A review move made on what the window showed before someone else's move is refused: the
// window says who changed the asset and shows it as it is now.
void TestServerWindow::aStaleReviewMoveIsRefused()
{
    const qint64 asset = m_assets[1];
    QString error;
    std::unique_ptr<ProjectStore> lead = ProjectStore::open(m_location, &error);
    QVERIFY2(lead, qPrintable(error));
    QVERIFY(lead->setReviewStatus(asset, ReviewStatus::Submitted));
    MainWindow alice;
    MainWindow bob;
    openAsAliceAndBob(alice, bob);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(alice.showAsset(QString::number(asset)));
    QVERIFY(bob.showAsset(QString::number(asset)));
    QCOMPARE(bob.currentDocument()->asset().status, ReviewStatus::Submitted);
    // Alice takes her submission back; before bob's window hears of it, bob rejects what he saw.
    ProjectStore &hers = *alice.session()->store();
    QVERIFY(hers.setReviewStatus(asset, ReviewStatus::InProgress, {},
                                 alice.currentDocument()->asset().version));
    QVERIFY(!bob.reviewActions()->reject(QStringLiteral("blurry")));
    QVERIFY(bob.session()->store()->lastErrorWasConflict());
    QVERIFY2(bob.statusBar()->currentMessage().contains(
                     QStringLiteral("changed by %1").arg(m_alice)),
             qPrintable(bob.statusBar()->currentMessage()));
    QCOMPARE(bob.currentDocument()->asset().status, ReviewStatus::InProgress);
    QCOMPARE(lead->asset(asset)->status, ReviewStatus::InProgress);
    QCOMPARE(lead->reviews(asset).constLast().reviewer, m_alice);
}

void TestServerWindow::aWindowRidesOutAnOutage()
{
    MainWindow bob;
    bob.show();
    QString error;
    QVERIFY2(bob.openPath(urlFor(m_bob), &error), qPrintable(error));
    QVERIFY(bob.showAsset(QString::number(m_assets[0])));
    AssetDocument *shown = bob.currentDocument();
    QVERIFY(shown);
    // No message box may open: each would stop the annotator at every click.
    QStringList boxes;
    Test::answerDialogs({}, &boxes, 100);
    const auto back = qScopeGuard([this]() { m_pg.setReachable(m_location, true); });

    QVERIFY(m_pg.setReachable(m_location, false));
    QTRY_VERIFY_WITH_TIMEOUT(bob.session()->isConnectionLost(), 5000);
    QVERIFY2(bob.statusBar()->currentMessage().startsWith(QLatin1String("Lost the connection")),
             qPrintable(bob.statusBar()->currentMessage()));
    // Another asset chosen meanwhile: the one shown stays, the status bar says why.
    bob.assetBrowser()->selectAsset(m_assets[1]);
    QCOMPARE(bob.currentDocument(), shown);
    QVERIFY2(bob.statusBar()->currentMessage().contains(QLatin1String("until it is back")),
             qPrintable(bob.statusBar()->currentMessage()));

    QVERIFY(m_pg.setReachable(m_location, true));
    // Back: the window says so and shows the asset chosen while it was away.
    QTRY_VERIFY_WITH_TIMEOUT(!bob.session()->isConnectionLost(), 5000);
    QTRY_COMPARE(bob.currentDocument()->assetId(), m_assets[1]);
    QVERIFY2(bob.statusBar()->currentMessage().startsWith(QLatin1String("Connected to the server")),
             qPrintable(bob.statusBar()->currentMessage()));
    QVERIFY2(boxes.isEmpty(), qPrintable(boxes.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestServerWindow)
#include "tst_serverwindow.moc"
