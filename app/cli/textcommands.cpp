// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "textcommands.h"

#include "clicontext.h"
#include "document/taskconfig.h"
#include "jobs/textrules.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Tessera::Cli {

namespace {

QStringList list(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    return out;
}

std::optional<bool> yesNo(const QString &value)
{
    if (value == QLatin1String("yes") || value == QLatin1String("on")
        || value == QLatin1String("1"))
        return true;
    if (value == QLatin1String("no") || value == QLatin1String("off")
        || value == QLatin1String("0"))
        return false;
    return std::nullopt;
}

} // namespace

int runTask(const QStringList &arguments)
{
    Context ctx(QStringLiteral("task"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli task: what text documents and comparisons ask for. Without options "
            "it prints the settings."));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption({QStringLiteral("single-class"),
                            CliText::tr("One class per document: yes or no."),
                            CliText::tr("YES|NO")});
    ctx.parser().addOption({QStringLiteral("fields"),
                            CliText::tr("Free-text fields of a document, comma separated."),
                            CliText::tr("NAMES")});
    ctx.parser().addOption(
            {QStringLiteral("criteria"),
             CliText::tr("Rating criteria of answers, e.g. helpfulness:5,correctness:7."),
             CliText::tr("NAME:POINTS,...")});
    ctx.parser().addOption({QStringLiteral("flags"),
                            CliText::tr("Flags of answers, comma separated."),
                            CliText::tr("NAMES")});
    ctx.parser().addOption({QStringLiteral("shuffle"),
                            CliText::tr("Show answers in a random order per item: yes or no."),
                            CliText::tr("YES|NO")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    TaskConfig config = TaskConfig::load(*store);
    const TaskConfig before = config;
    QCommandLineParser &p = ctx.parser();
    for (const auto &[option, target] :
         {std::pair{QStringLiteral("single-class"), &config.singleClass},
          std::pair{QStringLiteral("shuffle"), &config.shuffleAnswers}}) {
        if (!p.isSet(option))
            continue;
        const std::optional<bool> value = yesNo(p.value(option));
        if (!value)
            return ctx.fail(
                    CliText::tr("--%1 takes yes or no, not \"%2\"").arg(option, p.value(option)),
                    Usage);
        *target = *value;
    }
    if (p.isSet(QStringLiteral("fields")))
        config.textFields = list(p.value(QStringLiteral("fields")));
    if (p.isSet(QStringLiteral("flags")))
        config.flags = list(p.value(QStringLiteral("flags")));
    if (p.isSet(QStringLiteral("criteria"))) {
        config.criteria.clear();
        for (const QString &entry : list(p.value(QStringLiteral("criteria")))) {
            const qsizetype colon = entry.lastIndexOf(QLatin1Char(':'));
            bool ok = colon < 0;
            const int scale = colon < 0 ? 5 : entry.mid(colon + 1).toInt(&ok);
            if (!ok || scale < 2 || scale > 10)
                return ctx.fail(
                        CliText::tr("criterion \"%1\": the points must be 2 to 10").arg(entry),
                        Usage);
            config.criteria.append({colon < 0 ? entry : entry.left(colon).trimmed(), scale});
        }
    }
    if (!(config == before) && !config.save(*store))
        return ctx.fail(store->errorString());
    if (ctx.json()) {
        ctx.printJson(config.toJson());
        return Ok;
    }
    QStringList criteria;
    for (const RatingCriterion &c : config.criteria)
        criteria.append(QStringLiteral("%1 (1–%2)").arg(c.name).arg(c.scale));
    ctx.print(CliText::tr(
                      "classes per document: %1\nfree-text fields: %2\nrating criteria: %3\nflags: "
                      "%4\nshuffled answers: %5")
                      .arg(config.singleClass ? CliText::tr("one") : CliText::tr("any number"),
                           config.textFields.isEmpty()
                                   ? CliText::tr("none")
                                   : config.textFields.join(QStringLiteral(", ")),
                           criteria.isEmpty() ? CliText::tr("none")
                                              : criteria.join(QStringLiteral(", ")),
                           config.flags.isEmpty() ? CliText::tr("none")
                                                  : config.flags.join(QStringLiteral(", ")),
                           config.shuffleAnswers ? CliText::tr("yes") : CliText::tr("no")));
    return Ok;
}

int runRules(const QStringList &arguments)
{
    Context ctx(QStringLiteral("rules"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli rules: span rules that propose spans for the annotator to accept or "
            "reject\n\n"
            "  rules PROJECT                           list the rules\n"
            "  rules PROJECT --add 'DATE=/\\d{4}/'      a regular expression (/.../i: any case)\n"
            "  rules PROJECT --add 'ORG=@orgs.txt'     a list of terms, one per line\n"
            "  rules PROJECT --clear                   remove every rule\n"
            "  rules PROJECT --run                     propose spans in every text document"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption(
            {QStringLiteral("add"), CliText::tr("Add a rule; repeatable."), CliText::tr("SPEC")});
    ctx.parser().addOption({QStringLiteral("clear"), CliText::tr("Remove every rule first.")});
    ctx.parser().addOption(
            {QStringLiteral("run"), CliText::tr("Run the rules on every text document.")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    QList<TextRule> rules = ctx.parser().isSet(QStringLiteral("clear")) ? QList<TextRule>()
                                                                        : TextRules::load(*store);
    for (const QString &spec : ctx.parser().values(QStringLiteral("add"))) {
        QString error;
        const std::optional<TextRule> rule = TextRules::parse(*store, spec, &error);
        if (!rule)
            return ctx.fail(error, Usage);
        rules.append(*rule);
    }
    if ((ctx.parser().isSet(QStringLiteral("add")) || ctx.parser().isSet(QStringLiteral("clear")))
        && !TextRules::save(*store, rules))
        return ctx.fail(store->errorString());
    qint64 proposed = -1;
    if (ctx.parser().isSet(QStringLiteral("run"))) {
        QString error;
        proposed = TextRules::runOnProject(*store, rules, ctx.progressControl(CliText::tr("rules")),
                                           &error);
        ctx.endProgress();
        if (proposed < 0)
            return ctx.fail(error);
    }
    QJsonArray list;
    QStringList lines;
    const QList<Label> labels = store->labels();
    for (const TextRule &r : std::as_const(rules)) {
        QString label;
        for (const Label &l : labels)
            if (l.id == r.labelId)
                label = l.name;
        const bool terms = r.kind == TextRule::Kind::Gazetteer;
        list.append(QJsonObject{{QStringLiteral("name"), r.name},
                                {QStringLiteral("label"), label},
                                {QStringLiteral("kind"),
                                 terms ? QStringLiteral("gazetteer") : QStringLiteral("regex")},
                                {QStringLiteral("terms"), int(r.terms.size())}});
        lines.append(terms ? CliText::tr("%1\t%2\t%n term(s)", nullptr, int(r.terms.size()))
                                     .arg(label, r.name)
                           : QStringLiteral("%1\t/%2/").arg(label, r.pattern));
    }
    if (proposed >= 0)
        lines.append(CliText::tr("%n span(s) proposed", nullptr, int(proposed)));
    if (ctx.json()) {
        QJsonObject out{{QStringLiteral("rules"), list}};
        if (proposed >= 0)
            out.insert(QStringLiteral("proposed"), proposed);
        ctx.printJson(out);
    } else {
        ctx.print(lines.isEmpty() ? CliText::tr("No span rules") : lines.join(QLatin1Char('\n')));
    }
    return Ok;
}

} // namespace Tessera::Cli
