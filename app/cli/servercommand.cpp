// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "servercommand.h"

#include "clicontext.h"
#include "store/migrations.h"
#include "store/pgdatabase.h"
#include "store/projectstore.h"
#include "store/serverextras.h"
#include "store/serverschema.h"
#include "store/servertransfer.h"
#include "store/serverwatcher.h"
#include "team/teamsplit.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace Tessera::Cli {

namespace {

int runTransfer(Context &ctx, bool push, const QString &from, const QString &to)
{
    QString error;
    std::optional<ServerTransfer::Report> report;
    const ProjectLocation server(push ? to : from);
    if (!server.isServer())
        return ctx.fail(CliText::tr("%1 is not a postgresql:// URL").arg(push ? to : from), Usage);
    if (push) {
        std::unique_ptr<ProjectStore> project = ProjectStore::open(ProjectLocation(from), &error);
        if (!project)
            return ctx.fail(error);
        report = ServerTransfer::push(*project, server, ctx.progressControl(CliText::tr("Pushing")),
                                      &error);
    } else {
        QString file = to;
        if (QFileInfo(file).suffix() != ProjectStore::suffix())
            file += QLatin1Char('.') + ProjectStore::suffix();
        report = ServerTransfer::pull(server, file, ctx.progressControl(CliText::tr("Pulling")),
                                      &error);
    }
    if (!report)
        return ctx.fail(error);
    QJsonObject rows;
    QStringList parts;
    for (const auto &[table, count] : std::as_const(*report)) {
        rows.insert(table, count);
        if (count > 0)
            parts << QStringLiteral("%1 %2").arg(count).arg(table);
    }
    if (ctx.json())
        ctx.printJson(
                {{QStringLiteral("server"), server.toString()}, {QStringLiteral("rows"), rows}});
    else
        ctx.print((push ? CliText::tr("Pushed to %1: %2") : CliText::tr("Pulled from %1: %2"))
                          .arg(server.display(), parts.join(QStringLiteral(", "))));
    return Ok;
}

// Prints the changes others commit to a server project as they come: what a team lead checks
// the live updates with, and scripts wait on. Until count changes or the time is up (0: never).
int runWatch(Context &ctx, const ProjectLocation &location, int count, int seconds)
{
    ServerWatcher watcher(location);
    if (!watcher.start())
        return ctx.fail(watcher.errorString());
    if (!ctx.json())
        ctx.print(CliText::tr("%1: watching for changes (Ctrl+C stops)").arg(location.display()));
    QEventLoop loop;
    int seen = 0;
    QObject::connect(&watcher, &ServerWatcher::changed, &loop, [&](const ServerChange &change) {
        if (ctx.json()) {
            QJsonArray assets;
            for (const qint64 id : change.assets)
                assets.append(id);
            // One line per change (JSON Lines): a stream that a script reads line by line.
            const QJsonObject line{{QStringLiteral("table"), change.table},
                                   {QStringLiteral("op"), change.operation},
                                   {QStringLiteral("assets"),
                                    change.allAssets ? QJsonValue() : QJsonValue(assets)},
                                   {QStringLiteral("sender"), change.senderPid}};
            ctx.print(QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)));
        } else {
            QStringList ids;
            for (const qint64 id : change.assets)
                ids << QString::number(id);
            const QString what
                    = change.allAssets ? CliText::tr("more than 200 assets")
                      : ids.isEmpty()
                              ? QString()
                              : CliText::tr("asset(s) %1").arg(ids.join(QStringLiteral(", ")));
            // Table and operation are the schema's own words, as in the JSON.
            const QString head = change.table + QLatin1Char(' ') + change.operation;
            ctx.print(what.isEmpty() ? head : head + QStringLiteral(": ") + what);
        }
        if (++seen == count)
            loop.quit();
    });
    if (seconds > 0)
        QTimer::singleShot(seconds * 1000, &loop, &QEventLoop::quit);
    loop.exec();
    return Ok;
}

