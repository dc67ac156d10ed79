// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "dialogs/duplicatesdialog.h"
#include "jobs/addimagesjob.h"
#include "quality/nearduplicates.h"
#include "store/hashstore.h"
#include "store/issuestore.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Tessera;

class TestDuplicatesDialog : public QObject
{
    Q_OBJECT

private slots:
    void groupsTickMarkSkipAndRemove()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<ProjectStore> store
                = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
        QVERIFY(store);
        const QImage cat(Test::demoImage("chelsea.jpg"));
        QVERIFY(cat.save(dir.filePath(QStringLiteral("a.jpg")), "JPG", 95));
        QVERIFY(cat.copy(8, 6, 435, 288).save(dir.filePath(QStringLiteral("b.png"))));
        QVERIFY(QFile::copy(Test::demoImage("coffee.jpg"), dir.filePath(QStringLiteral("c.jpg"))));
        QCOMPARE(AddImagesJob::run(*store, {dir.path()}).added, 3);
        QCOMPARE(NearDuplicates::hashMissing(*store, {}).hashed, 3);
        qint64 a = 0;
        qint64 b = 0;
        for (qint64 id = 1; id <= 3; ++id) {
            if (store->asset(id)->name == QLatin1String("a.jpg"))
                a = id;
            if (store->asset(id)->name == QLatin1String("b.png"))
                b = id;
        }
        QVERIFY(a && b);

        DuplicatesDialog dialog(*store, HashStore(*store).hashes());
        QCOMPARE(dialog.shownGroups(), (QList<QList<qint64>>{{a, b}}));
        QCOMPARE(dialog.checked(), QList<qint64>{b}); // the first of a group is kept
        auto *tree = dialog.findChild<QTreeWidget *>();
        QVERIFY(!tree->topLevelItem(0)->child(0)->icon(0).isNull()); // thumbnails
        // The slider regroups: the cropped copy differs in a few bits.
        dialog.setThreshold(0);
        QVERIFY(dialog.shownGroups().isEmpty());
        dialog.setThreshold(8);
        QCOMPARE(dialog.shownGroups().size(), 1);

        // Double-click shows the image.
        QSignalSpy show(&dialog, &DuplicatesDialog::showAsset);
        emit tree->itemDoubleClicked(tree->topLevelItem(0)->child(1), 0);
        QCOMPARE(show.size(), 1);
        QCOMPARE(show.first().at(0).toLongLong(), b);

        // Mark: an issue on the ticked image naming the kept one.
        QSignalSpy changed(&dialog, &DuplicatesDialog::projectChanged);
        QVERIFY(dialog.markChecked());
        const QList<IssueThread> threads = IssueStore(*store).threads(b);
        QCOMPARE(threads.size(), 1);
        QVERIFY(threads[0].issue.body.contains(QStringLiteral("a.jpg")));
        QCOMPARE(IssueStore(*store).threads(a).size(), 0);

        // Skip hides the group; remove takes the ticked image out of the project.
        dialog.skipGroup(tree->topLevelItem(0));
        QVERIFY(dialog.shownGroups().isEmpty());
        DuplicatesDialog again(*store, HashStore(*store).hashes());
        QVERIFY(again.removeChecked(false));
        QVERIFY(!store->asset(b));
        QVERIFY(store->asset(a));
        QVERIFY(again.shownGroups().isEmpty());
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("b.png")))); // the file stays
        QCOMPARE(changed.size(), 1);
    }
};

QTEST_MAIN(TestDuplicatesDialog)
#include "tst_duplicatesdialog.moc"
