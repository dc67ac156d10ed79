// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "projectlocator.h"

#include "bundle/projectbundle.h"

#include "addimagesjob.h"
#include "store/projectstore.h"

#include <QDir>
#include <QFileInfo>

namespace Tessera::ProjectLocator {

Location locate(const QString &path)
{
    Location location;
    if (ProjectLocation::isServerUrl(path)) {
        // A server project exists or not on the server: the store says which when it opens.
        location.projectPath = path.trimmed();
        location.exists = true;
        return location;
    }
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (!info.exists()) {
        // A new project file may be named that does not exist yet.
        if (info.suffix() == ProjectStore::suffix()) {
            location.projectPath = info.absoluteFilePath();
            return location;
        }
        location.error = QStringLiteral("%1: no such file or folder").arg(shown);
        return location;
    }
    if (info.isDir()) {
        const QDir dir(info.absoluteFilePath());
        QString name = dir.dirName();
        if (name.isEmpty())
            name = QStringLiteral("project");
        location.projectPath = dir.filePath(name + QLatin1Char('.') + ProjectStore::suffix());
        location.sourceFolder = dir.absolutePath();
    } else if (info.suffix() == ProjectStore::suffix()) {
        location.projectPath = info.absoluteFilePath();
    } else if (AddImagesJob::isImageFile(info.filePath())) {
        const QDir dir = info.absoluteDir();
        const QString folderProject
                = dir.filePath(dir.dirName() + QLatin1Char('.') + ProjectStore::suffix());
        location.sourceFile = info.absoluteFilePath();
        if (QFileInfo::exists(folderProject)) {
            location.projectPath = folderProject;
            location.sourceFolder = dir.absolutePath();
        } else {
            location.projectPath = dir.filePath(info.completeBaseName() + QLatin1Char('.')
                                                + ProjectStore::suffix());
        }
    } else if (info.suffix() == QLatin1String("zip")) {
        location.bundle = info.absoluteFilePath();
        location.projectPath = ProjectBundle::unpackFolderFor(location.bundle)
                               + QStringLiteral("/project.tessera");
        return location;
    } else {
        location.error
                = QStringLiteral("%1: not a Tessera project, a folder or an image").arg(shown);
        return location;
    }
    location.exists = QFileInfo::exists(location.projectPath);
    return location;
}

} // namespace Tessera::ProjectLocator
