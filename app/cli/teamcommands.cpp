// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "teamcommands.h"

#include "clicontext.h"
#include "quality/consensus.h"
#include "store/issuestore.h"
#include "team/teammerge.h"
#include "team/teamsplit.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Tessera::Cli {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

QString figure(double v)
{
    return v < 0 ? QStringLiteral("-") : QString::number(v, 'f', 3);
}

QJsonValue jsonFigure(double v)
{
    return v < 0 ? QJsonValue() : QJsonValue(v);
}

} // namespace

int runSplit(const QStringList &arguments)
{
    Context ctx(QStringLiteral("split"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli split: one bundle per annotator for offline work\n\n"
            "  split PROJECT --annotators a,b,c [--overlap 20%] [--gold 5%] [--seed N]\n"
            "        [--out FOLDER] [--no-media]\n\n"
            "Every asset not accepted and not gold is handed out: the overlap share to "
            "everyone (for consensus), the rest in turns. Gold assets are mixed in, unmarked."));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption({QStringLiteral("annotators"), CliText::tr("Comma-separated names."),
                            CliText::tr("A,B")});
    ctx.parser().addOption({QStringLiteral("overlap"),
                            CliText::tr("Share of the work everyone labels."),
                            CliText::tr("PERCENT")});
    ctx.parser().addOption({QStringLiteral("gold"),
                            CliText::tr("Gold assets per bundle, as a share."),
                            CliText::tr("PERCENT")});
    ctx.parser().addOption(
            {QStringLiteral("seed"), CliText::tr("Shuffle seed (default 1)."), CliText::tr("N")});
    ctx.parser().addOption({QStringLiteral("out"),
                            CliText::tr("Folder for the bundles (default: beside the project)."),
                            CliText::tr("FOLDER")});
    ctx.parser().addOption({QStringLiteral("no-media"), CliText::tr("Leave the media files out.")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    QCommandLineParser &p = ctx.parser();
    TeamSplit::Options options;
    options.annotators = p.value(QStringLiteral("annotators")).split(QLatin1Char(','));
    options.includeMedia = !p.isSet(QStringLiteral("no-media"));
    const std::optional<double> overlap = parsePercent(
            p.value(QStringLiteral("overlap")).isEmpty() ? QStringLiteral("0")
                                                         : p.value(QStringLiteral("overlap")));
    const std::optional<double> gold = parsePercent(p.value(QStringLiteral("gold")).isEmpty()
                                                            ? QStringLiteral("0")
                                                            : p.value(QStringLiteral("gold")));
    if (!overlap || !gold)
        return ctx.fail(CliText::tr("--overlap and --gold take a percentage from 0 to 100"), Usage);
    options.overlapPercent = *overlap;
    options.goldPercent = *gold;
    if (p.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.fail(CliText::tr("--seed takes a number"), Usage);
    }
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const QString folder
            = p.isSet(QStringLiteral("out")) ? p.value(QStringLiteral("out")) : store->directory();
    QList<TeamSplit::Bundle> bundles;
    QString error;
    QStringList warnings;
    if (!TeamSplit::write(*store, options, folder, &bundles, &error, &warnings,
                          ctx.progressControl(CliText::tr("Writing bundles"))))
        return ctx.fail(error);
    ctx.endProgress();
    QJsonArray list;
    QStringList lines;
    for (const TeamSplit::Bundle &b : std::as_const(bundles)) {
        list.append(QJsonObject{
                {key("annotator"), b.annotator}, {key("path"), b.path}, {key("assets"), b.assets}});
        lines.append(CliText::tr("%1: %2 (%3 assets)")
                             .arg(b.annotator, QDir::toNativeSeparators(b.path))
                             .arg(b.assets));
    }
    if (ctx.json())
        ctx.printJson(
                {{key("bundles"), list}, {key("warnings"), QJsonArray::fromStringList(warnings)}});
    else
        ctx.print((lines + warnings).join(QLatin1Char('\n')));
    return Ok;
}

int runMerge(const QStringList &arguments)
{
    Context ctx(QStringLiteral("merge"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli merge: bring annotators' bundles back\n\n"
            "  merge PROJECT BUNDLE... [--prefer-bundle] [--json]\n\n"
            "Three-way by asset and annotation id; conflicts are listed and the project's "
            "side kept (--prefer-bundle takes the bundle's). Exit code 3 when there were "
            "conflicts."));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addPositionalArgument(QStringLiteral("BUNDLE"),
                                       CliText::tr("Bundles from split."));
    ctx.parser().addOption({QStringLiteral("prefer-bundle"),
                            CliText::tr("In a conflict, take the bundle's side (still listed).")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    if (ctx.rest().isEmpty())
        return ctx.fail(CliText::tr("merge takes PROJECT and at least one BUNDLE"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    TeamMerge::Options options;
    options.preferBundle = ctx.parser().isSet(QStringLiteral("prefer-bundle"));
    QJsonArray reports;
    QStringList lines;
    int conflicts = 0;
    for (const QString &bundle : ctx.rest()) {
        TeamMerge::Report report;
        QString error;
        if (!TeamMerge::merge(*store, bundle, options, &report, &error,
                              ctx.progressControl(CliText::tr("Merging %1").arg(bundle))))
            return ctx.fail(error);
        ctx.endProgress();
        conflicts += int(report.conflicts.size());
        lines += report.lines();
        QJsonArray list;
        for (const TeamMerge::Conflict &c : std::as_const(report.conflicts))
            list.append(QJsonObject{{key("asset"), c.assetId},
                                    {key("annotation"), c.annotationId},
                                    {key("what"), c.what}});
        reports.append(QJsonObject{{key("bundle"), bundle},
                                   {key("annotator"), report.annotator},
                                   {key("assets"), report.assets},
                                   {key("added"), report.added},
                                   {key("updated"), report.updated},
                                   {key("removed"), report.removed},
                                   {key("layers"), report.layers},
                                   {key("statuses"), report.statuses},
                                   {key("reviews"), report.reviews},
                                   {key("comments"), report.comments},
                                   {key("conflicts"), list}});
    }
    if (ctx.json())
        ctx.printJson({{key("merged"), reports}});
    else
        ctx.print(lines.join(QLatin1Char('\n')));
    return conflicts ? 3 : Ok;
}

int runConsensus(const QStringList &arguments)
{
    Context ctx(QStringLiteral("consensus"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli consensus: agreement among annotator layers, and the consensus\n\n"
            "  consensus PROJECT [--min-iou 0.5] [--json]          agreement figures\n"
            "  consensus PROJECT --build [--quorum 2] [--min-iou 0.5]\n"
            "                                   write the consensus as proposals to confirm"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption(
            {QStringLiteral("build"), CliText::tr("Write the consensus proposals.")});
    ctx.parser().addOption({QStringLiteral("quorum"),
                            CliText::tr("Annotators who must agree (default 2)."),
                            CliText::tr("N")});
    ctx.parser().addOption({QStringLiteral("min-iou"),
                            CliText::tr("IoU for two shapes to be the same object (default 0.5)."),
                            CliText::tr("IOU")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    QCommandLineParser &p = ctx.parser();
    Consensus::Options options;
    bool ok = true;
    if (p.isSet(QStringLiteral("quorum")))
        options.quorum = p.value(QStringLiteral("quorum")).toInt(&ok);
    if (!ok || options.quorum < 1)
        return ctx.fail(CliText::tr("--quorum takes a number of annotators, at least 1"), Usage);
    if (p.isSet(QStringLiteral("min-iou")))
        options.minIou = p.value(QStringLiteral("min-iou")).toDouble(&ok);
    if (!ok || options.minIou <= 0 || options.minIou > 1)
        return ctx.fail(CliText::tr("--min-iou takes a number above 0 and at most 1"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    if (p.isSet(QStringLiteral("build"))) {
        Consensus::Summary summary;
        QString error;
        if (!Consensus::apply(*store, options, &summary, &error,
                              ctx.progressControl(CliText::tr("Building the consensus"))))
            return ctx.fail(error);
        ctx.endProgress();
        if (ctx.json())
            ctx.printJson({{key("assets"), summary.assets},
                           {key("proposals"), summary.proposals},
                           {key("disputed"), summary.disputed}});
        else
            ctx.print(CliText::tr("%1 asset(s): %2 consensus proposal(s) to confirm, %3 disputed "
                                  "(fewer than %4 annotators agree)")
                              .arg(summary.assets)
                              .arg(summary.proposals)
                              .arg(summary.disputed)
                              .arg(options.quorum));
        return Ok;
    }
    const Consensus::AgreementReport r = Consensus::agreement(*store, options.minIou);
    if (ctx.json()) {
        QJsonArray people;
        for (const Consensus::AnnotatorAgreement &a : r.perAnnotator)
            people.append(QJsonObject{{key("name"), a.name},
                                      {key("assets"), a.assets},
                                      {key("shapeF1"), jsonFigure(a.shapeF1)},
                                      {key("spanF1"), jsonFigure(a.spanF1)},
                                      {key("classKappa"), jsonFigure(a.classKappa)},
                                      {key("preferenceRate"), jsonFigure(a.preferenceRate)},
                                      {key("overall"), jsonFigure(a.overall())}});
        ctx.printJson(
                {{key("assets"), r.assets},
                 {key("fleissKappa"), r.fleissKappa ? QJsonValue(*r.fleissKappa) : QJsonValue()},
                 {key("krippendorffAlpha"),
                  r.krippendorffAlpha ? QJsonValue(*r.krippendorffAlpha) : QJsonValue()},
                 {key("shapeF1"), jsonFigure(r.shapeF1)},
                 {key("spanF1"), jsonFigure(r.spanF1)},
                 {key("preferenceRate"), jsonFigure(r.preferenceRate)},
                 {key("annotators"), people}});
        return Ok;
    }
    QStringList lines{
            CliText::tr("%1 asset(s) labelled by two or more annotators").arg(r.assets),
            CliText::tr("classes: Fleiss' kappa %1, Krippendorff's alpha %2")
                    .arg(r.fleissKappa ? figure(*r.fleissKappa) : QStringLiteral("-"),
                         r.krippendorffAlpha ? figure(*r.krippendorffAlpha) : QStringLiteral("-")),
            CliText::tr("shapes F1 %1, spans F1 %2, preference agreement %3")
                    .arg(figure(r.shapeF1), figure(r.spanF1), figure(r.preferenceRate))};
    for (const Consensus::AnnotatorAgreement &a : r.perAnnotator)
        lines.append(CliText::tr("%1: %2 asset(s), shapes %3, spans %4, kappa %5, preferences %6, "
                                 "overall %7")
                             .arg(a.name)
                             .arg(a.assets)
                             .arg(figure(a.shapeF1), figure(a.spanF1), figure(a.classKappa),
                                  figure(a.preferenceRate), figure(a.overall())));
    ctx.print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int runIssue(const QStringList &arguments)
{
    Context ctx(QStringLiteral("issue"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli issue: review issues pinned to assets\n\n"
            "  issue PROJECT [--asset ID] [--open-only]     list threads\n"
            "  issue PROJECT --asset ID --add TEXT [--region X,Y,W,H | --span START-END]\n"
            "  issue PROJECT --reply ISSUE TEXT\n"
            "  issue PROJECT --resolve ISSUE | --reopen ISSUE"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption({QStringLiteral("asset"), CliText::tr("The asset."), CliText::tr("ID")});
    ctx.parser().addOption(
            {QStringLiteral("add"), CliText::tr("Open an issue."), CliText::tr("TEXT")});
    ctx.parser().addOption({QStringLiteral("region"),
                            CliText::tr("Pin to a region (W,H 0 for a point)."),
                            CliText::tr("X,Y,W,H")});
    ctx.parser().addOption({QStringLiteral("span"), CliText::tr("Pin to a span of text."),
                            CliText::tr("START-END")});
    ctx.parser().addOption(
            {QStringLiteral("reply"), CliText::tr("Reply to an issue."), CliText::tr("ISSUE")});
    ctx.parser().addOption(
            {QStringLiteral("resolve"), CliText::tr("Resolve an issue."), CliText::tr("ISSUE")});
    ctx.parser().addOption(
            {QStringLiteral("reopen"), CliText::tr("Reopen an issue."), CliText::tr("ISSUE")});
    ctx.parser().addOption({QStringLiteral("open-only"), CliText::tr("List open issues only.")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    QCommandLineParser &p = ctx.parser();
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    IssueStore issues(*store);
    const qint64 assetId = p.value(QStringLiteral("asset")).toLongLong();
    if (p.isSet(QStringLiteral("add"))) {
        Comment c{.assetId = assetId, .body = p.value(QStringLiteral("add"))};
        if (p.isSet(QStringLiteral("region"))) {
            const QStringList parts = p.value(QStringLiteral("region")).split(QLatin1Char(','));
            if (parts.size() != 4)
                return ctx.fail(CliText::tr("--region takes X,Y,W,H"), Usage);
            c.region = QRectF(parts[0].toDouble(), parts[1].toDouble(), parts[2].toDouble(),
                              parts[3].toDouble());
        }
        if (p.isSet(QStringLiteral("span"))) {
            const QStringList parts = p.value(QStringLiteral("span")).split(QLatin1Char('-'));
            if (parts.size() != 2)
                return ctx.fail(CliText::tr("--span takes START-END"), Usage);
            c.spanStart = parts[0].toLongLong();
            c.spanEnd = parts[1].toLongLong();
        }
        if (!issues.open(c))
            return ctx.fail(issues.errorString());
        ctx.print(CliText::tr("Opened issue %1 on asset %2").arg(c.id).arg(c.assetId));
        return Ok;
    }
    if (p.isSet(QStringLiteral("reply"))) {
        Comment c{.body = ctx.rest().join(QLatin1Char(' '))};
        if (!issues.reply(p.value(QStringLiteral("reply")).toLongLong(), c))
            return ctx.fail(issues.errorString());
        ctx.print(CliText::tr("Replied to issue %1").arg(c.parentId));
        return Ok;
    }
    for (const char *verb : {"resolve", "reopen"})
        if (p.isSet(QString::fromLatin1(verb))) {
            const qint64 id = p.value(QString::fromLatin1(verb)).toLongLong();
            if (!issues.setResolved(id, qstrcmp(verb, "resolve") == 0))
                return ctx.fail(issues.errorString());
            ctx.print(qstrcmp(verb, "resolve") == 0 ? CliText::tr("Resolved issue %1").arg(id)
                                                    : CliText::tr("Reopened issue %1").arg(id));
            return Ok;
        }
    QList<IssueThread> threads;
    if (assetId) {
        threads = issues.threads(assetId);
    } else {
        for (const Comment &c : issues.openIssues())
            threads.append({c, {}});
    }
    QJsonArray list;
    QStringList lines;
    const bool openOnly = p.isSet(QStringLiteral("open-only"));
    for (const IssueThread &t : std::as_const(threads)) {
        if (openOnly && t.issue.resolved)
            continue;
        QJsonArray replies;
        for (const Comment &r : t.replies)
            replies.append(QJsonObject{
                    {key("id"), r.id}, {key("author"), r.author}, {key("body"), r.body}});
        list.append(QJsonObject{{key("id"), t.issue.id},
                                {key("asset"), t.issue.assetId},
                                {key("author"), t.issue.author},
                                {key("body"), t.issue.body},
                                {key("resolved"), t.issue.resolved},
                                {key("replies"), replies}});
        lines.append(CliText::tr("#%1 asset %2 [%3] %4: %5")
                             .arg(t.issue.id)
                             .arg(t.issue.assetId)
                             .arg(t.issue.resolved ? CliText::tr("resolved") : CliText::tr("open"),
                                  t.issue.author, t.issue.body));
        for (const Comment &r : t.replies)
            lines.append(CliText::tr("    %1: %2").arg(r.author, r.body));
    }
    if (ctx.json())
        ctx.printJson({{key("issues"), list}});
    else
        ctx.print(lines.isEmpty() ? CliText::tr("No issues") : lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace Tessera::Cli
