// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Tessera::FileDigest {

/**
 * What says a file has not changed since it was last hashed, without reading it: the same test
 * as git's index and rsync's quick check. A file rewritten in place within the same nanosecond
 * and at the same size would fool it; nothing a user does by hand can.
 */
struct Stamp
{
    qint64 size = -1; // -1: the file could not be examined
    qint64 mtimeNs = 0;
    qint64 inode = 0;
    qint64 device = 0;

    bool isValid() const { return size >= 0; }
    bool operator==(const Stamp &) const = default;
};

/** The stamp of a regular file; an invalid one for a missing file, a folder, FIFO or device. */
Stamp stampOf(const QString &path);

/**
 * SHA-256 of a file's bytes as 64 lower-case hex digits, or an empty string with *error naming
 * the file and the problem. Hashes with OpenSSL, which uses the CPU's SHA instructions: 1.5 GB/s
 * a core against Qt's 0.2 GB/s. Thread-safe. *stamp, when given, is the file's stamp as read,
 * or invalid if the file changed while it was read (its digest is then not to be remembered).
 */
QString sha256(const QString &path, QString *error, Stamp *stamp = nullptr);

/** SHA-256 of bytes in memory, as 64 lower-case hex digits. */
QString sha256(const QByteArray &bytes);

} // namespace Tessera::FileDigest
