// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "sequencecommand.h"

#include "clicontext.h"
#include "prelabel/sequences.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>

namespace Tessera::Cli {

int runAddVideo(const QStringList &arguments)
{
    Context ctx(QStringLiteral("add-video"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli add-video: a video's frames as an ordered sequence of images, "
            "written as JPEG files into frames/<video>/ beside the project; or a folder of "
            "frames, in file-name order"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addPositionalArgument(QStringLiteral("VIDEO"),
                                       CliText::tr("A video file, or a folder of frames."));
    ctx.parser().addOption({QStringLiteral("every"),
                            CliText::tr("Keep every N-th frame (default 1)."), CliText::tr("N")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    if (ctx.rest().size() != 1)
        return ctx.fail(CliText::tr("add-video takes one VIDEO"), Usage);
    bool ok = true;
    const int every = ctx.parser().isSet(QStringLiteral("every"))
                              ? ctx.parser().value(QStringLiteral("every")).toInt(&ok)
                              : 1;
    if (!ok || every < 1)
        return ctx.fail(CliText::tr("--every takes a number of at least 1"), Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    const QString video = ctx.rest().constFirst();
    if (QFileInfo(video).isDir()) {
        // A folder of frames: its images, in name order, become the sequence.
        const AddReport report = Sequences::addFrameFolder(
                *store, video, ctx.progressControl(CliText::tr("Adding frames")));
        ctx.endProgress();
        if (!report.fatalError.isEmpty())
            return ctx.fail(report.fatalError);
        const QString name = QFileInfo(video).fileName();
        const int count = int(Sequences::frames(*store, name).size());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("added"), report.added},
                                      {QStringLiteral("frames"), count},
                                      {QStringLiteral("sequence"), name}});
        else
            ctx.print(CliText::tr("Sequence \"%1\" of %n frame(s)", nullptr, count).arg(name));
        return Ok;
    }
    const QString folder = Sequences::framesFolder(*store, video);
    const AddReport report = Sequences::addVideoFrames(
            *store, Sequences::extractVideo(video, folder, every,
                                            ctx.progressControl(CliText::tr("Reading frames"))));
    ctx.endProgress();
    if (!report.fatalError.isEmpty())
        return ctx.fail(report.fatalError);
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("added"), report.added},
                                  {QStringLiteral("sequence"), QFileInfo(video).completeBaseName()},
                                  {QStringLiteral("folder"), folder}});
    else
        ctx.print(CliText::tr("Added %n frame(s) as sequence \"%1\" in %2", nullptr, report.added)
                          .arg(QFileInfo(video).completeBaseName(),
                               QDir::toNativeSeparators(folder)));
    return Ok;
}

int runTrack(const QStringList &arguments)
{
    Context ctx(QStringLiteral("track"), arguments);
    ctx.parser().setApplicationDescription(CliText::tr(
            "tessera-cli track: tracks across the frames of a sequence\n\n"
            "  track PROJECT --interpolate SEQUENCE         fill every track between its "
            "keyframes\n"
            "  track PROJECT --follow ANNOTATION [--frames N] [--confidence C]\n"
            "                                               follow a box forward with the "
            "CSRT tracker"));
    ctx.parser().addPositionalArgument(QStringLiteral("PROJECT"), CliText::tr("The project file."));
    ctx.parser().addOption({QStringLiteral("interpolate"),
                            CliText::tr("Fill the tracks of a sequence."),
                            CliText::tr("SEQUENCE")});
    ctx.parser().addOption({QStringLiteral("follow"),
                            CliText::tr("Follow this box annotation forward."),
                            CliText::tr("ANNOTATION")});
    ctx.parser().addOption({QStringLiteral("frames"),
                            CliText::tr("How far to follow (default 30)."), CliText::tr("N")});
    ctx.parser().addOption({QStringLiteral("confidence"),
                            CliText::tr("Stop below this likeness to the start (default 0.5)."),
                            CliText::tr("C")});
    int code = Ok;
    if (!ctx.parse(&code))
        return code;
    const bool interpolate = ctx.parser().isSet(QStringLiteral("interpolate"));
    const bool follow = ctx.parser().isSet(QStringLiteral("follow"));
    if (interpolate == follow)
        return ctx.fail(CliText::tr("track takes --interpolate SEQUENCE or --follow ANNOTATION"),
                        Usage);
    std::unique_ptr<ProjectStore> store = ctx.openProject();
    if (!store)
        return Failure;
    QString error;
    if (interpolate) {
        const QString sequence = ctx.parser().value(QStringLiteral("interpolate"));
        if (Sequences::frames(*store, sequence).isEmpty())
            return ctx.fail(CliText::tr("no sequence named \"%1\"").arg(sequence));
        const qint64 n = Sequences::interpolateTracks(*store, sequence, &error);
        if (n < 0)
            return ctx.fail(error);
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("interpolated"), n}});
        else
            ctx.print(CliText::tr("%n shape(s) interpolated", nullptr, int(n)));
        return Ok;
    }
    bool ok = true;
    const qint64 id = ctx.parser().value(QStringLiteral("follow")).toLongLong(&ok);
    bool framesOk = true;
    const int frames = ctx.parser().isSet(QStringLiteral("frames"))
                               ? ctx.parser().value(QStringLiteral("frames")).toInt(&framesOk)
                               : 30;
    bool confidenceOk = true;
    const double confidence
            = ctx.parser().isSet(QStringLiteral("confidence"))
                      ? ctx.parser().value(QStringLiteral("confidence")).toDouble(&confidenceOk)
                      : 0.5;
    if (!ok || !framesOk || frames < 1 || !confidenceOk || confidence < 0 || confidence > 1)
        return ctx.fail(
                CliText::tr("--follow takes an annotation id, --frames a count, --confidence 0..1"),
                Usage);
    const std::optional<TrackStart> start
            = Sequences::trackStart(*store, id, frames, false, {AnnotationKind::Box}, &error);
    if (!start)
        return ctx.fail(error);
    const Sequences::TrackResult tracked = Sequences::propagate(
            start->paths, QRectF(start->start.points.value(0), start->start.points.value(1)),
            confidence, ctx.progressControl(CliText::tr("Tracking")));
    ctx.endProgress();
    const QString why = tracked.stopReason;
    const int followed = Sequences::writeTracked(*store, *start, Sequences::trackedBoxes(tracked),
                                                 Sequences::trackerModel(),
                                                 Sequences::trackerVersion(), true, &error);
    if (followed < 0)
        return ctx.fail(error);
    if (ctx.json())
        ctx.printJson(QJsonObject{{QStringLiteral("followed"), followed},
                                  {QStringLiteral("stopped"), why}});
    else
        ctx.print(why.isEmpty()
                          ? CliText::tr("Followed %n frame(s)", nullptr, followed)
                          : CliText::tr("Followed %n frame(s); stopped: %1", nullptr, followed)
                                    .arg(why));
    return Ok;
}

} // namespace Tessera::Cli
