// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "nearduplicates.h"

#include "store/hashstore.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QImageReader>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <bit>
#include <cmath>
#include <numeric>

namespace Tessera::NearDuplicates {

namespace {

constexpr int kSide = 32;

// DCT-II basis, computed once: cos((2x + 1) u π / 64) for the 8 lowest frequencies.
const std::array<std::array<double, kSide>, 8> &basis()
{
    static const auto table = [] {
        std::array<std::array<double, kSide>, 8> t{};
        for (int u = 0; u < 8; ++u)
            for (int x = 0; x < kSide; ++x)
                t[u][x] = std::cos((2 * x + 1) * u * M_PI / (2 * kSide));
        return t;
    }();
    return table;
}

} // namespace

quint64 hash(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8)
                                .scaled(kSide, kSide, Qt::IgnoreAspectRatio,
                                        Qt::SmoothTransformation);
    // Only the 8×8 lowest frequencies are needed: rows first (32×8), then columns (8×8).
    const auto &b = basis();
    double rows[kSide][8];
    for (int y = 0; y < kSide; ++y) {
        const uchar *line = grey.constScanLine(y);
        for (int u = 0; u < 8; ++u) {
            double sum = 0;
            for (int x = 0; x < kSide; ++x)
                sum += line[x] * b[u][x];
            rows[y][u] = sum;
        }
    }
    std::array<double, 64> coefficients{};
    for (int v = 0; v < 8; ++v)
        for (int u = 0; u < 8; ++u) {
            double sum = 0;
            for (int y = 0; y < kSide; ++y)
                sum += rows[y][u] * b[v][y];
            coefficients[size_t(v * 8 + u)] = sum;
        }
    // The median without the DC term (the average brightness says nothing about structure).
    std::array<double, 63> rest{};
    std::copy(coefficients.begin() + 1, coefficients.end(), rest.begin());
    std::nth_element(rest.begin(), rest.begin() + 31, rest.end());
    const double median = rest[31];
    quint64 bits = 0;
    for (int i = 0; i < 64; ++i)
        if (coefficients[size_t(i)] > median)
            bits |= quint64(1) << i;
    return bits;
}

std::optional<quint64> hashFile(const QString &path, QString *error)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    // Read reduced: JPEG scales while decoding; 128 px keep enough detail for 32×32.
    if (size.isValid() && std::max(size.width(), size.height()) > 256)
        reader.setScaledSize(size.scaled(128, 128, Qt::KeepAspectRatioByExpanding));
    const QImage image = reader.read();
    if (image.isNull()) {
        if (error)
            *error = QCoreApplication::translate("NearDuplicates", "%1: %2")
                             .arg(QDir::toNativeSeparators(path), reader.errorString());
        return std::nullopt;
    }
    return hash(image);
}

int distance(quint64 a, quint64 b)
{
    return std::popcount(a ^ b);
}


namespace {

// Popcount with the CPU's instruction where it has one (every x86-64 since 2008), chosen at
// load time: the software fallback is several times slower.
__attribute__((target_clones("popcnt", "default"))) int bitsOf(quint64 x)
{
    return __builtin_popcountll(x);
}

using Pairs = std::vector<std::pair<quint32, quint32>>;

/** Every pair within threshold, comparing all with all (used for large thresholds). */
__attribute__((target_clones("popcnt", "default"))) void allPairs(const std::vector<quint64> &bits,
                                                                 size_t from, size_t to,
                                                                 int threshold, Pairs &out)
{
    const size_t n = bits.size();
    for (size_t i = from; i < to; ++i) {
        const quint64 h = bits[i];
        for (size_t j = i + 1; j < n; ++j)
            if (__builtin_popcountll(h ^ bits[j]) <= threshold)
                out.emplace_back(quint32(i), quint32(j));
    }
}

/**
 * Multi-index hashing: the 64 bits as four 16-bit blocks, each indexed (a bucket per value).
 * Two hashes within `threshold` bits agree within threshold / 4 bits in at least one block
 * (pigeonhole), so only the buckets that near of each block need looking at.
 */
struct BlockIndex
{
    std::array<std::vector<quint32>, 4> offsets; // 65,537 per block
    std::array<std::vector<quint32>, 4> members; // item indices grouped by block value

