// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assetfilter.h"
#include "core/projectstats.h"
#include "core/types.h"
#include "database.h"
#include "store/projectlocation.h"

#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>

namespace Tessera {

/**
 * The project file: one SQLite database in WAL mode. With its helpers in this folder (IssueStore,
 * LayerStore, TeamStore) the only code that speaks SQL.
 *
 * Every public write runs in its own transaction (nested calls join the outer Transaction) and
 * appends to the audit log, attributed to author(). Methods return false / nullopt on failure and
 * set errorString(); nothing here shows a message box.
 */
class ProjectStore
{
public:
    /** File suffix of projects, without the dot. */
    static QString suffix() { return QStringLiteral("tessera"); }

    /**
     * Creates a new, empty project. Fails if the file exists. A server location is refused with
     * a message until the PostgreSQL backend lands (issue 16).
     */
    static std::unique_ptr<ProjectStore> create(const ProjectLocation &location, QString *error);
    /**
     * Opens an existing project, migrating it to the latest schema. Refuses, without modifying the
     * file, anything that is not a Tessera project, a damaged project or one from a newer schema.
     */
    static std::unique_ptr<ProjectStore> open(const ProjectLocation &location, QString *error);
    /** Reads the schema version from the file header without opening it; -1 if not a project. */
    static int schemaVersionOf(const QString &path, QString *error);

    /**
     * Writes a consistent copy of the whole project to path (SQLite's VACUUM INTO: one read
     * transaction, so edits committed meanwhile are either all in or all out). path must not exist.
     * A server project is pulled (ServerTransfer::pull): what this login may read, in one
     * snapshot; this is how a bundle (team split, offline work) is made from a server.
     */
    bool snapshotTo(const QString &path);
    /** Rebuilds the file so that deleted rows leave no free pages behind (VACUUM). */
    bool compact();
    /**
     * Rewrites the stored path of every asset that has one to map(id, stored path, name), in
     * one transaction and unaudited: only for a snapshot being bundled (ProjectBundle), whose
     * media move with it.
     */
    bool rewriteAssetPaths(const std::function<QString(qint64 id, const QString &storedPath,
                                                       const QString &name)> &map);

    ~ProjectStore();

    /** Where the project lives; a worker opens its own connection to the same location. */
    const ProjectLocation &location() const { return m_location; }
    /** The project file (absolute); for a server project its URL without a password. */
    QString path() const { return m_path; }
    QString directory() const;
    QString errorString() const { return m_error; }
    /**
     * Opened read-only because the file or its folder cannot be written (a shared or mounted
     * read-only project): everything reads, every write is refused with a message saying so.
     */
    bool isReadOnly() const { return m_readOnly; }

    /**
     * What to do while another program holds the project's write lock: called with how long
     * the write has waited so far (ms); true to keep waiting. The default waits up to 30 s
     * (the CLI, workers); the window installs one that keeps the GUI painting and says that an
     * edit is pending. An edit is never dropped because of a lock unless this gives up, and
     * then the error names the project file. Called with -1 once the lock is had after waiting.
     */
    void setBusyWait(std::function<bool(qint64 waitedMs)> wait) { m_busyWait = std::move(wait); }
    /**
     * Changes whenever another connection (another program, or a worker) commits to the project:
     * PRAGMA data_version, or on a server the change notices of other clients (and a reconnect,
     * after which everything is to be re-read). Cheap; the window polls it to notice other
     * writers. -1 (and errorString()) when it cannot be read: a server that is away; the next
     * call outside a transaction connects again.
     */
    qint64 dataVersion();
    Database &database() { return *m_db; }
    /** A team server project (PostgreSQL) rather than a project file. */
    bool isServer() const { return m_location.isServer(); }

    /**
     * Who is attributed with edits made through this store; defaults to Identity's user. On a
     * server project it is the login, which PostgreSQL signs every row with (ServerExtras), and
     * setAuthor() changes nothing: a client cannot write in someone else's name.
     */
    QString author() const { return m_author; }
    void setAuthor(const QString &author)
    {
        if (!author.trimmed().isEmpty() && !isServer())
            m_author = author.trimmed();
    }

    /** RAII transaction; nested ones join the outermost. Rolls back unless commit() was called. */
    class Transaction
    {
    public:
        explicit Transaction(ProjectStore &store);
        ~Transaction();
        bool ok() const { return m_ok; }
        bool commit();

