// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "core/types.h"

#include <QJsonObject>
#include <QList>
#include <QSize>
#include <QString>

#include <optional>

namespace Tessera {

struct FormatReport;

/** An image a dataset names: where it was found (empty when it is not on disk) and what it says. */
struct ImageReference
{
    QString path;         // the file found, absolute; empty: missing media
    QString expectedPath; // where the dataset says it is: needed only when path is empty
    QString name;         // the name the dataset gives it
    QSize size;           // the declared size; invalid when the dataset gives none
};

/**
 * Where a codec's reader puts what it reads (Format::readData): labels by name, assets by their
 * media, and annotations in batches. The codec never sees how that is stored: an ImportJob puts it
 * into a project in one transaction, with de-duplication and the import mode; a MemoryDataset
 * keeps it in memory (sync's read-back of one file, evaluation). Every call that can fail returns
 * false / 0 / nullopt and says why in *error or errorString(); the reader then stops and fails
 * with that message. Counts and warnings go to the report.
 */
class ImportSink
{
public:
    virtual ~ImportSink() = default;

    /**
     * The id of the label named wanted.name: a new label (with wanted's colour, attributes and
     * skeleton, for wanted.kinds or images when it names all kinds) is made and listed in
     * report.newLabels when there is none; an existing one is widened to wanted.kinds.
     */
    virtual qint64 labelId(const Label &wanted, FormatReport &report, QString *error) = 0;
    virtual std::optional<Label> label(qint64 id) = 0;

    /**
     * The asset of an image file that is on disk: the one with the same content when there is
     * one (*reused set), else a new one with the given name and size.
     */
    virtual std::optional<Asset> imageAsset(const QString &imagePath, const QString &name,
                                            const QSize &size, FormatReport &report, QString *error,
                                            bool *reused = nullptr)
            = 0;
    /**
     * The asset of an image a dataset names but that is not on disk ("media missing"): kept with
     * the path where it was expected and the declared size, so that its annotations come in and
     * Relink Media finds the file later. A warning naming the image goes to report.
     */
    virtual std::optional<Asset> missingImageAsset(const QString &expectedPath, const QString &name,
                                                   const QSize &declaredSize, FormatReport &report,
                                                   QString *error)
            = 0;
    /**
     * The asset ids of many images at once, in their order: as imageAsset() or
     * missingImageAsset() would give them one by one, but cheaper for 100,000 images (content
     * digests taken on every core, new assets added together).
     */
    virtual std::optional<QList<qint64>> imageAssets(const QList<ImageReference> &images,
                                                     FormatReport &report, QString *error)
            = 0;
    /**
     * The text or comparison asset with wanted's content when there is one (*reused set), else
     * wanted added. Identity: the text's content, so a .txt added before is found.
     */
    virtual std::optional<Asset> textAsset(const Asset &wanted, FormatReport &report,
                                           QString *error, bool *reused = nullptr)
            = 0;

    /** An asset with its text and payload, as stored so far. */
    virtual std::optional<Asset> asset(qint64 id) = 0;
    virtual bool setAssetPayload(qint64 id, const QJsonObject &payload) = 0;

    /**
     * Stores what the reader read: ids are filled in (an annotation matched with one stored
     * before gets that id, so that relations read later point at it); counts go to report.
     */
    virtual bool storeAnnotations(QList<Annotation> &annotations, FormatReport &report,
                                  QString *error)
            = 0;

    /** The folder where files a dataset carries inside itself go (labelme's imageData). */
    virtual QString mediaFolder() const = 0;

    /** Why the last call that returned false, 0 or nullopt failed. */
    virtual QString errorString() const = 0;
};

} // namespace Tessera
