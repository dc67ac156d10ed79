// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Tessera::ProjectLocator {

/** Where the project for something a user opened lives, and what to do to get there. */
struct Location
{
    QString projectPath;  // the .tessera file, or a postgresql:// URL (see ProjectLocation)
    QString sourceFolder; // folder to scan for images (opened a folder or an image), else empty
    QString sourceFile;   // the image the user opened, to show first, else empty
    bool exists = false;  // the project file is already there
    QString bundle;       // a project bundle (zip) to unpack into projectPath's folder first
    QString error;        // set when the path cannot be opened at all
};

/**
 * Resolves what `tessera PATH` names: a server URL (handed to the store as it is); a project file;
 * a folder (its project is <folder>/<folder-name>.tessera); an image (the folder's project when it
 * exists, else <image-stem>.tessera beside the image); a bundle (.zip: unpacked into a new folder
 * beside it, <name>/ or <name>-2/..., never over an existing one).
 */
Location locate(const QString &path);

} // namespace Tessera::ProjectLocator