    private:
        ProjectStore &m_store;
        bool m_done = false;
        bool m_ok = false;
    };

    // Project settings and meta data.
    QString setting(const QString &key, const QString &defaultValue = QString());
    bool setSetting(const QString &key, const QString &value);
    int schemaVersion();

    // Labels. sortOrder is assigned on add and never changes afterwards.
    QList<Label> labels();
    std::optional<Label> label(qint64 id);
    std::optional<Label> labelByName(const QString &name);
    bool addLabel(Label &label);
    /** Updates name, colour, hotkey, kinds and attributes; never the sort order. */
    bool updateLabel(const Label &label);
    /**
     * Lists the labels in the window in the order of ids (every label of the project, each once).
     * Only the display order changes: class ids of exports (sortOrder) stay as they are.
     */
    bool setLabelDisplayOrder(const QList<qint64> &ids);
    /** Refuses while annotations use the label, unless removeAnnotations is true. */
    bool removeLabel(qint64 id, bool removeAnnotations = false);
    /**
     * Merges label `from` into `into`: every annotation (and annotator layer) of `from` takes
     * `into`, then `from` is removed; one transaction, audited with the number moved. Returns
     * how many annotations moved, or -1. The class ids of the other labels do not change.
     */
    qint64 mergeLabel(qint64 from, qint64 into);

    /**
     * How an add is written to the audit log: an entry per item (user edits), one for the call
     * (batches), or none here because the caller records its whole job once (an import of
     * 100,000 texts: recordAddedAssets()).
     */
    enum class AuditDetail { PerAnnotation, Summary, None };

    // Assets.
    bool addAsset(Asset &asset, AuditDetail detail = AuditDetail::Summary);
    /** Adds many in one transaction with one audit entry (Summary) or none; sets the ids. */
    bool addAssets(QList<Asset> &assets, AuditDetail detail = AuditDetail::Summary);
    /** The audit entry of assets added with AuditDetail::None: how many, first and last id. */
    bool recordAddedAssets(qint64 count, qint64 firstId, qint64 lastId);
    std::optional<Asset> asset(qint64 id);
    std::optional<Asset> assetBySha256(const QString &sha256);
    std::optional<Asset> assetByPath(const QString &storedPath);
    /** Stored paths of all assets that have one, for quick duplicate checks on folder scans. */
    QStringList assetPaths();
    /** Every asset's id by its content hash: for imports that look up many at once. */
    QHash<QString, qint64> assetIdsBySha256();
    qint64 assetCount(const AssetFilter &filter = {});
    /** The ids of the assets the filter lets through, in ascending order. */
    QList<qint64> assetIds(const AssetFilter &filter = {});
    /** The same, at most limit of them after afterId. */
    QList<qint64> assetIds(const AssetFilter &filter, qint64 afterId, int limit);
    /**
     * One page of the list: up to limit assets with id > afterId, in id order, without their text
     * and payload (kept light for list views). annotationCounts receives one count per asset.
     */
    QList<Asset> assetPage(const AssetFilter &filter, qint64 afterId, int limit,
                           QList<int> *annotationCounts = nullptr);
    bool removeAsset(qint64 id);
    /** Ids of the assets whose payload has a top-level key (e.g. "captions"). */
    QList<qint64> assetsWithPayloadKey(const QString &key);
    /**
     * Points an image asset at its file (Relink Media): path (stored form), content hash, size in
     * bytes and pixel size (kept when empty). Fails when another asset has that content. Audited.
     */
    bool setAssetMedia(qint64 id, const QString &storedPath, const QString &sha256, qint64 byteSize,
                       const QSize &size);
    /** Replaces an asset's payload (extra fields kept from imported files); audited. */
    bool setAssetPayload(qint64 id, const QJsonObject &payload);
    /** Absolute path of an asset's file, or empty for assets without one. */
    QString absolutePath(const Asset &asset) const;
    /** The form in which a file path is stored: relative to the project folder when below it. */
    QString storedPath(const QString &absolutePath) const;

