// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "digeststore.h"

#include "projectstore.h"
#include "sqlitedatabase.h"

#include <QtConcurrent/QtConcurrentMap>

#include <optional>

namespace Tessera {

DigestStore::DigestStore(ProjectStore &store)
    : m_store(store)
{}

QString DigestStore::known(const QString &path, const FileDigest::Stamp &stamp)
{
    if (!stamp.isValid())
        return QString();
    Statement *q = m_store.database().prepare(
            "SELECT sha256 FROM file_digests WHERE path = ? AND size = ? AND mtime_ns = ? "
            "AND inode = ? AND device = ?");
    if (!q)
        return QString();
    q->bind(1, path).bind(2, stamp.size).bind(3, stamp.mtimeNs).bind(4, stamp.inode);
    q->bind(5, stamp.device);
    // Stored as its 32 bytes; anything else is no digest.
    const QByteArray bytes = q->step() ? q->blob(0) : QByteArray();
    q->reset();
    return bytes.size() == 32 ? QString::fromLatin1(bytes.toHex()) : QString();
}

void DigestStore::remember(const QString &path, const FileDigest::Stamp &stamp,
                           const QString &sha256)
{
    const QByteArray bytes = QByteArray::fromHex(sha256.toLatin1());
    if (!stamp.isValid() || bytes.size() != 32 || m_store.isReadOnly())
        return;
    Statement *q = m_store.database().prepare(
            "INSERT INTO file_digests (path, size, mtime_ns, inode, device, sha256) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (path) DO UPDATE SET size = excluded.size, "
            "mtime_ns = excluded.mtime_ns, inode = excluded.inode, device = excluded.device, "
            "sha256 = excluded.sha256");
    if (!q)
        return;
    q->bind(1, path).bind(2, stamp.size).bind(3, stamp.mtimeNs).bind(4, stamp.inode);
    q->bind(5, stamp.device).bindBlob(6, bytes);
    q->exec(); // a cache row that cannot be written is hashed again next time
}

bool DigestStore::forgetAll()
{
    if (!m_store.database().exec(QStringLiteral("DELETE FROM file_digests")))
        return m_store.fail(QStringLiteral("Could not clear the digest cache"));
    return true;
}

DigestStore::Digest DigestStore::digest(const QString &path)
{
    return digests({path}).constFirst();
}

QList<DigestStore::Digest> DigestStore::digests(const QStringList &paths)
{
    // A few files (an importer asking image by image) are done here: handing each to the
    // thread pool and waiting would cost more than the work.
    const bool parallel = paths.size() >= 16;
    const auto stampOf = [](const QString &path) {
        return FileDigest::stampOf(path);
    };
    const QList<FileDigest::Stamp> stamps
            = parallel ? QtConcurrent::blockingMapped<QList<FileDigest::Stamp>>(paths, stampOf)
                       : [&paths, &stampOf]() {
                             QList<FileDigest::Stamp> list;
                             list.reserve(paths.size());
                             for (const QString &path : paths)
                                 list.append(stampOf(path));
                             return list;
                         }();
    QList<Digest> out(paths.size());
    QList<qsizetype> unknown;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        out[i].sha256 = known(paths.at(i), stamps.at(i));
        out[i].size = stamps.at(i).size;
        if (out[i].sha256.isEmpty())
            unknown.append(i);
    }
    if (unknown.isEmpty())
        return out;
    struct Read
    {
        QString sha256;
        QString error;
        FileDigest::Stamp stamp;
    };
    const auto read = [&paths](qsizetype i) {
        Read r;
        r.sha256 = FileDigest::sha256(paths.at(i), &r.error, &r.stamp);
        return r;
    };
    QList<Read> reads;
    if (unknown.size() >= 2 && parallel) {
        reads = QtConcurrent::blockingMapped<QList<Read>>(unknown, read);
    } else {
        for (qsizetype i : std::as_const(unknown))
            reads.append(read(i));
    }
    // One transaction for the rows remembered (none in a read-only project).
    std::optional<ProjectStore::Transaction> transaction;
    if (!m_store.isReadOnly())
        transaction.emplace(m_store);
    for (qsizetype k = 0; k < unknown.size(); ++k) {
        Digest &d = out[unknown.at(k)];
        const Read &r = reads.at(k);
        d.sha256 = r.sha256;
        d.error = r.error;
        d.size = r.stamp.isValid() ? r.stamp.size : stamps.at(unknown.at(k)).size;
        d.hashed = true;
        // Remembered only if the file did not change while it was read (else no stamp).
        if (!r.sha256.isEmpty() && r.stamp.isValid())
            remember(paths.at(unknown.at(k)), r.stamp, r.sha256);
    }
    if (transaction)
        transaction->commit();
    return out;
}

} // namespace Tessera
