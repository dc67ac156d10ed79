// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "embeddingcache.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtEndian>
#include <QFloat16>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace Tessera {

namespace {

constexpr quint32 kMagic = 0x5453454d; // "TSEM"
constexpr quint32 kFormat = 1;
constexpr qsizetype kValues = 256 * 64 * 64;

} // namespace

EmbeddingCache::EmbeddingCache(const QString &folder, qint64 capBytes)
    : m_folder(folder)
    , m_cap(capBytes)
{}

QString EmbeddingCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
           + QStringLiteral("/embeddings");
}

qint64 EmbeddingCache::defaultCap()
{
    bool ok = false;
    const qint64 mb = qEnvironmentVariableIntValue("TESSERA_EMBEDDING_CACHE_MB", &ok);
    return (ok && mb >= 0 ? mb : 1024) * 1024 * 1024;
}

QByteArray EmbeddingCache::key(const QString &path, const QRect &region, const QString &sha256)
{
    QByteArray digest = sha256.toLatin1();
    if (digest.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (!hash.addData(&file))
            return {};
        digest = hash.result().toHex();
    }
    // The model is part of the key: a new encoder must not read an old one's features.
    QByteArray k = digest + '-' + SamSegmenter::modelName().toLatin1() + '-'
                   + SamSegmenter::modelVersion().toLatin1();
    if (!region.isNull())
        k += QStringLiteral("-%1_%2_%3x%4")
                     .arg(region.x())
                     .arg(region.y())
                     .arg(region.width())
                     .arg(region.height())
                     .toLatin1();
    return k;
}

QString EmbeddingCache::pathOf(const QByteArray &key) const
{
    return m_folder + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".emb");
}

std::shared_ptr<const SamEmbedding> EmbeddingCache::load(const QByteArray &key) const
{
    if (key.isEmpty())
        return nullptr;
    QFile file(pathOf(key));
    if (!file.open(QIODevice::ReadOnly | QIODevice::ExistingOnly))
        return nullptr;
    QDataStream in(&file);
    in.setByteOrder(QDataStream::LittleEndian);
    quint32 magic = 0;
    quint32 format = 0;
    qint32 x = 0, y = 0, w = 0, h = 0, iw = 0, ih = 0;
    double scale = 0;
    in >> magic >> format >> x >> y >> w >> h >> iw >> ih >> scale;
    if (in.status() != QDataStream::Ok || magic != kMagic || format != kFormat || scale <= 0
        || file.size() - file.pos() != kValues * qsizetype(sizeof(qfloat16))) {
        spdlog::warn("embedding cache: {} is damaged; ignored", file.fileName().toStdString());
        return nullptr;
    }
    std::vector<qfloat16> half(static_cast<size_t>(kValues));
    if (file.read(reinterpret_cast<char *>(half.data()), kValues * 2) != kValues * 2)
        return nullptr;
    auto e = std::make_shared<SamEmbedding>();
    e->region = QRect(x, y, w, h);
    e->imageSize = QSize(iw, ih);
    e->scale = scale;
    e->values.resize(size_t(kValues));
    qFloatFromFloat16(e->values.data(), half.data(), kValues);
    file.close();
    // A read is a use: the least recently used files are evicted first.
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(QDateTime::currentDateTimeUtc(), QFileDevice::FileModificationTime);
    return e;
}

bool EmbeddingCache::store(const QByteArray &key, const SamEmbedding &e)
{
    if (key.isEmpty() || !e.isValid() || !QDir().mkpath(m_folder))
        return false;
    QSaveFile file(pathOf(key));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&file);
    out.setByteOrder(QDataStream::LittleEndian);
    out << kMagic << kFormat << qint32(e.region.x()) << qint32(e.region.y())
        << qint32(e.region.width()) << qint32(e.region.height()) << qint32(e.imageSize.width())
        << qint32(e.imageSize.height()) << e.scale;
    std::vector<qfloat16> half(static_cast<size_t>(kValues));
    qFloatToFloat16(half.data(), e.values.data(), kValues);
    file.write(reinterpret_cast<const char *>(half.data()), kValues * 2);
    if (!file.commit()) {
        spdlog::warn("embedding cache: cannot write {}: {}", file.fileName().toStdString(),
                     file.errorString().toStdString());
        return false;
    }
    evict();
    return true;
}

qint64 EmbeddingCache::size() const
{
    qint64 total = 0;
    QDirIterator it(m_folder, {QStringLiteral("*.emb")}, QDir::Files);
    while (it.hasNext())
        total += it.nextFileInfo().size();
    return total;
}

void EmbeddingCache::evict()
{
    if (m_cap <= 0)
        return;
    QFileInfoList files = QDir(m_folder).entryInfoList({QStringLiteral("*.emb")}, QDir::Files,
                                                       QDir::Time | QDir::Reversed);
    qint64 total = 0;
    for (const QFileInfo &f : std::as_const(files))
        total += f.size();
    // Oldest first (QDir::Time sorts newest first; Reversed turns it round).
    for (const QFileInfo &f : std::as_const(files)) {
        if (total <= m_cap)
            break;
        if (QFile::remove(f.filePath()))
            total -= f.size();
    }
}

} // namespace Tessera
