// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "embeddingcache.h"
#include "samsegmenter.h"

#include <QHash>
#include <QColor>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace Tessera {

/**
 * Segment Anything for the window: runs the encoder ahead of the user on one worker (the image
 * shown first, then the next ones of the list) and the prompt decoder on another, so the GUI
 * thread never waits. Embeddings come from the disk cache when it has them and go into it when
 * made; the last few stay in memory. Decoding is coalesced: while one prompt is decoded only the
 * newest waiting prompt is kept (hovering never builds a queue). The encoder session is freed
 * after a minute without use. Everything is signalled on the thread that owns the service.
 */
class SegmentService : public QObject
{
    Q_OBJECT

public:
    explicit SegmentService(std::unique_ptr<EmbeddingCache> cache, QObject *parent = nullptr);
    ~SegmentService() override;

    /** Runtime and models present; *why says what is missing and how to fetch it. */
    static bool available(QString *why);

    /** The embedding for an image (or a region of it) first of all; sha256 may be empty. */
    void request(const QString &path, const QString &sha256 = {}, const QRect &region = {});
    /** Images to encode when nothing else waits (the next ones in the list). */
    void prefetch(const QList<std::pair<QString, QString>> &pathsAndHashes);
    /** The embedding if it is in memory now, else nullptr. */
    std::shared_ptr<const SamEmbedding> embedding(const QString &path,
                                                  const QRect &region = {}) const;
    /** Whether the encoder is busy with or waiting to do this image. */
    bool isPending(const QString &path, const QRect &region = {}) const;

    /**
     * Decodes a prompt on the embedding of path/region (which must be ready). With a valid
     * colour the mask comes with its preview tinted in it (made on the worker, not here).
     */
    void segment(quint64 ticket, const QString &path, const QRect &region, const SamPrompt &prompt,
                 const QColor &colour = QColor());

    /** Encoder runs so far (tests: a cached image costs none). */
    int encoderRuns() const { return m_encoderRuns; }
    bool encoderLoaded() const;
    /** Milliseconds without use before the encoder session is freed. */
    void setIdleRelease(int ms) { m_idle.setInterval(ms); }
    EmbeddingCache &cache() { return *m_cache; }
    /** Waits for the workers to finish what they run (tests, shutdown). */
    void waitForIdle();

signals:
    void embeddingReady(const QString &path, const QRect &region);
    void embeddingFailed(const QString &path, const QRect &region, const QString &error);
    void segmented(quint64 ticket, const Tessera::SamMask &mask);
    void segmentFailed(quint64 ticket, const QString &error);

private:
    struct EncodeJob
    {
        QString path;
        QString sha256;
        QRect region;
    };
    struct DecodeJob
    {
        quint64 ticket = 0;
        std::shared_ptr<const SamEmbedding> embedding;
        SamPrompt prompt;
        QColor colour;
    };
    static QString keyOf(const QString &path, const QRect &region);
    void startEncode();
    void startDecode();
    void remember(const QString &key, std::shared_ptr<const SamEmbedding> e);

    std::unique_ptr<EmbeddingCache> m_cache;
    QThreadPool m_encodePool;
    QThreadPool m_decodePool;
    std::unique_ptr<SamSegmenter> m_encoder; // used on the encode pool only
    std::unique_ptr<SamSegmenter> m_decoder; // used on the decode pool only
    QList<EncodeJob> m_queue;
    std::optional<EncodeJob> m_running;
    std::optional<DecodeJob> m_nextDecode;
    bool m_decoding = false;
    QHash<QString, std::shared_ptr<const SamEmbedding>> m_memory;
    QStringList m_recent; // keys in m_memory, most recent last
    QTimer m_idle;
    std::atomic<int> m_encoderRuns{0};
};

} // namespace Tessera
