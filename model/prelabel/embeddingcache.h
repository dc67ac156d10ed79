// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "samsegmenter.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace Tessera {

/**
 * SAM embeddings on disk, keyed by the image's SHA-256, the encoded region and the model, so
 * that coming back to an image, or reopening the project, costs no encoder run. Values are kept
 * as float16 (2 MiB an image). The folder is capped: when a write takes it over the cap, the
 * least recently used files go (a read counts as a use). Safe to use from several threads and
 * processes: files are written whole under a temporary name and renamed.
 */
class EmbeddingCache
{
public:
    /** folder: where the files go (created on first write); capBytes: 0 for no limit. */
    explicit EmbeddingCache(const QString &folder, qint64 capBytes);

    /** The default folder: the user's cache folder + "/embeddings". */
    static QString defaultFolder();
    /** The default cap, 1 GiB (≈ 500 images); $TESSERA_EMBEDDING_CACHE_MB overrides it. */
    static qint64 defaultCap();

    QString folder() const { return m_folder; }
    qint64 cap() const { return m_cap; }

    /** The key of an image file (SHA-256 of its bytes, or `sha256` when the caller knows it). */
    static QByteArray key(const QString &path, const QRect &region, const QString &sha256 = {});

    /** The embedding stored under key, or nullptr. */
    std::shared_ptr<const SamEmbedding> load(const QByteArray &key) const;
    /** Stores an embedding; false when the folder cannot be written (the caller goes on). */
    bool store(const QByteArray &key, const SamEmbedding &embedding);
    /** Bytes the folder holds now. */
    qint64 size() const;

private:
    QString pathOf(const QByteArray &key) const;
    void evict();

    QString m_folder;
    qint64 m_cap;
};

} // namespace Tessera
