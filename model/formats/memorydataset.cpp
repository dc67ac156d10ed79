// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "memorydataset.h"

#include "format.h"
#include "formatsupport.h"

#include <QDir>

#include <algorithm>

namespace Tessera {

MemoryDataset::MemoryDataset() = default;

MemoryDataset::~MemoryDataset() = default;

QList<Annotation> MemoryDataset::annotationsOf(qint64 assetId) const
{
    QList<Annotation> found;
    std::copy_if(m_annotations.cbegin(), m_annotations.cend(), std::back_inserter(found),
                 [assetId](const Annotation &a) { return a.assetId == assetId; });
    return found;
}

qint64 MemoryDataset::labelId(const Label &wanted, FormatReport &report, QString *error)
{
    Q_UNUSED(error)
    const int kinds = wanted.kinds == AllKindsFlag ? int(ImageKindFlag) : wanted.kinds;
    for (Label &l : m_labels)
        if (l.name == wanted.name) {
            l.kinds |= kinds;
            return l.id;
        }
    Label made = wanted;
    made.kinds = kinds;
    made.id = m_labels.size() + 1;
    made.sortOrder = int(m_labels.size());
    m_labels.append(made);
    report.newLabels.append(wanted.name);
    return made.id;
}

std::optional<Label> MemoryDataset::label(qint64 id)
{
    if (id < 1 || id > m_labels.size())
        return std::nullopt;
    return m_labels[id - 1];
}

Asset &MemoryDataset::imageAt(const QString &path, const QString &name, const QSize &size,
                              bool hasMedia, FormatReport &report, bool *reused)
{
    const QString key = QStringLiteral("image:") + QDir::cleanPath(path);
    if (const auto found = m_assetByKey.constFind(key); found != m_assetByKey.cend()) {
        if (reused)
            *reused = true;
        report.namedAssets.insert(*found);
        return m_assets[*found - 1];
    }
    Asset a{.id = m_assets.size() + 1,
            .kind = AssetKind::Image,
            .path = QDir::cleanPath(path),
            .name = name,
            .width = std::max(0, size.width()),
            .height = std::max(0, size.height())};
    if (hasMedia)
        a.sha256 = key; // not a digest: marks the media as present (FormatSupport::isMediaMissing)
    m_assets.append(a);
    m_assetByKey.insert(key, a.id);
    if (reused)
        *reused = false;
    ++report.assets;
    report.namedAssets.insert(a.id);
    return m_assets.last();
}

std::optional<Asset> MemoryDataset::imageAsset(const QString &imagePath, const QString &name,
                                               const QSize &size, FormatReport &report,
                                               QString *error, bool *reused)
{
    Q_UNUSED(error)
    return imageAt(imagePath, name, size, true, report, reused);
}

std::optional<Asset> MemoryDataset::missingImageAsset(const QString &expectedPath,
                                                      const QString &name,
                                                      const QSize &declaredSize,
                                                      FormatReport &report, QString *error)
{
    Q_UNUSED(error)
    ++report.missingMedia;
    return imageAt(expectedPath, name, declaredSize, false, report, nullptr);
}

std::optional<QList<qint64>> MemoryDataset::imageAssets(const QList<ImageReference> &images,
                                                        FormatReport &report, QString *error)
{
    QList<qint64> ids;
    ids.reserve(images.size());
    for (const ImageReference &r : images) {
        const std::optional<Asset> a
                = r.path.isEmpty()
                          ? missingImageAsset(r.expectedPath, r.name, r.size, report, error)
                          : imageAsset(r.path, r.name, r.size, report, error);
        ids.append(a->id);
    }
    return ids;
}

std::optional<Asset> MemoryDataset::textAsset(const Asset &wanted, FormatReport &report,
                                              QString *error, bool *reused)
{
    Q_UNUSED(error)
    const QString identity = FormatSupport::textIdentity(wanted);
    const QString key = QStringLiteral("text:") + identity;
    if (const auto found = m_assetByKey.constFind(key); found != m_assetByKey.cend()) {
        if (reused)
            *reused = true;
        report.namedAssets.insert(*found);
        return m_assets[*found - 1];
    }
    Asset a = wanted;
    a.id = m_assets.size() + 1;
    a.sha256 = identity;
    m_assets.append(a);
    m_assetByKey.insert(key, a.id);
    if (reused)
        *reused = false;
    ++report.assets;
    report.namedAssets.insert(a.id);
    return a;
}

std::optional<Asset> MemoryDataset::asset(qint64 id)
{
    if (id < 1 || id > m_assets.size())
        return std::nullopt;
    return m_assets[id - 1];
}

bool MemoryDataset::setAssetPayload(qint64 id, const QJsonObject &payload)
{
    if (id < 1 || id > m_assets.size()) {
        m_error = QStringLiteral("no asset %1").arg(id);
        return false;
    }
    m_assets[id - 1].payload = payload;
    return true;
}

bool MemoryDataset::storeAnnotations(QList<Annotation> &annotations, FormatReport &report,
                                     QString *error)
{
    Q_UNUSED(error)
    for (Annotation &a : annotations) {
        a.id = m_annotations.size() + 1;
        m_annotations.append(a);
    }
    report.added += int(annotations.size());
    return true;
}

QString MemoryDataset::mediaFolder() const
{
    return m_media.path();
}

} // namespace Tessera
