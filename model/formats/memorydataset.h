// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "importsink.h"

#include <QHash>
#include <QTemporaryDir>

namespace Tessera {

/**
 * A dataset read into memory: what a codec's reader gives, without a project. Sync reads a file
 * changed outside Tessera through it (no scratch project), evaluation reads predictions through
 * it. Images are told apart by path (nothing is hashed), texts by content; ids count from 1 in
 * the order things were read; annotations are kept as the reader gave them (Append: nothing is
 * matched). Embedded media (labelme's imageData) go to a temporary folder that lives as long as
 * the dataset.
 */
class MemoryDataset final : public ImportSink
{
public:
    MemoryDataset();
    ~MemoryDataset() override;

    const QList<Label> &labels() const { return m_labels; }
    const QList<Asset> &assets() const { return m_assets; }
    const QList<Annotation> &annotations() const { return m_annotations; }
    /** The annotations of one asset, in the order they were read. */
    QList<Annotation> annotationsOf(qint64 assetId) const;

    // ImportSink
    qint64 labelId(const Label &wanted, FormatReport &report, QString *error) override;
    std::optional<Label> label(qint64 id) override;
    std::optional<Asset> imageAsset(const QString &imagePath, const QString &name,
                                    const QSize &size, FormatReport &report, QString *error,
                                    bool *reused = nullptr) override;
    std::optional<Asset> missingImageAsset(const QString &expectedPath, const QString &name,
                                           const QSize &declaredSize, FormatReport &report,
                                           QString *error) override;
    std::optional<QList<qint64>> imageAssets(const QList<ImageReference> &images,
                                             FormatReport &report, QString *error) override;
    std::optional<Asset> textAsset(const Asset &wanted, FormatReport &report, QString *error,
                                   bool *reused = nullptr) override;
    std::optional<Asset> asset(qint64 id) override;
    bool setAssetPayload(qint64 id, const QJsonObject &payload) override;
    bool storeAnnotations(QList<Annotation> &annotations, FormatReport &report,
                          QString *error) override;
    QString mediaFolder() const override;
    QString errorString() const override { return m_error; }

private:
    /** The asset of an image path: the one read before, or a new one. */
    Asset &imageAt(const QString &path, const QString &name, const QSize &size, bool hasMedia,
                   FormatReport &report, bool *reused);

    QList<Label> m_labels;
    QList<Asset> m_assets; // asset id = index + 1
    QList<Annotation> m_annotations;
    QHash<QString, qint64> m_assetByKey; // image path or text identity -> asset id
    QTemporaryDir m_media;
    QString m_error;
};

} // namespace Tessera
