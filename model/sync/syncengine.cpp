// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "syncengine.h"

#include "core/shapegeometry.h"
#include "formats/format.h"
#include "formats/formatsupport.h"
#include "formats/memorydataset.h"
#include "jobs/exportjob.h"
#include "jobs/importjob.h"
#include "store/projectstore.h"
#include "util/filedigest.h"
#include "util/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QtConcurrent/QtConcurrentRun>

namespace Tessera {

namespace {

// Texts filed by lupdate under, and looked up in, the context "SyncEngine".
struct SyncEngineText
{
    Q_DECLARE_TR_FUNCTIONS(SyncEngine)
};
QString key(const char *name)
{
    return QString::fromLatin1(name);
}
const char *manifestName = ".tessera-sync.json";

// Empty for a file that cannot be read: it then differs from every digest on record.
QString sha256File(const QString &path)
{
    QString error;
    return FileDigest::sha256(path, &error);
}

// The staging folder of a full write sits beside the target, so that relative paths written into
// files (labelme's imagePath) come out the same, and files move in by rename.
QString stagingFor(const QString &folder)
{
    const QFileInfo info(folder);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName()
           + QStringLiteral(".tessera-staging");
}

QString describe(const Annotation &a, const QHash<qint64, QString> &names)
{
    QStringList coordinates;
    for (const QPointF &p : a.points)
        coordinates.append(QStringLiteral("%1,%2").arg(p.x(), 0, 'f', 1).arg(p.y(), 0, 'f', 1));
    QString text = annotationKindName(a.kind) + QLatin1Char(' ')
                   + names.value(a.labelId, SyncEngineText::tr("(no label)"));
    if (!coordinates.isEmpty())
        text += QStringLiteral(" at ") + coordinates.join(QLatin1Char(' '));
    if (a.kind == AnnotationKind::Mask)
        text += QStringLiteral(" in %1,%2 %3×%4")
                        .arg(a.maskRect.x())
                        .arg(a.maskRect.y())
                        .arg(a.maskRect.width())
                        .arg(a.maskRect.height());
    if (a.rotation != 0.0)
        text += QStringLiteral(" turned %1°").arg(a.rotation);
    return text;
}

} // namespace

namespace SyncTargets {

QList<SyncTarget> load(ProjectStore &store)
{
    QList<SyncTarget> targets;
    const QJsonArray list
            = QJsonDocument::fromJson(store.setting(key("sync/targets")).toUtf8()).array();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        SyncTarget t{.folder = o.value(key("folder")).toString(),
                     .format = o.value(key("format")).toString()};
        const QJsonObject options = o.value(key("options")).toObject();
        for (auto it = options.begin(); it != options.end(); ++it)
            t.options.insert(it.key(), it.value().toString());
        if (!t.folder.isEmpty() && !t.format.isEmpty())
            targets.append(t);
    }
    return targets;
}

bool save(ProjectStore &store, const QList<SyncTarget> &targets)
{
    QJsonArray list;
    for (const SyncTarget &t : targets) {
        QJsonObject options;
        for (auto it = t.options.cbegin(); it != t.options.cend(); ++it)
            options.insert(it.key(), it.value());
        list.append(QJsonObject{
                {key("folder"), t.folder}, {key("format"), t.format}, {key("options"), options}});
    }
    return store.setSetting(key("sync/targets"),
                            QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
}

} // namespace SyncTargets

SyncEngine::SyncEngine(ProjectStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    // Per-image files are written on the next turn of the event loop after a commit.
    m_assetTimer.setSingleShot(true);
    m_assetTimer.setInterval(0);
    connect(&m_assetTimer, &QTimer::timeout, this, &SyncEngine::pass);
    // Whole-dataset files are rewritten after the edits pause.
    m_fullTimer.setSingleShot(true);
    m_fullTimer.setInterval(1500);
    connect(&m_fullTimer, &QTimer::timeout, this, &SyncEngine::startFull);
    // Edits by other connections, and files changed in place (no directory event), are polled.
    m_pollTimer.setInterval(3000);
    connect(&m_pollTimer, &QTimer::timeout, this, [this]() {
        pass();
        checkExternal();
    });
    // The fingerprints are saved after a quiet second, not after every edit: they are a large
    // file, and a lost save only makes files look changed (asked about, never overwritten).
    m_manifestTimer.setSingleShot(true);
    m_manifestTimer.setInterval(1000);
    connect(&m_manifestTimer, &QTimer::timeout, this, &SyncEngine::saveManifests);
    m_externalTimer.setSingleShot(true);
    m_externalTimer.setInterval(300);
    connect(&m_externalTimer, &QTimer::timeout, this, &SyncEngine::checkExternal);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this,
            [this]() { m_externalTimer.start(); });
    connect(&m_full, &QFutureWatcher<QList<FullResult>>::finished, this, [this]() {
        for (const FullResult &r : m_full.result())
            applyFull(r);
        saveManifests();
        if (!m_fullPending.isEmpty())
            m_fullTimer.start();
        setState(m_conflicts.isEmpty() ? State::UpToDate : State::Conflict, m_error);
    });
    QString error;
    setTargets(SyncTargets::load(*store), &error);
}

