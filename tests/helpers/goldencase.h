// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "store/projectstore.h"
#include "testhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace Tessera::Test {

/** The tests' own data folder (fixtures and golden cases). */
inline QString dataDir()
{
    return QStringLiteral(TESSERA_SOURCE_DIR "/tests/data");
}

/** A new, empty project in folder, attributed to "tester". */
inline std::unique_ptr<ProjectStore> newProject(const QString &folder,
                                                const QString &name = QStringLiteral("p.tessera"))
{
    QString error;
    auto store = ProjectStore::create(QDir(folder).filePath(name), &error);
    if (store)
        store->setAuthor(QStringLiteral("tester"));
    return store;
}

// Builds the project a golden case describes; images are made with the given sizes.
inline bool buildCase(ProjectStore &store, const QString &caseDir, const QString &imageDir)
{
    QFile file(caseDir + QStringLiteral("/input.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject input = QJsonDocument::fromJson(file.readAll()).object();
    for (const QJsonValue &name : input.value(QStringLiteral("labels")).toArray()) {
        Label l{.name = name.toString(), .kinds = ImageKindFlag};
        if (!store.addLabel(l))
            return false;
    }
    int seed = 0;
    for (const QJsonValue &v : input.value(QStringLiteral("images")).toArray()) {
        const QJsonObject image = v.toObject();
        const QString path
                = QDir(imageDir).filePath(image.value(QStringLiteral("name")).toString());
        const QSize size(image.value(QStringLiteral("width")).toInt(),
                         image.value(QStringLiteral("height")).toInt());
        if (!writeImage(path, ++seed, size))
            return false;
        Asset a{.kind = AssetKind::Image,
                .path = path,
                .name = QFileInfo(path).fileName(),
                .sha256 = QString::number(seed),
                .width = size.width(),
                .height = size.height()};
        if (!store.addAsset(a))
            return false;
        QList<Annotation> annotations;
        for (const QJsonValue &av : image.value(QStringLiteral("annotations")).toArray()) {
            const QJsonObject o = av.toObject();
            Annotation ann{
                    .assetId = a.id,
                    .labelId = store.labelByName(o.value(QStringLiteral("label")).toString())->id,
                    .kind = *annotationKindFromName(o.value(QStringLiteral("kind")).toString())};
            const QJsonArray p = o.value(QStringLiteral("points")).toArray();
            for (qsizetype i = 0; i + 1 < p.size(); i += 2)
                ann.points.append(QPointF(p[i].toDouble(), p[i + 1].toDouble()));
            annotations.append(ann);
        }
        if (!store.addAnnotations(annotations))
            return false;
    }
    for (const QJsonValue &name : input.value(QStringLiteral("removeLabels")).toArray())
        if (!store.removeLabel(store.labelByName(name.toString())->id, true))
            return false;
    return true;
}

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

/** One data row per folder of tests/data/golden/<format>/, named after the folder. */
inline void addGoldenRows(const QString &format)
{
    QTest::addColumn<QString>("caseDir");
    const QDir root(QStringLiteral(TESSERA_SOURCE_DIR "/tests/data/golden/") + format);
    for (const QString &name : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
        QTest::newRow(qPrintable(name)) << root.filePath(name);
}

} // namespace Tessera::Test
