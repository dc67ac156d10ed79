// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "prelabelcommand.h"

#include "clicontext.h"
#include "prelabel/prelabelengine.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QThread>

namespace Tessera::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("cli", text, disambiguation, n);
}

} // namespace

int runDetectors(const QStringList &arguments)
{
    Context ctx(QStringLiteral("detectors"), arguments);
    ctx.parser().setApplicationDescription(
            tr("tessera-cli detectors: the built-in pre-labelling detectors and their options"));
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
        lines.append(
                QStringLiteral("%1\t%2%3")
                        .arg(d.name, d.description, ready ? QString() : tr(" [%1]").arg(error)));
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
    ctx.parser().setApplicationDescription(
            tr("tessera-cli prelabel: runs a detector over the project's images and stores what "
               "it finds as proposals (origin prelabel, with the detector, its version, "
               "parameters and score) for the annotator to accept or reject"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), tr("The project file."));
    ctx.parser().addOption({QStringLiteral("detector"),
                            tr("Detector name (see 'tessera-cli detectors')."), tr("NAME")});
    ctx.parser().addOption(
            {QStringLiteral("assets"), tr("Only these asset ids, comma separated."), tr("IDS")});
    ctx.parser().addOption(
            {QStringLiteral("threads"), tr("Worker threads (default: cores)."), tr("N")});
    ctx.parser().addOption({QStringLiteral("option"),
                            tr("A detector option, e.g. threshold=0.5; repeatable."),
                            tr("KEY=VALUE")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    if (!ctx.parser().isSet(QStringLiteral("detector")))
        return ctx.fail(tr("prelabel needs --detector NAME"), Usage);
    QMap<QString, QString> options;
    for (const QString &pair : ctx.parser().values(QStringLiteral("option"))) {
        const qsizetype equals = pair.indexOf(QLatin1Char('='));
        if (equals <= 0)
            return ctx.fail(tr("--option takes KEY=VALUE, not \"%1\"").arg(pair), Usage);
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
            return ctx.fail(tr("--assets takes ids like 1,2,3, not \"%1\"").arg(id), Usage);
    }
    bool threadsOk = true;
    const int threads = ctx.parser().isSet(QStringLiteral("threads"))
                                ? ctx.parser().value(QStringLiteral("threads")).toInt(&threadsOk)
                                : QThread::idealThreadCount();
    if (!threadsOk || threads < 1)
        return ctx.fail(tr("--threads takes a number of at least 1"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const auto images = PrelabelEngine::images(*store, ids);
    const PrelabelRun run = PrelabelEngine::run(images, *detector, threads,
                                                ctx.progressControl(tr("Pre-labelling")));
    ctx.endProgress();
    const qint64 written = PrelabelEngine::apply(*store, *detector, run, &error);
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
        ctx.print(tr("%1 proposal(s) in %2 image(s), %3 images/s on %4 thread(s)")
                          .arg(written)
                          .arg(run.images)
                          .arg(rate, 0, 'f', 1)
                          .arg(threads));
        for (const QString &e : run.errors)
            ctx.print(e);
    }
    return run.errors.isEmpty() ? Ok : Failure;
}

} // namespace Tessera::Cli