SyncEngine::~SyncEngine()
{
    m_full.waitForFinished();
    saveManifests();
}

bool SyncEngine::setTargets(const QList<SyncTarget> &targets, QString *error)
{
    m_full.waitForFinished();
    saveManifests();
    std::vector<TargetState> states;
    for (const SyncTarget &t : targets) {
        TargetState s;
        s.format = FormatRegistry::make(t.format);
        if (!s.format || !(s.format->capabilities() & Format::Write)) {
            *error = SyncEngineText::tr("Sync: there is no format \"%1\" to write").arg(t.format);
            return false;
        }
        if (!s.format->setOptions(t.options)) {
            *error = s.format->errorString();
            return false;
        }
        if (!QDir().mkpath(t.folder)) {
            *error = SyncEngineText::tr("Sync: cannot create %1")
                             .arg(QDir::toNativeSeparators(t.folder));
            return false;
        }
        states.push_back(std::move(s));
    }
    if (targets != m_targets && !SyncTargets::save(*m_store, targets)) {
        *error = m_store->errorString();
        return false;
    }
    m_targets = targets;
    m_targetStates = std::move(states);
    m_conflicts.clear();
    m_fullPending.clear();
    for (int i = 0; i < m_targets.size(); ++i) {
        loadManifest(i);
        m_fullPending.insert(i);
    }
    m_cursor = m_store->lastAuditId();
    watch();
    if (m_targets.isEmpty()) {
        m_pollTimer.stop();
        setState(State::Off);
    } else {
        m_pollTimer.start();
        setState(State::Pending);
        QTimer::singleShot(0, this, &SyncEngine::startFull);
    }
    return true;
}

void SyncEngine::adoptExisting(int target)
{
    if (target < 0 || target >= m_targets.size())
        return;
    const QDir folder(m_targets[target].folder);
    Format &format = *m_targetStates[size_t(target)].format;
    ExportJob view(*m_store, format); // the files as an export makes them
    const QHash<qint64, QString> stems = FormatSupport::fileStems(view, AssetKind::Image);
    for (auto it = stems.cbegin(); it != stems.cend(); ++it) {
        const std::optional<Asset> asset = m_store->asset(it.key());
        if (!asset)
            continue;
        for (const ExportFile &f : format.assetFiles(view, *asset, it.value(), folder.path())) {
            QFile file(folder.filePath(f.path));
            if (QFileInfo(file).isFile() && file.open(QIODevice::ReadOnly))
                record(target, f.path, file.readAll());
        }
    }
    saveManifests();
}

void SyncEngine::poke()
{
    if (!m_targets.isEmpty())
        m_assetTimer.start();
}

