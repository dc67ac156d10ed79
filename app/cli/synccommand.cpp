// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "synccommand.h"

#include "clicontext.h"
#include "formats/format.h"
#include "store/projectstore.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Tessera::Cli {

int runSync(const QStringList &arguments)
{
    Context ctx(QStringLiteral("sync"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli sync: folders kept in step with the project (the app rewrites them "
            "after every edit)\n\n"
            "  sync PROJECT                                list the targets\n"
            "  sync PROJECT --add FOLDER --format NAME     add one (--option KEY=VALUE)\n"
            "  sync PROJECT --remove FOLDER                remove one\n"
            "  sync PROJECT --run                          bring every target up to date now"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption(
            {QStringLiteral("add"), CliText::tr("Add a target folder."), CliText::tr("FOLDER")});
    ctx.parser().addOption({QStringLiteral("remove"), CliText::tr("Remove a target folder."),
                            CliText::tr("FOLDER")});
    ctx.parser().addOption({QStringLiteral("format"), CliText::tr("Format of an added target."),
                            CliText::tr("NAME")});
    ctx.parser().addOption({QStringLiteral("option"), CliText::tr("A format option; repeatable."),
                            CliText::tr("KEY=VALUE")});
    ctx.parser().addOption({QStringLiteral("run"), CliText::tr("Write every target now.")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    SyncEngine engine(store.get());
    QList<SyncTarget> targets = engine.targets();
    QString error;
    if (ctx.parser().isSet(QStringLiteral("add"))) {
        SyncTarget t{.folder
                     = QFileInfo(ctx.parser().value(QStringLiteral("add"))).absoluteFilePath(),
                     .format = ctx.parser().value(QStringLiteral("format"))};
        for (const QString &pair : ctx.parser().values(QStringLiteral("option"))) {
            const qsizetype equals = pair.indexOf(QLatin1Char('='));
            if (equals <= 0)
                return ctx.fail(CliText::tr("--option takes KEY=VALUE, not \"%1\"").arg(pair),
                                Usage);
            t.options.insert(pair.left(equals), pair.mid(equals + 1));
        }
        targets.append(t);
        if (!engine.setTargets(targets, &error))
            return ctx.fail(error, Usage);
    }
    if (ctx.parser().isSet(QStringLiteral("remove"))) {
        const QString folder
                = QFileInfo(ctx.parser().value(QStringLiteral("remove"))).absoluteFilePath();
        if (!targets.removeIf([&](const SyncTarget &t) { return t.folder == folder; }))
            return ctx.fail(
                    CliText::tr("%1 is not a sync target").arg(QDir::toNativeSeparators(folder)));
        if (!engine.setTargets(targets, &error))
            return ctx.fail(error);
    }
    // Listing writes nothing: the engine only writes when its event loop or flush() runs.
    if (ctx.parser().isSet(QStringLiteral("run")) || ctx.parser().isSet(QStringLiteral("add")))
        engine.flush();
    QJsonArray list;
    QStringList lines;
    for (const SyncTarget &t : engine.targets()) {
        list.append(QJsonObject{{QStringLiteral("folder"), t.folder},
                                {QStringLiteral("format"), t.format}});
        lines.append(QStringLiteral("%1\t%2").arg(t.format, QDir::toNativeSeparators(t.folder)));
    }
    QJsonArray conflicts;
    for (const SyncEngine::Conflict &c : engine.conflicts()) {
        const QString path = QDir(engine.targets()[c.target].folder).filePath(c.file);
        conflicts.append(path);
        lines.append(CliText::tr("changed outside Tessera, not overwritten: %1")
                             .arg(QDir::toNativeSeparators(path)));
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("targets"), list},
                                  {QStringLiteral("conflicts"), conflicts}});
    else
        ctx.print(lines.isEmpty() ? CliText::tr("No sync targets") : lines.join(QLatin1Char('\n')));
    if (engine.state() == SyncEngine::State::Failed)
        return Failure;
    return conflicts.isEmpty() ? Ok : Failure;
}

} // namespace Tessera::Cli
