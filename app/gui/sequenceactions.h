// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace Tessera {

class AssetDocument;
class DataExchange;
class ImageCanvas;
class ProjectSession;
class TimelinePanel;

/**
 * Sequences in the window: File › Add Video, the Track menu (make a keyframe, interpolate the
 * tracks, follow a box forward) and the timeline of the sequence being shown. Work over many
 * frames runs on a worker with progress and Cancel; the window re-reads the project after.
 */
class SequenceActions : public QObject
{
    Q_OBJECT

public:
    SequenceActions(ImageCanvas *canvas, TimelinePanel *timeline, DataExchange *exchange,
                    std::function<ProjectSession *()> session, QWidget *window);

    void addFileActions(QMenu *fileMenu);
    void addTrackMenu(QMenu *trackMenu);
    QList<QAction *> actions() const { return m_actions; }
    /** The asset shown changed (or nothing is shown). */
    void assetShown(AssetDocument *document);
    /** The canvas selection changed: the timeline shows the selected shape's track. */
    void refreshTrack();

signals:
    void message(const QString &text);
    void showAsset(qint64 assetId);

private:
    void addVideo();
    void addFrameFolder();
    void makeKeyframe();
    void interpolate();
    /** Track › Propagate Outline: SAM on the tracked box, frame after frame, as proposals. */
    void propagate(bool backward);
    void propagateForward() { propagate(false); }
    void propagateBackward() { propagate(true); }
    void trackForward();
    QString currentSequence() const;

    ImageCanvas *m_canvas;
    TimelinePanel *m_timeline;
    DataExchange *m_exchange;
    std::function<ProjectSession *()> m_session;
    QWidget *m_window;
    QList<QAction *> m_actions;
    QList<QAction *> m_frameActions; // enabled only on frames of a sequence
    QList<qint64> m_frames;
};

} // namespace Tessera
