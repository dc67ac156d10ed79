// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

namespace Tessera {

class MainWindow;

namespace BenchDriver {

/**
 * For tessera-bench gui: when TESSERA_BENCH_STEPS is "N,PAUSE", steps to the next asset N times,
 * one every PAUSE ms (as a user pausing between images), marking "step_request i" and
 * "step_paint i" (TimeMarks) for each, then the peak memory, and quits the application.
 * Returns false (and does nothing) when the variable is not set.
 */
bool start(MainWindow &window);

} // namespace BenchDriver
} // namespace Tessera
