// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
// Child process of tst_crashsafety: makes edits through the document (as the GUI does) and
// prints a line for each edit once the store has committed it, until it is killed.
// `tessera-crashchild --crash DIR SIGNAL` (tst_crashreport) installs the crash reporter for DIR,
// logs a line and dies of SIGNAL (segv or abort).
#include "document/assetdocument.h"
#include "store/projectstore.h"
#include "util/crashreport.h"
#include "util/logging.h"

#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace Tessera;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && std::strcmp(argv[1], "--crash") == 0) {
        CrashReport::install(QString::fromLocal8Bit(argv[2]), QStringLiteral("tessera-crashchild"),
                             QStringLiteral("9.9.9"),
                             Logging::logPath(QStringLiteral("crashchild")));
        Logging::initialize(QStringLiteral("crashchild"), Logging::Console::Off);
        Logging::warn(QStringLiteral("about to crash on purpose"));
        if (std::strcmp(argv[3], "abort") == 0)
            std::abort();
        volatile int *nowhere = nullptr;
        return *nowhere;
    }
    if (argc < 3) {
        std::fprintf(stderr, "usage: tessera-crashchild PROJECT ASSET_ID\n");
        return 2;
    }
    QString error;
    std::unique_ptr<ProjectStore> store
            = ProjectStore::open(QString::fromLocal8Bit(argv[1]), &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", error.toUtf8().constData());
        return 1;
    }
    store->setAuthor(QStringLiteral("crashchild"));
    AssetDocument doc(store.get(), QByteArray(argv[2]).toLongLong());
    if (!doc.load())
        return 1;
    std::printf("ready\n");
    std::fflush(stdout);
    for (qint64 i = 0;; ++i) {
        Annotation a;
        a.kind = AnnotationKind::Polygon;
        for (int p = 0; p < 20; ++p)
            a.points.append(QPointF(i + p, p * 2.0));
        doc.addAnnotations({a}, QStringLiteral("add"));
        const Annotation added = doc.annotations().constLast();
        std::printf("add %lld\n", static_cast<long long>(added.id));
        if (i % 5 == 4) {
            Annotation moved = added;
            moved.points[0] = QPointF(-1, -1);
            doc.changeAnnotations({moved}, QStringLiteral("move"), false);
            std::printf("move %lld\n", static_cast<long long>(added.id));
        }
        if (i % 7 == 6) {
            doc.removeAnnotations({added.id});
            std::printf("remove %lld\n", static_cast<long long>(added.id));
        }
        std::fflush(stdout);
    }
}
