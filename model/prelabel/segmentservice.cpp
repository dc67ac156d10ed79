// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "segmentservice.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace Tessera {

namespace {

constexpr int kInMemory = 6; // 4 MiB each
constexpr int kPrefetchDepth = 8;

struct Encoded
{
    std::shared_ptr<const SamEmbedding> embedding;
    QString error;
    bool ranEncoder = false;
};

struct Decoded
{
    std::optional<SamMask> mask;
    QString error;
};

} // namespace

SegmentService::SegmentService(std::unique_ptr<EmbeddingCache> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
    , m_encoder(std::make_unique<SamSegmenter>())
    , m_decoder(std::make_unique<SamSegmenter>())
{
    qRegisterMetaType<Tessera::SamMask>("Tessera::SamMask");
    m_encodePool.setMaxThreadCount(1);
    m_decodePool.setMaxThreadCount(1);
    // Threads stay: a new thread per prompt would cost more than the prompt.
    m_encodePool.setExpiryTimeout(-1);
    m_decodePool.setExpiryTimeout(-1);
    // The decoder answers a hover in ~100 ms on one core while the encoder uses the other.
    m_decoder->setThreads(1);
    m_idle.setSingleShot(true);
    m_idle.setInterval(60'000);
    connect(&m_idle, &QTimer::timeout, this, [this] {
        if (m_running)
            return;
        SamSegmenter *encoder = m_encoder.get();
        QThreadPool *pool = &m_encodePool;
        pool->start([encoder] { encoder->releaseEncoder(); });
        spdlog::info("segment: encoder released after idling");
    });
}

SegmentService::~SegmentService()
{
    m_queue.clear();
    m_nextDecode.reset();
    waitForIdle();
}

bool SegmentService::available(QString *why)
{
    return SamSegmenter::available(why);
}

QString SegmentService::keyOf(const QString &path, const QRect &region)
{
    if (region.isNull())
        return path;
    return QStringLiteral("%1#%2,%3,%4x%5")
            .arg(path)
            .arg(region.x())
            .arg(region.y())
            .arg(region.width())
            .arg(region.height());
}

void SegmentService::request(const QString &path, const QString &sha256, const QRect &region)
{
    const QString key = keyOf(path, region);
    if (m_memory.contains(key)) {
        remember(key, m_memory.value(key));
        emit embeddingReady(path, region);
        return;
    }
    m_queue.removeIf([&](const EncodeJob &j) { return keyOf(j.path, j.region) == key; });
    if (m_running && keyOf(m_running->path, m_running->region) == key)
        return;
    m_queue.prepend({path, sha256, region});
    startEncode();
}

void SegmentService::prefetch(const QList<std::pair<QString, QString>> &pathsAndHashes)
{
    // Only the newest list counts: what was prefetched for an image left behind is dropped,
    // but the image asked for with request() stays first.
    const std::optional<EncodeJob> first = m_queue.isEmpty()
                                                   ? std::nullopt
                                                   : std::optional(m_queue.constFirst());
    m_queue.clear();
    if (first)
        m_queue.append(*first);
    for (const auto &[path, sha] : pathsAndHashes) {
        if (m_queue.size() > kPrefetchDepth)
            break;
        const QString key = keyOf(path, {});
        if (m_memory.contains(key) || (m_running && keyOf(m_running->path, {}) == key)
            || (first && keyOf(first->path, first->region) == key))
            continue;
        m_queue.append({path, sha, {}});
    }
    startEncode();
}

std::shared_ptr<const SamEmbedding> SegmentService::embedding(const QString &path,
                                                               const QRect &region) const
{
    return m_memory.value(keyOf(path, region));
}

bool SegmentService::isPending(const QString &path, const QRect &region) const
{
    const QString key = keyOf(path, region);
    if (m_running && keyOf(m_running->path, m_running->region) == key)
        return true;
    return std::any_of(m_queue.cbegin(), m_queue.cend(), [&](const EncodeJob &j) {
        return keyOf(j.path, j.region) == key;
    });
}

bool SegmentService::encoderLoaded() const
{
    return m_encoder->encoderLoaded();
}

void SegmentService::remember(const QString &key, std::shared_ptr<const SamEmbedding> e)
{
    m_memory.insert(key, std::move(e));
    m_recent.removeAll(key);
    m_recent.append(key);
    while (m_recent.size() > kInMemory)
        m_memory.remove(m_recent.takeFirst());
}

void SegmentService::startEncode()
{
    if (m_running || m_queue.isEmpty())
        return;
    m_idle.stop();
    m_running = m_queue.takeFirst();
    const EncodeJob job = *m_running;
    SamSegmenter *encoder = m_encoder.get();
    EmbeddingCache *cache = m_cache.get();
    auto *watcher = new QFutureWatcher<Encoded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job] {
        const Encoded result = watcher->result();
        watcher->deleteLater();
        m_running.reset();
        if (result.ranEncoder)
            ++m_encoderRuns;
        if (result.embedding) {
            remember(keyOf(job.path, job.region), result.embedding);
            emit embeddingReady(job.path, job.region);
        } else {
            spdlog::warn("segment: {}", result.error.toStdString());
            emit embeddingFailed(job.path, job.region, result.error);
        }
        startEncode();
        if (!m_running)
            m_idle.start();
    });
    watcher->setFuture(QtConcurrent::run(&m_encodePool, [job, encoder, cache]() {
        Encoded out;
        const QByteArray key = EmbeddingCache::key(job.path, job.region, job.sha256);
        if ((out.embedding = cache->load(key)))
            return out;
        auto e = std::make_shared<SamEmbedding>();
        out.ranEncoder = true;
        if (!encoder->encodeFile(job.path, job.region, e.get(), &out.error))
            return out;
        cache->store(key, *e);
        out.embedding = std::move(e);
        return out;
    }));
}

void SegmentService::segment(quint64 ticket, const QString &path, const QRect &region,
                             const SamPrompt &prompt, const QColor &colour)
{
    const std::shared_ptr<const SamEmbedding> e = embedding(path, region);
    if (!e) {
        emit segmentFailed(ticket, tr("The image is still being prepared for segmenting"));
        return;
    }
    m_nextDecode = DecodeJob{ticket, e, prompt, colour};
    startDecode();
}

void SegmentService::startDecode()
{
    if (m_decoding || !m_nextDecode)
        return;
    m_decoding = true;
    const DecodeJob job = std::move(*m_nextDecode);
    m_nextDecode.reset();
    SamSegmenter *decoder = m_decoder.get();
    auto *watcher = new QFutureWatcher<Decoded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, ticket = job.ticket] {
        const Decoded result = watcher->result();
        watcher->deleteLater();
        m_decoding = false;
        if (result.mask)
            emit segmented(ticket, *result.mask);
        else
            emit segmentFailed(ticket, result.error);
        startDecode();
    });
    watcher->setFuture(QtConcurrent::run(&m_decodePool, [job, decoder]() {
        Decoded out;
        out.mask = decoder->segment(*job.embedding, job.prompt, &out.error);
        if (out.mask && job.colour.isValid())
            out.mask->preview = out.mask->tinted(job.colour);
        return out;
    }));
}

void SegmentService::waitForIdle()
{
    m_encodePool.waitForDone();
    m_decodePool.waitForDone();
}

} // namespace Tessera
