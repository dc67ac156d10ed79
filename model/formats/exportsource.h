// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/assetfilter.h"
#include "core/projectstats.h"
#include "core/types.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace Tessera {

/**
 * What a codec's writer reads (Format::writeData, losses, assetFiles): the labels, the assets
 * page by page and their annotations, as the export should see them. An ExportJob gives it over a
 * project, with shapes without a label and unaccepted proposals already left out or named as the
 * export's options say; the codec never sees how it is stored. Calls that can fail return false /
 * nullopt and say why in errorString().
 */
class ExportSource
{
public:
    virtual ~ExportSource() = default;

    /** The dataset's name (the project file's base name). */
    virtual QString name() const = 0;
    /** Every label, in class-id order (sortOrder). */
    virtual QList<Label> labels() = 0;
    virtual ProjectStats stats() = 0;

    virtual qint64 assetCount(const AssetFilter &filter = {}) = 0;
    /** Up to limit assets after the id `after`, by id, without their text and payload. */
    virtual QList<Asset> assetPage(const AssetFilter &filter, qint64 after, int limit) = 0;
    /** One asset with its text and payload. */
    virtual std::optional<Asset> asset(qint64 id) = 0;
    /** The assets whose payload has key, by id. */
    virtual QList<qint64> assetsWithPayloadKey(const QString &key) = 0;
    /** Where an asset's file is on this machine. */
    virtual QString absolutePath(const Asset &asset) const = 0;

    virtual QList<Annotation> annotations(qint64 assetId) = 0;
    virtual qint64 annotationCount() = 0;
    /** Shapes and spans without a label the export carries (0 when the job left them out). */
    virtual qint64 unlabeledShapeCount() = 0;
    /** Streams every annotation in id order; false when visit stopped or the read failed. */
    virtual bool forEachAnnotation(const std::function<bool(const Annotation &)> &visit) = 0;
    /** The same without provenance (author, times, model): faster, what shape exports need. */
    virtual bool forEachShape(const std::function<bool(const Annotation &)> &visit) = 0;
    /** Streams every annotation grouped by asset, assets by id. */
    virtual bool forEachAnnotationByAsset(const std::function<bool(const Annotation &)> &visit) = 0;

    virtual QString errorString() const = 0;
};

} // namespace Tessera