    // Annotations.
    QList<Annotation> annotations(qint64 assetId);
    /**
     * Leaves unaccepted proposals out of annotations() and the annotation streams on this
     * connection: what exports use, so that model guesses nobody checked never reach a training
     * set (formats that keep them apart, like Label Studio's predictions, turn it off).
     */
    void setProposalsHidden(bool hidden) { m_proposalsHidden = hidden; }
    /**
     * Leaves shapes and spans without a label, and the relations to them, out of the same reads:
     * an export that cannot name them (ExportJob lists them as lost).
     */
    void setUnlabeledHidden(bool hidden) { m_unlabeledHidden = hidden; }
    bool unlabeledHidden() const { return m_unlabeledHidden; }
    /** Visible shapes and spans without a label (proposals count as the reads above see them). */
    qint64 unlabeledShapeCount();
    /**
     * Gives every shape and span without a label the label labelId, unaudited: only for an
     * export's view inside a Transaction that is rolled back (see ExportJob).
     */
    bool labelUnlabeledForExport(qint64 labelId);
    std::optional<Annotation> annotation(qint64 id);
    /**
     * Inserts annotations, filling in ids (an annotation with a non-zero id keeps it: undo/redo
     * re-inserts with the same id) and provenance times and author when unset. Summary writes one
     * audit entry for the whole batch (imports); PerAnnotation one per annotation (user edits).
     */
    bool addAnnotations(QList<Annotation> &annotations,
                        AuditDetail detail = AuditDetail::PerAnnotation);
    /**
     * The modifiedAt an editor last saw of each annotation it changes, by id: an annotation
     * whose stored modifiedAt differs was changed by someone else meanwhile, and the call is
     * refused (lastErrorWasConflict()) instead of overwriting their edit. Optimistic concurrency:
     * modifiedAt grows with every update (by at least 1 ms), so it is the row's version.
     */
    using SeenVersions = QHash<qint64, qint64>;
    /**
     * Replaces stored annotations by id; sets each one's modifiedAt to the new version. With
     * seen, refuses (changing nothing) when any of them changed since.
     */
    bool updateAnnotations(QList<Annotation> &annotations, const SeenVersions &seen = {});
    /** Removes annotations by id; with seen, refuses when any of them changed since. */
    bool removeAnnotations(const QList<qint64> &ids, const SeenVersions &seen = {});
    /** Who has an asset open on a server project, until when (ms since the epoch). */
    struct Lease
    {
        QString login;
        qint64 until = 0;
    };
    /**
     * Server projects: takes the asset for this login for seconds, or renews a lease of its own,
     * unless someone else's lease on it runs; returns the lease now on the asset (this login's
     * when it was taken). A project file, or a failure: nullopt (nothing is said: leases only
     * tell people apart, they never stop an edit).
     */
    std::optional<Lease> leaseAsset(qint64 assetId, int seconds = 90);
    /** Gives up this login's lease on the asset (no-op for a project file). */
    /** Who holds a lease on the asset that has not run out, without taking it; nullopt: nobody. */
    std::optional<Lease> leaseHolder(qint64 assetId);
    /**
     * Counts other clients' lease changes noticed by dataVersion() (which does not count them):
     * a window re-reads the holder of the asset it shows when this moves.
     */
    qint64 leaseVersion() const { return m_leaseVersion; }
    void releaseAsset(qint64 assetId);
    /** The last refused call met an edit of someone else (see SeenVersions). */
    bool lastErrorWasConflict() const { return m_conflict; }
    qint64 annotationCount(qint64 assetId = 0);
    /** The highest asset id (0 for none): assets above it were added later. nullopt on failure. */
    std::optional<qint64> lastAssetId();
    /** Whether the project holds any annotation; nullopt on failure. */
    std::optional<bool> hasAnnotations();
    /**
     * Streams every annotation in id order through visit (return false to stop): one sequential
     * table scan for an export, instead of a query per asset or a lookup per row through an index.
     */
    bool forEachAnnotation(const std::function<bool(const Annotation &)> &visit);
    /**
     * The same without provenance (author, times, model): what an export of shapes needs, and a
     * third faster to read.
     */
    bool forEachShape(const std::function<bool(const Annotation &)> &visit);
    /** The shapes (no provenance) of one asset in id order: what an import matches against. */
    QList<Annotation> shapesOf(qint64 assetId);
    /**
     * The shapes (no provenance) of the assets first..last, each asset's in id order, by asset:
     * what an import matches against, read for a run of assets in one query instead of one each.
     * Assets without shapes are absent; an empty hash also when the store fails (errorString()).
     */
    QHash<qint64, QList<Annotation>> shapesOfAssets(qint64 first, qint64 last);
    /** The same in asset order (then id): per-asset exports group a stream, not a query each. */
    bool forEachAnnotationByAsset(const std::function<bool(const Annotation &)> &visit);

