// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "agreement.h"

#include "core/shapegeometry.h"

#include <QHash>
#include <QSet>

namespace Tessera::Agreement {

std::optional<double> cohenKappa(const QList<QString> &a, const QList<QString> &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return std::nullopt;
    const double n = a.size();
    QHash<QString, int> countA;
    QHash<QString, int> countB;
    int same = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        same += a[i] == b[i];
        ++countA[a[i]];
        ++countB[b[i]];
    }
    const double observed = same / n;
    double chance = 0;
    for (auto it = countA.cbegin(); it != countA.cend(); ++it)
        chance += (it.value() / n) * (countB.value(it.key()) / n);
    if (chance >= 1.0)
        return observed >= 1.0 ? 1.0 : 0.0;
    return (observed - chance) / (1 - chance);
}

std::optional<double> fleissKappa(const QList<QMap<QString, int>> &counts)
{
    if (counts.isEmpty())
        return std::nullopt;
    int raters = 0;
    for (int c : counts.constFirst())
        raters += c;
    if (raters < 2)
        return std::nullopt;
    QMap<QString, double> totals;
    double meanAgreement = 0;
    for (const QMap<QString, int> &item : counts) {
        int n = 0;
        double squares = 0;
        for (auto it = item.cbegin(); it != item.cend(); ++it) {
            n += it.value();
            squares += double(it.value()) * it.value();
            totals[it.key()] += it.value();
        }
        if (n != raters)
            return std::nullopt; // Fleiss' κ needs the same number of raters per item
        meanAgreement += (squares - raters) / (double(raters) * (raters - 1));
    }
    meanAgreement /= counts.size();
    double chance = 0;
    for (double t : std::as_const(totals)) {
        const double p = t / (double(counts.size()) * raters);
        chance += p * p;
    }
    if (chance >= 1.0)
        return meanAgreement >= 1.0 ? 1.0 : 0.0;
    return (meanAgreement - chance) / (1 - chance);
}

std::optional<double> krippendorffAlpha(const QList<QList<QString>> &units)
{
    // The coincidence matrix: every ordered pair of values within a unit, weighted 1/(m-1).
    QHash<QString, double> marginal;
    double disagreeing = 0;
    for (const QList<QString> &values : units) {
        const qsizetype m = values.size();
        if (m < 2)
            continue;
        QHash<QString, int> counts;
        for (const QString &v : values)
            ++counts[v];
        for (auto c = counts.cbegin(); c != counts.cend(); ++c) {
            marginal[c.key()] += c.value();
            disagreeing += double(c.value()) * (m - c.value()) / (m - 1);
        }
    }
    double n = 0;
    for (double v : std::as_const(marginal))
        n += v;
    if (n < 2)
        return std::nullopt;
    double expected = 0; // Σ over c ≠ k of n_c n_k = n² − Σ n_c²
    double squares = 0;
    for (double v : std::as_const(marginal))
        squares += v * v;
    expected = n * n - squares;
    if (expected <= 0)
        return std::nullopt;
    return 1.0 - (n - 1) * disagreeing / expected;
}

Score spanMatch(const QList<LabelledSpan> &reference, const QList<LabelledSpan> &other)
{
    Score s{0, int(reference.size()), int(other.size())};
    QList<bool> used(reference.size(), false);
    for (const LabelledSpan &o : other) {
        for (qsizetype i = 0; i < reference.size(); ++i) {
            if (!used[i] && reference[i] == o) {
                used[i] = true;
                ++s.matched;
                break;
            }
        }
    }
    return s;
}

Score boxMatch(const QList<LabelledBox> &reference, const QList<LabelledBox> &other, double minIou)
{
    struct Pair
    {
        double iou;
        qsizetype r;
        qsizetype o;
    };
    QList<Pair> pairs;
    for (qsizetype r = 0; r < reference.size(); ++r)
        for (qsizetype o = 0; o < other.size(); ++o)
            if (reference[r].label == other[o].label) {
                const double v = ShapeGeometry::iou(reference[r].box, other[o].box);
                if (v >= minIou)
                    pairs.append({v, r, o});
            }
    std::stable_sort(pairs.begin(), pairs.end(),
                     [](const Pair &a, const Pair &b) { return a.iou > b.iou; });
    QSet<qsizetype> usedR;
    QSet<qsizetype> usedO;
    Score s{0, int(reference.size()), int(other.size())};
    for (const Pair &p : std::as_const(pairs)) {
        if (usedR.contains(p.r) || usedO.contains(p.o))
            continue;
        usedR.insert(p.r);
        usedO.insert(p.o);
        ++s.matched;
    }
    return s;
}

std::optional<double> agreementRate(const QList<QString> &a, const QList<QString> &b)
{
    if (a.isEmpty() || a.size() != b.size())
        return std::nullopt;
    int same = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        same += a[i] == b[i];
    return double(same) / a.size();
}

} // namespace Tessera::Agreement
