// SPDX-FileCopyrightText: 2026 The Tessera authors
// SPDX-License-Identifier: Apache-2.0
#include "imagefiles.h"

#include <QFileInfo>

namespace Tessera::ImageFiles {

QStringList nameFilters()
{
    return {QStringLiteral("*.jpg"),  QStringLiteral("*.jpeg"), QStringLiteral("*.png"),
            QStringLiteral("*.bmp"),  QStringLiteral("*.tif"),  QStringLiteral("*.tiff"),
            QStringLiteral("*.webp"), QStringLiteral("*.gif"),  QStringLiteral("*.pgm"),
            QStringLiteral("*.ppm"),  QStringLiteral("*.JPG"),  QStringLiteral("*.JPEG"),
            QStringLiteral("*.PNG")};
}

bool isImageFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const QString &pattern : nameFilters()) {
        if (pattern.mid(2).toLower() == suffix)
            return true;
    }
    return false;
}

} // namespace Tessera::ImageFiles
