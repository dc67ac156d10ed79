// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Tessera::CrashReport {

/** The folder crash reports go to: <data folder>/crashes. */
QString folder();

/**
 * Installs handlers for SIGSEGV, SIGBUS, SIGFPE, SIGILL and SIGABRT (so also std::terminate and
 * qFatal). On a crash the handler writes `crash-<unix time>-<pid>.new` in @p dir: program,
 * version, log file, signal and the stack from backtrace(), nothing else (no memory dump, no
 * network), then lets the signal kill the process as it would have. Everything the handler needs is
 * prepared here; it only makes async-signal-safe calls. Call once, early in main().
 */
void install(const QString &dir, const QString &program, const QString &version,
             const QString &logPath);

/**
 * Turns the reports a crash left in @p dir into finished `crash-….txt` files: each gets the last
 * @p lines lines of the crashed run's log appended (the log named in the report; call this before
 * the new run logs to the same file). Returns the finished reports' paths, newest first; each is
 * returned once. Reports of any Tessera program are finished, whichever program calls this.
 */
QStringList finishPending(const QString &dir, int lines = 200);

} // namespace Tessera::CrashReport