void SyncEngine::flush()
{
    pass();
    while (!m_fullPending.isEmpty() || m_full.isRunning()) {
        if (!m_full.isRunning())
            startFull();
        m_full.waitForFinished();
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    saveManifests();
}

QString SyncEngine::statusText() const
{
    switch (m_state) {
    case State::Off:
        return QString();
    case State::UpToDate:
        return SyncEngineText::tr("Synced ✓");
    case State::Pending:
        return SyncEngineText::tr("Sync pending…");
    case State::Writing:
        return SyncEngineText::tr("Syncing…");
    case State::Conflict:
        return SyncEngineText::tr("%n sync conflict(s)", nullptr, int(m_conflicts.size()));
    case State::Failed:
        return SyncEngineText::tr("Sync failed");
    }
    return QString();
}

void SyncEngine::setState(State state, const QString &error)
{
    if (state == State::UpToDate && !m_conflicts.isEmpty())
        state = State::Conflict;
    if (!error.isEmpty())
        state = State::Failed;
    m_error = error;
    if (state != m_state) {
        m_state = state;
        emit stateChanged();
    }
}

void SyncEngine::pass()
{
    if (m_targets.isEmpty())
        return;
    const qint64 last = m_store->lastAuditId();
    if (last == m_cursor)
        return;
    bool projectWide = false;
    const QSet<qint64> changed = m_store->assetsChangedSince(m_cursor, &projectWide);
    m_cursor = last;
    if (projectWide) {
        m_stemToAsset.clear();
        m_stems.clear();
    }
    for (int i = 0; i < m_targets.size(); ++i) {
        if (projectWide || !m_targetStates[size_t(i)].format->writesPerAsset())
            m_fullPending.insert(i);
        else if (!m_full.isRunning())
            writeAssets(i, changed);
        else
            m_fullPending.insert(i); // the running write may predate these edits
    }
    m_manifestTimer.start();
    if (!m_fullPending.isEmpty()) {
        m_fullTimer.start();
        setState(State::Pending);
    } else {
        setState(State::UpToDate);
    }
}

void SyncEngine::writeAssets(int target, const QSet<qint64> &assets)
{
    TargetState &s = m_targetStates[size_t(target)];
    // Synced files are exports, made as an ExportJob sees the project: without unaccepted
    // proposals. The window's own connection shows them again as soon as the files are made.
    ExportJob view(*m_store, *s.format);
    if (m_stems.isEmpty())
        m_stems = FormatSupport::fileStems(view, AssetKind::Image); // until assets change
    const QHash<qint64, QString> &stems = m_stems;
    for (qint64 id : assets) {
        const std::optional<Asset> asset = m_store->asset(id);
        if (!asset || !stems.contains(id)) {
            m_fullPending.insert(target); // removed: the full pass drops its files
            continue;
        }
        for (const ExportFile &f :
             s.format->assetFiles(view, *asset, stems.value(id), m_targets[target].folder))
            place(target, f.path, f.bytes, id);
    }
}

bool SyncEngine::changedOutside(int target, const QString &relative) const
{
    const QFileInfo info(QDir(m_targets[target].folder).filePath(relative));
    const auto known = m_targetStates[size_t(target)].files.constFind(relative);
    if (!info.exists())
        return false; // deleted: written again
    if (known == m_targetStates[size_t(target)].files.cend())
        return true; // a file Tessera did not write is never replaced
    if (info.size() == known->size && info.lastModified() == known->modified)
        return false;
    return sha256File(info.absoluteFilePath()) != known->sha256;
}

void SyncEngine::record(int target, const QString &relative, const QByteArray &bytes)
{
    const QFileInfo info(QDir(m_targets[target].folder).filePath(relative));
    TargetState &s = m_targetStates[size_t(target)];
    s.files.insert(relative,
                   Fingerprint{FileDigest::sha256(bytes), info.size(), info.lastModified()});
    s.manifestDirty = true;
}

bool SyncEngine::place(int target, const QString &relative, const QByteArray &bytes, qint64 assetId)
{
    const QString path = QDir(m_targets[target].folder).filePath(relative);
    if (changedOutside(target, relative)) {
        const bool known
                = std::any_of(m_conflicts.cbegin(), m_conflicts.cend(), [&](const Conflict &c) {
                      return c.target == target && c.file == relative;
                  });
        if (!known) {
            m_conflicts.append(
                    {target, relative, assetId ? assetId : assetOfFile(target, relative)});
            Logging::warn(QStringLiteral("sync: %1 was changed outside Tessera; not overwritten")
                                  .arg(path));
        }
        return false;
    }
    QFile existing(path);
    if (existing.open(QIODevice::ReadOnly) && existing.size() == bytes.size()
        && existing.readAll() == bytes) {
        existing.close();
        record(target, relative, bytes);
        return true;
    }
    existing.close();
    QString error;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())
        || !FormatSupport::writeAtomically(path, bytes, &error)) {
        setState(State::Failed, error);
        return false;
    }
    record(target, relative, bytes);
    return true;
}

