// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "bundle/projectbundle.h"
#include "goldencase.h"
#include "store/digeststore.h"
#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QLockFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <zip.h>

using namespace Tessera;

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

// A project with two images (one inside the project folder, one outside) and three boxes.
std::unique_ptr<ProjectStore> makeProject(const QString &folder, const QString &outside)
{
    auto store = Test::newProject(folder);
    Label cat{.name = key("cat")};
    store->addLabel(cat);
    QList<QString> files{folder + QStringLiteral("/media/a.png"),
                         outside + QStringLiteral("/b.png")};
    QDir().mkpath(folder + QStringLiteral("/media"));
    for (int i = 0; i < 2; ++i) {
        Test::writeImage(files[i], i + 1, QSize(20, 10));
        Asset a{.kind = AssetKind::Image,
                .path = store->storedPath(files[i]),
                .name = QFileInfo(files[i]).fileName(),
                .sha256 = QString::number(i),
                .width = 20,
                .height = 10};
        store->addAsset(a);
        QList<Annotation> boxes{{.assetId = a.id,
                                 .labelId = cat.id,
                                 .kind = AnnotationKind::Box,
                                 .points = {QPointF(1, 1), QPointF(5, 5 + i)}}};
        if (i == 1)
            boxes.append(boxes.constFirst());
        store->addAnnotations(boxes);
    }
    return store;
}

// Rewrites one member of a zip (libzip replaces it on close).
void replaceMember(const QString &zipPath, const char *name, const QByteArray &bytes)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), 0, &code);
    QVERIFY(z);
    const zip_int64_t index = zip_name_locate(z, name, 0);
    QVERIFY(index >= 0);
    QByteArray *kept = new QByteArray(bytes); // alive until zip_close
    zip_source_t *s = zip_source_buffer(z, kept->constData(), zip_uint64_t(kept->size()), 0);
    QVERIFY(zip_file_replace(z, zip_uint64_t(index), s, 0) == 0);
    QVERIFY(zip_close(z) == 0);
    delete kept;
}

void addMember(const QString &zipPath, const char *name, const QByteArray &bytes,
               bool symlink = false)
{
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(zipPath).constData(), 0, &code);
    QVERIFY(z);
    QByteArray *kept = new QByteArray(bytes);
    zip_source_t *s = zip_source_buffer(z, kept->constData(), zip_uint64_t(kept->size()), 0);
    const zip_int64_t index = zip_file_add(z, name, s, 0);
    QVERIFY(index >= 0);
    if (symlink)
        QVERIFY(zip_file_set_external_attributes(z, zip_uint64_t(index), 0, ZIP_OPSYS_UNIX,
                                                 zip_uint32_t(S_IFLNK | 0777) << 16)
                == 0);
    QVERIFY(zip_close(z) == 0);
    delete kept;
}

QJsonObject manifestOf(const QString &zipPath)
{
    QJsonObject manifest;
    QString error;
    ProjectBundle::verify(zipPath, &error, &manifest);
    return manifest;
}

QStringList filesUnder(const QString &folder)
{
    QStringList out;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(it.next());
    return out;
}

} // namespace

class TestProjectBundle : public QObject
{
    Q_OBJECT

private slots:
    void killedRunsLeaveNothingForLong();
    void withMediaOpensAnywhere();
    void withoutMediaPointsAtTheOriginals();
    void snapshotHoldsOnlyCommittedEdits();
    void neverOverwrites();
    void refusesBadBundles_data();
    void refusesBadBundles();
    void foreignDigestsAreForgottenOnOpen();
};

