// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::Bench {

void report(const char *metric, double value, const char *unit);
double median(QList<double> values);
double percentile(QList<double> values, double p);
qint64 peakRssKiB();

/** `store`: 100k assets, 1M boxes; create, open, first page, one asset's annotations, edits. */
int storeBench(const QStringList &args);

} // namespace Tessera::Bench
