// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectbundle.h"

#include "store/digeststore.h"
#include "store/projectstore.h"
#include "util/filedigest.h"
#include "util/identity.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/stat.h>
#include <zip.h>

#include <memory>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Tessera::ProjectBundle {

namespace {

// Texts filed by lupdate under, and looked up in, the context "ProjectBundle".
struct ProjectBundleText
{
    Q_DECLARE_TR_FUNCTIONS(ProjectBundle)
};
QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}
QString key(const char *name)
{
    return QString::fromLatin1(name);
}

const char *manifestName = "manifest.json";
const char *projectName = "project.tessera";

struct ZipCloser
{
    void operator()(zip_t *z) const { zip_discard(z); }
};
using ZipPtr = std::unique_ptr<zip_t, ZipCloser>;

QString zipError(int code)
{
    zip_error_t e;
    zip_error_init_with_code(&e, code);
    const QString text = QString::fromUtf8(zip_error_strerror(&e));
    zip_error_fini(&e);
    return text;
}

// A member name Tessera writes and accepts: relative, '/'-separated, no "." or ".." parts.
bool safeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)) || (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return false;
    for (const QString &part : name.split(QLatin1Char('/')))
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    return true;
}

// Empty for a file that cannot be read (the caller says so).
QString sha256File(const QString &path, qint64 *size)
{
    QString error;
    FileDigest::Stamp stamp;
    const QString sha = FileDigest::sha256(path, &error, &stamp);
    *size = stamp.isValid() ? stamp.size : QFileInfo(path).size(); // no stamp: it changed meanwhile
    return sha;
}

int cancelCallback(zip_t *, void *state)
{
    return static_cast<const JobControl *>(state)->canceled() ? 1 : 0;
}
void progressCallback(zip_t *, double progress, void *state)
{
    static_cast<const JobControl *>(state)->report(qint64(progress * 1000), 1000);
}

// Rewrites the snapshot's asset paths: media into media/..., the rest made absolute so that the
// bundle opened elsewhere on this machine still finds them. Returns member name -> source file.
bool rewritePaths(const QString &snapshot, ProjectStore &store, bool includeMedia,
                  QList<QPair<QString, QString>> *media, QString *error)
{
    QString why;
    std::unique_ptr<ProjectStore> copy = ProjectStore::open(snapshot, &why);
    if (!copy) {
        *error = ProjectBundleText::tr("%1: cannot open the snapshot (%2)")
                         .arg(shown(snapshot), why);
        return false;
    }
    QSet<QString> used;
    const auto target = [&](qint64 id, const QString &stored, const QString &name) {
        Asset probe;
        probe.path = stored;
        const QString absolute = store.absolutePath(probe);
        if (!includeMedia)
            return absolute;
        QString member = QDir::isRelativePath(stored) && safeName(stored)
                                 ? QStringLiteral("media/") + stored
                                 : QStringLiteral("media/external/%1/%2")
                                           .arg(id)
                                           .arg(QFileInfo(name).fileName().isEmpty()
                                                        ? QStringLiteral("file")
                                                        : QFileInfo(name).fileName());
        if (used.contains(member) || !safeName(member))
            member = QStringLiteral("media/external/%1/file").arg(id);
        used.insert(member);
        media->append({member, absolute});
        return member;
    };
    // The digest cache names files on this machine by absolute path: of no use to the
    // receiver, and not theirs to read.
    if (!copy->rewriteAssetPaths(target) || !DigestStore(*copy).forgetAll()) {
        *error = ProjectBundleText::tr("%1: cannot rewrite the media paths (%2)")
                         .arg(shown(snapshot), copy->errorString());
        return false;
    }
    return true;
}

