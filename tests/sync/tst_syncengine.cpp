// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "goldencase.h"
#include "sync/syncengine.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Tessera;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// Two 40×30 images with a box each, labels cat and dog.
void fill(ProjectStore &store, const QString &folder)
{
    Label cat{.name = key("cat")}, dog{.name = key("dog")};
    store.addLabel(cat);
    store.addLabel(dog);
    for (int i = 0; i < 2; ++i) {
        const QString file = folder + QStringLiteral("/img%1.png").arg(i);
        Test::writeImage(file, i + 1, QSize(40, 30));
        Asset a{.kind = AssetKind::Image,
                .path = store.storedPath(file),
                .name = QFileInfo(file).fileName(),
                .sha256 = QString::number(i),
                .width = 40,
                .height = 30};
        store.addAsset(a);
        QList<Annotation> box{{.assetId = a.id,
                               .labelId = i ? dog.id : cat.id,
                               .kind = AnnotationKind::Box,
                               .points = {QPointF(1, 1), QPointF(10, 10)}}};
        store.addAnnotations(box);
    }
}

QJsonObject json(const QString &path)
{
    return QJsonDocument::fromJson(Test::readAll(path)).object();
}

void addBox(ProjectStore &store, qint64 assetId, double x)
{
    QList<Annotation> box{{.assetId = assetId,
                           .labelId = store.labelByName(key("cat"))->id,
                           .kind = AnnotationKind::Box,
                           .points = {QPointF(x, 2), QPointF(x + 5, 8)}}};
    QVERIFY(store.addAnnotations(box));
}

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private slots:
    void perImageFilesFollowEachEdit();
    void datasetFilesFollowDebounced();
    void externalChangeIsNeverOverwritten();
    void takingTheFilesVersion();
    void overwritingWithTheProjectsVersion();
    void removedAssetsLoseTheirFiles();
    void targetsArePartOfTheProject();
    void tamperedManifestNeverDeletes();
};

void TestSyncEngine::perImageFilesFollowEachEdit()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    fill(*store, dir.path());
    SyncEngine engine(store.get());
    const QString out = dir.filePath(QStringLiteral("labelme"));
    QString error;
    QVERIFY2(engine.setTargets({{.folder = out, .format = key("labelme")}}, &error),
             qPrintable(error));
    engine.flush();
    QCOMPARE(engine.state(), SyncEngine::State::UpToDate);
    QCOMPARE(json(out + QStringLiteral("/img0.json")).value(key("shapes")).toArray().size(), 1);
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/.tessera-sync.json")));
    const QDateTime other = QFileInfo(out + QStringLiteral("/img1.json")).lastModified();

    QThread::msleep(20);
    addBox(*store, store->assetIds().constFirst(), 20);
    engine.poke();
    QTRY_COMPARE(json(out + QStringLiteral("/img0.json")).value(key("shapes")).toArray().size(), 2);
    QCOMPARE(QFileInfo(out + QStringLiteral("/img1.json")).lastModified(), other); // untouched
    QVERIFY(!QDir(dir.path()).exists(QStringLiteral(".labelme.tessera-staging")));
}

void TestSyncEngine::datasetFilesFollowDebounced()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    fill(*store, dir.path());
    SyncEngine engine(store.get());
    const QString out = dir.filePath(QStringLiteral("coco"));
    QString error;
    QVERIFY(engine.setTargets({{.folder = out, .format = key("coco")}}, &error));
    engine.flush();
    const QString file = out + QStringLiteral("/annotations/instances_default.json");
    QCOMPARE(json(file).value(key("annotations")).toArray().size(), 2);
    addBox(*store, store->assetIds().constFirst(), 20);
    addBox(*store, store->assetIds().constFirst(), 25);
    engine.poke();
    QTRY_COMPARE(engine.state(), SyncEngine::State::Pending);
    engine.flush();
    QCOMPARE(json(file).value(key("annotations")).toArray().size(), 4);
    QCOMPARE(engine.state(), SyncEngine::State::UpToDate);
}

