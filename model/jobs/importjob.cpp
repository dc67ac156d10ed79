// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "importjob.h"

#include "formats/format.h"
#include "formats/formatsupport.h"
#include "store/digeststore.h"
#include "store/projectstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QScopeGuard>

#include <algorithm>

namespace Tessera {

namespace {

// Texts filed by lupdate under, and looked up in, the context "Format" (where they were before
// the codecs and the jobs were parted).
struct FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Format)
};

} // namespace

ImportJob::ImportJob(ProjectStore &store, Format &format, ImportMode mode)
    : m_store(store)
    , m_format(format)
    , m_mode(mode)
{}

ImportJob::~ImportJob() = default;

std::optional<ImportMode> ImportJob::modeFromName(const QString &name)
{
    if (name == QLatin1String("merge"))
        return ImportMode::Merge;
    if (name == QLatin1String("replace"))
        return ImportMode::Replace;
    if (name == QLatin1String("append"))
        return ImportMode::Append;
    return std::nullopt;
}

bool ImportJob::read(Format &format, ProjectStore &store, const QString &path, FormatReport &report,
                     const JobControl &control, ImportMode mode)
{
    return ImportJob(store, format, mode).run(path, report, control);
}

bool ImportJob::run(const QString &path, FormatReport &report, const JobControl &control)
{
    // One transaction around the reader and the merge's removals: a bad record anywhere leaves
    // the project as it was, labels included.
    ProjectStore::Transaction t(m_store);
    const auto fail = [this](const QString &message) {
        m_format.setErrorString(message);
        return false;
    };
    if (!t.ok())
        return fail(m_store.errorString());
    m_merge = std::make_unique<ImportMerge>(m_store, m_mode);
    const auto done = qScopeGuard([this]() { m_merge.reset(); });
    QString error;
    if (!m_merge->begin(&error))
        return fail(error);
    if (!m_format.readData(*this, path, report, control))
        return false; // the reader said why
    if (!m_merge->finish(report, &error))
        return fail(error);
    // Assets added one by one (texts, missing media) are recorded once for the import.
    if (!m_store.recordAddedAssets(m_added, m_firstAdded, m_lastAdded))
        return fail(m_store.errorString());
    if (!t.commit())
        return fail(m_store.errorString());
    return true;
}

qint64 ImportJob::projectLabelId(ProjectStore &store, const Label &wanted, FormatReport &report,
                                 QString *error)
{
    const int kinds = wanted.kinds == AllKindsFlag ? int(ImageKindFlag) : wanted.kinds;
    if (std::optional<Label> existing = store.labelByName(wanted.name)) {
        // A label used for another kind of asset now serves this one too.
        if ((existing->kinds & kinds) != kinds) {
            existing->kinds |= kinds;
            if (!store.updateLabel(*existing)) {
                *error = store.errorString();
                return 0;
            }
        }
        return existing->id;
    }
    Label created{.name = wanted.name,
                  .color = wanted.color,
                  .kinds = kinds,
                  .attributes = wanted.attributes,
                  .skeleton = wanted.skeleton};
    if (!store.addLabel(created)) {
        *error = store.errorString();
        return 0;
    }
    report.newLabels.append(wanted.name);
    return created.id;
}

qint64 ImportJob::labelId(const Label &wanted, FormatReport &report, QString *error)
{
    return projectLabelId(m_store, wanted, report, error);
}

std::optional<Label> ImportJob::label(qint64 id)
{
    return m_store.label(id);
}

std::optional<Asset> ImportJob::imageAsset(const QString &imagePath, const QString &name,
                                           const QSize &size, FormatReport &report, QString *error,
                                           bool *reused)
{
    // Remembered by path and stamp: importing annotations for images already added reads none.
    // A FIFO or device where the image should be is refused by the digest, without blocking.
    const DigestStore::Digest digest = DigestStore(m_store).digest(imagePath);
    if (digest.sha256.isEmpty()) {
        *error = digest.error;
        return std::nullopt;
    }
    const QString &sha = digest.sha256;
    if (std::optional<Asset> existing = m_store.assetBySha256(sha)) {
        if (reused)
            *reused = true;
        report.namedAssets.insert(existing->id);
        return existing;
    }
    return added(Asset{.kind = AssetKind::Image,
                       .path = m_store.storedPath(imagePath),
                       .name = name,
                       .byteSize = digest.size,
                       .sha256 = sha,
                       .width = size.width(),
                       .height = size.height()},
                 report, error, reused);
}

