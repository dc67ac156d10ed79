// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "crashreport.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <csignal>
#include <cstring>
#include <ctime>
#include <execinfo.h>
#include <fcntl.h>
#include <unistd.h>

namespace Tessera::CrashReport {

namespace {

// What the handler writes, prepared before any crash: a handler may not allocate or lock.
char g_dir[4096];
char g_header[1024];
char g_altStack[64 * 1024]; // a stack overflow leaves no stack to run the handler on
constexpr int crashSignals[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};

void writeText(int fd, const char *text)
{
    const size_t length = std::strlen(text);
    size_t done = 0;
    while (done < length) {
        const ssize_t n = ::write(fd, text + done, length - done);
        if (n <= 0)
            return;
        done += size_t(n);
    }
}

// Appends the decimal digits of @p value to @p out (async-signal-safe, unlike snprintf).
char *appendNumber(char *out, unsigned long long value)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = char('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n > 0)
        *out++ = digits[--n];
    *out = '\0';
    return out;
}

const char *signalName(int signal)
{
    switch (signal) {
    case SIGSEGV:
        return "SIGSEGV (invalid memory access)";
    case SIGBUS:
        return "SIGBUS (bus error)";
    case SIGFPE:
        return "SIGFPE (arithmetic error)";
    case SIGILL:
        return "SIGILL (illegal instruction)";
    case SIGABRT:
        return "SIGABRT (aborted: a failed check, qFatal or an uncaught exception)";
    }
    return "unknown signal";
}

void handler(int signal)
{
    // crash-<time>-<pid>.new in the prepared folder
    char path[sizeof g_dir + 64];
    char *end = path;
    for (const char *c = g_dir; *c != '\0'; ++c)
        *end++ = *c;
    const char prefix[] = "/crash-";
    for (const char *c = prefix; *c != '\0'; ++c)
        *end++ = *c;
    end = appendNumber(end, static_cast<unsigned long long>(std::time(nullptr)));
    *end++ = '-';
    end = appendNumber(end, static_cast<unsigned long long>(::getpid()));
    const char suffix[] = ".new";
    std::memcpy(end, suffix, sizeof suffix);

    const int fd = ::open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd >= 0) {
        writeText(fd, g_header);
        writeText(fd, "Signal: ");
        writeText(fd, signalName(signal));
        writeText(fd, "\n\nStack (most recent call first):\n");
        void *frames[128];
        const int count = backtrace(frames, 128);
        backtrace_symbols_fd(frames, count, fd);
        ::fsync(fd);
        ::close(fd);
    }
    // SA_RESETHAND put the default action back: the signal now ends the process as it would
    // have without us (core dump and exit status included).
    ::raise(signal);
}

QString tail(const QString &path, int lines)
{
    QFile file(path);
    if (lines <= 0 || !file.open(QIODevice::ReadOnly))
        return {};
    // The last 200 lines fit in far less than 256 KiB of log (lines are short).
    const qint64 window = 256 * 1024;
    if (file.size() > window)
        file.seek(file.size() - window);
    QList<QByteArray> all = file.readAll().split('\n');
    if (!all.isEmpty() && all.constLast().isEmpty())
        all.removeLast();
    if (all.size() > lines)
        all = all.mid(all.size() - lines);
    return QString::fromUtf8(all.join('\n'));
}

} // namespace

QString folder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
           + QStringLiteral("/crashes");
}

void install(const QString &dir, const QString &program, const QString &version,
             const QString &logPath)
{
    QDir().mkpath(dir);
    const QByteArray folder = QFile::encodeName(QDir(dir).absolutePath());
    if (folder.size() >= int(sizeof g_dir))
        return; // a folder this long cannot be written to safely: no reports rather than a bad one
    std::memcpy(g_dir, folder.constData(), size_t(folder.size()) + 1);
    const QByteArray header
            = QStringLiteral("Tessera crash report\nProgram: %1 %2\nQt: %3\nStarted: %4\nLog: %5\n")
                      .arg(program, version, QString::fromLatin1(qVersion()),
                           QDateTime::currentDateTime().toString(Qt::ISODate), logPath)
                      .toUtf8()
                      .left(int(sizeof g_header) - 1);
    std::memcpy(g_header, header.constData(), size_t(header.size()) + 1);

    // backtrace() loads libgcc on its first call, which allocates: do it now, not in the handler.
    void *frames[4];
    backtrace(frames, 4);

    stack_t stack{};
    stack.ss_sp = g_altStack;
    stack.ss_size = sizeof g_altStack;
    sigaltstack(&stack, nullptr);
    struct sigaction action
    {
    };
    action.sa_handler = handler;
    action.sa_flags = SA_RESETHAND | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (int signal : crashSignals)
        sigaction(signal, &action, nullptr);
}

QStringList finishPending(const QString &dir, int lines)
{
    QStringList finished;
    const QFileInfoList pending
            = QDir(dir).entryInfoList({QStringLiteral("crash-*.new")}, QDir::Files, QDir::Time);
    for (const QFileInfo &info : pending) {
        QFile raw(info.filePath());
        if (!raw.open(QIODevice::ReadOnly))
            continue;
        QByteArray text = raw.readAll();
        raw.close();
        QString logPath;
        for (const QByteArray &line : text.left(4096).split('\n')) {
            if (line.startsWith("Log: ")) {
                logPath = QString::fromUtf8(line.mid(5));
                break;
            }
        }
        text += "\nLast lines of the log (" + QFile::encodeName(logPath) + "):\n";
        text += tail(logPath, lines).toUtf8();
        text += '\n';
        const QString target
                = info.path() + QLatin1Char('/') + info.completeBaseName() + QStringLiteral(".txt");
        QSaveFile out(target);
        if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size() || !out.commit())
            continue;
        QFile::remove(info.filePath());
        finished.append(target);
    }
    return finished;
}

} // namespace Tessera::CrashReport
