// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Tessera::Bench {

/**
 * `gui`: times what a user waits for, from outside the process: `tessera PATH --screenshot`
 * (open to first painted image) on a folder of N 1080p JPEGs and on a 100k-asset project, the
 * first import of that folder with tessera-cli, and each run's peak memory.
 */
int guiBench(const QStringList &args);

struct RunResult
{
    double seconds = -1;
    double peakMiB = 0;
    int status = -1;
};

/** Runs a program and waits: wall time, the child's own peak memory and its exit status. */
RunResult runTimed(const QString &program, const QStringList &args);

} // namespace Tessera::Bench