std::optional<Asset> ImportJob::missingImageAsset(const QString &expectedPath, const QString &name,
                                                  const QSize &declaredSize, FormatReport &report,
                                                  QString *error)
{
    const QString stored = m_store.storedPath(QDir::cleanPath(expectedPath));
    report.warnings.append(
            FormatText::tr("%1: image file not found; imported without its media (File › "
                           "Relink Media or tessera-cli relink finds it later)")
                    .arg(FormatSupport::printable(name.toUtf8(), 120)));
    ++report.missingMedia;
    if (std::optional<Asset> existing = m_store.assetByPath(stored)) {
        report.namedAssets.insert(existing->id);
        return existing;
    }
    return added(Asset{.kind = AssetKind::Image,
                       .path = stored,
                       .name = name,
                       .width = std::max(0, declaredSize.width()),
                       .height = std::max(0, declaredSize.height())},
                 report, error, nullptr);
}

std::optional<QList<qint64>> ImportJob::imageAssets(const QList<ImageReference> &images,
                                                    FormatReport &report, QString *error)
{
    QStringList found;
    for (const ImageReference &r : images)
        if (!r.path.isEmpty())
            found.append(r.path);
    // Hashed on every core; files the project has seen unchanged are not read again.
    const QList<DigestStore::Digest> digests = DigestStore(m_store).digests(found);
    // Known content is the same asset: looked up in one query when the project has assets.
    const QHash<QString, qint64> known
            = m_store.assetCount() > 0 ? m_store.assetIdsBySha256() : QHash<QString, qint64>();
    QList<qint64> ids(images.size(), 0);
    QList<Asset> pending;
    QHash<QString, qsizetype> pendingBySha;
    QList<std::pair<qsizetype, qsizetype>> pendingOf; // index in images -> index in pending
    qsizetype digest = 0;
    for (qsizetype i = 0; i < images.size(); ++i) {
        const ImageReference &r = images[i];
        if (r.path.isEmpty()) {
            // Missing media is not fatal: the annotations come in, the file is found later.
            const std::optional<Asset> missing
                    = missingImageAsset(r.expectedPath, r.name, r.size, report, error);
            if (!missing)
                return std::nullopt;
            ids[i] = missing->id;
            continue;
        }
        const DigestStore::Digest &d = digests[digest++];
        if (d.sha256.isEmpty()) {
            *error = d.error;
            return std::nullopt;
        }
        if (const auto same = pendingBySha.constFind(d.sha256); same != pendingBySha.cend()) {
            pendingOf.append({i, *same});
        } else if (const auto stored = known.constFind(d.sha256); stored != known.cend()) {
            ids[i] = *stored;
        } else {
            pendingBySha.insert(d.sha256, pending.size());
            pendingOf.append({i, pending.size()});
            pending.append(Asset{.kind = AssetKind::Image,
                                 .path = m_store.storedPath(r.path),
                                 .name = r.name,
                                 .byteSize = d.size,
                                 .sha256 = d.sha256,
                                 .width = r.size.width(),
                                 .height = r.size.height()});
        }
    }
    if (!pending.isEmpty() && !m_store.addAssets(pending)) {
        *error = m_store.errorString();
        return std::nullopt;
    }
    report.assets += int(pending.size());
    for (const auto &[image, made] : std::as_const(pendingOf))
        ids[image] = pending[made].id;
    for (const qint64 id : std::as_const(ids))
        report.namedAssets.insert(id);
    return ids;
}

std::optional<Asset> ImportJob::textAsset(const Asset &wanted, FormatReport &report, QString *error,
                                          bool *reused)
{
    qint64 byteSize = 0;
    const QString sha = FormatSupport::textIdentity(wanted, &byteSize);
    if (std::optional<Asset> existing = m_store.assetBySha256(sha)) {
        if (reused)
            *reused = true;
        report.namedAssets.insert(existing->id);
        return existing;
    }
    Asset a = wanted;
    a.sha256 = sha;
    a.byteSize = byteSize;
    return added(a, report, error, reused);
}

std::optional<Asset> ImportJob::added(Asset asset, FormatReport &report, QString *error,
                                      bool *reused)
{
    // One audit entry for the whole import (run()), not one per text of a 100k-line file:
    // a fifth of such an import's time went to writing them.
    if (!m_store.addAsset(asset, ProjectStore::AuditDetail::None)) {
        *error = m_store.errorString();
        return std::nullopt;
    }
    if (m_added++ == 0)
        m_firstAdded = asset.id;
    m_lastAdded = asset.id;
    if (reused)
        *reused = false;
    ++report.assets;
    report.namedAssets.insert(asset.id);
    return asset;
}

std::optional<Asset> ImportJob::asset(qint64 id)
{
    return m_store.asset(id);
}

bool ImportJob::setAssetPayload(qint64 id, const QJsonObject &payload)
{
    return m_store.setAssetPayload(id, payload);
}

bool ImportJob::storeAnnotations(QList<Annotation> &annotations, FormatReport &report,
                                 QString *error)
{
    if (m_merge)
        return m_merge->store(annotations, report, error);
    ImportMerge append(m_store, ImportMode::Append);
    return append.store(annotations, report, error);
}

QString ImportJob::mediaFolder() const
{
    return m_store.directory();
}

QString ImportJob::errorString() const
{
    return m_store.errorString();
}

} // namespace Tessera