// Reads one member, hashing it and refusing more bytes than declared; appends to out if given.
bool readMember(zip_t *z, zip_uint64_t index, qint64 declared, QString *sha256, QFile *out,
                QByteArray *bytes, const JobControl &control, QString *why)
{
    zip_file_t *f = zip_fopen_index(z, index, 0);
    if (!f) {
        *why = QString::fromUtf8(zip_strerror(z));
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer(1 << 16, Qt::Uninitialized);
    qint64 total = 0;
    bool ok = true;
    for (;;) {
        const zip_int64_t n = zip_fread(f, buffer.data(), zip_uint64_t(buffer.size()));
        if (n < 0) {
            *why = QString::fromUtf8(zip_file_strerror(f));
            ok = false;
            break;
        }
        if (n == 0)
            break;
        total += n;
        if (total > declared) {
            *why = ProjectBundleText::tr("holds more bytes than the manifest declares");
            ok = false;
            break;
        }
        if (control.canceled()) {
            *why = ProjectBundleText::tr("canceled");
            ok = false;
            break;
        }
        hash.addData(QByteArrayView(buffer.constData(), n));
        if (out && out->write(buffer.constData(), n) != n) {
            *why = out->errorString();
            ok = false;
            break;
        }
        if (bytes)
            bytes->append(buffer.constData(), n);
    }
    zip_fclose(f);
    if (ok && total != declared) {
        *why = ProjectBundleText::tr("holds %1 bytes, the manifest declares %2")
                       .arg(total)
                       .arg(declared);
        ok = false;
    }
    *sha256 = QString::fromLatin1(hash.result().toHex());
    return ok;
}

// What a bundle holds, checked: name -> (index, declared size, sha256).
struct Member
{
    zip_uint64_t index = 0;
    qint64 size = 0;
    QString sha256;
};

// Opens and checks everything but the checksums; the manifest's members in *members.
ZipPtr openChecked(const QString &zipPath, QJsonObject *manifest, QMap<QString, Member> *members,
                   QString *error)
{
    int code = 0;
    ZipPtr z(zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code));
    if (!z) {
        *error = ProjectBundleText::tr("%1: not a readable zip archive (%2)")
                         .arg(shown(zipPath), zipError(code));
        return nullptr;
    }
    const zip_int64_t count = zip_get_num_entries(z.get(), 0);
    if (count < 0 || count > 10'000'000) {
        *error = ProjectBundleText::tr("%1: %2 members is more than a bundle can hold")
                         .arg(shown(zipPath))
                         .arg(count);
        return nullptr;
    }
    qint64 expanded = 0;
    QMap<QString, zip_stat_t> entries;
    QMap<QString, zip_uint64_t> indexOf;
    for (zip_int64_t i = 0; i < count; ++i) {
        const char *raw = zip_get_name(z.get(), zip_uint64_t(i), ZIP_FL_ENC_GUESS);
        const QString name = raw ? QString::fromUtf8(raw) : QString();
        if (!safeName(name)) {
            *error = ProjectBundleText::tr(
                             "%1: refused: the member \"%2\" names a path outside the bundle")
                             .arg(shown(zipPath), name);
            return nullptr;
        }
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(z.get(), zip_uint64_t(i), 0, &system, &attributes) == 0
            && system == ZIP_OPSYS_UNIX && ((attributes >> 16) & S_IFMT) == S_IFLNK) {
            *error = ProjectBundleText::tr("%1: refused: the member \"%2\" is a symbolic link")
                             .arg(shown(zipPath), name);
            return nullptr;
        }
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(z.get(), zip_uint64_t(i), 0, &st) != 0) {
            *error = ProjectBundleText::tr("%1: %2: %3")
                             .arg(shown(zipPath), name, QString::fromUtf8(zip_strerror(z.get())));
            return nullptr;
        }
        expanded += qint64(st.size);
        if (expanded > maxExpandedBytes
            || (st.size > (10u << 20)
                && st.size > maxRatio * std::max<zip_uint64_t>(st.comp_size, 1))) {
            *error = ProjectBundleText::tr(
                             "%1: refused: it would expand to more than a sane size (a zip bomb?)")
                             .arg(shown(zipPath));
            return nullptr;
        }
        if (entries.contains(name)) {
            *error = ProjectBundleText::tr("%1: refused: \"%2\" is in it twice")
                             .arg(shown(zipPath), name);
            return nullptr;
        }
        entries.insert(name, st);
        indexOf.insert(name, zip_uint64_t(i));
    }
    if (!entries.contains(key(manifestName))) {
        *error = ProjectBundleText::tr("%1: not a Tessera bundle: no manifest.json")
                         .arg(shown(zipPath));
        return nullptr;
    }
    const zip_stat_t &m = entries[key(manifestName)];
    if (m.size > (64u << 20)) {
        *error = ProjectBundleText::tr("%1: the manifest is implausibly large").arg(shown(zipPath));
        return nullptr;
    }
    QByteArray bytes;
    QString sha, why;
    if (!readMember(z.get(), indexOf[key(manifestName)], qint64(m.size), &sha, nullptr, &bytes, {},
                    &why)) {
        *error = ProjectBundleText::tr("%1: manifest.json: %2").arg(shown(zipPath), why);
        return nullptr;
    }
    QJsonParseError parseError;
    *manifest = QJsonDocument::fromJson(bytes, &parseError).object();
    if (parseError.error != QJsonParseError::NoError
        || manifest->value(key("format")).toString() != QLatin1String("tessera-bundle")) {
        *error = ProjectBundleText::tr("%1: manifest.json is not a Tessera bundle manifest")
                         .arg(shown(zipPath));
        return nullptr;
    }
    if (manifest->value(key("version")).toInt() > formatVersion) {
        *error = ProjectBundleText::tr("%1: bundle format %2 is newer than this Tessera reads "
                                       "(%3); update Tessera")
                         .arg(shown(zipPath))
                         .arg(manifest->value(key("version")).toInt())
                         .arg(formatVersion);
        return nullptr;
    }
    for (const QJsonValue &v : manifest->value(key("members")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(key("path")).toString();
        if (!entries.contains(name)) {
            *error = ProjectBundleText::tr("%1: \"%2\" is in the manifest but not in the bundle")
                             .arg(shown(zipPath), name);
            return nullptr;
        }
        const qint64 size = o.value(key("size")).toInteger(-1);
        if (size != qint64(entries[name].size)) {
            *error = ProjectBundleText::tr("%1: \"%2\" is %3 bytes, the manifest declares %4")
                             .arg(shown(zipPath), name)
                             .arg(entries[name].size)
                             .arg(size);
            return nullptr;
        }
        members->insert(name, Member{indexOf[name], size, o.value(key("sha256")).toString()});
    }
    for (auto it = entries.cbegin(); it != entries.cend(); ++it)
        if (it.key() != QLatin1String(manifestName) && !members->contains(it.key())) {
            *error = ProjectBundleText::tr("%1: refused: \"%2\" is not in the manifest")
                             .arg(shown(zipPath), it.key());
            return nullptr;
        }
    if (!members->contains(key(projectName))) {
        *error = ProjectBundleText::tr("%1: the bundle holds no project.tessera")
                         .arg(shown(zipPath));
        return nullptr;
    }
    return z;
}

