// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "formats/format.h"
#include "jobs/addimagesjob.h"
#include "jobs/importjob.h"
#include "store/digeststore.h"
#include "store/projectstore.h"
#include "testhelpers.h"
#include "util/filedigest.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace Tessera;

namespace {

QString qtSha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

void put(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(bytes), bytes.size());
}

// Rewrites a file's bytes in place (same inode, same size) and puts its modification time back
// to the nanosecond: its stamp is unchanged, so a digest that comes back for the new bytes
// proves the file was read again, and the old digest proves it was not.
void rewriteKeepingStamp(const QString &path, const QByteArray &bytes)
{
    struct stat before;
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &before), 0);
    QCOMPARE(qint64(before.st_size), qint64(bytes.size()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();
    const timespec times[2] = {before.st_atim, before.st_mtim};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
    QCOMPARE(FileDigest::stampOf(path).mtimeNs,
             qint64(before.st_mtim.tv_sec) * 1000000000 + before.st_mtim.tv_nsec);
}

} // namespace

/** Content digests: OpenSSL's agree with Qt's; the project remembers them by path and stamp. */
class TestDigestStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void digestsAgreeWithQt_data();
    void digestsAgreeWithQt();
    void unreadableFilesSayWhy();
    void rememberedUntilTheFileChanges();
    void rescanDoesNotReadKnownDuplicates();
    void annotationImportReadsNoKnownImage();

private:
    QTemporaryDir *m_dir = nullptr;
    std::unique_ptr<ProjectStore> m_store;
};

void TestDigestStore::init()
{
    m_dir = new QTemporaryDir;
    QString error;
    m_store = ProjectStore::create(m_dir->filePath(QStringLiteral("p.tessera")), &error);
    QVERIFY2(m_store, qPrintable(error));
}