    explicit BlockIndex(const std::vector<quint64> &bits)
    {
        for (int b = 0; b < 4; ++b) {
            std::vector<quint32> &off = offsets[size_t(b)];
            off.assign(65537, 0);
            for (quint64 h : bits)
                ++off[((h >> (16 * b)) & 0xffff) + 1];
            for (size_t k = 1; k < off.size(); ++k)
                off[k] += off[k - 1];
            std::vector<quint32> fill(off.begin(), off.end() - 1);
            std::vector<quint32> &mem = members[size_t(b)];
            mem.resize(bits.size());
            for (size_t i = 0; i < bits.size(); ++i)
                mem[fill[(bits[i] >> (16 * b)) & 0xffff]++] = quint32(i);
        }
    }
};

std::vector<quint16> masksWithin(int radius)
{
    std::vector<quint16> masks;
    for (quint32 m = 0; m < 65536; ++m)
        if (std::popcount(m) <= radius)
            masks.push_back(quint16(m));
    return masks;
}

} // namespace

QList<QList<qint64>> groups(const QHash<qint64, quint64> &hashes, int threshold)
{
    std::vector<std::pair<qint64, quint64>> items;
    items.reserve(size_t(hashes.size()));
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        items.emplace_back(it.key(), it.value());
    std::sort(items.begin(), items.end());
    const size_t n = items.size();
    std::vector<quint64> bits(n);
    for (size_t i = 0; i < n; ++i)
        bits[i] = items[i].second;

    // The items are cut into chunks for the cores; each finds its pairs on its own.
    const size_t chunks = std::max<size_t>(1, std::min<size_t>(n, 64));
    std::vector<Pairs> found(chunks);
    std::vector<size_t> chunkIds(chunks);
    std::iota(chunkIds.begin(), chunkIds.end(), 0);
    if (threshold < 16) {
        const BlockIndex index(bits);
        const std::vector<quint16> masks = masksWithin(threshold / 4);
        QtConcurrent::blockingMap(chunkIds, [&](size_t c) {
            Pairs &out = found[c];
            for (size_t i = c; i < n; i += chunks) {
                const quint64 h = bits[i];
                for (int b = 0; b < 4; ++b) {
                    const quint32 key = quint32((h >> (16 * b)) & 0xffff);
                    const std::vector<quint32> &off = index.offsets[size_t(b)];
                    const std::vector<quint32> &mem = index.members[size_t(b)];
                    for (quint16 m : masks) {
                        const quint32 k = key ^ m;
                        for (quint32 p = off[k]; p < off[k + 1]; ++p) {
                            const quint32 j = mem[p];
                            if (j > i && bitsOf(h ^ bits[j]) <= threshold)
                                out.emplace_back(quint32(i), j);
                        }
                    }
                }
            }
        });
    } else {
        // Interleaved rows keep the triangular work even between chunks.
        QtConcurrent::blockingMap(chunkIds, [&](size_t c) {
            for (size_t i = c; i < n; i += chunks)
                allPairs(bits, i, i + 1, threshold, found[c]);
        });
    }

    std::vector<size_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    for (const Pairs &pairs : found)
        for (const auto &[a, b] : pairs)
            parent[find(a)] = find(b);
    QHash<size_t, QList<qint64>> byRoot;
    for (size_t i = 0; i < n; ++i)
        byRoot[find(i)].append(items[i].first);
    QList<QList<qint64>> out;
    for (auto &g : byRoot)
        if (g.size() > 1) {
            std::sort(g.begin(), g.end());
            out.append(g);
        }
    std::sort(out.begin(), out.end(),
              [](const QList<qint64> &a, const QList<qint64> &b) { return a.first() < b.first(); });
    return out;
}

HashReport hashMissing(ProjectStore &store, const JobControl &control)
{
    HashReport report;
    HashStore hashes(store);
    const QList<std::pair<qint64, QString>> todo = hashes.missing();
    constexpr int kBatch = 256;
    for (int start = 0; start < todo.size(); start += kBatch) {
        if (control.canceled()) {
            report.canceled = true;
            break;
        }
        const QList<std::pair<qint64, QString>> batch = todo.mid(start, kBatch);
        struct Result
        {
            qint64 id;
            std::optional<quint64> hash;
            QString error;
        };
        const QList<Result> results
                = QtConcurrent::blockingMapped<QList<Result>>(batch, [](const std::pair<qint64, QString> &item) {
                      Result r{item.first, std::nullopt, QString()};
                      r.hash = hashFile(item.second, &r.error);
                      return r;
                  });
        QList<std::pair<qint64, quint64>> done;
        for (const Result &r : results) {
            if (r.hash)
                done.append({r.id, *r.hash});
            else
                report.errors.append(r.error);
        }
        if (!hashes.setHashes(done)) {
            report.errors.append(store.errorString());
            return report;
        }
        report.hashed += int(done.size());
        control.report(std::min<qsizetype>(start + kBatch, todo.size()), todo.size());
    }
    return report;
}

} // namespace Tessera::NearDuplicates