// Removes what killed runs left beside a bundle: work folders whose lock no live process holds,
// and partial zips of older versions ("NAME.zip.XXXXXX", libzip's temporary names) untouched for
// a minute.
void removeStaleWork(const QFileInfo &target)
{
    const QDir dir(target.absolutePath());
    for (const QFileInfo &work :
         dir.entryInfoList({QStringLiteral(".tessera-bundle-*")},
                           QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot)) {
        QLockFile lock(work.filePath() + QStringLiteral("/.lock"));
        lock.setStaleLockTime(0); // only a dead owner makes it stale, never age
        const bool hasLock = QFileInfo::exists(work.filePath() + QStringLiteral("/.lock"));
        // A folder without a lock is from before locks, or was killed before taking it: stale
        // once a minute old.
        const bool stale = hasLock ? lock.tryLock(0)
                                   : work.lastModified().secsTo(QDateTime::currentDateTime()) > 60;
        if (stale) {
            lock.unlock();
            QDir(work.filePath()).removeRecursively();
        }
    }
    const QRegularExpression partial(QRegularExpression::escape(target.fileName())
                                     + QStringLiteral("\\.[A-Za-z0-9]{6}$"));
    for (const QFileInfo &f : dir.entryInfoList(QDir::Files | QDir::Hidden)) {
        if (partial.match(f.fileName()).hasMatch()
            && f.lastModified().secsTo(QDateTime::currentDateTime()) > 60)
            QFile::remove(f.filePath());
    }
}

} // namespace

