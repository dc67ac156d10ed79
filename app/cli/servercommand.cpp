// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "servercommand.h"

#include "clicontext.h"
#include "store/migrations.h"
#include "store/serverschema.h"

#include <QJsonObject>

namespace Tessera::Cli {

int runServer(const QStringList &arguments)
{
    Context ctx(QStringLiteral("server"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli server: a PostgreSQL database as a team project\n\n"
            "  server init URL      create the schema in an empty database, or bring an older\n"
            "                       one up to date (postgresql://[USER@]HOST[:PORT]/DATABASE)\n"
            "  server version URL   the schema version of a server project\n\n"
            "The password comes from ~/.pgpass or PGPASSWORD (or the URL); it is never stored."));
    ctx.parser().addPositionalArgument(QStringLiteral("ACTION"), CliText::tr("init or version."));
    ctx.parser().addPositionalArgument(QStringLiteral("URL"),
                                       CliText::tr("postgresql://HOST/DATABASE"));
    int code = Ok;
    if (!ctx.parse(&code, false))
        return code;
    const QStringList args = ctx.parser().positionalArguments();
    const QString action = args.value(0);
    if (args.size() != 2 || (action != QLatin1String("init") && action != QLatin1String("version")))
        return ctx.fail(CliText::tr("server takes init or version, and a postgresql:// URL\n\n")
                                + ctx.parser().helpText(),
                        Usage);
    const ProjectLocation location(args[1]);
    QString error;
    if (action == QLatin1String("version")) {
        const std::optional<int> version = ServerSchema::versionOf(location, &error);
        if (!version)
            return ctx.fail(error);
        if (ctx.json())
            ctx.printJson({{QStringLiteral("server"), location.toString()},
                           {QStringLiteral("schemaVersion"), *version}});
        else
            ctx.print(*version == 0 ? CliText::tr("%1: empty (no Tessera schema yet)")
                                              .arg(location.display())
                                    : CliText::tr("%1: schema version %2")
                                              .arg(location.display())
                                              .arg(*version));
        return Ok;
    }
    const std::optional<ServerSchema::Result> result = ServerSchema::initialize(location, &error);
    if (!result)
        return ctx.fail(error);
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("server"), location.toString()},
                       {QStringLiteral("from"), result->from},
                       {QStringLiteral("schemaVersion"), result->to}});
    } else if (result->from == result->to) {
        ctx.print(CliText::tr("%1: already at schema version %2; nothing changed")
                          .arg(location.display())
                          .arg(result->to));
    } else if (result->from == 0) {
        ctx.print(CliText::tr("%1: created the Tessera schema (version %2)")
                          .arg(location.display())
                          .arg(result->to));
    } else {
        ctx.print(CliText::tr("%1: schema upgraded from version %2 to %3")
                          .arg(location.display())
                          .arg(result->from)
                          .arg(result->to));
    }
    return Ok;
}

} // namespace Tessera::Cli
