// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "commands.h"

#include "bundlecommand.h"
#include "duplicatescommand.h"
#include "prelabelcommand.h"
#include "relinkcommand.h"
#include "reviewcommand.h"
#include "sequencecommand.h"
#include "servercommand.h"
#include "synccommand.h"
#include "teamcommands.h"
#include "textcommands.h"

#include "clicontext.h"
#include "core/jsonconvert.h"
#include "formats/format.h"
#include "jobs/addimagesjob.h"
#include "jobs/addtextjob.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "util/identity.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Tessera::Cli {

namespace {

QString key(const char *name)
{
    return QString::fromLatin1(name);
}

int reportAdd(Context &ctx, const AddReport &report, const QString &noun)
{
    ctx.endProgress();
    if (!report.fatalError.isEmpty())
        return ctx.fail(report.fatalError);
    for (const QString &error : report.errors)
        ctx.fail(error); // each bad file on stderr; the job went on
    if (ctx.json()) {
        QJsonObject o;
        o[key("added")] = report.added;
        o[key("duplicates")] = report.duplicates;
        o[key("alreadyPresent")] = report.skipped;
        o[key("errors")] = QJsonArray::fromStringList(report.errors);
        o[key("canceled")] = report.canceled;
        ctx.printJson(o);
    } else {
        ctx.print(CliText::tr("Added %1 %2; %3 duplicate(s) skipped; %4 already in the project; %5 "
                              "error(s).")
                          .arg(report.added)
                          .arg(noun)
                          .arg(report.duplicates)
                          .arg(report.skipped)
                          .arg(report.errors.size()));
    }
    return report.errors.isEmpty() ? Ok : Failure;
}

int runInit(const QStringList &arguments)
{
    Context ctx(QStringLiteral("init"), arguments);
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"),
                                       CliText::tr("The project file to create."));
    ctx.parser().addOption({QStringLiteral("name"),
                            CliText::tr("Project name shown in the title bar."),
                            CliText::tr("NAME")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    QString path = ctx.projectArgument();
    if (!ProjectLocation::isServerUrl(path) && QFileInfo(path).suffix() != ProjectStore::suffix())
        path += QLatin1Char('.') + ProjectStore::suffix();
    QString error;
    std::unique_ptr<ProjectStore> store = ProjectStore::create(ProjectLocation(path), &error);
    if (!store)
        return ctx.fail(error);
    store->setAuthor(Identity::currentUserName());
    const QString name = ctx.parser().value(QStringLiteral("name"));
    store->setSetting(QStringLiteral("name"),
                      name.isEmpty() ? QFileInfo(path).completeBaseName() : name);
    if (ctx.json()) {
        QJsonObject o;
        o[key("project")] = QFileInfo(path).absoluteFilePath();
        o[key("schemaVersion")] = store->schemaVersion();
        ctx.printJson(o);
    } else {
        ctx.print(CliText::tr("Created %1").arg(QDir::toNativeSeparators(path)));
    }
    return Ok;
}

int runAddImages(const QStringList &arguments)
{
    Context ctx(QStringLiteral("add-images"), arguments);
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addPositionalArgument(
            QStringLiteral("PATH"),
            CliText::tr(
                    "Folders (searched recursively) or image files. Files whose content is in the "
                    "project already are skipped; unreadable files are reported and skipped. Exits "
                    "with 1 if any file could not be added."),
            QStringLiteral("PATH..."));
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    if (ctx.rest().isEmpty())
        return ctx.fail(CliText::tr("add-images needs at least one folder or image"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const AddReport report = AddImagesJob::run(*store, ctx.rest(),
                                               ctx.progressControl(CliText::tr("Adding images")));
    return reportAdd(ctx, report, CliText::tr("image(s)"));
}

int runAddText(const QStringList &arguments)
{
    Context ctx(QStringLiteral("add-text"), arguments);
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addPositionalArgument(
            QStringLiteral("FILE"),
            CliText::tr(".txt files (one document each) or .jsonl files (one document or "
                        "comparison per "
                        "line: {\"text\": ...} or {\"prompt\": ..., \"answers\": [...]})."),
            QStringLiteral("FILE..."));
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    if (ctx.rest().isEmpty())
        return ctx.fail(CliText::tr("add-text needs at least one file"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const AddReport report
            = AddTextJob::run(*store, ctx.rest(), ctx.progressControl(CliText::tr("Adding text")));
    return reportAdd(ctx, report, CliText::tr("asset(s)"));
}

std::optional<int> kindsFromString(const QString &text)
{
    int kinds = 0;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const std::optional<AssetKind> kind = assetKindFromName(part.trimmed());
        if (!kind)
            return std::nullopt;
        kinds |= 1 << int(*kind);
    }
    return kinds ? std::optional<int>(kinds) : std::nullopt;
}

// NAME:TYPE[:OPTION|OPTION...], e.g. "occluded:checkbox" or "colour:select:red|green".
std::optional<AttributeDefinition> attributeFromString(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts[0].trimmed().isEmpty())
        return std::nullopt;
    const std::optional<AttributeType> type = attributeTypeFromName(parts[1].trimmed());
    if (!type)
        return std::nullopt;
    AttributeDefinition def;
    def.name = parts[0].trimmed();
    def.type = *type;
    if (parts.size() > 2)
        def.options = parts[2].split(QLatin1Char('|'), Qt::SkipEmptyParts);
    return def;
}

int runLabels(const QStringList &arguments)
{
    Context ctx(QStringLiteral("labels"), arguments);
    QCommandLineParser &p = ctx.parser();
    p.addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    p.addPositionalArgument(QStringLiteral("ACTION"),
                            CliText::tr("list | add NAME | rename OLD NEW | remove NAME"),
                            QStringLiteral("list|add|rename|remove [ARGS]"));
    p.addOption({QStringLiteral("color"), CliText::tr("Colour of a new label, e.g. #e6194b."),
                 CliText::tr("COLOR")});
    p.addOption({QStringLiteral("hotkey"), CliText::tr("Key that picks the label, e.g. 1."),
                 CliText::tr("KEY")});
    p.addOption(
            {QStringLiteral("kinds"),
             CliText::tr("Asset kinds the label applies to: image,text,comparison (default: all)."),
             CliText::tr("KINDS")});
    p.addOption(
            {QStringLiteral("attribute"),
             CliText::tr("Attribute NAME:TYPE[:OPTION|OPTION...]; TYPE is select, multi-select, "
                         "checkbox, number or text. Repeatable."),
             CliText::tr("SPEC")});
    p.addOption(
            {QStringLiteral("keypoints"),
             CliText::tr("Keypoint template: point names in order, e.g. nose,left_eye,right_eye."),
             CliText::tr("NAMES")});
    p.addOption({QStringLiteral("edges"),
                 CliText::tr("Keypoint edges by 0-based index, e.g. 0-1,0-2."),
                 CliText::tr("PAIRS")});
    p.addOption(
            {QStringLiteral("force"), CliText::tr("remove: also remove the label's annotations.")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    const QStringList rest = ctx.rest();
    const QString action = rest.value(0, QStringLiteral("list"));
    const QHash<QString, int> arity{{QStringLiteral("list"), 1},
                                    {QStringLiteral("add"), 2},
                                    {QStringLiteral("rename"), 3},
                                    {QStringLiteral("remove"), 2}};
    if (!arity.contains(action))
        return ctx.fail(
                CliText::tr("unknown action \"%1\"; use list, add, rename or remove").arg(action),
                Usage);
    if (rest.size() > 0 && rest.size() != arity.value(action))
        return ctx.fail(CliText::tr("labels %1 takes %2 argument(s)")
                                .arg(action)
                                .arg(arity.value(action) - 1),
                        Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;

    if (action == QLatin1String("list")) {
        const QList<Label> labels = store->labels();
        const ProjectStats stats = store->stats();
        if (ctx.json()) {
            QJsonArray array;
            for (const Label &l : labels) {
                QJsonObject o = Json::toJson(l);
                o[key("annotations")] = stats.annotationsByLabel.value(l.id);
                array.append(o);
            }
            QJsonObject o;
            o[key("labels")] = array;
            ctx.printJson(o);
        } else {
            for (const Label &l : labels)
                ctx.print(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                                  .arg(l.sortOrder)
                                  .arg(l.name, l.color.name(),
                                       l.hotkey.isEmpty() ? QStringLiteral("-") : l.hotkey)
                                  .arg(stats.annotationsByLabel.value(l.id)));
        }
        return Ok;
    }

    if (action == QLatin1String("add")) {
        Label label;
        label.name = rest[1];
        if (p.isSet(QStringLiteral("color"))) {
            label.color = QColor(p.value(QStringLiteral("color")));
            if (!label.color.isValid())
                return ctx.fail(
                        CliText::tr("\"%1\" is not a colour").arg(p.value(QStringLiteral("color"))),
                        Usage);
        }
        label.hotkey = p.value(QStringLiteral("hotkey"));
        if (p.isSet(QStringLiteral("kinds"))) {
            const std::optional<int> kinds = kindsFromString(p.value(QStringLiteral("kinds")));
            if (!kinds)
                return ctx.fail(CliText::tr("--kinds takes image, text and/or comparison"), Usage);
            label.kinds = *kinds;
        }
        for (const QString &spec : p.values(QStringLiteral("attribute"))) {
            const std::optional<AttributeDefinition> def = attributeFromString(spec);
            if (!def)
                return ctx.fail(
                        CliText::tr("bad --attribute \"%1\"; use NAME:TYPE[:OPTION|OPTION...]")
                                .arg(spec),
                        Usage);
            label.attributes.append(*def);
        }
        if (p.isSet(QStringLiteral("keypoints"))) {
            label.skeleton.points = p.value(QStringLiteral("keypoints"))
                                            .split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &pair :
                 p.value(QStringLiteral("edges")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                bool okA = false, okB = false;
                const int a = pair.section(QLatin1Char('-'), 0, 0).toInt(&okA);
                const int b = pair.section(QLatin1Char('-'), 1, 1).toInt(&okB);
                if (!okA || !okB || a < 0 || b < 0 || a >= label.skeleton.points.size()
                    || b >= label.skeleton.points.size())
                    return ctx.fail(
                            CliText::tr(
                                    "bad --edges pair \"%1\"; use indexes of --keypoints, e.g. 0-1")
                                    .arg(pair),
                            Usage);
                label.skeleton.edges.append({a, b});
            }
        }
        if (!store->addLabel(label))
            return ctx.fail(store->errorString());
        if (ctx.json())
            ctx.printJson(Json::toJson(label));
        else
            ctx.print(CliText::tr("Added label %1 (class id %2)")
                              .arg(label.name)
                              .arg(label.sortOrder));
        return Ok;
    }

    std::optional<Label> label = store->labelByName(rest[1]);
    if (!label)
        return ctx.fail(CliText::tr("no label named \"%1\"").arg(rest[1]));
    if (action == QLatin1String("rename")) {
        label->name = rest[2];
        if (store->labelByName(rest[2]))
            return ctx.fail(CliText::tr("a label named \"%1\" exists already").arg(rest[2]));
        if (!store->updateLabel(*label))
            return ctx.fail(store->errorString());
        ctx.print(CliText::tr("Renamed %1 to %2").arg(rest[1], rest[2]));
        return Ok;
    }
    if (!store->removeLabel(label->id, p.isSet(QStringLiteral("force"))))
        return ctx.fail(store->errorString());
    ctx.print(CliText::tr("Removed label %1").arg(rest[1]));
    return Ok;
}

int runStats(const QStringList &arguments)
{
    Context ctx(QStringLiteral("stats"), arguments);
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const ProjectStats s = store->stats();
    const QList<Label> labels = store->labels();
    if (ctx.json()) {
        QJsonObject o, byKind, byStatus, annotationsByKind, byLabel;
        for (auto it = s.assetsByKind.cbegin(); it != s.assetsByKind.cend(); ++it)
            byKind[assetKindName(it.key())] = it.value();
        for (auto it = s.assetsByStatus.cbegin(); it != s.assetsByStatus.cend(); ++it)
            byStatus[reviewStatusName(it.key())] = it.value();
        for (auto it = s.annotationsByKind.cbegin(); it != s.annotationsByKind.cend(); ++it)
            annotationsByKind[annotationKindName(it.key())] = it.value();
        for (const Label &l : labels)
            byLabel[l.name] = s.annotationsByLabel.value(l.id);
        o[key("assets")] = s.assets;
        o[key("annotations")] = s.annotations;
        o[key("labels")] = s.labels;
        o[key("assetsByKind")] = byKind;
        o[key("assetsByStatus")] = byStatus;
        o[key("annotationsByKind")] = annotationsByKind;
        o[key("annotationsByLabel")] = byLabel;
        o[key("schemaVersion")] = store->schemaVersion();
        ctx.printJson(o);
        return Ok;
    }
    QStringList lines;
    lines << CliText::tr("Project:     %1").arg(store->location().display());
    lines << CliText::tr("Assets:      %1").arg(s.assets);
    for (auto it = s.assetsByKind.cbegin(); it != s.assetsByKind.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(assetKindName(it.key())).arg(it.value());
    lines << CliText::tr("Status:");
    for (auto it = s.assetsByStatus.cbegin(); it != s.assetsByStatus.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(reviewStatusName(it.key())).arg(it.value());
    lines << CliText::tr("Annotations: %1").arg(s.annotations);
    for (auto it = s.annotationsByKind.cbegin(); it != s.annotationsByKind.cend(); ++it)
        lines << QStringLiteral("  %1: %2").arg(annotationKindName(it.key())).arg(it.value());
    lines << CliText::tr("Labels:      %1").arg(s.labels);
    for (const Label &l : labels)
        lines << QStringLiteral("  %1: %2").arg(l.name).arg(s.annotationsByLabel.value(l.id));
    ctx.print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int runCheck(const QStringList &arguments)
{
    Context ctx(QStringLiteral("check"), arguments);
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption(
            {QStringLiteral("no-media"), CliText::tr("Do not look for the media files.")});
    ctx.parser().addOption(
            {QStringLiteral("repair"),
             CliText::tr("Move the annotations that cannot be used into the quarantine "
                         "table (kept, never deleted), then check again.")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    QStringList moved;
    if (ctx.parser().isSet(QStringLiteral("repair"))) {
        if (store->repair(&moved) < 0)
            return ctx.fail(store->errorString());
        for (const QString &m : std::as_const(moved))
            if (!ctx.json())
                ctx.print(CliText::tr("%1: quarantined %2").arg(store->location().display(), m));
    }
    const QStringList problems = store->check(!ctx.parser().isSet(QStringLiteral("no-media")));
    if (ctx.json()) {
        QJsonObject o;
        o[key("ok")] = problems.isEmpty();
        o[key("problems")] = QJsonArray::fromStringList(problems);
        o[key("quarantined")] = QJsonArray::fromStringList(moved);
        ctx.printJson(o);
    } else if (problems.isEmpty()) {
        ctx.print(CliText::tr("%1: no problems found").arg(store->location().display()));
    } else {
        for (const QString &problem : problems)
            ctx.print(store->location().display() + QStringLiteral(": ") + problem);
    }
    return problems.isEmpty() ? Ok : Failure;
}

int runFormats(const QStringList &arguments)
{
    Context ctx(QStringLiteral("formats"), arguments);
    int code = Ok;
    if (!ctx.parse(&code, false))
        return code;
    QJsonArray list;
    QStringList lines;
    for (const Format *f : FormatRegistry::all()) {
        QJsonArray kinds;
        for (AnnotationKind kind : f->writtenKinds())
            kinds.append(annotationKindName(kind));
        QJsonArray options;
        QStringList optionText;
        for (const FormatOption &o : f->options()) {
            options.append(QJsonObject{{key("key"), o.key},
                                       {key("title"), o.title},
                                       {key("choices"), QJsonArray::fromStringList(o.choices)},
                                       {key("help"), o.help}});
            optionText.append(QStringLiteral("%1=%2").arg(o.key, o.choices.join(QLatin1Char('|'))));
        }
        list.append(QJsonObject{{key("name"), f->shortName()},
                                {key("title"), f->displayName()},
                                {key("read"), bool(f->capabilities() & Format::Read)},
                                {key("write"), bool(f->capabilities() & Format::Write)},
                                {key("writes"), kinds},
                                {key("options"), options}});
        lines.append(QStringLiteral("%1\t%2%3\t%4%5")
                             .arg(f->shortName(),
                                  f->capabilities() & Format::Read ? QStringLiteral("r")
                                                                   : QStringLiteral("-"),
                                  f->capabilities() & Format::Write ? QStringLiteral("w")
                                                                    : QStringLiteral("-"),
                                  f->displayName(),
                                  optionText.isEmpty()
                                          ? QString()
                                          : QStringLiteral(" [%1]").arg(
                                                  optionText.join(QStringLiteral(", ")))));
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{key("formats"), list}});
    else
        ctx.print(lines.join(QLatin1Char('\n')));
    return Ok;
}

void addFormatOptions(Context &ctx)
{
    ctx.parser().addOption({QStringLiteral("format"),
                            CliText::tr("Format name (see 'tessera-cli formats')."),
                            CliText::tr("NAME")});
    ctx.parser().addOption(
            {QStringLiteral("option"),
             CliText::tr("A format option, e.g. task=segment (see 'tessera-cli formats'); "
                         "repeatable."),
             CliText::tr("KEY=VALUE")});
}

Format *formatFrom(Context &ctx, int *code)
{
    const QString name = ctx.parser().value(QStringLiteral("format"));
    Format *format = FormatRegistry::find(name);
    if (!format) {
        QStringList known;
        for (const Format *f : FormatRegistry::all())
            known.append(f->shortName());
        *code = ctx.fail(CliText::tr("unknown --format \"%1\"; known: %2")
                                 .arg(name, known.join(QStringLiteral(", "))),
                         Usage);
        return nullptr;
    }
    QHash<QString, QString> options;
    for (const QString &pair : ctx.parser().values(QStringLiteral("option"))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0) {
            *code = ctx.fail(CliText::tr("--option takes KEY=VALUE, not \"%1\"").arg(pair), Usage);
            return nullptr;
        }
        options.insert(pair.left(equals), pair.mid(equals + 1));
    }
    if (!format->setOptions(options)) {
        *code = ctx.fail(format->errorString(), Usage);
        return nullptr;
    }
    return format;
}

int runImport(const QStringList &arguments)
{
    Context ctx(QStringLiteral("import"), arguments);
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addPositionalArgument(QStringLiteral("PATH"),
                                       CliText::tr("The dataset folder or file."));
    addFormatOptions(ctx);
    ctx.parser().addOption({QStringLiteral("mode"),
                            CliText::tr("What to do with annotations the project has already: "
                                        "merge (the default: what "
                                        "the data repeats is matched, only new ones are added, so "
                                        "importing twice changes "
                                        "nothing), replace (the dataset's assets get exactly its "
                                        "annotations) or append "
                                        "(add everything again)."),
                            CliText::tr("MODE"), QStringLiteral("merge")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    if (ctx.rest().size() != 1)
        return ctx.fail(CliText::tr("import takes one dataset PATH"), Usage);
    const std::optional<ImportMode> mode
            = ImportJob::modeFromName(ctx.parser().value(QStringLiteral("mode")));
    if (!mode)
        return ctx.fail(CliText::tr("unknown --mode \"%1\"; known: merge, replace, append")
                                .arg(ctx.parser().value(QStringLiteral("mode"))),
                        Usage);
    Format *format = formatFrom(ctx, &code);
    if (!format)
        return code;
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    FormatReport report;
    if (!ImportJob::read(*format, *store, ctx.rest().constFirst(), report,
                         ctx.progressControl(CliText::tr("Importing")), *mode))
        return ctx.fail(format->errorString() + CliText::tr(" (nothing was imported)"));
    ctx.endProgress();
    if (ctx.json())
        ctx.printJson(QJsonObject{{key("assets"), report.assets},
                                  {key("annotations"), report.annotations},
                                  {key("added"), report.added},
                                  {key("changed"), report.changed},
                                  {key("unchanged"), report.unchanged},
                                  {key("removed"), report.removed},
                                  {key("newLabels"), QJsonArray::fromStringList(report.newLabels)},
                                  {key("warnings"), QJsonArray::fromStringList(report.warnings)}});
    else
        ctx.print(
                CliText::tr("Imported %1 new asset(s) and %2 annotation(s) (%3); new labels: %4%5")
                        .arg(report.assets)
                        .arg(report.annotations)
                        .arg(report.changes())
                        .arg(report.newLabels.isEmpty()
                                     ? CliText::tr("none")
                                     : report.newLabels.join(QStringLiteral(", ")))
                        .arg(report.warnings.isEmpty()
                                     ? QString()
                                     : QLatin1Char('\n')
                                               + report.warnings.join(QLatin1Char('\n'))));
    return Ok;
}

int runExport(const QStringList &arguments)
{
    Context ctx(QStringLiteral("export"), arguments);
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addPositionalArgument(QStringLiteral("OUT"), CliText::tr("The folder to write."));
    addFormatOptions(ctx);
    ctx.parser().addOption(
            {QStringLiteral("verify"),
             CliText::tr("Only list what the format cannot carry as it is; write nothing.")});
    ctx.parser().addOption(
            {QStringLiteral("include-proposals"),
             CliText::tr("Also write proposals nobody accepted (left out by default).")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    Format *format = formatFrom(ctx, &code);
    if (!format)
        return code;
    const bool verify = ctx.parser().isSet(QStringLiteral("verify"));
    if (!verify && ctx.rest().size() != 1)
        return ctx.fail(CliText::tr("export takes one OUT folder"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    // Made before --verify counts too, so that it counts what the export writes.
    ExportJob job(*store, *format, ctx.parser().isSet(QStringLiteral("include-proposals")));
    if (verify) {
        const QStringList losses = job.losses();
        if (ctx.json())
            ctx.printJson(QJsonObject{{key("lossless"), losses.isEmpty()},
                                      {key("losses"), QJsonArray::fromStringList(losses)}});
        else
            ctx.print(losses.isEmpty() ? CliText::tr("%1 carries everything in this project")
                                                 .arg(format->displayName())
                                       : losses.join(QLatin1Char('\n')));
        return Ok;
    }
    FormatReport report;
    if (!job.run(ctx.rest().constFirst(), report, ctx.progressControl(CliText::tr("Exporting"))))
        return ctx.fail(format->errorString());
    ctx.endProgress();
    if (ctx.json())
        ctx.printJson(QJsonObject{{key("assets"), report.assets},
                                  {key("annotations"), report.annotations},
                                  {key("losses"), QJsonArray::fromStringList(report.warnings)}});
    else
        ctx.print(CliText::tr("Exported %1 asset(s) and %2 annotation(s)%3")
                          .arg(report.assets)
                          .arg(report.annotations)
                          .arg(report.warnings.isEmpty()
                                       ? QString()
                                       : QStringLiteral("\n")
                                                 + report.warnings.join(QLatin1Char('\n'))));
    return Ok;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list{
            {"init", QT_TRANSLATE_NOOP("cli", "Create a new, empty project."), runInit},
            {"add-images", QT_TRANSLATE_NOOP("cli", "Add image files or folders."), runAddImages},
            {"add-text", QT_TRANSLATE_NOOP("cli", "Add text documents and comparisons."),
             runAddText},
            {"labels", QT_TRANSLATE_NOOP("cli", "List, add, rename or remove labels."), runLabels},
            {"stats", QT_TRANSLATE_NOOP("cli", "Count assets, annotations and labels."), runStats},
            {"check", QT_TRANSLATE_NOOP("cli", "Check the project file and its media."), runCheck},
            {"formats", QT_TRANSLATE_NOOP("cli", "List the import and export formats."),
             runFormats},
            {"import", QT_TRANSLATE_NOOP("cli", "Import a dataset (--format NAME)."), runImport},
            {"export", QT_TRANSLATE_NOOP("cli", "Export to a folder (--format NAME, --verify)."),
             runExport},
            {"bundle", QT_TRANSLATE_NOOP("cli", "Create, verify or open a project bundle (zip)."),
             runBundle},
            {"sync", QT_TRANSLATE_NOOP("cli", "List, add, remove or run live-sync targets."),
             runSync},
            {"task", QT_TRANSLATE_NOOP("cli", "Show or set the text and comparison task."),
             runTask},
            {"rules", QT_TRANSLATE_NOOP("cli", "List, add or run span rules (proposals)."),
             runRules},
            {"detectors", QT_TRANSLATE_NOOP("cli", "List the pre-labelling detectors."),
             runDetectors},
            {"prelabel", QT_TRANSLATE_NOOP("cli", "Run a detector; store proposals."), runPrelabel},
            {"duplicates", QT_TRANSLATE_NOOP("cli", "Find near-duplicate images."), runDuplicates},
            {"relink", QT_TRANSLATE_NOOP("cli", "Find missing or moved image files in folders."),
             runRelink},
            {"segment", QT_TRANSLATE_NOOP("cli", "Turn boxes into outlines with Segment Anything."),
             runSegment},
            {"evaluate", QT_TRANSLATE_NOOP("cli", "Score predictions against the annotations."),
             runEvaluate},
            {"add-video", QT_TRANSLATE_NOOP("cli", "Add a video's frames as a sequence."),
             runAddVideo},
            {"track", QT_TRANSLATE_NOOP("cli", "Interpolate tracks or follow a box forward."),
             runTrack},
            {"review", QT_TRANSLATE_NOOP("cli", "Move assets through review; the queue."),
             runReview},
            {"review-report", QT_TRANSLATE_NOOP("cli", "Per annotator figures (JSON, CSV)."),
             runReviewReport},
            {"gold", QT_TRANSLATE_NOOP("cli", "Mark gold assets; list gold scores."), runGold},
            {"history", QT_TRANSLATE_NOOP("cli", "An asset's history; restore it to a time."),
             runHistory},
            {"issue", QT_TRANSLATE_NOOP("cli", "Open, reply to, resolve or list review issues."),
             runIssue},
            {"split", QT_TRANSLATE_NOOP("cli", "One bundle per annotator (overlap, gold)."),
             runSplit},
            {"merge", QT_TRANSLATE_NOOP("cli", "Merge annotators' bundles back (three-way)."),
             runMerge},
            {"consensus", QT_TRANSLATE_NOOP("cli", "Agreement among layers; build consensus."),
             runConsensus},
            {"server",
             QT_TRANSLATE_NOOP("cli", "Team projects on PostgreSQL: init, push, pull, watch."),
             runServer},
    };
    return list;
}

} // namespace Tessera::Cli
