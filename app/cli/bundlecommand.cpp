// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "bundlecommand.h"

#include "bundle/projectbundle.h"
#include "clicontext.h"
#include "store/projectstore.h"
#include "util/identity.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Tessera::Cli {

int runBundle(const QStringList &arguments)
{
    Context ctx(QStringLiteral("bundle"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli bundle: project bundles (a zip with a database snapshot, a manifest "
            "and optionally the media)\n\n"
            "  bundle create PROJECT OUT.zip [--media]   write a bundle of a project\n"
            "  bundle verify BUNDLE.zip                  check every member's checksum\n"
            "  bundle open BUNDLE.zip [FOLDER]           unpack into a new folder"));
    ctx.parser().addPositionalArgument(QStringLiteral("ACTION"),
                                       CliText::tr("create, verify or open."));
    ctx.parser().addOption(
            {QStringLiteral("media"), CliText::tr("Put the media files in the bundle.")});
    int code = Ok;
    if (!ctx.parse(&code, false))
        return code;
    const QStringList args = ctx.parser().positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("create")) {
        if (args.size() != 3)
            return ctx.fail(CliText::tr("bundle create takes PROJECT and OUT.zip"), Usage);
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(ProjectLocation(args[1]), &error);
        if (!store)
            return ctx.fail(error);
        store->setAuthor(Identity::currentUserName());
        QStringList warnings;
        if (!ProjectBundle::create(*store, args[2],
                                   {.includeMedia = ctx.parser().isSet(QStringLiteral("media"))},
                                   ctx.progressControl(CliText::tr("Bundling")), &error, &warnings))
            return ctx.fail(error);
        ctx.endProgress();
        QJsonObject manifest;
        if (!ProjectBundle::verify(args[2], &error, &manifest))
            return ctx.fail(error);
        if (ctx.json())
            ctx.printJson(QJsonObject{
                    {QStringLiteral("bundle"), args[2]},
                    {QStringLiteral("manifest"), manifest},
                    {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)}});
        else
            ctx.print(CliText::tr("Wrote %1 (%2 member(s), verified)%3")
                              .arg(args[2])
                              .arg(manifest.value(QStringLiteral("members")).toArray().size())
                              .arg(warnings.isEmpty()
                                           ? QString()
                                           : QLatin1Char('\n') + warnings.join(QLatin1Char('\n'))));
        return Ok;
    }
    if (action == QLatin1String("verify")) {
        if (args.size() != 2)
            return ctx.fail(CliText::tr("bundle verify takes BUNDLE.zip"), Usage);
        QString error;
        QJsonObject manifest;
        if (!ProjectBundle::verify(args[1], &error, &manifest,
                                   ctx.progressControl(CliText::tr("Verifying"))))
            return ctx.fail(error);
        ctx.endProgress();
        if (ctx.json())
            ctx.printJson(manifest);
        else
            ctx.print(CliText::tr("%1: intact; %2 member(s), project \"%3\", made %4 by %5")
                              .arg(args[1])
                              .arg(manifest.value(QStringLiteral("members")).toArray().size())
                              .arg(manifest.value(QStringLiteral("project")).toString(),
                                   manifest.value(QStringLiteral("created")).toString(),
                                   manifest.value(QStringLiteral("createdBy")).toString()));
        return Ok;
    }
    if (action == QLatin1String("open")) {
        if (args.size() != 2 && args.size() != 3)
            return ctx.fail(CliText::tr("bundle open takes BUNDLE.zip and optionally FOLDER"),
                            Usage);
        const QString folder = args.size() == 3 ? args[2] : ProjectBundle::unpackFolderFor(args[1]);
        QString error, project;
        if (!ProjectBundle::open(args[1], folder, &project, &error,
                                 ctx.progressControl(CliText::tr("Unpacking"))))
            return ctx.fail(error);
        ctx.endProgress();
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("project"), project}});
        else
            ctx.print(CliText::tr("Unpacked into %1").arg(project));
        return Ok;
    }
    return ctx.fail(CliText::tr("bundle: ACTION must be create, verify or open\n\n")
                            + ctx.parser().helpText(),
                    Usage);
}

} // namespace Tessera::Cli