qint64 SyncEngine::assetOfFile(int target, const QString &relative)
{
    if (!m_targetStates[size_t(target)].format->writesPerAsset())
        return 0;
    if (m_stemToAsset.isEmpty()) {
        if (m_stems.isEmpty()) {
            ExportJob view(*m_store, *m_targetStates[size_t(target)].format);
            m_stems = FormatSupport::fileStems(view, AssetKind::Image);
        }
        for (auto it = m_stems.cbegin(); it != m_stems.cend(); ++it)
            m_stemToAsset.insert(it.value(), it.key());
    }
    return m_stemToAsset.value(QFileInfo(relative).completeBaseName());
}

void SyncEngine::startFull()
{
    if (m_full.isRunning() || m_fullPending.isEmpty())
        return;
    struct Job
    {
        int target;
        QString format;
        QHash<QString, QString> options;
        QString staging;
    };
    QList<Job> jobs;
    for (int i : std::as_const(m_fullPending))
        jobs.append(
                {i, m_targets[i].format, m_targets[i].options, stagingFor(m_targets[i].folder)});
    m_fullPending.clear();
    m_cursor = m_store->lastAuditId(); // the worker's snapshot is at least this new
    setState(State::Writing);
    const ProjectLocation location = m_store->location();
    m_full.setFuture(QtConcurrent::run([jobs, location]() {
        QList<FullResult> results;
        QString error;
        std::unique_ptr<ProjectStore> store = ProjectStore::open(location, &error);
        for (const Job &job : jobs) {
            FullResult r{job.target, job.staging, error};
            if (store) {
                QDir(job.staging).removeRecursively();
                std::unique_ptr<Format> format = FormatRegistry::make(job.format);
                FormatReport report;
                if (!format->setOptions(job.options)
                    || !ExportJob::write(*format, *store, job.staging, report))
                    r.error = format->errorString();
            }
            results.append(r);
        }
        return results;
    }));
}

void SyncEngine::applyFull(const FullResult &result)
{
    const int target = result.target;
    if (target >= m_targets.size()) {
        QDir(result.staging).removeRecursively();
        return;
    }
    if (!result.error.isEmpty()) {
        QDir(result.staging).removeRecursively();
        setState(State::Failed, result.error);
        return;
    }
    // Staged files replace the target's one by one (rename: atomic, same file system).
    QSet<QString> produced;
    QDirIterator it(result.staging, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString staged = it.next();
        const QString relative = QDir(result.staging).relativeFilePath(staged);
        produced.insert(relative);
        const QString path = QDir(m_targets[target].folder).filePath(relative);
        if (changedOutside(target, relative)) {
            QFile f(staged);
            f.open(QIODevice::ReadOnly);
            place(target, relative, f.readAll(), 0); // records the conflict
            continue;
        }
        const QString sha = sha256File(staged);
        const auto known = m_targetStates[size_t(target)].files.constFind(relative);
        if (known != m_targetStates[size_t(target)].files.cend() && known->sha256 == sha
            && QFileInfo::exists(path))
            continue; // unchanged
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile::remove(path + QStringLiteral(".tessera-old"));
        const bool moved = QFile::rename(staged, path)
                           || (QFile::rename(path, path + QStringLiteral(".tessera-old"))
                               && QFile::rename(staged, path)
                               && QFile::remove(path + QStringLiteral(".tessera-old")));
        if (!moved) {
            setState(State::Failed, SyncEngineText::tr("Sync: cannot replace %1")
                                            .arg(QDir::toNativeSeparators(path)));
            continue;
        }
        const QFileInfo info(path);
        m_targetStates[size_t(target)].files.insert(
                relative, Fingerprint{sha, info.size(), info.lastModified()});
        m_targetStates[size_t(target)].manifestDirty = true;
    }
    // Files of removed assets go, unless someone else changed them.
    const QStringList known = m_targetStates[size_t(target)].files.keys();
    for (const QString &relative : known) {
        if (produced.contains(relative) || changedOutside(target, relative))
            continue;
        const QString path = QDir(m_targets[target].folder).filePath(relative);
        if (!m_targetStates[size_t(target)].files.value(relative).trusted
            || !FormatSupport::isInside(m_targets[target].folder, path))
            continue; // never delete what the engine cannot prove it wrote
        QFile::remove(path);
        m_targetStates[size_t(target)].files.remove(relative);
        m_targetStates[size_t(target)].manifestDirty = true;
    }
    QDir(result.staging).removeRecursively();
    m_stemToAsset.clear();
    m_stems.clear();
}

