// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "duplicatescommand.h"

#include "clicontext.h"
#include "quality/nearduplicates.h"
#include "store/hashstore.h"
#include "store/projectstore.h"

#include <QElapsedTimer>
#include <QJsonArray>

namespace Tessera::Cli {

int runDuplicates(const QStringList &arguments)
{
    Context ctx(QStringLiteral("duplicates"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli duplicates: groups of near-duplicate images (resized, re-encoded or "
            "slightly cropped copies) by perceptual hash. Images are hashed once and the "
            "hashes kept in the project. Near-duplicates split across train and validation "
            "inflate evaluation scores: keep each group in one split."));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption(
            {QStringLiteral("threshold"),
             CliText::tr("Bits (of 64) in which near-duplicates may differ (default 8)."),
             CliText::tr("BITS")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    bool ok = true;
    const int threshold = ctx.parser().isSet(QStringLiteral("threshold"))
                                  ? ctx.parser().value(QStringLiteral("threshold")).toInt(&ok)
                                  : 8;
    if (!ok || threshold < 0 || threshold > 32)
        return ctx.fail(CliText::tr("--threshold takes a number of bits from 0 to 32"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const NearDuplicates::HashReport report = NearDuplicates::hashMissing(
            *store, ctx.progressControl(CliText::tr("Hashing images")));
    ctx.endProgress();
    QElapsedTimer timer;
    timer.start();
    const QList<QList<qint64>> groups
            = NearDuplicates::groups(HashStore(*store).hashes(), threshold);
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (ctx.json()) {
        QJsonArray list;
        for (const QList<qint64> &g : groups) {
            QJsonArray members;
            for (qint64 id : g) {
                const std::optional<Asset> a = store->asset(id);
                members.append(QJsonObject{{QStringLiteral("id"), id},
                                           {QStringLiteral("name"), a ? a->name : QString()}});
            }
            list.append(members);
        }
        ctx.printJson(
                QJsonObject{{QStringLiteral("groups"), list},
                            {QStringLiteral("hashed"), report.hashed},
                            {QStringLiteral("threshold"), threshold},
                            {QStringLiteral("searchSeconds"), seconds},
                            {QStringLiteral("errors"), QJsonArray::fromStringList(report.errors)}});
    } else {
        QStringList lines;
        lines.append(CliText::tr("%n group(s) of near-duplicates", nullptr, int(groups.size())));
        for (int i = 0; i < groups.size(); ++i) {
            QStringList names;
            for (qint64 id : groups[i])
                if (const std::optional<Asset> a = store->asset(id))
                    names.append(QStringLiteral("%1 (%2)").arg(a->name).arg(id));
            lines.append(QStringLiteral("%1: %2").arg(i + 1).arg(names.join(QStringLiteral(", "))));
        }
        lines.append(report.errors);
        ctx.print(lines.join(QLatin1Char('\n')));
    }
    return report.errors.isEmpty() ? Ok : Failure;
}

} // namespace Tessera::Cli
