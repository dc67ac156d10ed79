// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "jobs/addimagesjob.h"
#include "quality/nearduplicates.h"
#include "store/hashstore.h"
#include "store/projectstore.h"
#include "testhelpers.h"

#include <QImage>
#include <QMap>

#include <functional>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

/** Near-duplicates: copies of a photograph are grouped, different photographs are not. */
class TestNearDuplicates : public QObject
{
    Q_OBJECT

private slots:
    void copiesAreCloseOthersAreFar()
    {
        QTemporaryDir dir;
        const QImage cat(Test::demoImage("chelsea.jpg"));
        QVERIFY(!cat.isNull());
        const quint64 original = NearDuplicates::hash(cat);
        // Resized, re-encoded at low quality, slightly cropped, slightly brighter.
        const QString small = dir.filePath(QStringLiteral("small.jpg"));
        QVERIFY(cat.scaled(200, 133, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(small, "JPG", 90));
        const QString lowQuality = dir.filePath(QStringLiteral("low.jpg"));
        QVERIFY(cat.save(lowQuality, "JPG", 20));
        const QString cropped = dir.filePath(QStringLiteral("cropped.png"));
        QVERIFY(cat.copy(8, 6, 435, 288).save(cropped));
        QString error;
        for (const QString &copy : {small, lowQuality, cropped}) {
            const std::optional<quint64> h = NearDuplicates::hashFile(copy, &error);
            QVERIFY2(h, qPrintable(error));
            const int d = NearDuplicates::distance(original, *h);
            qInfo("%s: %d bits from the original", qPrintable(QFileInfo(copy).fileName()), d);
            QVERIFY(d <= 8);
        }
        for (const char *other : {"coffee.jpg", "astronaut.jpg", "rocket.jpg"}) {
            const std::optional<quint64> h = NearDuplicates::hashFile(Test::demoImage(other), &error);
            QVERIFY(h);
            const int d = NearDuplicates::distance(original, *h);
            qInfo("%s: %d bits from the cat", other, d);
            QVERIFY(d > 16);
        }
        QVERIFY(!NearDuplicates::hashFile(dir.filePath(QStringLiteral("none.jpg")), &error));
        QVERIFY(error.contains(QStringLiteral("none.jpg")));
    }

    void groupsAreTransitiveAndLeaveSingletonsOut()
    {
        const QHash<qint64, quint64> hashes{{1, 0x0}, {2, 0x7}, {3, 0x3f}, {4, ~quint64(0)},
                                            {5, ~quint64(0) ^ 0x1}, {6, 0xff00ff00ff00ff00}};
        // 1–2 differ in 3 bits, 2–3 in 3, 1–3 in 6: with threshold 3 all three are one group.
        QCOMPARE(NearDuplicates::groups(hashes, 3),
                 (QList<QList<qint64>>{{1, 2, 3}, {4, 5}}));
        QCOMPARE(NearDuplicates::groups(hashes, 2), (QList<QList<qint64>>{{4, 5}}));
        QCOMPARE(NearDuplicates::groups(hashes, 0), (QList<QList<qint64>>{}));
    }

    void indexedSearchFindsWhatAllPairsFind()
    {
        // Random hashes with planted near-copies at 1..15 bits: the block index must find the
        // same groups as comparing every pair.
        QHash<qint64, quint64> hashes;
        quint64 x = 0x9e3779b97f4a7c15ull;
        const auto next = [&] {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            return x;
        };
        for (qint64 id = 1; id <= 3000; ++id)
            hashes.insert(id, next());
        for (qint64 id = 1; id <= 300; ++id) {
            quint64 h = hashes.value(id * 7);
            for (int flip = 0; flip < int(id % 16); ++flip)
                h ^= quint64(1) << (next() % 64);
            hashes.insert(10000 + id, h);
        }
        for (const int threshold : {0, 3, 4, 7, 8, 11, 12, 15, 17}) {
            // The reference: all pairs, union-find by hand.
            QHash<qint64, qint64> parent;
            const std::function<qint64(qint64)> find = [&](qint64 i) {
                while (parent.value(i, i) != i)
                    i = parent.value(i, i);
                return i;
            };
            const QList<qint64> ids = hashes.keys();
            for (int i = 0; i < ids.size(); ++i)
                for (int j = i + 1; j < ids.size(); ++j)
                    if (NearDuplicates::distance(hashes[ids[i]], hashes[ids[j]]) <= threshold)
                        parent[find(ids[i])] = find(ids[j]);
            QMap<qint64, QList<qint64>> byRoot;
            for (qint64 id : ids)
                byRoot[find(id)].append(id);
            QList<QList<qint64>> expected;
            for (QList<qint64> g : byRoot)
                if (g.size() > 1) {
                    std::sort(g.begin(), g.end());
                    expected.append(g);
                }
            std::sort(expected.begin(), expected.end(),
                      [](const auto &a, const auto &b) { return a.first() < b.first(); });
            QCOMPARE(NearDuplicates::groups(hashes, threshold), expected);
        }
    }

    void projectImagesAreHashedOnceAndGrouped()
    {
        QTemporaryDir dir;
        QString error;
        std::unique_ptr<ProjectStore> store
                = ProjectStore::create(dir.filePath(QStringLiteral("p.tessera")), &error);
        QVERIFY(store);
        const QImage cat(Test::demoImage("chelsea.jpg"));
        cat.save(dir.filePath(QStringLiteral("a.jpg")), "JPG", 95);
        cat.scaled(300, 200).save(dir.filePath(QStringLiteral("b.jpg")), "JPG", 60);
        QFile::copy(Test::demoImage("coffee.jpg"), dir.filePath(QStringLiteral("c.jpg")));
        QFile::copy(Test::demoImage("astronaut.jpg"), dir.filePath(QStringLiteral("d.jpg")));
        QCOMPARE(AddImagesJob::run(*store, {dir.path()}).added, 4);
        const NearDuplicates::HashReport first = NearDuplicates::hashMissing(*store, {});
        QCOMPARE(first.hashed, 4);
        QVERIFY(first.errors.isEmpty());
        // Hashed once: a second pass has nothing to do.
        QCOMPARE(NearDuplicates::hashMissing(*store, {}).hashed, 0);
        const QHash<qint64, quint64> hashes = HashStore(*store).hashes();
        QCOMPARE(hashes.size(), 4);
        const QList<QList<qint64>> groups = NearDuplicates::groups(hashes, 8);
        QCOMPARE(groups.size(), 1);
        QCOMPARE(groups[0].size(), 2);
        QStringList names;
        for (qint64 id : groups[0])
            names.append(store->asset(id)->name);
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("a.jpg"), QStringLiteral("b.jpg")}));
        // Removing an asset removes its hash.
        QVERIFY(store->removeAsset(groups[0][1]));
        QCOMPARE(HashStore(*store).hashes().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestNearDuplicates)
#include "tst_nearduplicates.moc"
