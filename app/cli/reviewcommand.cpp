// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "reviewcommand.h"

#include "clicontext.h"
#include "document/assetdocument.h"
#include "quality/gold.h"
#include "quality/reviewworkflow.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QSaveFile>

namespace Tessera::Cli {

int runReview(const QStringList &arguments)
{
    Context ctx(QStringLiteral("review"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli review: the review workflow (new → in_progress → submitted → "
            "accepted | rejected → reopened)\n\n"
            "  review PROJECT --asset ID --submit | --accept | --reject REASON | --reopen | "
            "--start\n"
            "  review PROJECT --queue [--status submitted] [--label NAME] [--prelabelled]\n"
            "                 [--annotator NAME] [--open-issues]\n"
            "                 [--sample PERCENT --seed N]"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption(
            {QStringLiteral("asset"), CliText::tr("The asset to move."), CliText::tr("ID")});
    for (const char *verb : {"start", "submit", "accept", "reopen"})
        ctx.parser().addOption({QString::fromLatin1(verb), CliText::tr("Move the asset.")});
    ctx.parser().addOption({QStringLiteral("reject"), CliText::tr("Reject, with a reason."),
                            CliText::tr("REASON")});
    ctx.parser().addOption({QStringLiteral("queue"), CliText::tr("List the review queue.")});
    ctx.parser().addOption({QStringLiteral("status"), CliText::tr("Queue: assets in this state."),
                            CliText::tr("STATUS")});
    ctx.parser().addOption({QStringLiteral("label"), CliText::tr("Queue: assets with this label."),
                            CliText::tr("NAME")});
    ctx.parser().addOption({QStringLiteral("prelabelled"),
                            CliText::tr("Queue: only assets with pre-labelled annotations.")});
    ctx.parser().addOption({QStringLiteral("annotator"),
                            CliText::tr("Queue: assets last started or submitted by this person."),
                            CliText::tr("NAME")});
    ctx.parser().addOption({QStringLiteral("open-issues"),
                            CliText::tr("Queue: only assets with open review issues.")});
    ctx.parser().addOption({QStringLiteral("sample"),
                            CliText::tr("Queue: a random share for spot checks."),
                            CliText::tr("PERCENT")});
    ctx.parser().addOption({QStringLiteral("seed"),
                            CliText::tr("Queue: the sample's seed (default 1)."),
                            CliText::tr("N")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    QCommandLineParser &p = ctx.parser();
    if (p.isSet(QStringLiteral("queue"))) {
        ReviewWorkflow::QueueFilter f;
        if (p.isSet(QStringLiteral("status"))) {
            f.status = reviewStatusFromName(p.value(QStringLiteral("status")));
            if (!f.status)
                return ctx.fail(
                        CliText::tr("no status \"%1\"").arg(p.value(QStringLiteral("status"))),
                        Usage);
        }
        if (p.isSet(QStringLiteral("label"))) {
            for (const Label &l : store->labels())
                if (l.name == p.value(QStringLiteral("label")))
                    f.labelId = l.id;
            if (!f.labelId)
                return ctx.fail(
                        CliText::tr("no label \"%1\"").arg(p.value(QStringLiteral("label"))),
                        Usage);
        }
        f.prelabelledOnly = p.isSet(QStringLiteral("prelabelled"));
        f.annotator = p.value(QStringLiteral("annotator"));
        f.openIssuesOnly = p.isSet(QStringLiteral("open-issues"));
        bool ok = true;
        if (p.isSet(QStringLiteral("sample")))
            f.samplePercent = QString(p.value(QStringLiteral("sample")))
                                      .remove(QLatin1Char('%'))
                                      .toDouble(&ok);
        if (!ok || f.samplePercent <= 0 || f.samplePercent > 100)
            return ctx.fail(CliText::tr("--sample takes a percentage above 0 and at most 100"),
                            Usage);
        if (p.isSet(QStringLiteral("seed")))
            f.seed = p.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return ctx.fail(CliText::tr("--seed takes a number"), Usage);
        const QList<qint64> ids = ReviewWorkflow::queue(*store, f);
        QJsonArray list;
        QStringList lines;
        for (qint64 id : ids) {
            list.append(id);
            lines.append(QStringLiteral("%1\t%2").arg(id).arg(store->asset(id)->name));
        }
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("assets"), list}});
        else
            ctx.print(lines.isEmpty() ? CliText::tr("The queue is empty")
                                      : lines.join(QLatin1Char('\n')));
        return Ok;
    }
    bool ok = false;
    const qint64 id = p.value(QStringLiteral("asset")).toLongLong(&ok);
    if (!ok)
        return ctx.fail(CliText::tr("review needs --asset ID (or --queue)"), Usage);
    std::optional<ReviewStatus> to;
    QString reason;
    if (p.isSet(QStringLiteral("start")))
        to = ReviewStatus::InProgress;
    if (p.isSet(QStringLiteral("submit")))
        to = ReviewStatus::Submitted;
    if (p.isSet(QStringLiteral("accept")))
        to = ReviewStatus::Accepted;
    if (p.isSet(QStringLiteral("reopen")))
        to = ReviewStatus::Reopened;
    if (p.isSet(QStringLiteral("reject"))) {
        to = ReviewStatus::Rejected;
        reason = p.value(QStringLiteral("reject"));
    }
    if (!to)
        return ctx.fail(
                CliText::tr(
                        "say what to do: --start, --submit, --accept, --reject REASON or --reopen"),
                Usage);
    QString error;
    if (!ReviewWorkflow::transition(*store, id, *to, reason, &error))
        return ctx.fail(error);
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("asset"), id},
                                  {QStringLiteral("status"), reviewStatusName(*to)}});
    else
        ctx.print(CliText::tr("%1 is now %2").arg(store->asset(id)->name, reviewStatusName(*to)));
    return Ok;
}

