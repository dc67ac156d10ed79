// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QMap>
#include <QRectF>
#include <QString>

#include <optional>

namespace Tessera::Agreement {

/**
 * Cohen's κ of two annotators' categories for the same items (equal length, one entry per item).
 * 1 when they agree and chance agreement is already 1; nullopt for no items.
 */
std::optional<double> cohenKappa(const QList<QString> &a, const QList<QString> &b);

/**
 * Fleiss' κ: per item, how many of the (same number of) raters chose each category. nullopt for
 * fewer than two raters or no items.
 */
std::optional<double> fleissKappa(const QList<QMap<QString, int>> &counts);

/**
 * Krippendorff's α for nominal data: per unit, the values the coders gave (missing ones left
 * out; units with fewer than two values are not pairable and ignored). nullopt when nothing is
 * pairable or every value is the same (no expected disagreement).
 */
std::optional<double> krippendorffAlpha(const QList<QList<QString>> &units);

struct Score
{
    int matched = 0;
    int reference = 0;
    int predicted = 0;
    double precision() const { return predicted ? double(matched) / predicted : 0; }
    double recall() const { return reference ? double(matched) / reference : 0; }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0;
    }
};

struct LabelledSpan
{
    QString label;
    qint64 start = 0;
    qint64 end = 0;
    bool operator==(const LabelledSpan &) const = default;
};

/** Span-level agreement (as in NER evaluation): a span counts only with the same label and
 *  exactly the same offsets; each reference span can be matched once. */
Score spanMatch(const QList<LabelledSpan> &reference, const QList<LabelledSpan> &other);

struct LabelledBox
{
    QString label;
    QRectF box;
};

/** Shapes matched greedily by IoU (best pairs first) within the same label, at IoU ≥ minIou. */
Score boxMatch(const QList<LabelledBox> &reference, const QList<LabelledBox> &other,
               double minIou = 0.5);

/** The share of items on which two annotators' preference judgements are the same. */
std::optional<double> agreementRate(const QList<QString> &a, const QList<QString> &b);

} // namespace Tessera::Agreement