void TestProjectBundle::withMediaOpensAnywhere()
{
    QTemporaryDir dir, outside, elsewhere;
    auto store = makeProject(dir.path(), outside.path());
    // The sender's digest cache names files by absolute path on the sender's machine.
    const QString hashed = outside.filePath(QStringLiteral("b.png"));
    QVERIFY(DigestStore(*store).digest(hashed).hashed);
    QVERIFY(!DigestStore(*store).digest(hashed).hashed);
    const QString zip = dir.filePath(QStringLiteral("p.zip"));
    QString error;
    QStringList warnings;
    QVERIFY2(ProjectBundle::create(*store, zip, {.includeMedia = true}, {}, &error, &warnings),
             qPrintable(error));
    QVERIFY(warnings.isEmpty());
    QVERIFY(filesUnder(dir.path()).filter(key(".tessera-bundle")).isEmpty()); // work files gone
    QJsonObject manifest;
    QVERIFY2(ProjectBundle::verify(zip, &error, &manifest), qPrintable(error));
    QCOMPARE(manifest.value(key("counts")).toObject().value(key("annotations")).toInt(), 3);
    QCOMPARE(manifest.value(key("members")).toArray().size(), 3);
    for (const QJsonValue &m : manifest.value(key("members")).toArray())
        QCOMPARE(m.toObject().value(key("sha256")).toString().size(), 64);

    const QString unpacked = elsewhere.filePath(QStringLiteral("copy"));
    QString projectPath;
    QVERIFY2(ProjectBundle::open(zip, unpacked, &projectPath, &error), qPrintable(error));
    auto copy = ProjectStore::open(projectPath, &error);
    QVERIFY(copy);
    QCOMPARE(copy->assetCount(), 2);
    QCOMPARE(copy->annotationCount(), 3);
    // Media travel with it: the copy reads its own files, byte for byte the originals.
    for (qint64 id : copy->assetIds()) {
        const Asset a = *copy->asset(id);
        const QString file = copy->absolutePath(a);
        QVERIFY2(file.startsWith(unpacked + QStringLiteral("/media/")), qPrintable(file));
        QCOMPARE(Test::readAll(file), Test::readAll(store->absolutePath(*store->asset(id))));
    }
    QVERIFY(copy->check().isEmpty());
    QVERIFY(DigestStore(*copy).known(hashed, FileDigest::stampOf(hashed)).isEmpty());
    QVERIFY(!Test::readAll(projectPath).contains(QFile::encodeName(outside.path())));
}

void TestProjectBundle::withoutMediaPointsAtTheOriginals()
{
    QTemporaryDir dir, outside, elsewhere;
    auto store = makeProject(dir.path(), outside.path());
    const QString zip = dir.filePath(QStringLiteral("p.zip"));
    QString error, projectPath;
    QVERIFY(ProjectBundle::create(*store, zip, {}, {}, &error));
    QCOMPARE(manifestOf(zip).value(key("members")).toArray().size(), 1);
    QVERIFY(ProjectBundle::open(zip, elsewhere.filePath(QStringLiteral("c")), &projectPath,
                                &error));
    auto copy = ProjectStore::open(projectPath, &error);
    for (qint64 id : copy->assetIds())
        QCOMPARE(copy->absolutePath(*copy->asset(id)), store->absolutePath(*store->asset(id)));
}

void TestProjectBundle::snapshotHoldsOnlyCommittedEdits()
{
    QTemporaryDir dir, outside, elsewhere;
    auto app = makeProject(dir.path(), outside.path());
    // Another connection is in the middle of a transaction while the bundle is made.
    QString error;
    auto other = ProjectStore::open(app->path(), &error);
    QVERIFY(other);
    {
        ProjectStore::Transaction open(*other);
        QList<Annotation> pending{{.assetId = other->assetIds().constFirst(),
                                   .kind = AnnotationKind::Point,
                                   .points = {QPointF(2, 2)}}};
        QVERIFY(other->addAnnotations(pending));
        // The app commits an edit of its own meanwhile? It cannot while the other writes; it
        // snapshots what is committed.
        QVERIFY2(ProjectBundle::create(*app, dir.filePath(QStringLiteral("p.zip")), {}, {}, &error),
                 qPrintable(error));
    } // rolled back
    QString projectPath;
    QVERIFY(ProjectBundle::open(dir.filePath(QStringLiteral("p.zip")),
                                elsewhere.filePath(QStringLiteral("c")), &projectPath, &error));
    QCOMPARE(ProjectStore::open(projectPath, &error)->annotationCount(), 3);
}

