// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "mediarelink.h"

#include "addimagesjob.h"
#include "formats/formatsupport.h"
#include "store/digeststore.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>

namespace Tessera::MediaRelink {

namespace {

// Texts filed by lupdate under, and looked up in, the context "MediaRelink".
struct MediaRelinkText
{
    Q_DECLARE_TR_FUNCTIONS(MediaRelink)
};

// The candidate whose path shares the longest tail of folders with the expected path: two
// "0001.jpg" in train/ and val/ go where the dataset said.
QString bestCandidate(const QStringList &candidates, const QString &expected)
{
    const QStringList want = QDir::cleanPath(expected).split(QLatin1Char('/'));
    QString best;
    int bestScore = -1;
    for (const QString &c : candidates) {
        const QStringList have = c.split(QLatin1Char('/'));
        int score = 0;
        while (score < want.size() && score < have.size()
               && want[want.size() - 1 - score] == have[have.size() - 1 - score])
            ++score;
        if (score > bestScore) {
            best = c;
            bestScore = score;
        }
    }
    return best;
}

} // namespace

QList<Asset> missingAssets(ProjectStore &store)
{
    QList<Asset> missing;
    AssetFilter images;
    images.kind = AssetKind::Image;
    qint64 after = 0;
    for (;;) {
        const QList<Asset> page = store.assetPage(images, after, 5000);
        if (page.isEmpty())
            break;
        for (const Asset &a : page)
            if (FormatSupport::isMediaMissing(a) || !QFileInfo(store.absolutePath(a)).isFile())
                missing.append(a);
        after = page.constLast().id;
    }
    return missing;
}

bool relink(ProjectStore &store, const QStringList &folders, Report *report,
            const JobControl &control, QString *error)
{
    for (const QString &folder : folders)
        if (!QFileInfo(folder).isDir()) {
            *error = MediaRelinkText::tr("%1: not a folder").arg(FormatSupport::shown(folder));
            return false;
        }
    const QList<Asset> missing = missingAssets(store);
    report->missing = int(missing.size());
    if (missing.isEmpty())
        return true;
    // Every image file under the folders, by name and by stem (lower case: datasets made on
    // Windows differ in case).
    QHash<QString, QStringList> byName, byStem;
    QStringList all;
    for (const QString &folder : folders) {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = QFileInfo(it.next()).absoluteFilePath();
            if (!AddImagesJob::isImageFile(path) || !it.fileInfo().isFile())
                continue;
            byName[it.fileName().toLower()].append(path);
            byStem[it.fileInfo().completeBaseName().toLower()].append(path);
            all.append(path);
        }
    }
    QHash<QString, QString> shaOf; // path -> content hash, each file hashed once at most
    auto hashOf = [&](const QString &path, qint64 *size) {
        qint64 bytes = 0;
        if (!shaOf.contains(path)) {
            const DigestStore::Digest digest = DigestStore(store).digest(path);
            bytes = digest.size;
            shaOf.insert(path, digest.sha256);
        } else {
            bytes = QFileInfo(path).size();
        }
        if (size)
            *size = bytes;
        return shaOf.value(path);
    };
    bool hashedAll = false;
    QHash<QString, QString> pathOfSha;
    for (qsizetype i = 0; i < missing.size(); ++i) {
        if (control.canceled()) {
            report->notes.append(MediaRelinkText::tr("Canceled: %1 of %2 asset(s) looked for")
                                         .arg(i)
                                         .arg(missing.size()));
            return true;
        }
        control.report(i + 1, missing.size());
        const Asset &a = missing[i];
        const QString expected = a.path.isEmpty() ? a.name : a.path;
        const QString name = QFileInfo(a.name).fileName().toLower();
        QString found;
        qint64 size = 0;
        QString sha;
        if (FormatSupport::isMediaMissing(a)) {
            QStringList candidates = byName.value(name);
            if (candidates.isEmpty() && QFileInfo(name).suffix().isEmpty())
                candidates = byStem.value(name);
            if (candidates.isEmpty())
                continue;
            found = bestCandidate(candidates, expected);
            sha = hashOf(found, &size);
        } else {
            // A moved file: the same name with the same content, else any file with it.
            for (const QString &c : byName.value(name))
                if (hashOf(c, &size) == a.sha256)
                    found = c;
            if (found.isEmpty()) {
                if (!hashedAll) {
                    for (const QString &path : std::as_const(all))
                        pathOfSha.insert(hashOf(path, nullptr), path);
                    hashedAll = true;
                }
                found = pathOfSha.value(a.sha256);
            }
            if (found.isEmpty())
                continue;
            sha = hashOf(found, &size);
        }
        if (sha.isEmpty())
            continue;
        const QSize pixels = QImageReader(found).size();
        if (a.width > 0 && a.height > 0 && pixels.isValid() && pixels != QSize(a.width, a.height))
            report->notes.append(
                    MediaRelinkText::tr("%1: the file is %2×%3 pixels, the dataset said %4×%5; "
                                        "its shapes may be off")
                            .arg(FormatSupport::shown(found))
                            .arg(pixels.width())
                            .arg(pixels.height())
                            .arg(a.width)
                            .arg(a.height));
        if (!store.setAssetMedia(a.id, store.storedPath(found), sha, size, pixels)) {
            report->notes.append(MediaRelinkText::tr("%1: not relinked: %2")
                                         .arg(FormatSupport::shown(found), store.errorString()));
            continue;
        }
        ++report->relinked;
    }
    return true;
}

} // namespace Tessera::MediaRelink