    // Review.
    /**
     * Moves the asset in review. With seenVersion (Asset::version as the caller showed it), a
     * move of an asset someone changed since is refused (lastErrorWasConflict()), as stale
     * annotation edits are.
     */
    bool setReviewStatus(qint64 assetId, ReviewStatus status, const QString &reason = QString(),
                         std::optional<qint64> seenVersion = std::nullopt);
    /** Whether someone else changed the asset's row since the caller saw seenVersion of it. */
    bool changedSince(const Asset &current, qint64 seenVersion) const;
    /** The review history of an asset (0: of all assets), oldest first. */
    QList<ReviewEntry> reviews(qint64 assetId = 0);
    /** Everyone who moved an asset in review (annotators and reviewers), each once. */
    QStringList reviewers();

    // History.
    QList<AuditEntry> auditLog(qint64 assetId = 0, int limit = -1);
    /** The newest audit entry's id (0 for none): a cursor for followers such as live sync. */
    qint64 lastAuditId();
    /**
     * Assets edited after the audit entry afterId; *projectWide is set when an entry concerns the
     * project as a whole (labels, imports recorded as summaries).
     */
    QSet<qint64> assetsChangedSince(qint64 afterId, bool *projectWide);

    /** Counts of the project; with proposals hidden, of what an export writes. */
    ProjectStats stats();
    /** Full consistency check: SQLite integrity, foreign keys, missing media. Empty when clean. */
    QStringList check(bool verifyMedia = true);
    /**
     * Moves every annotation check() finds unusable (and relations hanging on one) into the
     * quarantine table, with its whole row as JSON and the reason: nothing is deleted, the
     * project opens and exports cleanly afterwards. One transaction; how many rows moved, or -1.
     */
    int repair(QStringList *moved = nullptr);

    static qint64 now();

    // For the store's helper classes (IssueStore, LayerStore, TeamStore), inside a Transaction.
    /** Appends to the audit log, attributed to author(). */
    bool audit(const QString &action, qint64 assetId, qint64 annotationId, const QString &before,
               const QString &after);
    /** Sets errorString() from the database's last error (naming damage as such); false. */
    bool fail(const QString &context);
    void setErrorString(const QString &error) { m_error = error; }

private:
    friend class AnnotationWriter;

    explicit ProjectStore(const ProjectLocation &location);
    static std::unique_ptr<ProjectStore> openServer(const ProjectLocation &location,
                                                    QString *error);
    bool initialize(bool created, QString *error);
    QByteArray visibleClause(const char *joiner) const;
    bool streamAnnotations(const QByteArray &sql, bool withProvenance,
                           const std::function<bool(const Annotation &)> &visit,
                           std::initializer_list<qint64> binds = {});
    bool migrate(int from);
    bool begin();
    bool commitTransaction();
    /** The outermost transaction ended: a lost server connection may be made anew again. */
    void transactionEnded();
    void rollback();
    /** Refuses a review move of an asset whose row changed since the caller saw it; sets
     *  lastErrorWasConflict(). */
    bool conflict(const Asset &current, ReviewStatus wanted);
    /** This store wrote `version` of the asset's row: once the outermost transaction commits,
     *  changedSince() does not count that version as someone else's change. */
    void noteOwnAssetWrite(qint64 assetId, qint64 version);
    std::optional<Asset> assetWhere(const char *sql, const QString &value);

    qint64 m_leaseVersion = 0;
    QHash<qint64, qint64> m_ownAssetVersions;   // asset -> the version its last write here made
    QHash<qint64, qint64> m_pendingOwnVersions; // the same, in the open transaction
    ProjectLocation m_location;
    QString m_path;
    QString m_author;
    QString m_error;
    std::unique_ptr<Database> m_db;
    qint64 m_serverVersion = 0; // dataVersion() of a server project: others' commits seen
    int m_reconnectsSeen = 0;
    int m_transactionDepth = 0;
    bool m_readOnly = false;
    std::function<bool(qint64)> m_busyWait;
    bool m_proposalsHidden = false;
    bool m_unlabeledHidden = false;
    bool m_transactionFailed = false;
    bool m_conflict = false;
};

} // namespace Tessera
