// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// One client of tst_serverconcurrency: `tessera-editclient PROJECT CLIENT EDITS` opens PROJECT
// (a server URL) and makes EDITS edits, each one transaction, on the project's annotations in
// turn (so that clients overlap), the way the window does: read, change, write with the version
// read. Each edit moves the box to x = CLIENT, y = edit number, so that the test can tell every
// edit apart in the final state and the audit log. Prints one line per edit:
//   ok ID CLIENT N MICROSECONDS SEEN_X SEEN_Y | refused ID CLIENT N | error ID CLIENT N MESSAGE
// where SEEN is the first point of the box as read before the edit: what the edit replaced.
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>

using namespace Tessera;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fprintf(stderr, "usage: tessera-editclient PROJECT CLIENT EDITS\n");
        return 2;
    }
    const int client = QByteArray(argv[2]).toInt();
    const int edits = QByteArray(argv[3]).toInt();
    QString error;
    std::unique_ptr<ProjectStore> store
            = ProjectStore::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    QList<qint64> ids;
    for (qint64 asset : store->assetIds())
        for (const Annotation &a : store->annotations(asset))
            ids.append(a.id);
    if (ids.isEmpty()) {
        std::fprintf(stderr, "no annotations to edit\n");
        return 1;
    }
    QElapsedTimer timer;
    for (int n = 0; n < edits; ++n) {
        const qint64 id = ids[(n * 7 + client) % ids.size()];
        const std::optional<Annotation> seen = store->annotation(id);
        if (!seen) {
            std::printf("error %lld %d %d %s\n", id, client, n,
                        qPrintable(store->errorString().simplified()));
            std::fflush(stdout);
            QThread::msleep(50); // the server may be away (tst_serverkill): not too many lines
            continue;
        }
        QList<Annotation> changed{*seen};
        changed[0].points = {QPointF(client, n), QPointF(client + 10, n + 10)};
        timer.start();
        const bool ok = store->updateAnnotations(changed, {{id, seen->provenance.modifiedAt}});
        const qint64 us = timer.nsecsElapsed() / 1000;
        const QPointF was = seen->points.value(0);
        if (ok)
            std::printf("ok %lld %d %d %lld %g %g\n", id, client, n, us, was.x(), was.y());
        else if (store->lastErrorWasConflict())
            std::printf("refused %lld %d %d\n", id, client, n);
        else {
            std::printf("error %lld %d %d %s\n", id, client, n,
                        qPrintable(store->errorString().simplified()));
            QThread::msleep(50);
        }
        std::fflush(stdout);
    }
    return 0;
}