int runReviewReport(const QStringList &arguments)
{
    Context ctx(QStringLiteral("review-report"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli review-report: per annotator, edits, assets, working hours (pauses of "
            "five minutes or more left out), assets per hour, seconds per asset, accepted, "
            "rejected and rejection rate"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption({QStringLiteral("csv"), CliText::tr("Also write the table as CSV."),
                            CliText::tr("FILE")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const QList<AnnotatorReport> report = ReviewReport::build(*store);
    if (ctx.parser().isSet(QStringLiteral("csv"))) {
        QSaveFile out(ctx.parser().value(QStringLiteral("csv")));
        const QByteArray csv = ReviewReport::toCsv(report);
        if (!out.open(QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.commit())
            return ctx.fail(CliText::tr("%1: %2").arg(out.fileName(), out.errorString()));
    }
    if (ctx.json()) {
        QJsonArray list;
        for (const AnnotatorReport &r : report)
            list.append(QJsonObject{{QStringLiteral("annotator"), r.name},
                                    {QStringLiteral("edits"), r.edits},
                                    {QStringLiteral("assets"), r.assets},
                                    {QStringLiteral("activeHours"), r.activeHours},
                                    {QStringLiteral("assetsPerHour"), r.assetsPerHour},
                                    {QStringLiteral("secondsPerAsset"), r.secondsPerAsset},
                                    {QStringLiteral("accepted"), r.accepted},
                                    {QStringLiteral("rejected"), r.rejected},
                                    {QStringLiteral("rejectionRate"), r.rejectionRate()}});
        ctx.printJson(QJsonObject{{QStringLiteral("annotators"), list}});
        return Ok;
    }
    QStringList lines{
            CliText::tr("annotator\tedits\tassets\thours\tassets/h\ts/asset\taccepted\trejected")};
    for (const AnnotatorReport &r : report)
        lines.append(QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8")
                             .arg(r.name)
                             .arg(r.edits)
                             .arg(r.assets)
                             .arg(r.activeHours, 0, 'f', 2)
                             .arg(r.assetsPerHour, 0, 'f', 1)
                             .arg(r.secondsPerAsset, 0, 'f', 0)
                             .arg(r.accepted)
                             .arg(r.rejected));
    ctx.print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int runGold(const QStringList &arguments)
{
    Context ctx(QStringLiteral("gold"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli gold: honeypot assets. Marking one hides its annotations as the "
            "reference; whoever labels it next is scored against it.\n\n"
            "  gold PROJECT --mark ID | --unmark ID\n"
            "  gold PROJECT                      the scores of labelled gold assets"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption(
            {QStringLiteral("mark"), CliText::tr("Make this asset gold."), CliText::tr("ID")});
    ctx.parser().addOption(
            {QStringLiteral("unmark"), CliText::tr("Put its reference back."), CliText::tr("ID")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    QString error;
    for (const char *verb : {"mark", "unmark"}) {
        const QString option = QString::fromLatin1(verb);
        if (!ctx.parser().isSet(option))
            continue;
        bool ok = false;
        const qint64 id = ctx.parser().value(option).toLongLong(&ok);
        if (!ok)
            return ctx.fail(CliText::tr("--%1 takes an asset id").arg(option), Usage);
        if (!(option == QLatin1String("mark") ? Gold::mark(*store, id, &error)
                                              : Gold::unmark(*store, id, &error)))
            return ctx.fail(error);
    }
    const QList<Gold::Score> scores = Gold::scoreAll(*store);
    QJsonArray list;
    QStringList lines;
    for (const Gold::Score &s : scores) {
        list.append(QJsonObject{{QStringLiteral("asset"), s.assetId},
                                {QStringLiteral("annotator"), s.annotator},
                                {QStringLiteral("score"), s.score},
                                {QStringLiteral("reference"), s.reference},
                                {QStringLiteral("made"), s.made}});
        lines.append(QStringLiteral("%1\t%2\t%3")
                             .arg(s.assetId)
                             .arg(s.annotator)
                             .arg(s.score, 0, 'f', 3));
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("scores"), list}});
    else
        ctx.print(lines.isEmpty() ? CliText::tr("No labelled gold asset yet")
                                  : lines.join(QLatin1Char('\n')));
    return Ok;
}

int runHistory(const QStringList &arguments)
{
    Context ctx(QStringLiteral("history"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli history: who changed what on an asset, and when\n\n"
            "  history PROJECT --asset ID                       the audit trail\n"
            "  history PROJECT --asset ID --restore-to TIME     the asset as it was then\n"
            "                                                   (ISO date-time, or an entry id)"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption({QStringLiteral("asset"), CliText::tr("The asset."), CliText::tr("ID")});
    ctx.parser().addOption(
            {QStringLiteral("restore-to"),
             CliText::tr("Bring the annotations back to how they were at this time (ISO "
                         "8601, local time unless it says otherwise) or right after this "
                         "entry id."),
             CliText::tr("TIME|ENTRY")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    bool ok = false;
    const qint64 assetId = ctx.parser().value(QStringLiteral("asset")).toLongLong(&ok);
    if (!ok)
        return ctx.fail(CliText::tr("history needs --asset ID"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    if (!store->asset(assetId))
        return ctx.fail(CliText::tr("no asset %1").arg(assetId));
    const QList<AuditEntry> log = store->auditLog(assetId);
    if (ctx.parser().isSet(QStringLiteral("restore-to"))) {
        const QString when = ctx.parser().value(QStringLiteral("restore-to"));
        qint64 entry = when.toLongLong(&ok);
        if (!ok) {
            const QDateTime time = QDateTime::fromString(when, Qt::ISODateWithMs);
            if (!time.isValid())
                return ctx.fail(
                        CliText::tr(
                                "--restore-to takes an ISO date-time or an entry id, not \"%1\"")
                                .arg(when),
                        Usage);
            entry = 0; // before everything, unless an entry is older
            for (const AuditEntry &e : log)
                if (e.at <= time.toMSecsSinceEpoch())
                    entry = e.id;
        }
        AssetDocument document(store.get(), assetId);
        if (!document.load() || !document.restoreTo(entry, CliText::tr("Restore from history")))
            return ctx.fail(document.errorString());
        ctx.print(CliText::tr("%1 restored to entry %2: %n annotation(s)", nullptr,
                              int(document.annotations().size()))
                          .arg(store->asset(assetId)->name)
                          .arg(entry));
        return Ok;
    }
    QJsonArray list;
    QStringList lines;
    for (const AuditEntry &e : log) {
        const QString at = QDateTime::fromMSecsSinceEpoch(e.at).toString(Qt::ISODateWithMs);
        list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                {QStringLiteral("at"), at},
                                {QStringLiteral("author"), e.author},
                                {QStringLiteral("action"), e.action},
                                {QStringLiteral("annotation"), e.annotationId},
                                {QStringLiteral("before"), e.before},
                                {QStringLiteral("after"), e.after}});
        lines.append(QStringLiteral("%1\t%2\t%3\t%4").arg(e.id).arg(at, e.author, e.action));
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("entries"), list}});
    else
        ctx.print(lines.isEmpty() ? CliText::tr("No history") : lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace Tessera::Cli