void TestDigestStore::cleanup()
{
    m_store.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestDigestStore::digestsAgreeWithQt_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("abc") << QByteArray("abc");
    // Across the 1 MiB read buffer, not a multiple of SHA-256's 64-byte block.
    QByteArray big(3 * 1024 * 1024 + 77, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char((i * 131) ^ (i >> 9));
    QTest::newRow("3 MiB") << big;
}

void TestDigestStore::digestsAgreeWithQt()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir->filePath(QStringLiteral("f.bin"));
    put(path, bytes);
    QString error;
    FileDigest::Stamp stamp;
    QCOMPARE(FileDigest::sha256(path, &error, &stamp), qtSha256(bytes));
    QVERIFY(error.isEmpty());
    QCOMPARE(stamp.size, bytes.size());
    QCOMPARE(FileDigest::sha256(bytes), qtSha256(bytes));
    if (bytes == "abc") // FIPS 180-2's own example
        QCOMPARE(
                FileDigest::sha256(bytes),
                QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

void TestDigestStore::unreadableFilesSayWhy()
{
    QString error;
    const QString missing = m_dir->filePath(QStringLiteral("gone.png"));
    QVERIFY(FileDigest::sha256(missing, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("gone.png")), qPrintable(error));
    QVERIFY(!FileDigest::stampOf(missing).isValid());
    error.clear();
    QVERIFY(FileDigest::sha256(m_dir->path(), &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
    // A FIFO named like an image: refused at once, not waited on for a writer.
    const QString fifo = m_dir->filePath(QStringLiteral("pipe.png"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    error.clear();
    QVERIFY(FileDigest::sha256(fifo, &error).isEmpty());
    QVERIFY2(error.contains(QLatin1String("pipe.png")) && error.contains(QLatin1String("regular")),
             qPrintable(error));
    const DigestStore::Digest d = DigestStore(*m_store).digest(missing);
    QVERIFY(d.sha256.isEmpty());
    QVERIFY(d.error.contains(QLatin1String("gone.png")));
}

void TestDigestStore::rememberedUntilTheFileChanges()
{
    const QString path = m_dir->filePath(QStringLiteral("a.bin"));
    put(path, "first content");
    DigestStore digests(*m_store);
    DigestStore::Digest d = digests.digest(path);
    QVERIFY(d.hashed);
    QCOMPARE(d.sha256, qtSha256("first content"));
    QCOMPARE(d.size, 13);

    // Same stamp: remembered, not read (the bytes changed behind its back and it did not see).
    rewriteKeepingStamp(path, "other content");
    d = digests.digest(path);
    QVERIFY(!d.hashed);
    QCOMPARE(d.sha256, qtSha256("first content"));
    // Remembered in the project file, not in this object: a second store sees it too.
    QCOMPARE(DigestStore(*m_store).known(path, FileDigest::stampOf(path)), d.sha256);

    // A new modification time (an editor saved it): read again.
    put(path, "third content");
    const timespec times[2] = {{0, UTIME_OMIT}, {1700000000, 123456789}};
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0);
    d = digests.digest(path);
    QVERIFY(d.hashed);
    QCOMPARE(d.sha256, qtSha256("third content"));

    // Replaced by another file under the same name (a new inode), same size and time: read.
    const QString other = m_dir->filePath(QStringLiteral("b.bin"));
    put(other, "fifth content");
    QCOMPARE(::utimensat(AT_FDCWD, QFile::encodeName(other).constData(), times, 0), 0);
    QVERIFY(::rename(QFile::encodeName(other).constData(), QFile::encodeName(path).constData())
            == 0);
    d = digests.digest(path);
    QVERIFY(d.hashed);
    QCOMPARE(d.sha256, qtSha256("fifth content"));

    // Many at once, in order: known ones not read, the new one read.
    const QString fresh = m_dir->filePath(QStringLiteral("c.bin"));
    put(fresh, "sixth");
    const QList<DigestStore::Digest> all = digests.digests({fresh, path});
    QCOMPARE(all.size(), 2);
    QVERIFY(all.at(0).hashed);
    QCOMPARE(all.at(0).sha256, qtSha256("sixth"));
    QVERIFY(!all.at(1).hashed);
    QCOMPARE(all.at(1).sha256, qtSha256("fifth content"));

    // Enough files to go to the thread pool: each digest in its place, then all remembered.
    QStringList many;
    for (int i = 0; i < 40; ++i) {
        many.append(m_dir->filePath(QStringLiteral("many%1.bin").arg(i)));
        put(many.constLast(), QByteArray::number(i * 7919));
    }
    const QList<DigestStore::Digest> first = digests.digests(many);
    const QList<DigestStore::Digest> second = digests.digests(many);
    for (int i = 0; i < 40; ++i) {
        QVERIFY(first.at(i).hashed);
        QVERIFY(!second.at(i).hashed);
        QCOMPARE(first.at(i).sha256, qtSha256(QByteArray::number(i * 7919)));
        QCOMPARE(second.at(i).sha256, first.at(i).sha256);
    }
}

void TestDigestStore::rescanDoesNotReadKnownDuplicates()
{
    QDir dir(m_dir->path());
    QVERIFY(Test::writeImage(dir.filePath(QStringLiteral("a.png")), 1));
    QVERIFY(QFile::copy(dir.filePath(QStringLiteral("a.png")),
                        dir.filePath(QStringLiteral("copy.png"))));
    const AddReport first = AddImagesJob::run(*m_store, {m_dir->path()});
    QCOMPARE(first.added, 1);
    QCOMPARE(first.duplicates, 1);
    QCOMPARE(first.hashed, 2);
    // The duplicate is not in the project by path, so a rescan looks at it again, but its
    // digest is remembered: nothing is read.
    const AddReport again = AddImagesJob::run(*m_store, {m_dir->path()});
    QCOMPARE(again.added, 0);
    QCOMPARE(again.duplicates, 1);
    QCOMPARE(again.skipped, 1);
    QCOMPARE(again.hashed, 0);
}

void TestDigestStore::annotationImportReadsNoKnownImage()
{
    // Images added first, then their labelme annotations imported: each image is the asset
    // already there, found by its remembered digest without reading the file.
    QDir dir(m_dir->path());
    // BMP: two images of one size are files of one size.
    const QString image = dir.filePath(QStringLiteral("a.bmp"));
    QVERIFY(Test::writeImage(image, 1, QSize(64, 48)));
    QCOMPARE(AddImagesJob::run(*m_store, {image}).added, 1);
    const qint64 assetId = m_store->assetIds().constFirst();
    // Its bytes are replaced by another image of the same size, stamp kept: had the import read
    // the file, it would have made a second asset for the new content.
    const QString other = dir.filePath(QStringLiteral("other.bmp"));
    QVERIFY(Test::writeImage(other, 2, QSize(64, 48)));
    QFile otherFile(other);
    QVERIFY(otherFile.open(QIODevice::ReadOnly));
    const QByteArray bytes = otherFile.readAll();
    QVERIFY(Test::fileHash(image) != Test::fileHash(other));
    rewriteKeepingStamp(image, bytes);
    put(dir.filePath(QStringLiteral("a.json")),
        "{\"version\":\"5.1.1\",\"flags\":{},\"shapes\":[{\"label\":\"cat\",\"points\":[[1,2],[30,"
        "20]],\"shape_type\":\"rectangle\",\"flags\":{}}],\"imagePath\":\"a.bmp\","
        "\"imageData\":null,\"imageHeight\":48,\"imageWidth\":64}");
    std::unique_ptr<Format> labelme = FormatRegistry::make(QStringLiteral("labelme"));
    FormatReport report;
    QVERIFY2(
            ImportJob::read(*labelme, *m_store, dir.filePath(QStringLiteral("a.json")), report, {}),
            qPrintable(labelme->errorString()));
    QCOMPARE(m_store->assetCount(), 1);
    QCOMPARE(report.assets, 0);
    QCOMPARE(m_store->annotations(assetId).size(), 1);
}

QTEST_GUILESS_MAIN(TestDigestStore)
#include "tst_digeststore.moc"
