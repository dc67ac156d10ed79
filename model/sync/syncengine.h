// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QDateTime>
#include <QFileSystemWatcher>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

namespace Tessera {

class Format;
class ProjectStore;

/** A folder kept in step with the project in one format. Stored in the project's settings. */
struct SyncTarget
{
    QString folder; // absolute
    QString format; // short name
    QHash<QString, QString> options;

    bool operator==(const SyncTarget &) const = default;
};

namespace SyncTargets {
QList<SyncTarget> load(ProjectStore &store);
bool save(ProjectStore &store, const QList<SyncTarget> &targets);
} // namespace SyncTargets

/**
 * Live sync: keeps every target folder in step with the project. The audit log is the cursor:
 * after each committed edit (poke(), or a poll for other connections) the assets edited since the
 * last pass are known. Per-image formats (labelme, VOC, YOLO) rewrite just those assets' files at
 * once; whole-dataset formats (COCO, JSONL...) and project-wide changes are written debounced, on
 * a worker with its own store connection, into a staging folder whose files then replace the
 * target's one by one. Every write is atomic.
 *
 * Each target remembers the SHA-256 of every file it wrote (in <folder>/.tessera-sync.json). A file
 * that no longer matches was changed by someone else: it is not overwritten but reported as a
 * conflict, which the user resolves by taking the file's version (formats that can read one file:
 * labelme, VOC) or by overwriting it.
 */
class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State { Off, UpToDate, Pending, Writing, Conflict, Failed };

    struct Conflict
    {
        int target = 0;
        QString file; // relative to the target folder
        qint64 assetId = 0;
    };

    SyncEngine(ProjectStore *store, QObject *parent = nullptr);
    ~SyncEngine() override;

    QList<SyncTarget> targets() const { return m_targets; }
    /** Replaces the targets (and saves them in the project); new ones are written in full. */
    bool setTargets(const QList<SyncTarget> &targets, QString *error);

    /**
     * Takes the files a target's format would write that are in its folder already as written
     * by Tessera (so they are replaced, not reported as conflicts): for a folder whose files
     * were just imported, e.g. labelme's JSON files beside their images. Call right after
     * setTargets(), before the event loop runs the first write.
     */
    void adoptExisting(int target);

    /** Something was committed: sync soon. */
    void poke();
    /** Waits for all pending writes, including a running full write (tests, closing). */
    void flush();

    State state() const { return m_state; }
    QString statusText() const;
    QList<Conflict> conflicts() const { return m_conflicts; }

    /** Whether the file's version can be read back into the project. */
    bool canTakeExternal(const Conflict &conflict) const;
    /**
     * The annotations the changed file holds for its asset, mapped to this project's labels (new
     * labels are created). nullopt and *error when it cannot be read.
     */
    std::optional<QList<Annotation>> externalAnnotations(const Conflict &conflict, QString *error);
    /** One line per difference between the file and the project ("+ box cat at 10,20 ..."). */
    QStringList differences(const Conflict &conflict, QString *error);
    /** Forgets a conflict after the caller applied the file's version, recording the file as ours.
     */
    void resolveTaken(const Conflict &conflict);
    /** Overwrites the file with the project's version. */
    bool resolveOverwrite(const Conflict &conflict, QString *error);

signals:
    void stateChanged();

private:
    struct Fingerprint
    {
        QString sha256;
        qint64 size = -1;
        QDateTime modified;
        // Written by this engine: from a manifest whose signature (a key kept in the project,
        // never in the target) checks out, or recorded in this session. Only such files are
        // ever deleted; a manifest is untrusted input.
        bool trusted = true;
    };
    QByteArray manifestKey();
    QByteArray signature(const QByteArray &files);
    struct TargetState
    {
        std::unique_ptr<Format> format;
        QHash<QString, Fingerprint> files; // relative path -> what we wrote
        bool manifestDirty = false;
    };
    struct FullResult
    {
        int target = 0;
        QString staging;
        QString error;
    };

    void pass();
    void checkExternal();
    void writeAssets(int target, const QSet<qint64> &assets);
    void startFull();
    void applyFull(const FullResult &result);
    /** Writes bytes to the target's file unless someone else changed it; records it. */
    bool place(int target, const QString &relative, const QByteArray &bytes, qint64 assetId);
    bool changedOutside(int target, const QString &relative) const;
    void record(int target, const QString &relative, const QByteArray &bytes);
    void loadManifest(int target);
    void saveManifests();
    void watch();
    void setState(State state, const QString &error = QString());
    qint64 assetOfFile(int target, const QString &relative);

    ProjectStore *m_store;
    QList<SyncTarget> m_targets;
    std::vector<TargetState> m_targetStates;
    qint64 m_cursor = 0;
    QSet<int> m_fullPending;
    QTimer m_assetTimer;
    QTimer m_fullTimer;
    QTimer m_pollTimer;
    QTimer m_externalTimer;
    QTimer m_manifestTimer;
    QFileSystemWatcher m_watcher;
    QFutureWatcher<QList<FullResult>> m_full;
    QList<Conflict> m_conflicts;
    State m_state = State::Off;
    QString m_error;
    QHash<QString, qint64> m_stemToAsset; // per-asset formats: file stem -> asset id
    QHash<qint64, QString> m_stems;       // asset id -> file stem (FormatSupport::fileStems)
};

} // namespace Tessera
