// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "filedigest.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <openssl/evp.h>

#include <memory>

#include <sys/stat.h>

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

} // namespace

Stamp stampOf(const QString &path)
{
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0 || !S_ISREG(info.st_mode))
        return {};
    return {.size = qint64(info.st_size),
            .mtimeNs = qint64(info.st_mtim.tv_sec) * 1000000000 + info.st_mtim.tv_nsec,
            .inode = qint64(info.st_ino),
            .device = qint64(info.st_dev)};
}

QString sha256(const QString &path, QString *error, Stamp *stamp)
{
    const Stamp before = stampOf(path);
    if (stamp)
        *stamp = before;
    QFile file(path);
    if (!before.isValid() && QFile::exists(path)) {
        *error = FileDigestText::tr(
                         "%1: not a regular file (a folder, device, pipe or socket); not read")
                         .arg(QDir::toNativeSeparators(path));
        return QString();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = FileDigestText::tr("%1: cannot read (%2)")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return QString();
    }
    const std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> context(EVP_MD_CTX_new(),
                                                                          EVP_MD_CTX_free);
    if (!context || EVP_DigestInit_ex(context.get(), EVP_sha256(), nullptr) != 1) {
        *error = FileDigestText::tr("%1: the SHA-256 digest is not available")
                         .arg(QDir::toNativeSeparators(path));
        return QString();
    }
    // Read, not mapped: a mapped file that another program truncates meanwhile kills the
    // process with SIGBUS; the copy costs a tenth of the hashing.
    thread_local QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            *error = FileDigestText::tr("%1: cannot read (%2)")
                             .arg(QDir::toNativeSeparators(path), file.errorString());
            return QString();
        }
        if (got == 0)
            break;
        EVP_DigestUpdate(context.get(), buffer.constData(), size_t(got));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    EVP_DigestFinal_ex(context.get(), digest, &length);
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