// member URL LOGIN ROLE|none and assign URL LOGIN ID...: the team lead's two commands, on a
// connection as whoever runs them (the server refuses them to all but managers).
int runTeam(Context &ctx, const QString &action, const QStringList &args)
{
    const ProjectLocation location(args.value(1));
    const QString login = args.value(2);
    PgDatabase db;
    QString error;
    if (!ServerSchema::connect(db, location, &error))
        return ctx.fail(error);
    if (action == QLatin1String("member")) {
        const QString role = args.value(3);
        if (role != QLatin1String("none") && !ServerExtras::roles().contains(role))
            return ctx.fail(CliText::tr("a role is one of %1, or none to remove the member")
                                    .arg(ServerExtras::roles().join(QStringLiteral(", "))),
                            Usage);
        if (!ServerExtras::setMember(db, login, role == QLatin1String("none") ? QString() : role,
                                     &error))
            return ctx.fail(CliText::tr("%1: %2").arg(location.display(), error));
        ctx.print(
                role == QLatin1String("none")
                        ? CliText::tr("%1: %2 is no longer a member").arg(location.display(), login)
                        : CliText::tr("%1: %2 is now %3").arg(location.display(), login, role));
        return Ok;
    }
    // Asset ids one by one or as ranges (12-40).
    QList<qint64> assets;
    for (const QString &arg : args.mid(3)) {
        const QStringList ends = arg.split(QLatin1Char('-'));
        bool okFirst = false, okLast = ends.size() == 1;
        const qint64 first = ends.value(0).toLongLong(&okFirst);
        const qint64 last = ends.size() == 2 ? ends[1].toLongLong(&okLast) : first;
        if (!okFirst || !okLast || ends.size() > 2 || first <= 0 || last < first
            || last - first >= 10000000)
            return ctx.fail(
                    CliText::tr("\"%1\" is not an asset id or a range of them (12-40)").arg(arg),
                    Usage);
        for (qint64 id = first; id <= last; ++id)
            assets << id;
    }
    const std::optional<int> added = ServerExtras::assign(db, login, assets, &error);
    if (!added)
        return ctx.fail(CliText::tr("%1: %2").arg(location.display(), error));
    ctx.print(CliText::tr("%1: %n asset(s) newly assigned to %2", nullptr, *added)
                      .arg(location.display(), login));
    return Ok;
}

