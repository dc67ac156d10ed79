// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Tessera::TimeMarks {

/**
 * When the environment names a file in TESSERA_TIMES, appends "<what> <ns>" to it, ns being
 * CLOCK_MONOTONIC (one clock for every process of the machine, so that tessera-bench can measure
 * from before it started this process). Does nothing otherwise. GUI thread only.
 */
void mark(const char *what);

/**
 * Appends "peak_rss_kib <KiB>": the process's own peak resident memory so far (VmHWM). From
 * outside, wait4() cannot tell it: a forked child inherits its parent's high-water mark.
 */
void markPeakMemory();

} // namespace Tessera::TimeMarks
