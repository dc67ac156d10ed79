// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "clicontext.h"
#include "commands.h"
#include "util/crashreport.h"
#include "util/language.h"
#include "util/logging.h"

#include <QCoreApplication>

#include <cstdio>

using namespace Tessera;

namespace {

void printOverview(FILE *out)
{
    QString text = QCoreApplication::translate("cli", "Usage: tessera-cli COMMAND PROJECT [ARGS] "
                                                      "[--json]\n\nCommands:\n");
    for (const Cli::Command &c : Cli::commands())
        text += QStringLiteral("  %1  %2\n")
                        .arg(QString::fromLatin1(c.name), -12)
                        .arg(QCoreApplication::translate("cli", c.summary));
    text += QCoreApplication::translate("cli", "\nRun 'tessera-cli COMMAND --help' for the "
                                               "arguments of one command.\nExit codes: 0 ok, 1 "
                                               "failure, 2 usage error.\n");
    std::fputs(text.toUtf8().constData(), out);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Tessera"));
    QCoreApplication::setApplicationName(QStringLiteral("tessera"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TESSERA_VERSION));
    Language::apply();
    const QString component = QStringLiteral("tessera-cli");
    CrashReport::install(CrashReport::folder(), component, QStringLiteral(TESSERA_VERSION),
                         Logging::logPath(component));
    Logging::initialize(component, Logging::Console::On);

    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h") || args.first() == QLatin1String("help")) {
        printOverview(args.isEmpty() ? stderr : stdout);
        return args.isEmpty() ? Cli::Usage : Cli::Ok;
    }
    if (args.first() == QLatin1String("--version")) {
        std::printf("tessera-cli %s\n", TESSERA_VERSION);
        return Cli::Ok;
    }
    const QString name = args.takeFirst();
    for (const Cli::Command &c : Cli::commands()) {
        if (name == QLatin1String(c.name))
            return c.run(args);
    }
    std::fprintf(stderr, "%s\n\n",
                 QCoreApplication::translate("cli", "tessera-cli: unknown command \"%1\"")
                         .arg(name)
                         .toUtf8()
                         .constData());
    printOverview(stderr);
    return Cli::Usage;
}
