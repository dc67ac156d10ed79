// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "items/assetlistmodel.h"
#include "store/projectstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Tessera;

class TestAssetListModel : public QObject
{
    Q_OBJECT

private slots:
    void pagesMatchTheStoreAcrossPageBoundaries();
    void filterAndRefresh();
    void bigListsArriveAfterTheFirstStretch();
};

namespace {

std::unique_ptr<ProjectStore> makeStore(QTemporaryDir &dir, int count)
{
    QString error;
    auto store = ProjectStore::create(dir.filePath(QStringLiteral("m.tessera")), &error);
    QList<Asset> assets;
    for (int i = 0; i < count; ++i)
        assets.append({.kind = i % 2 ? AssetKind::Text : AssetKind::Image,
                       .name = QStringLiteral("asset-%1").arg(i, 5, 10, QLatin1Char('0')),
                       .sha256 = QString::number(i)});
    store->addAssets(assets);
    return store;
}

} // namespace

void TestAssetListModel::pagesMatchTheStoreAcrossPageBoundaries()
{
    QTemporaryDir dir;
    auto store = makeStore(dir, 1000);
    AssetListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(store.get());
    QCOMPARE(model.rowCount(), 1000);
    for (int row : {0, 255, 256, 511, 512, 999}) {
        QCOMPARE(model.data(model.index(row), Qt::DisplayRole).toString(),
                 QStringLiteral("asset-%1").arg(row, 5, 10, QLatin1Char('0')));
        QCOMPARE(model.rowOf(model.assetIdAt(row)), row);
    }
    QCOMPARE(model.data(model.index(1000), Qt::DisplayRole), QVariant());
}

void TestAssetListModel::filterAndRefresh()
{
    QTemporaryDir dir;
    auto store = makeStore(dir, 600);
    AssetListModel model;
    model.setStore(store.get());
    model.setFilter({.kind = AssetKind::Text});
    QCOMPARE(model.rowCount(), 300);
    // Row 260 of the filtered list is the 521st asset (odd ids are texts).
    QCOMPARE(model.data(model.index(260), Qt::DisplayRole).toString(),
             QStringLiteral("asset-00521"));
    const qint64 id = model.assetIdAt(260);
    QList<Annotation> list{{.assetId = id, .kind = AnnotationKind::Classification}};
    QVERIFY(store->addAnnotations(list));
    QCOMPARE(model.data(model.index(260), AssetListModel::AnnotationCountRole).toInt(),
             0); // cached
    model.refreshAsset(id);
    QCOMPARE(model.data(model.index(260), AssetListModel::AnnotationCountRole).toInt(), 1);
    QCOMPARE(model.rowOf(model.assetIdAt(0) - 1), -1);
}

QTEST_GUILESS_MAIN(TestAssetListModel)
#include "tst_assetlistmodel.moc"

void TestAssetListModel::bigListsArriveAfterTheFirstStretch()
{
    QTemporaryDir dir;
    auto store = makeStore(dir, 10000);
    AssetListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(&model, &AssetListModel::loaded);
    // The first stretch at once, the rest from a worker, appended as rows.
    model.setStore(store.get());
    QVERIFY(model.isLoading());
    QVERIFY(model.rowCount() < 10000);
    QVERIFY(model.rowCount() > 0);
    QVERIFY(loaded.wait(10000));
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 10000);
    QCOMPARE(model.data(model.index(9999), Qt::DisplayRole).toString(),
             QStringLiteral("asset-09999"));
    // Asked for a row that has not arrived yet, the model reads the rest at once.
    model.reload();
    QVERIFY(model.isLoading());
    const qint64 last = store->assetIds().constLast();
    QCOMPARE(model.rowOf(last), 9999);
    QVERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 10000);
    // The worker's late answer for that reload is dropped: no rows twice.
    QTest::qWait(300);
    QCOMPARE(model.rowCount(), 10000);
    // Filtered, the same: a stretch at once, the rest after.
    model.setFilter({.kind = AssetKind::Text});
    QVERIFY(model.isLoading()); // 5,000 texts: more than the first stretch
    QTRY_COMPARE(model.rowCount(), 5000);
}