// assign URL --annotators a,b,c [...]: the work chosen by filter, dealt out in turns after a
// seeded shuffle, the overlap share to everyone, gold mixed in (TeamSplit's plan); assets
// assigned already are not handed out again. One transaction.
int runPlannedAssign(Context &ctx, const ProjectLocation &location)
{
    QCommandLineParser &p = ctx.parser();
    TeamSplit::Options options;
    options.annotators = p.value(QStringLiteral("annotators")).split(QLatin1Char(','));
    const auto percentOf = [&](const char *name) {
        const QString value = p.value(QString::fromLatin1(name));
        return parsePercent(value.isEmpty() ? QStringLiteral("0") : value);
    };
    const std::optional<double> overlap = percentOf("overlap");
    const std::optional<double> gold = percentOf("gold");
    if (!overlap || !gold)
        return ctx.fail(CliText::tr("--overlap and --gold take a percentage from 0 to 100"), Usage);
    options.overlapPercent = *overlap;
    options.goldPercent = *gold;
    bool ok = true;
    if (p.isSet(QStringLiteral("seed")))
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
    if (ok && p.isSet(QStringLiteral("count")))
        options.perAnnotator = p.value(QStringLiteral("count")).toInt(&ok);
    if (!ok || options.perAnnotator < 0)
        return ctx.fail(CliText::tr("--count and --seed take a whole number, 0 or more"), Usage);
    if (p.isSet(QStringLiteral("status"))) {
        options.filter.status = reviewStatusFromName(p.value(QStringLiteral("status")));
        if (!options.filter.status)
            return ctx.fail(CliText::tr("no status \"%1\"").arg(p.value(QStringLiteral("status"))),
                            Usage);
    }
    options.filter.text = p.value(QStringLiteral("name"));
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::open(location, &error);
    if (!store)
        return ctx.fail(error);
    if (p.isSet(QStringLiteral("label"))) {
        const std::optional<Label> label = store->labelByName(p.value(QStringLiteral("label")));
        if (!label)
            return ctx.fail(CliText::tr("no label \"%1\"").arg(p.value(QStringLiteral("label"))),
                            Usage);
        options.filter.labelId = label->id;
    }
    options.exclude = ServerExtras::assignedAssets(*store);
    const std::optional<TeamSplit::Plan> plan = TeamSplit::plan(*store, options, &error);
    if (!plan)
        return ctx.fail(CliText::tr("%1: %2").arg(location.display(), error));
    QMap<QString, QList<qint64>> work;
    for (auto it = plan->own.cbegin(); it != plan->own.cend(); ++it)
        work.insert(it.key(), plan->assetsOf(it.key()));
    const std::optional<int> added = ServerExtras::assign(*store, work, &error);
    if (!added)
        return ctx.fail(CliText::tr("%1: %2").arg(location.display(), error));
    if (!ctx.json())
        for (const QString &warning : plan->warnings)
            ctx.print(CliText::tr("warning: %1").arg(warning));
    QJsonObject perLogin;
    for (auto it = work.cbegin(); it != work.cend(); ++it) {
        perLogin.insert(
                it.key(),
                QJsonObject{{QStringLiteral("assets"), int(it->size())},
                            {QStringLiteral("overlap"), int(plan->overlap.size())},
                            {QStringLiteral("gold"), int(plan->gold.value(it.key()).size())}});
        if (!ctx.json())
            ctx.print(CliText::tr("%1: %2 asset(s) (%3 shared with everyone, %4 gold)")
                              .arg(it.key())
                              .arg(it->size())
                              .arg(plan->overlap.size())
                              .arg(plan->gold.value(it.key()).size()));
    }
    if (ctx.json())
        ctx.printJson({{QStringLiteral("server"), location.toString()},
                       {QStringLiteral("assigned"), perLogin},
                       {QStringLiteral("newlyAssigned"), *added},
                       {QStringLiteral("warnings"), QJsonArray::fromStringList(plan->warnings)}});
    else
        ctx.print(
                CliText::tr("%1: %n assignment(s) made", nullptr, *added).arg(location.display()));
    return Ok;
}

} // namespace

