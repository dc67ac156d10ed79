// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "serverbench.h"

#include "store/pgdatabase.h"
#include "store/projectlocation.h"
#include "store/serverwatcher.h"
#include "storebench.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace Tessera::Bench {

namespace {

// Runs tessera-cli with args; seconds, or -1 (and what it said) when it failed.
double timedCli(const QStringList &args)
{
    QProcess cli;
    QElapsedTimer timer;
    timer.start();
    cli.start(QStringLiteral(TESSERA_CLI_PATH), args);
    if (!cli.waitForFinished(-1) || cli.exitCode() != 0) {
        std::fprintf(stderr, "%s\n", cli.readAllStandardError().constData());
        return -1;
    }
    return timer.nsecsElapsed() / 1e9;
}

// Live updates on the pushed project: one client commits an edit of a shape, another's
// ServerWatcher hears of it; milliseconds from the start of the commit to the notice, per edit.
QList<double> liveUpdateLatencies(const ProjectLocation &project, int edits)
{
    ServerWatcher watcher(project);
    PgDatabase writer;
    if (!watcher.start() || !writer.open(project.connectionString())) {
        std::fprintf(stderr, "live updates: %s%s\n", qPrintable(watcher.errorString()),
                     qPrintable(writer.errorString()));
        return {};
    }
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    QObject::connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    int heard = 0;
    QObject::connect(&watcher, &ServerWatcher::changed, &loop, [&] {
        ++heard;
        loop.quit();
    });
    QList<qint64> shapes;
    PgStatement *ids = writer.prepare("SELECT id FROM annotations ORDER BY id LIMIT ?");
    if (ids) {
        ids->bind(1, edits);
        while (ids->step())
            shapes << ids->int64(0);
    }
    if (shapes.isEmpty()) {
        std::fprintf(stderr, "live updates: no shapes to edit\n");
        return {};
    }
    QList<double> latencies;
    for (const qint64 shape : std::as_const(shapes)) {
        const int before = heard;
        QElapsedTimer timer;
        timer.start();
        if (!writer.exec(
                    QStringLiteral("UPDATE annotations SET z = z + 1 WHERE id = %1").arg(shape))) {
            std::fprintf(stderr, "live updates: %s\n", qPrintable(writer.errorString()));
            return {};
        }
        timeout.start(5000);
        while (heard == before && timeout.isActive())
            loop.exec();
        if (heard == before) {
            std::fprintf(stderr, "live updates: edit of shape %lld not heard within 5 s\n", shape);
            return {};
        }
        latencies << timer.nsecsElapsed() / 1e6;
    }
    return latencies;
}

} // namespace

int serverBench(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("url"), QStringLiteral("A server's maintenance database."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("project"), QStringLiteral("The project file to push."),
                      QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs."), QStringLiteral("N"),
                      QStringLiteral("3")});
    parser.parse(QStringList{QStringLiteral("server")} + args);
    const ProjectLocation admin(parser.value(QStringLiteral("url")));
    const QString project = parser.value(QStringLiteral("project"));
    if (!admin.isServer() || project.isEmpty()) {
        std::fprintf(stderr, "usage: tessera-bench server --url postgresql://HOST/postgres "
                             "--project PATH\n");
        return 2;
    }
    PgDatabase db;
    if (!db.open(admin.connectionString())) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
        return 1;
    }
    const QString base = admin.toString().left(admin.toString().lastIndexOf(QLatin1Char('/')));
    QTemporaryDir dir;
    QList<double> pushes, pulls;
    for (int run = 0; run < parser.value(QStringLiteral("runs")).toInt(); ++run) {
        const QString name = QStringLiteral("tessera_bench_%1").arg(run);
        db.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (!db.exec(QStringLiteral("CREATE DATABASE %1").arg(name))) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorString()));
            return 1;
        }
        const QString url = base + QLatin1Char('/') + name;
        const double push
                = timedCli({QStringLiteral("server"), QStringLiteral("push"), project, url});
        if (run == 0 && push >= 0) {
            const QList<double> live = liveUpdateLatencies(ProjectLocation(url), 200);
            if (live.isEmpty())
                return 1;
            report("server.live_update_p50", median(live), "ms");
            report("server.live_update_p99", percentile(live, 99), "ms");
        }
        const double pull = timedCli({QStringLiteral("server"), QStringLiteral("pull"), url,
                                      dir.filePath(QStringLiteral("pulled%1.tessera").arg(run))});
        db.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (push < 0 || pull < 0)
            return 1;
        pushes << push;
        pulls << pull;
    }
    report("server.push", median(pushes), "s");
    report("server.pull", median(pulls), "s");
    return 0;
}

} // namespace Tessera::Bench
