// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "addimagesjob.h"

#include "core/imagefiles.h"

#include "store/digeststore.h"
#include "store/projectstore.h"

#include <QCollator>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

#include <cerrno>
#include <cstring>

#include <dirent.h>
#include <sys/stat.h>
namespace Tessera::AddImagesJob {

namespace {

struct Probe
{
    QString path;
    int width = 0;
    int height = 0;
    QString error;
};

// Runs on worker threads: reads the header only, so that a 100000x100000 PNG costs nothing here.
// The content hash comes afterwards from the DigestStore, which skips files already hashed.
Probe probe(const QString &path)
{
    Probe p;
    p.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        p.error = QStringLiteral("%1: cannot read (%2)")
                          .arg(QDir::toNativeSeparators(path), file.errorString());
        return p;
    }
    QImageReader reader(&file);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        p.error = QStringLiteral("%1: not a readable image (%2)")
                          .arg(QDir::toNativeSeparators(path),
                               reader.errorString().isEmpty() ? QStringLiteral("no size in header")
                                                              : reader.errorString());
        return p;
    }
    // EXIF rotations of 90 degrees swap the displayed width and height.
    const QImageIOHandler::Transformations t = reader.transformation();
    const bool swapped = t & QImageIOHandler::TransformationRotate90;
    p.width = swapped ? size.height() : size.width();
    p.height = swapped ? size.width() : size.height();
    return p;
}

} // namespace

QStringList imageNameFilters()
{
    return ImageFiles::nameFilters();
}

bool isImageFile(const QString &path)
{
    return ImageFiles::isImageFile(path);
}

// What a folder walk skips without a word: names that are not valid UTF-8 (Qt cannot name them,
// so it never lists them), and subfolders that cannot be read. Each becomes an error. Walked with
// POSIX calls on the bytes, because Qt's own walk is what cannot see them.
void reportUnreachable(const QByteArray &folder, QStringList *errors, int depth = 0)
{
    DIR *dir = ::opendir(folder.constData());
    if (!dir) {
        errors->append(QStringLiteral("%1: the folder cannot be read (%2); its images were not "
                                      "added")
                               .arg(QDir::toNativeSeparators(QFile::decodeName(folder)),
                                    QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    while (const dirent *entry = ::readdir(dir)) {
        const QByteArray name(entry->d_name);
        if (name == "." || name == "..")
            continue;
        const QByteArray path = folder + '/' + name;
        if (QString::fromUtf8(name).toUtf8() != name) {
            QString shown;
            for (const char c : name)
                shown += static_cast<unsigned char>(c) < 0x80 && c >= 0x20
                                 ? QString(QLatin1Char(c))
                                 : QStringLiteral("\\x%1").arg(static_cast<unsigned char>(c), 2, 16,
                                                               QLatin1Char('0'));
            errors->append(
                    QStringLiteral("%1/%2: the file name is not valid UTF-8; rename it to "
                                   "add it")
                            .arg(QDir::toNativeSeparators(QFile::decodeName(folder)), shown));
            continue;
        }
        struct stat info;
        if (depth < 64 && ::lstat(path.constData(), &info) == 0 && S_ISDIR(info.st_mode))
            reportUnreachable(path, errors, depth + 1);
    }
    ::closedir(dir);
}

QStringList collectImages(const QStringList &paths, QStringList *errors)
{
    QStringList files;
    QCollator collator;
    collator.setNumericMode(true);
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            QDirIterator it(path, imageNameFilters(), QDir::Files | QDir::Readable,
                            QDirIterator::Subdirectories | QDirIterator::FollowSymlinks);
            while (it.hasNext())
                found.append(QFileInfo(it.next()).absoluteFilePath());
            found.removeDuplicates();
            if (errors)
                reportUnreachable(QFile::encodeName(info.absoluteFilePath()), errors);
            // Natural order ("img2" before "img10"), as users read file managers.
            std::sort(found.begin(), found.end(), [&collator](const QString &a, const QString &b) {
                return collator.compare(a, b) < 0;
            });
            files += found;
        } else if (info.isFile()) {
            files.append(info.absoluteFilePath());
        } else if (errors) {
            // /dev/zero, a FIFO or a socket exists but is no file: say what it is.
            errors->append(info.exists()
                                   ? QStringLiteral("%1: not a regular file (a device, pipe or "
                                                    "socket); not read")
                                             .arg(QDir::toNativeSeparators(path))
                                   : QStringLiteral("%1: no such file or folder")
                                             .arg(QDir::toNativeSeparators(path)));
        }
    }
    return files;
}

AddReport run(ProjectStore &store, const QStringList &paths, const JobControl &control)
{
    AddReport report;
    const QStringList files = collectImages(paths, &report.errors);
    const QStringList known = store.assetPaths();
    const QSet<QString> knownPaths(known.cbegin(), known.cend());
    QStringList todo;
    for (const QString &file : files) {
        if (knownPaths.contains(store.storedPath(file)))
            ++report.skipped;
        else
            todo.append(file);
    }

    QSet<QString> seenHashes;
    constexpr qsizetype chunk = 256;
    for (qsizetype start = 0; start < todo.size(); start += chunk) {
        if (control.canceled()) {
            report.canceled = true;
            break;
        }
        const QStringList part = todo.mid(start, chunk);
        const QList<Probe> probes = QtConcurrent::blockingMapped<QList<Probe>>(part, probe);
        QStringList readable;
        for (const Probe &p : probes) {
            if (p.error.isEmpty())
                readable.append(p.path);
            else
                report.errors.append(p.error);
        }
        const QList<DigestStore::Digest> digests = DigestStore(store).digests(readable);
        QList<Asset> assets;
        qsizetype next = 0;
        for (const Probe &p : probes) {
            if (!p.error.isEmpty())
                continue;
            const DigestStore::Digest &digest = digests.at(next++);
            report.hashed += digest.hashed;
            if (digest.sha256.isEmpty()) {
                report.errors.append(digest.error);
                continue;
            }
            if (seenHashes.contains(digest.sha256) || store.assetBySha256(digest.sha256)) {
                ++report.duplicates;
                continue;
            }
            seenHashes.insert(digest.sha256);
            Asset a;
            a.kind = AssetKind::Image;
            a.path = store.storedPath(p.path);
            a.name = QFileInfo(p.path).fileName();
            a.byteSize = digest.size;
            a.sha256 = digest.sha256;
            a.width = p.width;
            a.height = p.height;
            assets.append(a);
        }
        if (!store.addAssets(assets)) {
            report.fatalError = store.errorString();
            break;
        }
        report.added += int(assets.size());
        for (const Asset &a : std::as_const(assets))
            report.assetIds.append(a.id);
        control.report(std::min(start + chunk, todo.size()), todo.size());
    }
    return report;
}

} // namespace Tessera::AddImagesJob
