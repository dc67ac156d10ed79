// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "util/filedigest.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Tessera {

class ProjectStore;

/**
 * Content digests of media files, remembered in the project by path and stamp (size, modification
 * time, inode, device), so that a rescan, a second import of the same folder or an annotation
 * import that names images already added never reads a file the project has seen unchanged.
 * A cache: a row that cannot be written costs a hash next time, never an edit. Use on the
 * store's thread; the hashing itself runs on the global thread pool.
 */
class DigestStore
{
public:
    explicit DigestStore(ProjectStore &store);

    struct Digest
    {
        QString sha256; // empty when the file could not be read: error says why
        qint64 size = 0;
        QString error;
        bool hashed = false; // read this time (false: remembered)
    };

    /** The digest of one file: remembered if its stamp still matches, else read and remembered. */
    Digest digest(const QString &path);
    /** Digests of many files in order: those not remembered are read in parallel. */
    QList<Digest> digests(const QStringList &paths);

    /** The remembered SHA-256 of this path at this stamp, or an empty string. */
    QString known(const QString &path, const FileDigest::Stamp &stamp);
    /** Remembers the digest of a path at a stamp, replacing an earlier one. */
    void remember(const QString &path, const FileDigest::Stamp &stamp, const QString &sha256);
    /** Forgets every digest: for a project that came from elsewhere, whose rows are not trusted. */
    bool forgetAll();

private:
    ProjectStore &m_store;
};

} // namespace Tessera