void TestSyncEngine::externalChangeIsNeverOverwritten()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    fill(*store, dir.path());
    // A file Tessera did not write is not replaced either.
    const QString out = dir.filePath(QStringLiteral("labelme"));
    QDir().mkpath(out);
    QFile foreign(out + QStringLiteral("/img1.json"));
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("{\"mine\": true}");
    foreign.close();
    SyncEngine engine(store.get());
    QString error;
    QVERIFY(engine.setTargets({{.folder = out, .format = key("labelme")}}, &error));
    engine.flush();
    QCOMPARE(Test::readAll(foreign.fileName()), QByteArray("{\"mine\": true}"));
    QCOMPARE(engine.conflicts().size(), 1);
    QCOMPARE(engine.conflicts().constFirst().file, key("img1.json"));

    // Someone edits img0.json; then the project edits the same image.
    const QString file = out + QStringLiteral("/img0.json");
    QJsonObject edited = json(file);
    QJsonArray shapes = edited.value(key("shapes")).toArray();
    shapes.append(QJsonObject{
            {key("label"), key("dog")},
            // (one point: QJsonArray{QJsonArray{…}} would copy the inner array under clang)
            {key("points"), QJsonArray() << QJsonArray{30, 20}},
            {key("shape_type"), key("point")}});
    edited[key("shapes")] = shapes;
    const QByteArray theirs = QJsonDocument(edited).toJson();
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(theirs);
    f.close();
    addBox(*store, store->assetIds().constFirst(), 20);
    engine.poke();
    QTRY_COMPARE(engine.conflicts().size(), 2);
    QCOMPARE(Test::readAll(file), theirs);
    QCOMPARE(engine.state(), SyncEngine::State::Conflict);
    QVERIFY(engine.statusText().contains(key("2 sync conflict")));
    const SyncEngine::Conflict conflict = engine.conflicts().last();
    QCOMPARE(conflict.assetId, store->assetIds().constFirst());
    QVERIFY(engine.canTakeExternal(conflict));
    const QStringList differences = engine.differences(conflict, &error);
    QVERIFY2(!differences.isEmpty(), qPrintable(error));
    QCOMPARE(differences, (QStringList{QStringLiteral("+ point dog at 30.0,20.0"),
                                       QStringLiteral("− box cat at 20.0,2.0 25.0,8.0")}));
}

void TestSyncEngine::takingTheFilesVersion()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    fill(*store, dir.path());
    SyncEngine engine(store.get());
    const QString out = dir.filePath(QStringLiteral("voc"));
    QString error;
    QVERIFY(engine.setTargets({{.folder = out, .format = key("voc")}}, &error));
    engine.flush();
    const QString file = out + QStringLiteral("/Annotations/img1.xml");
    QByteArray xml = Test::readAll(file);
    xml.replace("<xmax>10</xmax>", "<xmax>30</xmax>");
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(xml);
    f.close();
    QTRY_COMPARE(engine.conflicts().size(), 1); // noticed without any edit in Tessera
    const SyncEngine::Conflict conflict = engine.conflicts().constFirst();
    const std::optional<QList<Annotation>> external = engine.externalAnnotations(conflict, &error);
    QVERIFY2(external, qPrintable(error));
    QCOMPARE(external->size(), 1);
    QCOMPARE(external->constFirst().points, (QList<QPointF>{QPointF(1, 1), QPointF(30, 10)}));
    // The caller applies it (the GUI through the document, undoable), then resolves.
    QList<qint64> old;
    for (const Annotation &a : store->annotations(conflict.assetId))
        old.append(a.id);
    QVERIFY(store->removeAnnotations(old));
    QList<Annotation> taken = *external;
    QVERIFY(store->addAnnotations(taken));
    engine.resolveTaken(conflict);
    engine.flush();
    QVERIFY(engine.conflicts().isEmpty());
    QCOMPARE(engine.state(), SyncEngine::State::UpToDate);
    QVERIFY(Test::readAll(file).contains("<xmax>30</xmax>"));
}

void TestSyncEngine::overwritingWithTheProjectsVersion()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    fill(*store, dir.path());
    SyncEngine engine(store.get());
    const QString out = dir.filePath(QStringLiteral("yolo"));
    QString error;
    QVERIFY(engine.setTargets({{.folder = out, .format = key("yolo")}}, &error));
    engine.flush();
    const QString file = out + QStringLiteral("/obj_train_data/img0.txt");
    const QByteArray ours = Test::readAll(file);
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("1 0.5 0.5 0.1 0.1\n");
    f.close();
    QTRY_COMPARE(engine.conflicts().size(), 1);
    QVERIFY(!engine.canTakeExternal(engine.conflicts().constFirst())); // YOLO needs its names
    QVERIFY(engine.resolveOverwrite(engine.conflicts().constFirst(), &error));
    engine.flush();
    QCOMPARE(Test::readAll(file), ours);
    QVERIFY(engine.conflicts().isEmpty());
}

