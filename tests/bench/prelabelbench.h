// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `prelabel`: detectors on 1080p photographs: Haar per image on one core, throughput on 1 and 2
 * threads, BlazeFace images/s with decoding, cancel latency, and the GUI thread's longest frame
 * while a batch runs.
 */
int prelabelBench(const QStringList &args);

} // namespace Tessera::Bench
