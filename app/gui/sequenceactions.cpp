// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "sequenceactions.h"

#include "dataexchange.h"
#include "document/assetdocument.h"
#include "document/projectsession.h"
#include "imagecanvas/imagecanvas.h"
#include "panels/timelinepanel.h"
#include "prelabel/embeddingcache.h"
#include "prelabel/outlinepropagation.h"
#include "prelabel/samsegmenter.h"
#include "prelabel/sequences.h"
#include "store/projectstore.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>

namespace Tessera {

SequenceActions::SequenceActions(ImageCanvas *canvas, TimelinePanel *timeline,
                                 DataExchange *exchange, std::function<ProjectSession *()> session,
                                 QWidget *window)
    : QObject(window)
    , m_canvas(canvas)
    , m_timeline(timeline)
    , m_exchange(exchange)
    , m_session(std::move(session))
    , m_window(window)
{
    connect(timeline, &TimelinePanel::frameClicked, this, &SequenceActions::showAsset);
}

void SequenceActions::addFileActions(QMenu *fileMenu)
{
    QAction *a = fileMenu->addAction(tr("Add &Video…"));
    connect(a, &QAction::triggered, this, &SequenceActions::addVideo);
    m_actions.append(a);
    a = fileMenu->addAction(tr("Add Folder of Fra&mes…"));
    connect(a, &QAction::triggered, this, &SequenceActions::addFrameFolder);
    m_actions.append(a);
}

void SequenceActions::addFrameFolder()
{
    if (!m_session())
        return;
    const QString folder
            = QFileDialog::getExistingDirectory(m_window, tr("Add a folder of frames"));
    if (folder.isEmpty())
        return;
    AddReport report;
    QString error;
    m_exchange->runWithProgress(
            tr("Adding frames…"),
            [&](ProjectStore &store, const JobControl &control, QString *) {
                report = Sequences::addFrameFolder(store, folder, control);
                return report.fatalError.isEmpty();
            },
            &error);
    if (!report.fatalError.isEmpty()) {
        QMessageBox::warning(m_window, tr("Add a folder of frames"), report.fatalError);
        return;
    }
    emit m_exchange->projectChanged();
    emit message(tr("Sequence \"%1\" added").arg(QFileInfo(folder).fileName()));
}

void SequenceActions::addTrackMenu(QMenu *trackMenu)
{
    auto add = [this](QMenu *menu, const QString &text, const QKeySequence &key,
                      void (SequenceActions::*slot)(), bool frameOnly) {
        QAction *a = menu->addAction(text);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        m_actions.append(a);
        if (frameOnly)
            m_frameActions.append(a);
        return a;
    };
    add(trackMenu, tr("Make &Keyframe of a Track"), QKeySequence(tr("Ctrl+K")),
        &SequenceActions::makeKeyframe, true);
    add(trackMenu, tr("&Interpolate Tracks"), QKeySequence(tr("Ctrl+Shift+K")),
        &SequenceActions::interpolate, true);
    add(trackMenu, tr("&Follow Box Forward…"), QKeySequence(tr("Ctrl+Alt+T")),
        &SequenceActions::trackForward, true);
    add(trackMenu, tr("&Propagate Outline Forward…"), QKeySequence(tr("Ctrl+Alt+]")),
        &SequenceActions::propagateForward, true);
    add(trackMenu, tr("Propagate Outline &Backward…"), QKeySequence(tr("Ctrl+Alt+[")),
        &SequenceActions::propagateBackward, true);
    assetShown(nullptr);
}

QString SequenceActions::currentSequence() const
{
    AssetDocument *doc = m_canvas->document();
    const std::optional<Sequences::Frame> f = doc ? Sequences::frameOf(doc->asset()) : std::nullopt;
    return f ? f->sequence : QString();
}

void SequenceActions::assetShown(AssetDocument *document)
{
    const std::optional<Sequences::Frame> frame
            = document && document->asset().kind == AssetKind::Image
                      ? Sequences::frameOf(document->asset())
                      : std::nullopt;
    for (QAction *a : std::as_const(m_frameActions))
        a->setEnabled(frame.has_value());
    ProjectSession *session = m_session();
    if (!frame || !session) {
        m_frames.clear();
        m_timeline->setSequence(QString(), {}, -1);
        m_timeline->setTrack(QString(), {}, {});
        return;
    }
    m_frames = Sequences::frames(*session->store(), frame->sequence);
    m_timeline->setSequence(frame->sequence, m_frames, int(m_frames.indexOf(document->assetId())));
    refreshTrack();
}

void SequenceActions::refreshTrack()
{
    ProjectSession *session = m_session();
    const QList<Annotation> selected = m_canvas->selectedAnnotations();
    const QString track
            = selected.size() == 1 ? Sequences::trackOf(selected.constFirst()) : QString();
    if (!session || track.isEmpty() || m_frames.isEmpty()) {
        m_timeline->setTrack(QString(), {}, {});
        return;
    }
    QSet<int> keyframes;
    QSet<int> filled;
    for (int i = 0; i < m_frames.size(); ++i) {
        for (const Annotation &a : session->store()->annotations(m_frames[i])) {
            if (Sequences::trackOf(a) != track)
                continue;
            if (Sequences::isFilledIn(a))
                filled.insert(i);
            else
                keyframes.insert(i);
        }
    }
    m_timeline->setTrack(track, keyframes, filled);
}

void SequenceActions::addVideo()
{
    ProjectSession *session = m_session();
    if (!session)
        return;
    const QString video = QFileDialog::getOpenFileName(
            m_window, tr("Add a video"), QString(),
            tr("Videos (*.mp4 *.avi *.mov *.mkv *.webm *.mpg);;All files (*)"));
    if (video.isEmpty())
        return;
    bool ok = false;
    const int every = QInputDialog::getInt(m_window, tr("Add a video"),
                                           tr("Keep every n-th frame:"), 1, 1, 1000, 1, &ok);
    if (!ok)
        return;
    const QString folder = Sequences::framesFolder(*session->store(), video);
    AddReport report;
    QString error;
    m_exchange->runWithProgress(
            tr("Reading frames…"),
            [&](ProjectStore &store, const JobControl &control, QString *) {
                report = Sequences::addVideoFrames(
                        store, Sequences::extractVideo(video, folder, every, control));
                return report.fatalError.isEmpty();
            },
            &error);
    if (!report.fatalError.isEmpty()) {
        QMessageBox::warning(m_window, tr("Add a video"), report.fatalError);
        return;
    }
    if (report.added) {
        emit m_exchange->projectChanged();
        emit showAsset(report.assetIds.constFirst());
    }
    emit message(report.canceled ? tr("Canceled: no frames were added")
                                 : tr("%n frame(s) added", nullptr, report.added));
}

void SequenceActions::makeKeyframe()
{
    AssetDocument *doc = m_canvas->document();
    QList<Annotation> changed;
    for (Annotation a : m_canvas->selectedAnnotations()) {
        // A new track for a shape that has none; a filled-in shape becomes a keyframe.
        Sequences::makeKeyframe(a);
        changed.append(a);
    }
    if (!doc || changed.isEmpty()) {
        emit message(tr("Select the shape to make a keyframe of"));
        return;
    }
    doc->changeAnnotations(changed, tr("Make keyframe"), false);
    refreshTrack();
}

void SequenceActions::interpolate()
{
    const QString sequence = currentSequence();
    if (sequence.isEmpty())
        return;
    qint64 written = 0;
    QString error;
    const bool ok = m_exchange->runWithProgress(
            tr("Interpolating tracks…"),
            [&](ProjectStore &store, const JobControl &, QString *why) {
                written = Sequences::interpolateTracks(store, sequence, why);
                return written >= 0;
            },
            &error);
    if (!ok) {
        QMessageBox::warning(m_window, tr("Interpolate tracks"), error);
        return;
    }
    emit m_exchange->projectChanged();
    emit message(tr("%n shape(s) interpolated between keyframes", nullptr, int(written)));
}

void SequenceActions::propagate(bool backward)
{
    const QList<Annotation> selected = m_canvas->selectedAnnotations();
    if (selected.size() != 1
        || (selected.constFirst().kind != AnnotationKind::Polygon
            && selected.constFirst().kind != AnnotationKind::Mask)) {
        emit message(tr("Select one polygon or mask to propagate"));
        return;
    }
    QString error;
    if (!SamSegmenter::available(&error)) {
        QMessageBox::warning(m_window, tr("Propagate outline"), error);
        return;
    }
    bool ok = false;
    const int frames = QInputDialog::getInt(
            m_window, backward ? tr("Propagate outline backward") : tr("Propagate outline forward"),
            tr("Follow the object for at most this many frames (Segment Anything on the tracked "
               "box; the outlines become proposals):"),
            10, 1, 100000, 1, &ok);
    if (!ok)
        return;
    const qint64 id = selected.constFirst().id;
    int written = 0;
    QString why;
    ok = m_exchange->runWithProgress(
            tr("Propagating the outline…"),
            [&](ProjectStore &store, const JobControl &control, QString *message) {
                const std::optional<TrackStart> start = Sequences::trackStart(
                        store, id, frames, backward,
                        {AnnotationKind::Polygon, AnnotationKind::Mask}, message);
                if (!start)
                    return false;
                EmbeddingCache cache(EmbeddingCache::defaultFolder(), EmbeddingCache::defaultCap());
                const PropagationResult r = OutlinePropagation::run(
                        start->paths, start->start, start->start.kind == AnnotationKind::Mask,
                        &cache, control);
                why = r.stopReason;
                if (control.canceled())
                    return true;
                written = Sequences::writeTracked(
                        store, *start, r.shapes, SamSegmenter::modelName(),
                        SamSegmenter::modelVersion() + QStringLiteral("+tracker:csrt"), false,
                        message);
                return written >= 0;
            },
            &error);
    if (!ok) {
        QMessageBox::warning(m_window, tr("Propagate outline"), error);
        return;
    }
    emit m_exchange->projectChanged();
    emit message(
            why.isEmpty()
                    ? tr("Outline propagated to %n frame(s): Y accepts each", nullptr, written)
                    : tr("Outline propagated to %n frame(s), then stopped: %1", nullptr, written)
                              .arg(why));
}

void SequenceActions::trackForward()
{
    const QList<Annotation> selected = m_canvas->selectedAnnotations();
    if (selected.size() != 1 || selected.constFirst().kind != AnnotationKind::Box) {
        emit message(tr("Select one box to follow"));
        return;
    }
    bool ok = false;
    const int frames = QInputDialog::getInt(m_window, tr("Follow box forward"),
                                            tr("Follow for at most this many frames:"), 30, 1,
                                            100000, 1, &ok);
    if (!ok)
        return;
    const qint64 id = selected.constFirst().id;
    int followed = 0;
    QString why;
    QString error;
    ok = m_exchange->runWithProgress(
            tr("Following the box…"),
            [&](ProjectStore &store, const JobControl &control, QString *message) {
                const std::optional<TrackStart> start = Sequences::trackStart(
                        store, id, frames, false, {AnnotationKind::Box}, message);
                if (!start)
                    return false;
                const Sequences::TrackResult r = Sequences::propagate(
                        start->paths,
                        QRectF(start->start.points.value(0), start->start.points.value(1)), 0.5,
                        control);
                why = r.stopReason;
                followed = Sequences::writeTracked(store, *start, Sequences::trackedBoxes(r),
                                                   Sequences::trackerModel(),
                                                   Sequences::trackerVersion(), true, message);
                return followed >= 0;
            },
            &error);
    if (!ok) {
        QMessageBox::warning(m_window, tr("Follow box forward"), error);
        return;
    }
    emit m_exchange->projectChanged();
    emit message(
            why.isEmpty()
                    ? tr("Followed %n frame(s)", nullptr, followed)
                    : tr("Followed %n frame(s), then stopped: %1", nullptr, followed).arg(why));
}

} // namespace Tessera
