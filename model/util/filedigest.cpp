// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "filedigest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/evp.h>

#include <cerrno>
#include <cstring>
#include <memory>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Tessera::FileDigest {

namespace {

QString hex(const unsigned char *digest, unsigned int length)
{
    return QString::fromLatin1(
            QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

class FileDigestText
{
    Q_DECLARE_TR_FUNCTIONS(FileDigest)
};

Stamp stampOf(const struct stat &info)
{
    return {.size = qint64(info.st_size),
            .mtimeNs = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec,
            .inode = qint64(info.st_ino),
            .device = qint64(info.st_dev)};
}

QString readError(const QString &path, int error)
{
    return FileDigestText::tr("%1: cannot read (%2)")
            .arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(error)));
}

} // namespace

Stamp stampOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    return stampOf(info);
}

QString sha256(const QString &path, QString *error, Stamp *stamp)
{
    if (stamp)
        *stamp = {};
    // Opened without blocking (a FIFO named like an image would wait for a writer forever),
    // then examined through the descriptor: one path lookup per file. With 100,000 small
    // files the system calls are the cost, not the hashing.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0) {
        *error = readError(path, errno);
        return QString();
    }
    const struct Closer
    {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat before;
    if (::fstat(fd, &before) != 0 || !S_ISREG(before.st_mode)) {
        *error = FileDigestText::tr(
                         "%1: not a regular file (a folder, device, pipe or socket); not read")
                         .arg(QDir::toNativeSeparators(path));
        return QString();
    }
    thread_local const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(
            EVP_MD_CTX_new(), EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        *error = FileDigestText::tr("%1: the SHA-256 digest is not available")
                         .arg(QDir::toNativeSeparators(path));
        return QString();
    }
    // Read, not mapped: a mapped file that another program truncates meanwhile kills the
    // process with SIGBUS; the copy costs a tenth of the hashing.
    thread_local QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const ssize_t got = ::read(fd, buffer.data(), size_t(buffer.size()));
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            *error = readError(path, errno);
            return QString();
        }
        if (got == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.constData(), size_t(got));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
    // A file written to while it was read gets no stamp: its digest is not to be remembered.
    struct stat after;
    if (stamp && ::fstat(fd, &after) == 0 && stampOf(after) == stampOf(before))
        *stamp = stampOf(before);
    return hex(digest, length);
}

QString sha256(const QByteArray &bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr);
    return hex(digest, length);
}

} // namespace Tessera::FileDigest