bool create(ProjectStore &store, const QString &zipPath, const Options &options,
            const JobControl &control, QString *error, QStringList *warnings)
{
    const QFileInfo target(zipPath);
    if (!QDir().mkpath(target.absolutePath())) {
        *error = ProjectBundleText::tr("%1: cannot create the folder")
                         .arg(shown(target.absolutePath()));
        return false;
    }
    removeStaleWork(target);
    // Everything in progress lives in one work folder beside the target (the snapshot, the zip
    // being written), locked while this process runs: a killed run leaves only that folder,
    // and the next run removes it.
    QTemporaryDir work(target.absolutePath() + QStringLiteral("/.tessera-bundle-XXXXXX"));
    if (!work.isValid()) {
        *error = ProjectBundleText::tr("%1: cannot make a work folder (%2)")
                         .arg(shown(target.absolutePath()), work.errorString());
        return false;
    }
    QLockFile running(work.filePath(QStringLiteral(".lock")));
    running.setStaleLockTime(0);
    running.tryLock(0);
    const QString partial = work.filePath(QStringLiteral("bundle.zip"));
    const QString snapshot = work.filePath(key(projectName));
    if (!store.snapshotTo(snapshot)) {
        *error = store.errorString();
        return false;
    }
    if (options.prepare && !options.prepare(snapshot, error))
        return false;
    QList<QPair<QString, QString>> media;
    if (!rewritePaths(snapshot, store, options.includeMedia, &media, error))
        return false;

    QJsonArray members;
    qint64 size = 0;
    const QString projectSha = sha256File(snapshot, &size);
    members.append(QJsonObject{
            {key("path"), key(projectName)}, {key("size"), size}, {key("sha256"), projectSha}});
    QList<QPair<QString, QString>> packed{{key(projectName), snapshot}};
    for (const auto &[name, source] : std::as_const(media)) {
        if (control.canceled()) {
            *error = ProjectBundleText::tr("Bundle canceled");
            return false;
        }
        const QString sha = sha256File(source, &size);
        if (sha.isEmpty()) {
            if (warnings)
                warnings->append(ProjectBundleText::tr("%1: cannot read; left out of the bundle")
                                         .arg(shown(source)));
            continue;
        }
        members.append(QJsonObject{{key("path"), name}, {key("size"), size}, {key("sha256"), sha}});
        packed.append({name, source});
    }
    const ProjectStats stats = store.stats();
    const QJsonObject manifest{
            {key("format"), key("tessera-bundle")},
            {key("version"), formatVersion},
            {key("schema"), store.schemaVersion()},
            {key("created"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
            {key("createdBy"), store.author()},
            {key("project"), store.location().name()},
            {key("media"), options.includeMedia},
            {key("counts"), QJsonObject{{key("assets"), stats.assets},
                                        {key("annotations"), stats.annotations},
                                        {key("labels"), stats.labels},
                                        {key("mediaFiles"), qint64(packed.size() - 1)}}},
            {key("members"), members}};
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);

    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(partial).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z) {
        *error = ProjectBundleText::tr("%1: cannot write (%2)").arg(shown(zipPath), zipError(code));
        return false;
    }
    auto failWith = [&](const QString &why) {
        *error = ProjectBundleText::tr("%1: cannot write (%2)").arg(shown(zipPath), why);
        zip_discard(z);
        return false;
    };
    zip_source_t *source = zip_source_buffer(z, manifestBytes.constData(),
                                             zip_uint64_t(manifestBytes.size()), 0);
    if (!source || zip_file_add(z, manifestName, source, ZIP_FL_ENC_UTF_8) < 0) {
        zip_source_free(source);
        return failWith(QString::fromUtf8(zip_strerror(z)));
    }
    for (const auto &[name, file] : std::as_const(packed)) {
        zip_source_t *s = zip_source_file(z, QFile::encodeName(file).constData(), 0, -1);
        const zip_int64_t index
                = s ? zip_file_add(z, name.toUtf8().constData(), s, ZIP_FL_ENC_UTF_8) : -1;
        if (index < 0) {
            zip_source_free(s);
            return failWith(QString::fromUtf8(zip_strerror(z)));
        }
        // Images are compressed already: storing them is as small and much faster.
        const QString suffix = QFileInfo(name).suffix().toLower();
        const bool packedAlready = QStringList{key("jpg"), key("jpeg"), key("png"), key("webp"),
                                               key("gif"), key("tif"),  key("tiff")}
                                           .contains(suffix);
        zip_set_file_compression(z, zip_uint64_t(index),
                                 packedAlready ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    }
    zip_register_progress_callback_with_state(z, 0.01, progressCallback, nullptr,
                                              const_cast<JobControl *>(&control));
    zip_register_cancel_callback_with_state(z, cancelCallback, nullptr,
                                            const_cast<JobControl *>(&control));
    // libzip writes its own temporary file beside `partial` (in the work folder) and renames it
    // when complete; the finished zip then replaces the target in one rename.
    if (zip_close(z) != 0)
        return failWith(control.canceled() ? ProjectBundleText::tr("canceled")
                                           : QString::fromUtf8(zip_strerror(z)));
    if (::rename(QFile::encodeName(partial).constData(),
                 QFile::encodeName(target.absoluteFilePath()).constData())
        != 0) {
        *error = ProjectBundleText::tr("%1: cannot write (%2)")
                         .arg(shown(zipPath), QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
}

bool verify(const QString &zipPath, QString *error, QJsonObject *manifest,
            const JobControl &control)
{
    QJsonObject read;
    QMap<QString, Member> members;
    ZipPtr z = openChecked(zipPath, &read, &members, error);
    if (!z)
        return false;
    qint64 done = 0;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        QString sha, why;
        if (!readMember(z.get(), it->index, it->size, &sha, nullptr, nullptr, control, &why)) {
            *error = ProjectBundleText::tr("%1: %2: %3").arg(shown(zipPath), it.key(), why);
            return false;
        }
        if (sha != it->sha256) {
            *error = ProjectBundleText::tr(
                             "%1: %2 is damaged: its checksum does not match the manifest")
                             .arg(shown(zipPath), it.key());
            return false;
        }
        control.report(++done, members.size());
    }
    if (manifest)
        *manifest = read;
    return true;
}

bool open(const QString &zipPath, const QString &destination, QString *projectPath, QString *error,
          const JobControl &control)
{
    const QDir dest(destination);
    if (dest.exists() && !dest.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)) {
        *error = ProjectBundleText::tr(
                         "%1 is not empty: a bundle is only unpacked into a new folder")
                         .arg(shown(destination));
        return false;
    }
    QJsonObject manifest;
    QMap<QString, Member> members;
    ZipPtr z = openChecked(zipPath, &manifest, &members, error);
    if (!z)
        return false;
    if (!QDir().mkpath(destination)) {
        *error = ProjectBundleText::tr("%1: cannot create the folder").arg(shown(destination));
        return false;
    }
    const QString root = QFileInfo(destination).absoluteFilePath();
    auto cleanUp = [&]() {
        QDir(root).removeRecursively();
    };
    qint64 done = 0;
    for (auto it = members.cbegin(); it != members.cend(); ++it) {
        const QString target = QDir::cleanPath(root + QLatin1Char('/') + it.key());
        if (!target.startsWith(root + QLatin1Char('/'))
            || !QDir().mkpath(QFileInfo(target).absolutePath())) {
            cleanUp();
            *error = ProjectBundleText::tr("%1: refused: \"%2\" would land outside %3")
                             .arg(shown(zipPath), it.key(), shown(root));
            return false;
        }
        QFile out(target);
        if (!out.open(QIODevice::NewOnly)) {
            cleanUp();
            *error = ProjectBundleText::tr("%1: cannot write (%2)")
                             .arg(shown(target), out.errorString());
            return false;
        }
        QString sha, why;
        const bool ok
                = readMember(z.get(), it->index, it->size, &sha, &out, nullptr, control, &why);
        out.close();
        if (!ok || sha != it->sha256) {
            cleanUp();
            *error = ok ? ProjectBundleText::tr(
                                  "%1: %2 is damaged: its checksum does not match the manifest")
                                     .arg(shown(zipPath), it.key())
                        : ProjectBundleText::tr("%1: %2: %3").arg(shown(zipPath), it.key(), why);
            return false;
        }
        control.report(++done, members.size());
    }
    *projectPath = QDir(root).filePath(key(projectName));
    QString why;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(*projectPath, &why);
    // A bundle made by Tessera carries no digests; one made by hand could name files here with
    // digests that are not theirs, and imports would trust them.
    if (store) {
        if (DigestStore(*store).forgetAll())
            return true;
        why = store->errorString();
        store.reset(); // closed before its files are removed
    }
    cleanUp();
    *error = ProjectBundleText::tr("%1: the project inside cannot be opened: %2")
                     .arg(shown(zipPath), why);
    return false;
}

bool extractProject(const QString &zipPath, const QString &projectPath, QString *error,
                    const JobControl &control)
{
    QJsonObject manifest;
    QMap<QString, Member> members;
    ZipPtr z = openChecked(zipPath, &manifest, &members, error);
    if (!z)
        return false;
    const Member &m = members[key(projectName)];
    QFile out(projectPath);
    if (!out.open(QIODevice::NewOnly)) {
        *error = ProjectBundleText::tr("%1: cannot write (%2)")
                         .arg(shown(projectPath), out.errorString());
        return false;
    }
    QString sha, why;
    const bool ok = readMember(z.get(), m.index, m.size, &sha, &out, nullptr, control, &why);
    out.close();
    if (!ok || sha != m.sha256) {
        out.remove();
        *error = ok ? ProjectBundleText::tr(
                              "%1: %2 is damaged: its checksum does not match the manifest")
                                 .arg(shown(zipPath), key(projectName))
                    : ProjectBundleText::tr("%1: %2: %3")
                                 .arg(shown(zipPath), key(projectName), why);
        return false;
    }
    return true;
}

QString unpackFolderFor(const QString &zipPath)
{
    const QFileInfo info(zipPath);
    // NAME.tessera.zip (the name Tessera suggests, which the desktop knows as a bundle) → NAME/
    QString name = info.completeBaseName();
    if (name.endsWith(QLatin1String(".tessera")) && name.size() > 8)
        name.chop(8);
    const QString base = info.absoluteDir().filePath(name);
    QString candidate = base;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = QStringLiteral("%1-%2").arg(base).arg(n);
    return candidate;
}

} // namespace Tessera::ProjectBundle
