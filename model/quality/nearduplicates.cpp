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

QList<QList<qint64>> groups(const QHash<qint64, quint64> &hashes, int threshold)
{
    std::vector<std::pair<qint64, quint64>> items;
    items.reserve(size_t(hashes.size()));
    for (auto it = hashes.cbegin(); it != hashes.cend(); ++it)
        items.emplace_back(it.key(), it.value());
    std::sort(items.begin(), items.end());
    const size_t n = items.size();
    std::vector<size_t> parent(n);
    std::iota(parent.begin(), parent.end(), 0);
    const auto find = [&](size_t i) {
        while (parent[i] != i)
            i = parent[i] = parent[parent[i]];
        return i;
    };
    // All pairs, as plain popcounts over a flat array: 100,000 images are 5·10⁹ pairs, which
    // this loop does in about a second per core (the pairs are split between the cores).
    std::vector<quint64> bits(n);
    for (size_t i = 0; i < n; ++i)
        bits[i] = items[i].second;
    QList<int> rows(static_cast<qsizetype>(n));
    std::iota(rows.begin(), rows.end(), 0);
    QList<QList<std::pair<int, int>>> found = QtConcurrent::blockingMapped<QList<QList<std::pair<int, int>>>>(
            rows, [&](int i) {
                QList<std::pair<int, int>> pairs;
                const quint64 h = bits[size_t(i)];
                for (size_t j = size_t(i) + 1; j < n; ++j)
                    if (std::popcount(h ^ bits[j]) <= threshold)
                        pairs.append({i, int(j)});
                return pairs;
            });
    for (const auto &pairs : std::as_const(found))
        for (const auto &[a, b] : pairs)
            parent[find(size_t(a))] = find(size_t(b));
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