void TestProjectBundle::neverOverwrites()
{
    QTemporaryDir dir, outside;
    auto store = makeProject(dir.path(), outside.path());
    const QString zip = dir.filePath(QStringLiteral("p.zip"));
    QString error, projectPath;
    QVERIFY(ProjectBundle::create(*store, zip, {}, {}, &error));
    const QString target = dir.filePath(QStringLiteral("taken"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken")));
    QFile mine(target + QStringLiteral("/notes.txt"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    QVERIFY(!ProjectBundle::open(zip, target, &projectPath, &error));
    QVERIFY2(error.contains(key("is not empty")), qPrintable(error));
    QCOMPARE(filesUnder(target), QStringList{mine.fileName()});
    QCOMPARE(Test::readAll(mine.fileName()), QByteArray("mine"));
    // The folder chosen for a bundle is always a new one.
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("p")));
    QCOMPARE(ProjectBundle::unpackFolderFor(zip), dir.filePath(QStringLiteral("p-2")));
}

void TestProjectBundle::refusesBadBundles_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dot-dot") << key("dot-dot") << key("\"../escape.txt\" names a path outside");
    QTest::newRow("absolute") << key("absolute") << key("abs.txt\" names a path outside");
    QTest::newRow("symlink") << key("symlink") << key("\"media/link\" is a symbolic link");
    QTest::newRow("unlisted") << key("unlisted") << key("\"extra.txt\" is not in the manifest");
    QTest::newRow("checksum") << key("checksum") << key("project.tessera is damaged");
    QTest::newRow("bomb") << key("bomb") << key("would expand to more than a sane size");
    QTest::newRow("truncated") << key("truncated") << key("not a readable zip archive");
    QTest::newRow("newer") << key("newer") << key("bundle format 99 is newer");
    QTest::newRow("not-a-bundle") << key("not-a-bundle") << key("not a Tessera bundle");
}

