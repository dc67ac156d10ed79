// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "relinkcommand.h"

#include "clicontext.h"
#include "jobs/mediarelink.h"
#include "store/projectstore.h"

#include <QJsonArray>

namespace Tessera::Cli {

int runRelink(const QStringList &arguments)
{
    Context ctx(QStringLiteral("relink"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli relink: finds the image files that a project lacks (imported while "
            "missing, or moved since) in the folders given, by name and by content, and "
            "points the assets at them. Exit code 1 while some are still missing."));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addPositionalArgument(QStringLiteral("FOLDER"), CliText::tr("Folders to search."),
                                       QStringLiteral("FOLDER..."));
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    if (ctx.rest().isEmpty())
        return ctx.fail(CliText::tr("relink needs at least one FOLDER to search"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    MediaRelink::Report report;
    QString error;
    const bool ok
            = MediaRelink::relink(*store, ctx.rest(), &report,
                                  ctx.progressControl(CliText::tr("Looking for media")), &error);
    ctx.endProgress();
    if (!ok)
        return ctx.fail(error);
    const int still = report.missing - report.relinked;
    if (ctx.json()) {
        ctx.printJson(
                QJsonObject{{QStringLiteral("missing"), report.missing},
                            {QStringLiteral("relinked"), report.relinked},
                            {QStringLiteral("stillMissing"), still},
                            {QStringLiteral("notes"), QJsonArray::fromStringList(report.notes)}});
    } else {
        QStringList lines{CliText::tr("Relinked %1 of %n image(s) without their file", nullptr,
                                      report.missing)
                                  .arg(report.relinked)};
        if (still > 0)
            lines.append(CliText::tr("%n image(s) still missing", nullptr, still));
        lines.append(report.notes);
        ctx.print(lines.join(QLatin1Char('\n')));
    }
    return still > 0 ? Failure : Ok;
}

} // namespace Tessera::Cli