int runServer(const QStringList &arguments)
{
    Context ctx(QStringLiteral("server"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli server: a PostgreSQL database as a team project\n\n"
            "  server init URL      create the schema in an empty database, or bring an older\n"
            "                       one up to date (postgresql://[USER@]HOST[:PORT]/DATABASE)\n"
            "  server version URL   the schema version of a server project\n"
            "  server push PROJECT URL   copy a project file into an empty server project\n"
            "                       (media stay where they are, named by absolute path)\n"
            "  server pull URL FILE      copy a server project into a new project file\n"
            "  server member URL LOGIN ROLE   make LOGIN an annotator, reviewer or manager\n"
            "                       of the project (none: remove it)\n"
            "  server assign URL LOGIN ID...  give an annotator assets to work on (ids or\n"
            "                       ranges such as 12-40)\n"
            "  server assign URL --annotators a,b,c [--count N] [--overlap 10%] [--gold 5%]\n"
            "                       [--status new] [--label NAME] [--name TEXT] [--seed N]\n"
            "                       deal out the assets that match and nobody has yet: N\n"
            "                       each (default: all of them) in turns after a seeded\n"
            "                       shuffle, the overlap share to everyone (agreement), gold\n"
            "                       assets mixed in unmarked\n"
            "  server watch URL     print the changes clients commit, as they commit them\n"
            "                       (--count N, --seconds S: stop after N changes or S seconds)\n\n"
            "The password comes from ~/.pgpass or PGPASSWORD (or the URL); it is never stored."));
    ctx.parser().addPositionalArgument(
            QStringLiteral("ACTION"),
            CliText::tr("init, version, member, assign, watch, push or pull."));
    ctx.parser().addPositionalArgument(QStringLiteral("URL"),
                                       CliText::tr("postgresql://HOST/DATABASE"));
    ctx.parser().addOption({QStringLiteral("seconds"), CliText::tr("watch: stop after S seconds."),
                            QStringLiteral("S")});
    ctx.parser().addOption({QStringLiteral("annotators"),
                            CliText::tr("assign: the logins to deal the work out to."),
                            CliText::tr("a,b,c")});
    ctx.parser().addOption({QStringLiteral("count"),
                            CliText::tr("assign: assets each (watch: stop after N changes)."),
                            QStringLiteral("N")});
    ctx.parser().addOption({QStringLiteral("overlap"),
                            CliText::tr("assign: share of the work everyone gets."),
                            CliText::tr("PERCENT")});
    ctx.parser().addOption({QStringLiteral("gold"),
                            CliText::tr("assign: gold assets mixed into each queue, as a share."),
                            CliText::tr("PERCENT")});
    ctx.parser().addOption({QStringLiteral("status"),
                            CliText::tr("assign: only assets with this review status."),
                            CliText::tr("STATUS")});
    ctx.parser().addOption({QStringLiteral("label"),
                            CliText::tr("assign: only assets with an annotation of this label."),
                            CliText::tr("NAME")});
    ctx.parser().addOption({QStringLiteral("name"),
                            CliText::tr("assign: only assets whose name or path contains TEXT."),
                            CliText::tr("TEXT")});
    ctx.parser().addOption({QStringLiteral("seed"),
                            CliText::tr("assign: the shuffle's seed (default 1)."),
                            QStringLiteral("N")});
    int code = Ok;
    if (!ctx.parse(&code, false))
        return code;
    const QStringList args = ctx.parser().positionalArguments();
    const QString action = args.value(0);
    const bool transfer = action == QLatin1String("push") || action == QLatin1String("pull");
    const bool planned
            = action == QLatin1String("assign") && ctx.parser().isSet(QStringLiteral("annotators"));
    const bool team = action == QLatin1String("member") || action == QLatin1String("assign");
    const bool shaped
            = planned ? args.size() == 2
              : team  ? (action == QLatin1String("member") ? args.size() == 4 : args.size() >= 4)
                      : args.size() == (transfer ? 3 : 2);
    if (!shaped
        || (!transfer && !team && action != QLatin1String("init")
            && action != QLatin1String("version") && action != QLatin1String("watch")))
        return ctx.fail(CliText::tr("server takes init URL, version URL, watch URL, member URL "
                                    "LOGIN ROLE, assign URL LOGIN ID..., assign URL --annotators "
                                    "a,b,c, push PROJECT URL or pull URL FILE\n\n")
                                + ctx.parser().helpText(),
                        Usage);
    QString error;
    if (transfer)
        return runTransfer(ctx, action == QLatin1String("push"), args[1], args[2]);
    if (planned)
        return runPlannedAssign(ctx, ProjectLocation(args[1]));
    if (team)
        return runTeam(ctx, action, args);
    const ProjectLocation location(args[1]);
    if (action == QLatin1String("watch")) {
        bool countOk = true;
        bool secondsOk = true;
        const int count = ctx.parser().isSet(QStringLiteral("count"))
                                  ? ctx.parser().value(QStringLiteral("count")).toInt(&countOk)
                                  : 0;
        const int seconds
                = ctx.parser().isSet(QStringLiteral("seconds"))
                          ? ctx.parser().value(QStringLiteral("seconds")).toInt(&secondsOk)
                          : 0;
        if (!countOk || !secondsOk || count < 0 || seconds < 0)
            return ctx.fail(CliText::tr("--count and --seconds take a whole number of changes "
                                        "or seconds"),
                            Usage);
        return runWatch(ctx, location, count, seconds);
    }
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