void TestProjectBundle::refusesBadBundles()
{
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    QTemporaryDir dir, outside, target;
    auto store = makeProject(dir.path(), outside.path());
    const QString zip = dir.filePath(QStringLiteral("p.zip"));
    QString error;
    QVERIFY(ProjectBundle::create(*store, zip, {}, {}, &error));
    QJsonObject manifest = manifestOf(zip);
    if (damage == QLatin1String("dot-dot")) {
        addMember(zip, "../escape.txt", "x");
    } else if (damage == QLatin1String("absolute")) {
        // An absolute name, pointing into a folder of this test.
        addMember(zip, QFile::encodeName(outside.filePath(QStringLiteral("abs.txt"))).constData(),
                  "x");
    } else if (damage == QLatin1String("symlink")) {
        addMember(zip, "media/link", "/etc/passwd", true);
    } else if (damage == QLatin1String("unlisted")) {
        addMember(zip, "extra.txt", "x");
    } else if (damage == QLatin1String("checksum")) {
        QJsonArray members = manifest.value(key("members")).toArray();
        QJsonObject first = members[0].toObject();
        first[key("sha256")] = QString(64, QLatin1Char('0'));
        members[0] = first;
        manifest[key("members")] = members;
        replaceMember(zip, "manifest.json", QJsonDocument(manifest).toJson());
    } else if (damage == QLatin1String("bomb")) {
        addMember(zip, "media/zeros.bin", QByteArray(64 << 20, '\0'));
    } else if (damage == QLatin1String("truncated")) {
        QFile f(zip);
        QVERIFY(f.resize(f.size() / 2));
    } else if (damage == QLatin1String("newer")) {
        manifest[key("version")] = 99;
        replaceMember(zip, "manifest.json", QJsonDocument(manifest).toJson());
    } else {
        replaceMember(zip, "manifest.json", "{\"format\": \"something else\"}");
    }
    QVERIFY(!ProjectBundle::verify(zip, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    const QString unpacked = target.filePath(QStringLiteral("c"));
    QString projectPath;
    QVERIFY(!ProjectBundle::open(zip, unpacked, &projectPath, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // Nothing is left behind, inside the target or beside it.
    QVERIFY(!QFileInfo::exists(unpacked));
    QVERIFY(filesUnder(target.path()).isEmpty());
    QVERIFY(!QFileInfo::exists(outside.filePath(QStringLiteral("abs.txt"))));
}

void TestProjectBundle::foreignDigestsAreForgottenOnOpen()
{
    // A bundle made by hand whose project claims a digest for a file on the receiver's machine:
    // had the claim been kept, an import would take that file for content it does not hold.
    QTemporaryDir dir, outside, target;
    auto store = makeProject(dir.path(), outside.path());
    const QString zip = dir.filePath(QStringLiteral("p.zip"));
    QString error;
    QVERIFY2(ProjectBundle::create(*store, zip, {}, {}, &error), qPrintable(error));
    const QString victim = outside.filePath(QStringLiteral("b.png"));
    const FileDigest::Stamp stamp = FileDigest::stampOf(victim);
    DigestStore(*store).remember(victim, stamp, QString(64, QLatin1Char('a')));
    const QString forged = dir.filePath(QStringLiteral("forged.tessera"));
    QVERIFY(store->snapshotTo(forged));
    const QByteArray bytes = Test::readAll(forged);
    QJsonObject manifest = manifestOf(zip);
    QJsonArray members = manifest.value(key("members")).toArray();
    QJsonObject project = members[0].toObject();
    const QByteArray name = project.value(key("path")).toString().toUtf8();
    project[key("sha256")] = FileDigest::sha256(bytes);
    project[key("size")] = bytes.size();
    members[0] = project;
    manifest[key("members")] = members;
    replaceMember(zip, name.constData(), bytes);
    replaceMember(zip, "manifest.json", QJsonDocument(manifest).toJson());
    QVERIFY2(ProjectBundle::verify(zip, &error), qPrintable(error));

    QString projectPath;
    QVERIFY2(ProjectBundle::open(zip, target.filePath(QStringLiteral("c")), &projectPath, &error),
             qPrintable(error));
    auto copy = ProjectStore::open(projectPath, &error);
    QVERIFY(copy);
    QVERIFY(DigestStore(*copy).known(victim, stamp).isEmpty());
    QCOMPARE(DigestStore(*copy).digest(victim).sha256,
             QString::fromLatin1(Test::fileHash(victim).toHex()));
}

void TestProjectBundle::killedRunsLeaveNothingForLong()
{
    QTemporaryDir dir, outside, out;
    auto store = makeProject(dir.path(), outside.path());
    // What a killed run left: its work folder (its lock's process is gone) with a half-written
    // zip, and a partial zip of an older version beside the target.
    const QString dead = out.filePath(QStringLiteral(".tessera-bundle-k1lled"));
    QVERIFY(QDir().mkpath(dead));
    {
        QFile lock(dead + QStringLiteral("/.lock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write("999999\ntessera-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        QFile half(dead + QStringLiteral("/bundle.zip"));
        QVERIFY(half.open(QIODevice::WriteOnly));
        half.write(QByteArray(1 << 20, 'x'));
    }
    const QString older = out.filePath(QStringLiteral("b.zip.Ab12Cd"));
    {
        QFile f(older);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("partial");
        f.close();
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                              QFileDevice::FileModificationTime));
    }
    // A run that is alive right now (its lock held) must be left alone.
    const QString alive = out.filePath(QStringLiteral(".tessera-bundle-a11ve0"));
    QVERIFY(QDir().mkpath(alive));
    QLockFile held(alive + QStringLiteral("/.lock"));
    QVERIFY(held.tryLock(0));

    const QString zip = out.filePath(QStringLiteral("b.zip"));
    QString error;
    QVERIFY2(ProjectBundle::create(*store, zip, {}, {}, &error), qPrintable(error));
    QVERIFY(ProjectBundle::verify(zip, &error));
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(!QFileInfo::exists(older));
    QVERIFY(QFileInfo::exists(alive));
    // Nothing of this run is left beside the bundle either.
    const QStringList left
            = QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    QCOMPARE(left,
             (QStringList{QStringLiteral(".tessera-bundle-a11ve0"), QStringLiteral("b.zip")}));
}

QTEST_GUILESS_MAIN(TestProjectBundle)
#include "tst_projectbundle.moc"