void SyncEngine::checkExternal()
{
    bool found = false;
    for (int i = 0; i < m_targets.size(); ++i) {
        const QStringList files = m_targetStates[size_t(i)].files.keys();
        for (const QString &relative : files) {
            if (!changedOutside(i, relative))
                continue;
            const bool known
                    = std::any_of(m_conflicts.cbegin(), m_conflicts.cend(), [&](const Conflict &c) {
                          return c.target == i && c.file == relative;
                      });
            if (!known) {
                m_conflicts.append({i, relative, assetOfFile(i, relative)});
                found = true;
            }
        }
    }
    if (found)
        setState(State::Conflict);
}

void SyncEngine::loadManifest(int target)
{
    QFile f(QDir(m_targets[target].folder).filePath(key(manifestName)));
    TargetState &s = m_targetStates[size_t(target)];
    s.files.clear();
    if (!f.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    if (root.value(key("format")).toString() != m_targets[target].format)
        return; // another format wrote here before: its files are not ours
    const QJsonObject files = root.value(key("files")).toObject();
    // The manifest lies in a folder anyone may write: its entries are trusted (may lead to a
    // delete) only when its signature, made with the project's own key, checks out.
    const bool trusted = root.value(key("signature")).toString().toLatin1()
                         == signature(QJsonDocument(files).toJson(QJsonDocument::Compact));
    if (!trusted && !files.isEmpty())
        Logging::warn(
                SyncEngineText::tr(
                        "Sync: the manifest in %1 is not signed by this project; files it names "
                        "are never deleted")
                        .arg(QDir::toNativeSeparators(m_targets[target].folder)));
    for (auto it = files.begin(); it != files.end(); ++it) {
        // Only clean paths inside the target: no "..", no absolute paths, no drive letters.
        if (!FormatSupport::isCleanRelativePath(it.key())) {
            Logging::warn(
                    SyncEngineText::tr(
                            "Sync: ignored the manifest entry \"%1\" in %2: not a path inside "
                            "the folder")
                            .arg(it.key(), QDir::toNativeSeparators(m_targets[target].folder)));
            continue;
        }
        const QJsonObject o = it.value().toObject();
        s.files.insert(it.key(), Fingerprint{o.value(key("sha256")).toString(),
                                             o.value(key("size")).toInteger(-1),
                                             QDateTime::fromMSecsSinceEpoch(
                                                     o.value(key("modified")).toInteger(), Qt::UTC),
                                             trusted});
    }
}

QByteArray SyncEngine::manifestKey()
{
    QString key = m_store->setting(QStringLiteral("sync/manifest-key"));
    if (key.isEmpty()) {
        QByteArray random(32, Qt::Uninitialized);
        QRandomGenerator::system()->generate(random.begin(), random.end());
        key = QString::fromLatin1(random.toHex());
        m_store->setSetting(QStringLiteral("sync/manifest-key"), key);
    }
    return key.toLatin1();
}

QByteArray SyncEngine::signature(const QByteArray &files)
{
    return QMessageAuthenticationCode::hash(files, manifestKey(), QCryptographicHash::Sha256)
            .toHex();
}

void SyncEngine::saveManifests()
{
    for (int i = 0; i < m_targets.size(); ++i) {
        TargetState &s = m_targetStates[size_t(i)];
        if (!s.manifestDirty)
            continue;
        QJsonObject files;
        for (auto it = s.files.cbegin(); it != s.files.cend(); ++it)
            files.insert(it.key(),
                         QJsonObject{{key("sha256"), it->sha256},
                                     {key("size"), it->size},
                                     {key("modified"), it->modified.toMSecsSinceEpoch()}});
        const QJsonObject root{
                {key("format"), m_targets[i].format},
                {key("project"), m_store->location().toString()},
                {key("files"), files},
                {key("signature"), QString::fromLatin1(signature(
                                           QJsonDocument(files).toJson(QJsonDocument::Compact)))}};
        QString error;
        if (FormatSupport::writeAtomically(QDir(m_targets[i].folder).filePath(key(manifestName)),
                                           QJsonDocument(root).toJson(QJsonDocument::Compact),
                                           &error))
            s.manifestDirty = false;
        else
            Logging::warn(error);
    }
}

void SyncEngine::watch()
{
    if (!m_watcher.directories().isEmpty())
        m_watcher.removePaths(m_watcher.directories());
    for (const SyncTarget &t : std::as_const(m_targets)) {
        m_watcher.addPath(t.folder);
        QDirIterator it(t.folder, QDir::Dirs | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            m_watcher.addPath(it.next());
    }
}

bool SyncEngine::canTakeExternal(const Conflict &conflict) const
{
    const QString format = m_targets.value(conflict.target).format;
    return conflict.assetId
           && (format == QLatin1String("labelme") || format == QLatin1String("voc"));
}

std::optional<QList<Annotation>> SyncEngine::externalAnnotations(const Conflict &conflict,
                                                                 QString *error)
{
    if (!canTakeExternal(conflict)) {
        *error = SyncEngineText::tr(
                         "%1 files cannot be read back one by one; import the folder with File › "
                         "Import Annotations")
                         .arg(m_targets.value(conflict.target).format);
        return std::nullopt;
    }
    if (!m_store->asset(conflict.assetId)) {
        *error = SyncEngineText::tr("The image of %1 is no longer in the project")
                         .arg(conflict.file);
        return std::nullopt;
    }
    // Read through the codec into memory, then map its labels onto this project's. The file's
    // image need not be found: missing media still brings the annotations.
    std::unique_ptr<Format> format = FormatRegistry::make(m_targets[conflict.target].format);
    FormatReport report;
    const QString file = QDir(m_targets[conflict.target].folder).filePath(conflict.file);
    MemoryDataset read;
    if (!format->readData(read, file, report, {})) {
        *error = format->errorString();
        return std::nullopt;
    }
    if (read.assets().isEmpty()) {
        *error = SyncEngineText::tr("%1 holds no image").arg(QDir::toNativeSeparators(file));
        return std::nullopt;
    }
    QList<Annotation> annotations = read.annotationsOf(read.assets().constFirst().id);
    FormatReport labels;
    for (Annotation &a : annotations) {
        if (a.labelId) {
            const Label wanted = *read.label(a.labelId);
            if (!(a.labelId = ImportJob::projectLabelId(*m_store, wanted, labels, error)))
                return std::nullopt;
        }
        a.id = 0;
        a.assetId = conflict.assetId;
        a.provenance = Provenance{.origin = Origin::Import};
    }
    return annotations;
}

QStringList SyncEngine::differences(const Conflict &conflict, QString *error)
{
    const std::optional<QList<Annotation>> external = externalAnnotations(conflict, error);
    if (!external)
        return {};
    QHash<qint64, QString> names;
    for (const Label &l : m_store->labels())
        names.insert(l.id, l.name);
    QStringList mine, theirs;
    for (const Annotation &a : m_store->annotations(conflict.assetId))
        if (ShapeGeometry::isShape(a.kind) || a.kind == AnnotationKind::Tag)
            mine.append(describe(a, names));
    for (const Annotation &a : *external)
        theirs.append(describe(a, names));
    QStringList lines;
    for (const QString &t : std::as_const(theirs))
        if (!mine.removeOne(t))
            lines.append(QStringLiteral("+ ") + t);
    for (const QString &m : std::as_const(mine))
        lines.append(QStringLiteral("− ") + m);
    return lines;
}

void SyncEngine::resolveTaken(const Conflict &conflict)
{
    QFile f(QDir(m_targets[conflict.target].folder).filePath(conflict.file));
    if (f.open(QIODevice::ReadOnly)) {
        const QByteArray bytes = f.readAll();
        f.close();
        record(conflict.target, conflict.file, bytes);
    }
    m_conflicts.removeIf([&](const Conflict &c) {
        return c.target == conflict.target && c.file == conflict.file;
    });
    m_fullPending.insert(conflict.target); // the project's version of it is written next
    m_fullTimer.start();
    saveManifests();
    setState(m_conflicts.isEmpty() ? State::Pending : State::Conflict);
}

bool SyncEngine::resolveOverwrite(const Conflict &conflict, QString *error)
{
    Q_UNUSED(error)
    // Take the file on disk as the base, then write the project's version over it.
    resolveTaken(conflict);
    return true;
}

} // namespace Tessera