void TestSyncEngine::removedAssetsLoseTheirFiles()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    fill(*store, dir.path());
    SyncEngine engine(store.get());
    const QString out = dir.filePath(QStringLiteral("labelme"));
    QString error;
    QVERIFY(engine.setTargets({{.folder = out, .format = key("labelme")}}, &error));
    engine.flush();
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/img1.json")));
    QVERIFY(store->removeAsset(store->assetIds().last()));
    engine.poke();
    QTest::qWait(100);
    engine.flush();
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/img1.json")));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/img0.json")));
}

void TestSyncEngine::targetsArePartOfTheProject()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    fill(*store, dir.path());
    const SyncTarget target{.folder = dir.filePath(QStringLiteral("u")),
                            .format = key("ultralytics"),
                            .options = {{key("task"), key("segment")}}};
    QString error;
    {
        SyncEngine engine(store.get());
        QCOMPARE(engine.state(), SyncEngine::State::Off);
        QVERIFY(engine.setTargets({target}, &error));
        engine.flush();
    }
    auto reopened = ProjectStore::open(store->path(), &error);
    SyncEngine again(reopened.get());
    QCOMPARE(again.targets(), QList<SyncTarget>{target});
    QVERIFY(!again.setTargets({{.folder = target.folder, .format = key("nope")}}, &error));
    QVERIFY(error.contains(key("nope")));
    QVERIFY(!again.setTargets({{.folder = target.folder,
                                .format = key("ultralytics"),
                                .options = {{key("task"), key("dance")}}}},
                              &error));
}

void TestSyncEngine::tamperedManifestNeverDeletes()
{
    QTemporaryDir dir;
    auto store = Test::newProject(dir.path());
    fill(*store, dir.path());
    const QString out = dir.filePath(QStringLiteral("labelme"));
    const SyncTarget target{.folder = out, .format = key("labelme")};
    QString error;
    {
        SyncEngine engine(store.get());
        QVERIFY(engine.setTargets({target}, &error));
        engine.flush();
    }
    const QString manifestPath = out + QStringLiteral("/.tessera-sync.json");

    // A signed manifest is trusted after a restart: a removed asset's file goes.
    QVERIFY(store->removeAsset(store->assetIds().last()));
    {
        SyncEngine engine(store.get());
        QVERIFY(engine.setTargets({target}, &error));
        engine.flush();
    }
    QVERIFY(!QFileInfo::exists(out + QStringLiteral("/img1.json")));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/img0.json")));

    // Someone writes entries for files outside the folder (and a user's own file inside),
    // with their true hashes, sizes and times, so that they look unchanged.
    const QString outside = dir.filePath(QStringLiteral("precious.txt"));
    const QString notes = out + QStringLiteral("/notes.txt");
    for (const QString &f : {outside, notes}) {
        QFile file(f);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
    }
    const auto entry = [](const QString &path) {
        const QFileInfo info(path);
        return QJsonObject{{key("sha256"),
                            QString::fromLatin1(QCryptographicHash::hash(Test::readAll(path),
                                                                         QCryptographicHash::Sha256)
                                                        .toHex())},
                           {key("size"), info.size()},
                           {key("modified"), info.lastModified().toMSecsSinceEpoch()}};
    };
    QJsonObject manifest = json(manifestPath);
    QJsonObject files = manifest.value(key("files")).toObject();
    files.insert(key("../precious.txt"), entry(outside));
    files.insert(outside, entry(outside));
    files.insert(key("notes.txt"), entry(notes));
    manifest.insert(key("files"), files);
    {
        QFile file(manifestPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(manifest).toJson());
    }
    {
        SyncEngine engine(store.get());
        QVERIFY(engine.setTargets({target}, &error));
        engine.flush();
        engine.poke();
        QTest::qWait(100);
        engine.flush();
    }
    QVERIFY(QFileInfo::exists(outside));
    QVERIFY(QFileInfo::exists(notes));
    QVERIFY(QFileInfo::exists(out + QStringLiteral("/img0.json")));
    // The engine signs what it writes with a key kept in the project, not in the folder.
    QVERIFY(json(manifestPath).contains(key("signature")));
    QVERIFY(!QString::fromUtf8(Test::readAll(manifestPath))
                     .contains(store->setting(key("sync/manifest-key"))));
}

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
