// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "serverbench.h"

#include "guibench.h"
#include "items/assetlistmodel.h"
#include "store/pgdatabase.h"
#include "store/projectlocation.h"
#include "store/projectstore.h"
#include "store/serverwatcher.h"
#include "storebench.h"

#include <QFileInfo>
#include <QMutex>

#include <thread>

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

// Opening the project and reading the asset list's first screen, as the window does; ms.
QList<double> openLatencies(const ProjectLocation &project, int runs)
{
    QList<double> times;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
        if (!store) {
            std::fprintf(stderr, "open: %s\n", qPrintable(error));
            return {};
        }
        AssetListModel model;
        model.setStore(store.get());
        for (int row = 0; row < 40; ++row)
            model.data(model.index(row), Qt::DisplayRole);
        times << timer.nsecsElapsed() / 1e6;
    }
    return times;
}

// clients connections at once, each editing shapes of the first assets as the window does
// (read, change, write with the version read: one transaction); ms per committed edit.
QList<double> editLatencies(const ProjectLocation &project, int clients, int edits, int *refused)
{
    QList<qint64> shapes;
    {
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
        if (!store) {
            std::fprintf(stderr, "edits: %s\n", qPrintable(error));
            return {};
        }
        for (qint64 asset : store->assetIds({}, 0, 50))
            for (const Annotation &a : store->annotations(asset))
                shapes << a.id;
    }
    if (shapes.isEmpty()) {
        std::fprintf(stderr, "edits: no shapes to edit\n");
        return {};
    }
    QMutex mutex;
    QList<double> times;
    std::atomic_int conflicts{0};
    std::atomic_bool failed{false};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            QString error;
            std::unique_ptr<ProjectStore> store = ProjectStore::open(project, &error);
            if (!store) {
                failed = true;
                return;
            }
            QList<double> mine;
            for (int n = 0; n < edits; ++n) {
                const qint64 id = shapes[(n * 7 + c * 13) % shapes.size()];
                const std::optional<Annotation> seen = store->annotation(id);
                if (!seen)
                    continue;
                QList<Annotation> changed{*seen};
                changed[0].points.first() += QPointF(1, 0);
                QElapsedTimer timer;
                timer.start();
                if (store->updateAnnotations(changed, {{id, seen->provenance.modifiedAt}}))
                    mine << timer.nsecsElapsed() / 1e6;
                else if (store->lastErrorWasConflict())
                    ++conflicts;
                else
                    failed = true;
            }
            QMutexLocker lock(&mutex);
            times << mine;
        });
    }
    for (std::thread &t : threads)
        t.join();
    if (failed)
        std::fprintf(stderr, "edits: a client failed\n");
    *refused = conflicts;
    return failed ? QList<double>() : times;
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
    parser.addOption({QStringLiteral("window-project"),
                      QStringLiteral("A project with images (gui's big100k.tessera) to push and "
                                     "open in the window: start to first painted image."),
                      QStringLiteral("PATH")});
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
            const QList<double> opens = openLatencies(ProjectLocation(url), 5);
            if (opens.isEmpty())
                return 1;
            report("server.open_and_first_page", median(opens), "ms");
            for (const int clients : {1, 8}) {
                int refused = 0;
                const QList<double> edits
                        = editLatencies(ProjectLocation(url), clients, 250, &refused);
                if (edits.isEmpty())
                    return 1;
                const QByteArray prefix = "server.edit_" + QByteArray::number(clients) + "_clients";
                report(prefix + "_p50", median(edits), "ms");
                report(prefix + "_p99", percentile(edits, 99), "ms");
                report(prefix + "_refused_as_stale", refused, "edits");
            }
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

    if (const QString shown = parser.value(QStringLiteral("window-project")); !shown.isEmpty()) {
        const QString name = QStringLiteral("tessera_bench_window");
        db.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        const QString url = base + QLatin1Char('/') + name;
        if (!db.exec(QStringLiteral("CREATE DATABASE %1").arg(name))
            || timedCli({QStringLiteral("server"), QStringLiteral("push"), shown, url}) < 0)
            return 1;
        std::unique_ptr<ProjectStore> store;
        QString error;
        store = ProjectStore::open(ProjectLocation(url), &error);
        const std::optional<Asset> first = store ? store->asset(1) : std::nullopt;
        if (!first) {
            std::fprintf(stderr, "window: %s\n", qPrintable(error));
            return 1;
        }
        store.reset();
        setenv("QT_QPA_PLATFORM", "offscreen", 0);
        const QString shot = dir.filePath(QStringLiteral("shot.png"));
        const bool ok = openFigures("server.window_open_100k", QStringLiteral(TESSERA_GUI_PATH),
                                    {url, QStringLiteral("--screenshot"), shot},
                                    {first->path, QStringLiteral("--screenshot"), shot}, 5);
        db.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
        if (!ok)
            return 1;
    }
    return 0;
}

} // namespace Tessera::Bench
